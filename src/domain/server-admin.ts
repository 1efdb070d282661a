import type { Db } from '../db/types.ts';
import type { EventPublisher } from '../events/event-bus.ts';
import type { ServerChangeKind, TopicEvent } from '../events/topics.ts';
import { publishLoggedEvents, recordLiveEvents } from './live-event-log.ts';

/**
 * What an operator does by hand in duplistatus's server settings (docs/compatibility/operations.md): edit alias, note
 * and URL, delete a server, delete one backup job. Each is one transaction; events go out only
 * after the commit.
 */

export interface AdminOptions {
  now: Date;
  events: EventPublisher;
}

/** `undefined`: leave as it is; `null`: clear (to `''`, as duplistatus stores "no value"). */
export interface ServerChanges {
  alias?: string | null;
  note?: string | null;
  url?: string | null;
}

export type UpdateServerOutcome =
  | { kind: 'updated'; serverId: string; changed: boolean }
  | { kind: 'not-found' }
  | { kind: 'invalid'; field: string; message: string };

export const MAX_ALIAS_LENGTH = 200;
export const MAX_NOTE_LENGTH = 10_000;
export const MAX_URL_LENGTH = 2_000;

/**
 * Only the fields given change. duplistatus's PATCH writes `''` for every omitted field (docs/compatibility/known-problems.md#server-edit-clears-omitted-fields),
 * which silently wipes a note when a client only meant to set the URL; here omitted means kept,
 * and an explicit null is how a client clears a field. `updatedAt` and the UPDATED event follow
 * a real change only.
 */
export async function updateServer(db: Db, serverId: string, changes: ServerChanges, options: AdminOptions): Promise<UpdateServerOutcome> {
  const normalised = normaliseServerChanges(changes);
  if (normalised.kind === 'invalid') return normalised;
  const { data } = normalised;

  const outcome = await db.$transaction(async (tx) => {
    const server = await tx.server.findUnique({
      where: { id: serverId },
      select: { id: true, name: true, alias: true, note: true, serverUrl: true },
    });
    if (!server) return null;
    const changed = (Object.keys(data) as (keyof typeof data)[]).some((key) => data[key] !== server[key]);
    if (changed) {
      await tx.server.update({ where: { id: serverId }, data: { ...data, updatedAt: options.now.toISOString() } });
    }
    const events = changed ? await recordLiveEvents(tx, [serverChanged('UPDATED', serverId, server.name, options.now)], options.now) : [];
    return { changed, events };
  });
  if (!outcome) return { kind: 'not-found' };
  publishLoggedEvents(options.events, outcome.events);
  return { kind: 'updated', serverId, changed: outcome.changed };
}

type NormalisedChanges =
  | { kind: 'valid'; data: { alias?: string; note?: string; serverUrl?: string } }
  | { kind: 'invalid'; field: string; message: string };

function normaliseServerChanges(changes: ServerChanges): NormalisedChanges {
  const data: { alias?: string; note?: string; serverUrl?: string } = {};
  if (changes.alias !== undefined) {
    const alias = (changes.alias ?? '').trim();
    if (alias.length > MAX_ALIAS_LENGTH)
      return { kind: 'invalid', field: 'alias', message: `alias must be at most ${MAX_ALIAS_LENGTH} characters` };
    data.alias = alias;
  }
  if (changes.note !== undefined) {
    const note = changes.note ?? '';
    if (note.length > MAX_NOTE_LENGTH)
      return { kind: 'invalid', field: 'note', message: `note must be at most ${MAX_NOTE_LENGTH} characters` };
    data.note = note;
  }
  if (changes.url !== undefined) {
    const url = (changes.url ?? '').trim();
    const problem = urlProblem(url);
    if (problem) return { kind: 'invalid', field: 'url', message: problem };
    data.serverUrl = url;
  }
  return { kind: 'valid', data };
}

