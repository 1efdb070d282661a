/**
 * BackupJob.history and Server.history (issue 7, docs/compatibility/operations.md#chart-data): the SQL aggregation
 * checked against a plain reading of the stored runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDuplicatiReport, timeSpan } from '../support/report-builder.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const SERVER = 'c0000000000000000000000000000001';
const OTHER = 'c0000000000000000000000000000002';
const at = (d: number, hour: number) => new Date(Date.UTC(2025, 4, d, hour, 0, 0));

/** Deterministic values; bytes pass 2^32 so SafeInt (not Int) is exercised. */
function runValues(d: number, hour: number) {
  return {
    uploaded: 1_000_000_000 * d + hour * 1_000,
    known: 500_000_000_000 + d * 1_000_000 + hour,
    size: 200_000_000_000 + d * 10 + hour,
    examined: 40_000 + d * 10 + hour,
    versions: d + (hour > 12 ? 1 : 0),
    // Quarter seconds add up exactly in binary floating point, in SQL and in JS alike.
    duration: 60 * d + hour + 0.25,
  };
}

function report(serverId: string, backupName: string, d: number, hour: number) {
  const v = runValues(d, hour);
  return buildDuplicatiReport({
    serverId,
    serverName: serverId === SERVER ? 'charts' : 'elsewhere',
    backupName,
    beginTime: at(d, hour),
    durationSeconds: v.duration,
    data: {
      Duration: timeSpan(v.duration),
      ExaminedFiles: v.examined,
      SizeOfExaminedFiles: v.size,
      BackendStatistics: { BytesUploaded: v.uploaded, KnownFileSize: v.known, BackupListCount: v.versions },
    },
  });
}

interface Point {
  start: string;
  runs: number;
  uploadedSize: number;
  durationSeconds: number;
  fileCount: number;
  fileSize: number;
  storageSize: number;
  versions: number;
}

interface RawRun {
  backupName: string;
  date: string;
  uploadedSize: bigint;
  durationSeconds: number;
  examinedFiles: number;
  size: bigint;
  knownFileSize: bigint;
  backupListCount: number;
}

const FROM = at(3, 9); // a Docs run starts exactly here: included
const TO = at(19, 9); // and one here: excluded

let server: TestServer;
let raw: RawRun[];

beforeAll(async () => {
  server = await startTestServer({ now: () => at(25, 0) });
  const uploads: ReturnType<typeof report>[] = [];
  for (let d = 1; d <= 21; d++) {
    const docsRuns = [2, 1, 0, 3][d % 4]!;
    for (const hour of [1, 9, 17].slice(0, docsRuns)) uploads.push(report(SERVER, 'Docs', d, hour));
    if (d % 3 === 0) uploads.push(report(SERVER, 'Photos', d, 12));
    uploads.push(report(OTHER, 'Docs', d, 6));
  }
  for (const body of uploads) expect((await server.upload(body)).status).toBe(200);
  raw = await server.app.database.prisma.backup.findMany({
    where: { serverId: SERVER, date: { gte: FROM.toISOString(), lt: TO.toISOString() } },
    select: {
      backupName: true,
      date: true,
      uploadedSize: true,
      durationSeconds: true,
      examinedFiles: true,
      size: true,
      knownFileSize: true,
      backupListCount: true,
    },
    orderBy: { date: 'asc' },
  });
});
afterAll(() => server.stop());

const POINT = 'start runs uploadedSize durationSeconds fileCount fileSize storageSize versions';
const HISTORY = /* GraphQL */ `
  query ($id: ID!, $from: DateTime, $to: DateTime, $bucket: HistoryBucket) {
    server(id: $id) {
      ... on Server {
        history(from: $from, to: $to, bucket: $bucket) { ${POINT} }
        backupJobs { backupName history(from: $from, to: $to, bucket: $bucket) { ${POINT} } }
      }
    }
  }
`;

async function history(bucket: string, range: { from?: Date; to?: Date } = { from: FROM, to: TO }) {
  const data = expectData(
    await server.graphql(HISTORY, { id: SERVER, bucket, from: range.from?.toISOString(), to: range.to?.toISOString() }),
  );
  const jobs: Record<string, Point[]> = {};
  for (const job of data.server.backupJobs) jobs[job.backupName] = job.history;
  return { server: data.server.history as Point[], jobs };
}

/** The rules of src/domain/history.ts restated over raw rows: flows summed, levels of each job's last run. */
function expectedPoints(runs: RawRun[], bucketOf: (date: string) => string): Point[] {
  const buckets = new Map<string, Map<string, RawRun[]>>();
  for (const run of runs) {
    const key = bucketOf(run.date);
    const jobs = buckets.get(key) ?? new Map<string, RawRun[]>();
    buckets.set(key, jobs);
    jobs.set(run.backupName, [...(jobs.get(run.backupName) ?? []), run]);
  }
  return [...buckets.keys()].sort().map((key) => {
    const point: Point = {
      start: key,
      runs: 0,
      uploadedSize: 0,
      durationSeconds: 0,
      fileCount: 0,
      fileSize: 0,
      storageSize: 0,
      versions: 0,
    };
    for (const jobRuns of buckets.get(key)!.values()) {
      const last = jobRuns.reduce((a, b) => (b.date > a.date ? b : a));
      point.runs += jobRuns.length;
      point.uploadedSize += jobRuns.reduce((sum, run) => sum + Number(run.uploadedSize), 0);
      point.durationSeconds += jobRuns.reduce((sum, run) => sum + run.durationSeconds, 0);
      point.fileCount += last.examinedFiles;
      point.fileSize += Number(last.size);
      point.storageSize += Number(last.knownFileSize);
      point.versions += last.backupListCount;
    }
    return point;
  });
}

