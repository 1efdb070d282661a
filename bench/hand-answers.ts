/**
 * The least an HTTP server pays for the answers the reads section times (forked by
 * bench/lib/hand-answer-server.ts): plain `node:http`, the hand-written SQL of the reads section
 * in better-sqlite3's raw mode, one object per answer and one JSON.stringify, with no GraphQL,
 * plugin or ORM. It answers exactly the texts of bench/lib/read-queries.ts, with the bytes
 * dupligraph sends (the section checks that before it times either), so the two differ only in
 * what dupligraph is: the bench client pays the same transfer and parse for both.
 *
 *   node --import tsx bench/hand-answers.ts <database file> <port>   → prints "listening"
 */
import http from 'node:http';
import Database from 'better-sqlite3';
import { isOverdue, overdueDeadline, resolveToleranceMinutes, toleranceToMinutes } from '../src/domain/overdue/index.ts';
import { parseStoredStringArray } from '../src/domain/stored-arrays.ts';
import { isIsoInstantText, parseStoredTimestamp } from '../src/domain/timestamps.ts';
import { DASHBOARD_QUERY, LAST_BACKUPS_QUERY } from './lib/read-queries.ts';
import { TYPENAME_ANSWER } from './lib/bare-http-server.ts';
import { DASHBOARD_SQL, GLOBAL_TOLERANCE_SQL, LATEST_RUNS_OF_SERVER_SQL, SERVER_BY_ID_SQL, SERVER_COUNT_SQL } from './lib/hand-sql.ts';

const [file, port] = process.argv.slice(2);
const db = new Database(file!, { readonly: true });

const globalTolerance = db.prepare(GLOBAL_TOLERANCE_SQL).pluck();
const serverCount = db.prepare(SERVER_COUNT_SQL).pluck();
const dashboardRows = db.prepare(DASHBOARD_SQL).raw(true);
const serverById = db.prepare(SERVER_BY_ID_SQL).raw(true);
const latestRunsOfServer = db.prepare(LATEST_RUNS_OF_SERVER_SQL).raw(true);

type Values = any[];

function dashboard(): string {
  const now = new Date();
  const globalMinutes = toleranceToMinutes(globalTolerance.get() ?? null);
  interface ServerNode {
    serverId: string;
    name: string;
    alias: string;
    backupJobs: unknown[];
  }
  const edges: { node: ServerNode }[] = [];
  for (const row of dashboardRows.all() as Values[]) {
    const last = edges[edges.length - 1]?.node;
    const node: ServerNode = last && last.serverId === row[0] ? last : { serverId: row[0], name: row[1], alias: row[2], backupJobs: [] };
    if (node !== last) edges.push({ node });
    if (row[3] === null) continue;
    const toleranceMinutes = resolveToleranceMinutes(row[6], globalMinutes);
    const nextExpectedAt = parseStoredTimestamp(row[5]);
    node.backupJobs.push({
      backupName: row[3],
      lastBackupAt: instant(row[4]),
      latestBackup:
        row[8] === null
          ? null
          : {
              id: globalId('Backup', row[8]),
              date: instant(row[10]),
              status: statusName(row[11]),
              durationSeconds: row[12],
              uploadedSize: row[13],
              warnings: row[14],
              errors: row[15],
            },
      overdue: {
        isOverdue: isOverdue({ now, nextExpectedAt, toleranceMinutes, checkEnabled: row[7] === 1, hasBackups: row[8] !== null }),
        nextExpectedAt: instant(row[5]),
        deadline: nextExpectedAt && overdueDeadline(nextExpectedAt, toleranceMinutes).toISOString(),
        overdueSince: instant(row[9]),
      },
    });
  }
  return JSON.stringify({ data: { servers: { totalCount: serverCount.get(), edges } } });
}

function lastBackups(serverId: string): string {
  const [id, name] = serverById.get(serverId) as Values;
  const runs = latestRunsOfServer.all(serverId) as Values[];
  return JSON.stringify({
    data: {
      lastBackups: {
        __typename: 'LastBackups',
        server: { serverId: id, name },
        backupNames: runs.map((run) => run[1]),
        latestBackups: runs.map((run) => ({
          id: globalId('Backup', run[0]),
          backupName: run[1],
          date: instant(run[2]),
          status: statusName(run[3]),
          durationSeconds: run[4],
          uploadedSize: run[5],
          knownFileSize: run[6],
          warnings: run[7],
          errors: run[8],
          availableVersions: parseStoredStringArray(run[9]),
        })),
      },
    },
  });
}

/** Stored report times are already in the answer's form; anything else is parsed. */
function instant(text: string | null): string | null {
  if (text === null || isIsoInstantText(text)) return text;
  return parseStoredTimestamp(text)?.toISOString() ?? null;
}

const STATUS_NAMES: Record<string, string> = { Success: 'SUCCESS', Warning: 'WARNING', Error: 'ERROR', Fatal: 'FATAL' };
function statusName(stored: string): string {
  return STATUS_NAMES[stored] ?? 'UNKNOWN';
}

function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}

function answer(params: { query?: unknown; variables?: { server?: unknown } }): string | null {
  if (params.query === '{ __typename }') return TYPENAME_ANSWER;
  if (params.query === DASHBOARD_QUERY) return dashboard();
  if (params.query === LAST_BACKUPS_QUERY && typeof params.variables?.server === 'string') return lastBackups(params.variables.server);
  return null;
}

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const text = answer(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    const body = text ?? '{"errors":[{"message":"the hand-answer server answers only the reads section\'s operations"}]}';
    response.writeHead(text === null ? 400 : 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
    });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(port), '127.0.0.1', () => process.stdout.write('listening\n'));
