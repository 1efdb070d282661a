import type { Db } from '../../db/types.ts';
import type { CollectOptions } from './collect-server.ts';
import { resolveCollectedServer } from './server-identity.ts';
import type { CollectSource } from './types.ts';

export interface SyncSchedulesResult {
  serverId: string;
  serverName: string;
  baseUrl: string;
  /** Duplicati jobs that have a schedule. */
  scheduled: number;
  /** Of those, the jobs whose monitoring took it. */
  schedulesSynced: number;
}

/** duplistatus's "sync schedule" (docs/compatibility/operations.md#collect-and-schedule-sync): collect's schedule step alone, no runs read. */
export async function syncSchedulesFromDuplicati(
  db: Db,
  source: Pick<CollectSource, 'baseUrl' | 'systemInfo' | 'backups'>,
  options: Pick<CollectOptions, 'knownServerId' | 'sealedPassword' | 'transport' | 'applySchedule'> & { now: () => Date },
): Promise<SyncSchedulesResult> {
  const system = await source.systemInfo();
  const backups = await source.backups();
  const server = await resolveCollectedServer(db, {
    knownServerId: options.knownServerId,
    machineName: system.machineName,
    machineId: system.machineId,
    baseUrl: source.baseUrl,
    sealedPassword: options.sealedPassword,
    transport: options.transport,
    now: options.now(),
  });
  let scheduled = 0;
  let schedulesSynced = 0;
  for (const backup of backups) {
    if (!backup.schedule) continue;
    scheduled++;
    if (await options.applySchedule?.(db, { serverId: server.id, backupName: backup.name }, backup.schedule, options.now()))
      schedulesSynced++;
  }
  return { serverId: server.id, serverName: server.name, baseUrl: source.baseUrl, scheduled, schedulesSynced };
}
