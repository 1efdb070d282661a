import type { Db } from '../../db/types.ts';
import { millisecondsFromMinutes, wholeMinutesIn } from '../durations.ts';

/**
 * The servers whose periodic collect is due, each claimed for this process: whoever moves a
 * server's `collect_next_at` from the value it read runs that collect, so with several instances
 * on one database each collect runs once (as the overdue checker claims a reminder).
 */
export async function claimDueCollects(db: Db, now: Date): Promise<string[]> {
  const nowIso = now.toISOString();
  const due = await db.server.findMany({
    where: { collectEnabled: true, OR: [{ collectNextAt: null }, { collectNextAt: { lte: nowIso } }] },
    select: { id: true, collectNextAt: true, collectIntervalMinutes: true },
    orderBy: { id: 'asc' },
  });
  const claimed: string[] = [];
  for (const server of due) {
    const next = new Date(now.getTime() + server.collectIntervalMinutes * 60_000).toISOString();
    const moved = await db.server.updateMany({
      where: { id: server.id, collectEnabled: true, collectNextAt: server.collectNextAt },
      data: { collectNextAt: next },
    });
    if (moved.count === 1) claimed.push(server.id);
  }
  return claimed;
}

export const MIN_COLLECT_INTERVAL_MINUTES = 5;
export const MAX_COLLECT_INTERVAL_MINUTES = 7 * 24 * 60;

export interface CollectSettingsChange {
  enabled?: boolean;
  /** Whole minutes, given in milliseconds as the API gives every duration. */
  intervalMilliseconds?: number;
  allowHttp?: boolean;
  trustSelfSigned?: boolean;
}

export type SetCollectSettingsOutcome = { kind: 'updated' } | { kind: 'not-found' } | { kind: 'invalid'; field: string; message: string };

/** A server's periodic collect and transport choices. Turning it on makes the first collect due now. */
export async function setCollectSettings(
  db: Db,
  serverId: string,
  change: CollectSettingsChange,
  now: Date,
): Promise<SetCollectSettingsOutcome> {
  const minutes = change.intervalMilliseconds === undefined ? undefined : wholeMinutesIn(change.intervalMilliseconds);
  if (minutes === null || (minutes !== undefined && (minutes < MIN_COLLECT_INTERVAL_MINUTES || minutes > MAX_COLLECT_INTERVAL_MINUTES))) {
    return {
      kind: 'invalid',
      field: 'intervalMilliseconds',
      message: `intervalMilliseconds must be whole minutes from ${millisecondsFromMinutes(MIN_COLLECT_INTERVAL_MINUTES)} (5 minutes) to ${millisecondsFromMinutes(MAX_COLLECT_INTERVAL_MINUTES)} (a week), got ${change.intervalMilliseconds}`,
    };
  }
  const server = await db.server.findUnique({
    where: { id: serverId },
    select: { collectEnabled: true, serverUrl: true, serverPassword: true },
  });
  if (!server) return { kind: 'not-found' };
  if (change.enabled && (server.serverUrl === '' || server.serverPassword === '')) {
    return {
      kind: 'invalid',
      field: 'enabled',
      message:
        'Periodic collect needs a stored Duplicati address and password: run collectBackups with the address and password once first',
    };
  }
  const turnedOn = change.enabled === true && !server.collectEnabled;
  await db.server.update({
    where: { id: serverId },
    data: {
      ...(change.enabled !== undefined ? { collectEnabled: change.enabled } : {}),
      ...(minutes !== undefined ? { collectIntervalMinutes: minutes } : {}),
      ...(change.allowHttp !== undefined ? { collectAllowHttp: change.allowHttp } : {}),
      ...(change.trustSelfSigned !== undefined ? { collectTrustSelfSigned: change.trustSelfSigned } : {}),
      ...(turnedOn ? { collectNextAt: now.toISOString() } : {}),
      updatedAt: now.toISOString(),
    },
  });
  return { kind: 'updated' };
}