const dayOf = (date: string) => `${date.slice(0, 10)}T00:00:00.000Z`;
function mondayOf(date: string): string {
  const day = new Date(dayOf(date));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString();
}

function totals(points: Point[]) {
  return {
    runs: points.reduce((sum, p) => sum + p.runs, 0),
    uploadedSize: points.reduce((sum, p) => sum + p.uploadedSize, 0),
    durationSeconds: points.reduce((sum, p) => sum + p.durationSeconds, 0),
  };
}

describe('history', () => {
  it('day and week buckets of a job and of its server sum to the totals of the raw runs in the range', async () => {
    const rawTotals = (runs: RawRun[]) => ({
      runs: runs.length,
      uploadedSize: runs.reduce((sum, run) => sum + Number(run.uploadedSize), 0),
      durationSeconds: runs.reduce((sum, run) => sum + run.durationSeconds, 0),
    });
    const docs = raw.filter((run) => run.backupName === 'Docs');
    expect(docs.length).toBeGreaterThan(10);
    for (const bucket of ['RUN', 'DAY', 'WEEK']) {
      const answer = await history(bucket);
      expect(totals(answer.server), `${bucket} server`).toEqual(rawTotals(raw));
      expect(totals(answer.jobs.Docs!), `${bucket} Docs`).toEqual(rawTotals(docs));
      expect(totals(answer.jobs.Photos!), `${bucket} Photos`).toEqual(rawTotals(raw.filter((run) => run.backupName === 'Photos')));
    }
  });

  it('takes levels from the last run of each job in a bucket and sums flows, per UTC day and ISO week', async () => {
    const days = await history('DAY');
    expect(days.jobs.Docs).toEqual(
      expectedPoints(
        raw.filter((run) => run.backupName === 'Docs'),
        dayOf,
      ),
    );
    expect(days.server).toEqual(expectedPoints(raw, dayOf));

    const weeks = await history('WEEK');
    // 3 May is a Saturday; 19 May a Monday whose 01:00 run is before `to`.
    expect(weeks.server.map((p) => p.start)).toEqual([
      '2025-04-28T00:00:00.000Z',
      '2025-05-05T00:00:00.000Z',
      '2025-05-12T00:00:00.000Z',
      '2025-05-19T00:00:00.000Z',
    ]);
    expect(weeks.jobs.Docs).toEqual(
      expectedPoints(
        raw.filter((run) => run.backupName === 'Docs'),
        mondayOf,
      ),
    );
    expect(weeks.server).toEqual(expectedPoints(raw, mondayOf));

    // One day by hand: 7 May has Docs at 01:00, 09:00 and 17:00; no Photos (7 is not a multiple of 3).
    const may7 = days.jobs.Docs!.find((p) => p.start === '2025-05-07T00:00:00.000Z')!;
    const last = runValues(7, 17);
    expect(may7).toEqual({
      start: '2025-05-07T00:00:00.000Z',
      runs: 3,
      uploadedSize: [1, 9, 17].reduce((sum, h) => sum + runValues(7, h).uploaded, 0),
      durationSeconds: [1, 9, 17].reduce((sum, h) => sum + runValues(7, h).duration, 0),
      fileCount: last.examined,
      fileSize: last.size,
      storageSize: last.known,
      versions: last.versions,
    });
  });

  it('gives one point per run, oldest first, with from included and to excluded', async () => {
    const runs = await history('RUN');
    expect(runs.server).toEqual(expectedPoints(raw, (date) => date));
    expect(runs.jobs.Docs![0]!.start).toBe(FROM.toISOString());
    expect(runs.jobs.Docs!.some((p) => p.start === TO.toISOString())).toBe(false);
    expect(runs.jobs.Docs!.at(-1)!.start).toBe(at(19, 1).toISOString());
  });

  it('covers every run without a range and leaves other servers out', async () => {
    const all = await history('DAY', {});
    const everything = await server.app.database.prisma.backup.count({ where: { serverId: SERVER } });
    expect(totals(all.server).runs).toBe(everything);
    expect(all.server[0]!.start).toBe('2025-05-01T00:00:00.000Z');
    expect(all.server.at(-1)!.start).toBe('2025-05-21T00:00:00.000Z');
  });

  it('refuses a range whose from is not before its to', async () => {
    const answer = await server.graphql(HISTORY, { id: SERVER, bucket: 'DAY', from: TO.toISOString(), to: FROM.toISOString() });
    expect(answer.errors?.[0]?.message).toContain('`from` must be before `to`');
  });
});
