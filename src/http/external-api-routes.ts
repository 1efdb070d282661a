import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DbLike } from '../db/types.ts';
import { readLastBackup, readLastBackups, toExternalServer } from '../domain/last-backups.ts';
import type { LastBackupAnswer, LastBackupsAnswer } from '../domain/last-backups.ts';
import { countOverdueJobs } from '../domain/overdue-jobs.ts';
import { toExternalSummary } from '../domain/external-summary.ts';
import { buildSummary } from '../domain/summary.ts';
import type { ServerSummaryRow } from '../domain/server-lookup.ts';
import type { Logger } from '../logger.ts';
import { sendJson } from './json-response.ts';

/**
 * duplistatus's read-only external API (docs/compatibility/rest-api.md#summary–docs/compatibility/rest-api.md#last-backups): the URLs, bodies, status codes and
 * headers its Homepage widgets and scripts already use. No login, as in every duplistatus release.
 */

export type ExternalApiRoute = { kind: 'summary' } | { kind: 'lastbackup'; segment: string } | { kind: 'lastbackups'; segment: string };

export interface ExternalApiDeps {
  db: DbLike;
  now: () => Date;
  logger: Logger;
}

/** docs/compatibility/rest-api.md#last-backup: sent on every answer of the lastbackup(s) routes; we send them on /api/summary too. */
export const NO_CACHE_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store, no-cache, must-revalidate',
  Pragma: 'no-cache',
  'X-Content-Type-Options': 'nosniff',
};

const LAST_BACKUP_PATH = /^\/api\/(lastbackups?)\/([^/]*)$/;

/** The route for a request path (without the query string), or null when it is not one of ours. */
export function matchExternalApiRoute(path: string): ExternalApiRoute | null {
  if (path === '/api/summary') return { kind: 'summary' };
  const match = LAST_BACKUP_PATH.exec(path);
  if (!match) return null;
  return { kind: match[1] === 'lastbackups' ? 'lastbackups' : 'lastbackup', segment: match[2] ?? '' };
}

export async function handleExternalApi(
  req: IncomingMessage,
  res: ServerResponse,
  route: ExternalApiRoute,
  deps: ExternalApiDeps,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJson(res, 405, { error: 'Method not allowed: this endpoint only answers GET' }, { ...NO_CACHE_HEADERS, Allow: 'GET, HEAD' });
    return;
  }
  if (route.kind === 'summary') {
    await sendSummary(res, deps);
    return;
  }

  const identifier = decodeSegment(route.segment);
  if (identifier === null) {
    // duplistatus lets decodeURIComponent throw and answers 500; a malformed URL is the client's.
    sendServerJson(res, 400, {
      error: 'Invalid server identifier',
      message: `The server identifier in the URL is not valid percent-encoding: ${route.segment}`,
      status: 400,
    });
    return;
  }

  try {
    if (route.kind === 'lastbackup') {
      sendLastBackup(res, identifier, await readLastBackup(deps.db, identifier));
    } else {
      sendLastBackups(res, identifier, await readLastBackups(deps.db, identifier));
    }
  } catch (error) {
    deps.logger.error({ err: error, route: route.kind, identifier }, 'external API read failed');
    sendServerJson(res, 500, {
      error: 'Internal server error',
      message: 'An unexpected error occurred; the server log has the details',
      status: 500,
    });
  }
}

async function sendSummary(res: ServerResponse, deps: ExternalApiDeps): Promise<void> {
  try {
    const summary = await buildSummary(deps.db, { now: deps.now(), countOverdueJobs });
    sendJson(res, 200, toExternalSummary(summary), NO_CACHE_HEADERS);
  } catch (error) {
    deps.logger.error({ err: error }, 'summary failed');
    sendJson(res, 500, { error: 'Failed to fetch summary data' }, NO_CACHE_HEADERS);
  }
}

function sendLastBackup(res: ServerResponse, identifier: string, answer: LastBackupAnswer): void {
  if (answer.kind !== 'found') {
    sendLookupFailure(res, identifier, answer);
    return;
  }
  sendServerJson(res, 200, {
    server: toExternalServer(answer.server),
    latest_backup: answer.latestBackup,
    status: 200,
  });
}

function sendLastBackups(res: ServerResponse, identifier: string, answer: LastBackupsAnswer): void {
  if (answer.kind !== 'found') {
    sendLookupFailure(res, identifier, answer);
    return;
  }
  sendServerJson(res, 200, {
    server: toExternalServer(answer.server),
    latest_backups: answer.latestBackups,
    backup_jobs_count: answer.latestBackups.length,
    backup_names: answer.backupNames,
    status: 200,
  });
}

/** docs/compatibility/rest-api.md#last-backup error bodies, word for word: scripts match on these strings. */
function sendLookupFailure(
  res: ServerResponse,
  identifier: string,
  failure: { kind: 'not-found' } | { kind: 'ambiguous'; candidates: ServerSummaryRow[] },
): void {
  if (failure.kind === 'not-found') {
    sendServerJson(res, 404, {
      error: 'Server not found',
      message: `No server found with identifier: ${identifier}`,
      status: 404,
    });
    return;
  }
  const ids = failure.candidates.map((candidate) => candidate.id);
  sendServerJson(res, 400, {
    error: 'Multiple servers found with the same name',
    message: `Multiple servers found with name "${identifier}". Please use the server ID instead of the name. Available IDs: ${ids.join(', ')}`,
    status: 400,
    duplicate_servers: failure.candidates.map((candidate) => ({ id: candidate.id, name: candidate.name })),
  });
}

function sendServerJson(res: ServerResponse, status: number, body: unknown): void {
  sendJson(res, status, body, NO_CACHE_HEADERS);
}

/** docs/compatibility/rest-api.md#last-backup: the path segment is URL-decoded before the lookup (`+` stays a plus, as in duplistatus). */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