/** f "Edit alias / note / URL": the URL of a Duplicati web UI must be http(s); empty means none. */
export function urlProblem(url: string): string | null {
  if (url === '') return null;
  if (url.length > MAX_URL_LENGTH) return `url must be at most ${MAX_URL_LENGTH} characters`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `url must be an absolute http(s) URL such as http://nas.local:8200, got ${JSON.stringify(url)}`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `url must use http or https, not ${parsed.protocol.replace(/:$/, '')}`;
  }
  return null;
}

/** What a deletion removed, row by row; jobs' schedules live in their rows, so `jobs` counts them too. */
export interface DeletionCounts {
  servers: number;
  jobs: number;
  runs: number;
  alerts: number;
}

export type DeleteServerOutcome = { kind: 'deleted'; serverId: string; name: string; counts: DeletionCounts } | { kind: 'not-found' };

/**
 * f "Delete server": the server with every job (and so every schedule), run and alert. The
 * foreign keys cascade; the counts are taken in the same transaction, just before the delete.
 */
export async function deleteServer(db: Db, serverId: string, options: AdminOptions): Promise<DeleteServerOutcome> {
  const outcome = await db.$transaction(async (tx) => {
    const server = await tx.server.findUnique({ where: { id: serverId }, select: { name: true } });
    if (!server) return null;
    // One statement at a time: an interactive transaction is one connection.
    const jobs = await tx.backupJob.count({ where: { serverId } });
    const runs = await tx.backup.count({ where: { serverId } });
    const alerts = await tx.alert.count({ where: { job: { serverId } } });
    await tx.server.delete({ where: { id: serverId } });
    const events = await recordLiveEvents(tx, [serverChanged('DELETED', serverId, server.name, options.now)], options.now);
    return { name: server.name, counts: { servers: 1, jobs, runs, alerts }, events };
  });
  if (!outcome) return { kind: 'not-found' };
  publishLoggedEvents(options.events, outcome.events);
  return { kind: 'deleted', serverId, name: outcome.name, counts: outcome.counts };
}

export type DeleteBackupJobOutcome =
  | { kind: 'deleted'; serverId: string; serverName: string; backupName: string; jobId: number; counts: DeletionCounts }
  | { kind: 'not-found' };

/**
 * f "Delete backup job": every run of the job, and (unlike duplistatus, whose settings entry
 * stays behind, docs/compatibility/known-problems.md#merge-and-delete-leave-settings-behind) its schedule and alerts with it. The server stays, even with no job left.
 * Its job list changed, so subscribers get an UPDATED event for it.
 */
export async function deleteBackupJob(
  db: Db,
  serverId: string,
  backupName: string,
  options: AdminOptions,
): Promise<DeleteBackupJobOutcome> {
  const outcome = await db.$transaction(async (tx) => {
    const job = await tx.backupJob.findUnique({
      where: { serverId_backupName: { serverId, backupName } },
      select: { id: true, server: { select: { name: true } } },
    });
    if (!job) return null;
    const runs = await tx.backup.count({ where: { serverId, backupName } });
    const alerts = await tx.alert.count({ where: { jobId: job.id } });
    await tx.backupJob.delete({ where: { id: job.id } });
    await tx.server.update({ where: { id: serverId }, data: { updatedAt: options.now.toISOString() } });
    const events = await recordLiveEvents(tx, [serverChanged('UPDATED', serverId, job.server.name, options.now)], options.now);
    return { serverName: job.server.name, jobId: job.id, counts: { servers: 0, jobs: 1, runs, alerts }, events };
  });
  if (!outcome) return { kind: 'not-found' };
  publishLoggedEvents(options.events, outcome.events);
  const { events: _events, ...deleted } = outcome;
  return { kind: 'deleted', serverId, backupName, ...deleted };
}

function serverChanged(kind: ServerChangeKind, serverId: string, name: string, at: Date): TopicEvent {
  return { topic: 'server:changed', payload: { kind, serverId, name, changedAt: at.toISOString() } };
}
