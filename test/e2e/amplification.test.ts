/**
 * Issue 13 item 3: no request can make the server build an answer out of proportion to what it
 * asked. The attacks found are refused before anything runs (400 naming the limit) or bounded;
 * the largest answer the default limits allow stays within the bound the README documents
 * ("Limits"); /health keeps answering while heavy but allowed requests run.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCostModel } from '../../src/graphql/plugins/list-bounds.ts';
import { estimateQueryCost } from '../../src/graphql/plugins/query-cost.ts';
import { schema } from '../../src/graphql/schema.ts';
import { ingestInProcess } from '../support/fleet.ts';
import { connectLiveClient, eventually, subscribe } from '../support/live-client.ts';
import type { DuplicatiReportOptions } from '../support/report-builder.ts';
import { startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

// The defaults and figures documented in the README ("Limits").
const MAX_QUERY_COST = 50_000;
const MAX_PAGE_SIZE = 500;
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** Bytes per unit of cost for numbers, dates, enums, booleans and the ids of runs. */
const BYTES_PER_UNIT = 64;

const TARGET = 'a0000000000000000000000000000001';
const DAILY_RUNS = 600;
const DAY = 86_400_000;
const lastDay = Date.UTC(2026, 0, 31, 2, 0, 0);
/** Five runs whose log is about 2 MB each: ten MB of text together. */
const BIG_LOGS = 5;
const bigLog = Array.from({ length: 2_000 }, (_, i) => `2026-01-01 02:00:00 +00 - [Information-Backup-Line-${i}]: ${'x'.repeat(1_000)}`);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  const reports: DuplicatiReportOptions[] = [];
  for (let i = 0; i < DAILY_RUNS; i++) {
    reports.push({ serverId: TARGET, serverName: 'target', backupName: 'Daily', beginTime: new Date(lastDay - i * DAY), logLines: 3 });
  }
  for (let i = 0; i < BIG_LOGS; i++) {
    reports.push({
      serverId: TARGET,
      serverName: 'target',
      backupName: 'Logs',
      backupId: 'DB-2',
      beginTime: new Date(lastDay - i * DAY + 3_600_000),
      logLines: bigLog,
    });
  }
  await ingestInProcess(server, reports);
}, 300_000);
afterAll(() => server?.stop());

const graphql = (query: string, variables?: Record<string, unknown>) =>
  server.graphql(query, variables, { Accept: 'application/graphql-response+json' });

function expectRefused(answer: Awaited<ReturnType<typeof graphql>>, setting: string, code: string) {
  expect(answer.status, JSON.stringify(answer).slice(0, 500)).toBe(400);
  expect(answer.data ?? null).toBeNull();
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors![0]!.message).toContain(setting);
  expect(answer.errors![0]!.extensions?.code).toBe(code);
}

/** Bytes of the answer as sent. */
async function responseBytes(query: string, variables?: Record<string, unknown>): Promise<{ status: number; bytes: number; text: string }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, bytes: body.length, text: body.toString('utf8') };
}

const NODES_ATTACK = 'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Server { backups(first: 50) { nodes { logLines } } } } }';
const HISTORY_ATTACK =
  '{ servers(first: 500) { nodes { history(bucket: RUN) { start runs uploadedSize durationSeconds fileCount fileSize storageSize versions } } } }';
const targetIds = (count: number) => Array.from({ length: count }, () => encodeGlobalID('Server', TARGET));

/** Every scalar of Backup whose value has a bounded length, and 15 aliases of 32 characters. */
const WIDEST_BOUNDED_RUN = `
  id date status durationSeconds beginTime endTime size uploadedSize knownFileSize bytesDownloaded
  examinedFiles openedFiles addedFiles modifiedFiles deletedFiles sizeOfExaminedFiles sizeOfOpenedFiles
  sizeOfAddedFiles sizeOfModifiedFiles addedFolders modifiedFolders deletedFolders addedSymlinks
  modifiedSymlinks deletedSymlinks notProcessedFiles tooLargeFiles filesWithError warnings errors
  warningsActualLength errorsActualLength messagesActualLength partialBackup dryrun interrupted
  lastBackupDate backupListCount reportedQuotaError reportedQuotaWarning backendInterrupted
  backendBeginTime backendWarningsActualLength backendErrorsActualLength receivedAt
  ${Array.from({ length: 15 }, (_, i) => `${String.fromCharCode(97 + i)}${'_'.repeat(31)}: receivedAt`).join(' ')}`;
const WIDEST_BOUNDED_QUERY = `{ backups(first: ${MAX_PAGE_SIZE}, filter: { backupName: "Daily" }) { totalCount edges { cursor node { ${WIDEST_BOUNDED_RUN} } } } }`;
/** The most bytes per unit: nothing but the longest dates under the longest keys that cost one. */
const DENSEST_BOUNDED_QUERY = `{ backups(first: ${MAX_PAGE_SIZE}, filter: { backupName: "Daily" }) { edges { node { ${Array.from({ length: 15 }, (_, i) => `${String.fromCharCode(97 + i)}${'_'.repeat(31)}: receivedAt`).join(' ')} } } } }`;

describe('amplification', () => {
  it('refuses nodes(ids:) with 500 ids each asking for 50 runs of log lines, before running it', async () => {
    const started = Date.now();
    const answer = await graphql(NODES_ATTACK, { ids: targetIds(500) });
    expectRefused(answer, 'MAX_QUERY_COST', 'QUERY_LIMIT_EXCEEDED');
    expect(answer.errors![0]!.message).toMatch(/Cost limit of 50000 exceeded: this operation costs \d+, \d+ of it in "nodes"/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses more ids than MAX_PAGE_SIZE, however little each asks', async () => {
    expectRefused(
      await graphql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: targetIds(MAX_PAGE_SIZE + 1) }),
      'MAX_PAGE_SIZE',
      'PAGE_SIZE_OUT_OF_RANGE',
    );
    const allowed = await graphql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: targetIds(MAX_PAGE_SIZE) });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data.nodes).toHaveLength(MAX_PAGE_SIZE);
  });

  it('bounds history(bucket: RUN) to the newest MAX_PAGE_SIZE points, and last: to fewer', async () => {
    const query = `query ($bucket: HistoryBucket, $last: Int) { server(id: "${TARGET}") { ... on Server {
      backupJobs { backupName history(bucket: $bucket, last: $last) { start } } } } }`;
    const daily = async (bucket: string, last?: number) => {
      const answer = await graphql(query, { bucket, last });
      expect(answer.errors).toBeUndefined();
      return (answer.data.server.backupJobs as { backupName: string; history: { start: string }[] }[]).find(
        (job) => job.backupName === 'Daily',
      )!.history;
    };
    const runs = await daily('RUN');
    expect(runs).toHaveLength(MAX_PAGE_SIZE);
    expect(runs.at(-1)!.start).toBe(new Date(lastDay).toISOString());
    expect(runs[0]!.start).toBe(new Date(lastDay - (MAX_PAGE_SIZE - 1) * DAY).toISOString());
    const days = await daily('DAY');
    expect(days).toHaveLength(MAX_PAGE_SIZE);
    expect(days.at(-1)!.start).toBe(`${new Date(lastDay).toISOString().slice(0, 10)}T00:00:00.000Z`);
    // 600 days are fewer than 500 weeks: every week with a run is there.
    const weeks = await daily('WEEK');
    const mondays = new Set(Array.from({ length: DAILY_RUNS }, (_, i) => mondayOf(lastDay - i * DAY)));
    expect(weeks.map((point) => point.start)).toEqual([...mondays].sort());
    const newest = await daily('RUN', 10);
    expect(newest.map((point) => point.start)).toEqual(runs.slice(-10).map((point) => point.start));
    expectRefused(await graphql(query, { bucket: 'RUN', last: MAX_PAGE_SIZE + 1 }), 'MAX_PAGE_SIZE', 'PAGE_SIZE_OUT_OF_RANGE');
  });

  it('refuses history(bucket: RUN) across a page of 500 servers', async () => {
    expectRefused(await graphql(HISTORY_ATTACK), 'MAX_QUERY_COST', 'QUERY_LIMIT_EXCEEDED');
  });

  it('refuses a subscription whose every event would be too costly or too long a page, over WebSocket', async () => {
    const client = connectLiveClient(server.url);
    try {
      const live = subscribe(client, 'subscription { backupReceived { server { backups(first: 500) { nodes { logLines } } } } }');
      await eventually(
        () => live.errors.length > 0,
        () => 'no error for a subscription over the cost limit',
      );
      expect(JSON.stringify(live.errors)).toMatch(/Cost limit .*MAX_QUERY_COST/);
      const pageTooLarge = subscribe(client, 'subscription { backupReceived { server { backups(first: 501) { totalCount } } } }');
      await eventually(
        () => pageTooLarge.errors.length > 0,
        () => 'no error for a page over MAX_PAGE_SIZE',
      );
      expect(JSON.stringify(pageTooLarge.errors)).toMatch(/between 0 and 500 \(MAX_PAGE_SIZE\)/);
    } finally {
      await client.dispose();
    }
  });

  it.each([
    ['widest', WIDEST_BOUNDED_QUERY],
    ['densest', DENSEST_BOUNDED_QUERY],
  ])(`keeps the %s answer of bounded values within ${BYTES_PER_UNIT} bytes per unit of cost`, async (_name, query) => {
    const answer = await responseBytes(query);
    expect(answer.status, answer.text.slice(0, 500)).toBe(200);
    const data = JSON.parse(answer.text).data;
    expect(data.backups.edges).toHaveLength(MAX_PAGE_SIZE);
    const cost = costOf(query);
    expect(cost).toBeLessThanOrEqual(MAX_QUERY_COST);
    expect(answer.bytes).toBeLessThanOrEqual(cost * BYTES_PER_UNIT);
    expect(answer.bytes).toBeLessThanOrEqual(MAX_QUERY_COST * BYTES_PER_UNIT);
  });

  it(`refuses an allowed query whose answer would pass GRAPHQL_MAX_RESPONSE_BYTES, and sends the ones under it`, async () => {
    const logs = (first: number) => `{ backups(first: ${first}, filter: { backupName: "Logs" }) { nodes { date logLines } } }`;
    const tooLarge = await responseBytes(logs(BIG_LOGS));
    expect(tooLarge.status).toBe(400);
    const refusal = JSON.parse(tooLarge.text);
    expect(refusal.data ?? null).toBeNull();
    expect(refusal.errors[0].message).toContain(`${MAX_RESPONSE_BYTES} bytes (GRAPHQL_MAX_RESPONSE_BYTES)`);
    expect(refusal.errors[0].extensions.code).toBe('RESPONSE_TOO_LARGE');

    const fits = await responseBytes(logs(3));
    expect(fits.status).toBe(200);
    expect(fits.bytes).toBeGreaterThan(5_000_000);
    expect(fits.bytes).toBeLessThanOrEqual(MAX_RESPONSE_BYTES);
  });

  it('keeps /health answering while heavy allowed requests and refused attacks run together', async () => {
    const heavy = [
      () => responseBytes(WIDEST_BOUNDED_QUERY),
      () => responseBytes(`{ backups(first: 3, filter: { backupName: "Logs" }) { nodes { logLines } } }`),
      () => graphql(NODES_ATTACK, { ids: targetIds(500) }),
      () => graphql(HISTORY_ATTACK),
    ];
    let running = true;
    let answered = 0;
    const load = heavy.map(async (request) => {
      while (running) {
        await request();
        answered += 1;
      }
    });
    const healthTimes: number[] = [];
    for (let probe = 0; probe < 10; probe++) {
      const started = Date.now();
      const response = await fetch(`${server.url}/health`);
      expect(response.status).toBe(200);
      healthTimes.push(Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    running = false;
    await Promise.all(load);
    expect(answered).toBeGreaterThan(heavy.length);
    // Liveness, not speed (the p99 is in `npm run bench`): every probe answered well within 5 s.
    expect(Math.max(...healthTimes)).toBeLessThan(5_000);
  });
});

function mondayOf(time: number): string {
  const day = new Date(time);
  day.setUTCHours(0, 0, 0, 0);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString();
}

/** The cost the limit computes for `query` (it selects no list priced by stored rows). */
function costOf(query: string): number {
  return estimateQueryCost({ schema, document: parse(query), model: createCostModel(schema, MAX_PAGE_SIZE), size: () => 0 }).cost;
}
