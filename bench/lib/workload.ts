import { parseDuplicatiReport } from '../../src/domain/report/index.ts';
import type { ParsedReport } from '../../src/domain/report/index.ts';
import { buildDuplicatiReport } from '../../test/support/report-builder.ts';
import type { DuplicatiReportBody } from '../../test/support/report-builder.ts';
import { hashKey, machineId, seededRandom } from './seeded.ts';

/**
 * The benchmark's fleet: servers, their jobs and one run spec per (job, run), all pure functions
 * of a seed. A spec becomes either a full Duplicati JSON report (for /api/upload) or, for data sets
 * of a million runs, the stored row directly (`fastRow`); `test`-style checks in bench/lib/verify.ts
 * prove both give the rows the ingest writes.
 */

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
export const LOG_LINES_PER_REPORT = 50;

export interface FleetShape {
  seed: string;
  servers: number;
  jobsPerServer: number;
}

export interface JobRef {
  serverIndex: number;
  jobIndex: number;
  serverId: string;
  serverName: string;
  backupName: string;
  backupId: string;
  /** Stable per job: sizes and the volume names in its log grow from it. */
  key: string;
}

export type RunStatus = 'Success' | 'Warning' | 'Error';

export interface RunSpec {
  job: JobRef;
  run: number;
  /** Data.BeginTime, whole seconds (epoch ms). */
  begin: number;
  durationSeconds: number;
  status: RunStatus;
  warnings: number;
  errors: number;
  examinedBytes: number;
  uploadedBytes: number;
  knownBytes: number;
  /** Versions on the destination after this run, newest first (this run included). */
  versions: number[];
}

const JOB_NAMES = ['Documents', 'Databases', 'System', 'Users', 'Mail', 'Photos', 'Projects', 'Config', 'Media', 'Archive'];

export function jobsOf(fleet: FleetShape): JobRef[] {
  const jobs: JobRef[] = [];
  for (let s = 0; s < fleet.servers; s++) {
    const serverId = machineId(`${fleet.seed}:server:${s}`);
    for (let j = 0; j < fleet.jobsPerServer; j++) {
      jobs.push({
        serverIndex: s,
        jobIndex: j,
        serverId,
        serverName: `bench-${fleet.seed}-${String(s + 1).padStart(3, '0')}`,
        backupName: j < JOB_NAMES.length ? JOB_NAMES[j]! : `Job-${j + 1}`,
        backupId: `DB-${j + 1}`,
        key: `${fleet.seed}:${s}:${j}`,
      });
    }
  }
  return jobs;
}

/** When a job's runs start: one per day, jobs 15 min apart, servers 20 s apart. */
export interface Timeline {
  /** BeginTime of run 0 of job (0, 0). */
  origin: number;
  /** Jobs (by hash) whose runs stopped early, in days: they are overdue at the end. */
  stalledJobShare?: number;
  stalledDays?: number;
}

export function isStalled(job: JobRef, timeline: Timeline): boolean {
  const share = timeline.stalledJobShare ?? 0;
  return share > 0 && hashKey(`stalled:${job.key}`) / 4294967296 < share;
}

export function beginOf(job: JobRef, run: number, timeline: Timeline): number {
  const stalled = isStalled(job, timeline) ? (timeline.stalledDays ?? 3) * DAY_MS : 0;
  return timeline.origin + run * DAY_MS + job.jobIndex * 15 * 60_000 + job.serverIndex * 20_000 - stalled;
}

/** The origin that puts the last of `runsPerJob` daily runs a few hours before `now`. */
export function timelineEndingAt(now: number, runsPerJob: number): Timeline {
  const lastDay = Math.floor(now / HOUR_MS) * HOUR_MS - 6 * HOUR_MS;
  return { origin: lastDay - (runsPerJob - 1) * DAY_MS - 3 * HOUR_MS, stalledJobShare: 0.05, stalledDays: 3 };
}

const KEPT_VERSIONS = 6;

export function runSpec(job: JobRef, run: number, timeline: Timeline): RunSpec {
  const random = seededRandom(`run:${job.key}:${run}`);
  const roll = random.next();
  const status: RunStatus = roll < 0.01 ? 'Error' : roll < 0.04 ? 'Warning' : 'Success';
  const base = 1e9 + (hashKey(`size:${job.key}`) % 400) * 1e9;
  const examinedBytes = Math.round(base + run * 3e6 + random.int(0, 5e6));
  const versions: number[] = [];
  for (let k = run; k >= 0 && versions.length < KEPT_VERSIONS; k--) versions.push(beginOf(job, k, timeline));
  return {
    job,
    run,
    begin: beginOf(job, run, timeline),
    durationSeconds: random.int(60, 3_600),
    status,
    warnings: status === 'Warning' ? random.int(1, 5) : 0,
    errors: status === 'Error' ? random.int(1, 3) : 0,
    examinedBytes,
    uploadedBytes: random.int(1e6, 5e8),
    knownBytes: Math.round(examinedBytes * 0.6),
    versions,
  };
}

/** When the server "receives" the run: the clock the ingest would see (30 s after the run ends). */
export function receivedAtOf(spec: RunSpec): Date {
  return new Date(spec.begin + spec.durationSeconds * 1000 + 30_000);
}

// ---- the report ---------------------------------------------------------------------------

const TAG = 'Information-Duplicati.Library.Main';
const BEGIN = '@@BEGIN@@';
const END = '@@END@@';
const VERSIONS = '@@VERSIONS@@';

/**
 * The job's 50 log lines with placeholders for the times and the version list: 44 backend events
 * at the start time, then the retention-policy block at the end time, as Duplicati logs it.
 */
function logTemplate(job: JobRef): string[] {
  const random = seededRandom(`log:${job.key}`);
  const lines: string[] = [];
  const backendLines = LOG_LINES_PER_REPORT - 6;
  for (let k = 0; k < backendLines; k++) {
    const volume = machineId(`${job.key}:volume:${k >> 1}`);
    const phase = k % 2 === 0 ? 'Started' : 'Completed';
    const size = k % 4 < 2 ? `${(random.next() * 49 + 1).toFixed(2)} MB` : `${random.int(10, 900)} KB`;
    const kind = k % 4 < 2 ? `b${volume}.dblock` : `i${volume}.dindex`;
    lines.push(`${BEGIN} - [${TAG}.BasicResults-BackendEvent]: Backend event: Put - ${phase}: duplicati-${kind}.zip.aes (${size})`);
  }
  const retention = `${TAG}.Operation.DeleteHandler:RetentionPolicy`;
  lines.push(
    `${END} - [${retention}-StartCheck]: Start checking if backups can be removed`,
    `${END} - [${retention}-FramesAndIntervals]: Time frames and intervals pairs: 7.00:00:00 / 1.00:00:00, 28.00:00:00 / 7.00:00:00, 365.00:00:00 / 31.00:00:00`,
    `${END} - [${retention}-BackupList]: Backups to consider: ${VERSIONS}`,
    `${END} - [${retention}-BackupsToDelete]: Backups outside of all time frames and thus getting deleted: `,
    `${END} - [${TAG}.Operation.DeleteHandler-DeleteResults]: No remote filesets were deleted`,
    `${END} - [${TAG}.Controller-CompletedOperation]: The operation Backup has completed`,
  );
  return lines;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `yyyy-MM-dd HH:mm:ss +00`, a UTC Duplicati host's log stamp. */
function logStamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} +00`;
}

/** `dd/MM/yyyy HH:mm:ss` in UTC, how an en-GB host on UTC lists versions. */
function versionStamp(ms: number): string {
  const d = new Date(ms);
  return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${d.toISOString().slice(11, 19)}`;
}

/** A template cut at its placeholders: odd pieces name what goes there. */
type SplitTemplate = string[];

function splitTemplate(template: string): SplitTemplate {
  return template.split(/(@@BEGIN@@|@@END@@|@@VERSIONS@@)/);
}

const stampCache = new Map<number, string>();

/** Versions repeat in the next five runs' lists: each stamp is formatted once. */
function cachedVersionStamp(ms: number): string {
  let stamp = stampCache.get(ms);
  if (stamp === undefined) {
    if (stampCache.size > 200_000) stampCache.clear();
    stamp = versionStamp(ms);
    stampCache.set(ms, stamp);
  }
  return stamp;
}

function fillTemplate(pieces: SplitTemplate, spec: RunSpec): string {
  const begin = logStamp(spec.begin);
  const end = logStamp(spec.begin + spec.durationSeconds * 1000);
  let versions = '';
  for (let i = 0; i < spec.versions.length; i++) versions += (i > 0 ? ', ' : '') + cachedVersionStamp(spec.versions[i]!);
  let out = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (i % 2 === 0) out += piece;
    else out += piece === BEGIN ? begin : piece === END ? end : versions;
  }
  return out;
}

export function reportOf(spec: RunSpec, templates: TemplateCache = new TemplateCache()): DuplicatiReportBody {
  const lines = templates.lines(spec.job).map((line) => fillTemplate(splitTemplate(line), spec));
  return buildDuplicatiReport({
    serverId: spec.job.serverId,
    serverName: spec.job.serverName,
    backupName: spec.job.backupName,
    backupId: spec.job.backupId,
    beginTime: new Date(spec.begin),
    durationSeconds: spec.durationSeconds,
    parsedResult: spec.status,
    warnings: spec.warnings,
    errors: spec.errors,
    logLines: lines,
    data: {
      SizeOfExaminedFiles: spec.examinedBytes,
      BackendStatistics: { BytesUploaded: spec.uploadedBytes, KnownFileSize: spec.knownBytes, BackupListCount: spec.versions.length },
    },
  });
}

export class TemplateCache {
  private readonly byJob = new Map<string, { lines: string[]; json: SplitTemplate; base: ParsedReport['run'] | null }>();

  private entry(job: JobRef) {
    let entry = this.byJob.get(job.key);
    if (!entry) {
      const lines = logTemplate(job);
      entry = { lines, json: splitTemplate(JSON.stringify(lines)), base: null };
      this.byJob.set(job.key, entry);
    }
    return entry;
  }

  lines(job: JobRef): string[] {
    return this.entry(job).lines;
  }

  messagesJson(job: JobRef): SplitTemplate {
    return this.entry(job).json;
  }

  /** The job's run 0 through the real parser: every column that does not change between runs. */
  baseRow(spec: RunSpec): ParsedReport['run'] {
    const entry = this.entry(spec.job);
    const first = { ...spec, run: 0 };
    entry.base ??= parsedRun(reportOf(first, this), receivedAtOf(first));
    return entry.base;
  }
}

export function parsedRun(body: unknown, receivedAt: Date): ParsedReport['run'] {
  const parsed = parseDuplicatiReport(body, { timeZone: 'UTC', now: receivedAt });
  if (!parsed.ok) throw new Error(`bench report rejected: ${parsed.rejection.message}`);
  return parsed.report.run;
}

export type StoredRunRow = ParsedReport['run'];

/**
 * The row `parseDuplicatiReport(reportOf(spec))` gives, without building and parsing the report
 * (0.5 ms each, too slow for a million runs). bench/lib/verify.ts checks it against the parser.
 */
export function fastRow(spec: RunSpec, templates: TemplateCache): StoredRunRow {
  const base = templates.baseRow(spec);
  const begin = new Date(spec.begin).toISOString();
  const end = new Date(spec.begin + spec.durationSeconds * 1000).toISOString();
  return {
    ...base,
    date: begin,
    status: spec.status,
    durationSeconds: spec.durationSeconds,
    size: BigInt(spec.examinedBytes),
    uploadedSize: BigInt(spec.uploadedBytes),
    warnings: spec.warnings,
    errors: spec.errors,
    messagesArray: fillTemplate(templates.messagesJson(spec.job), spec),
    availableBackups: JSON.stringify(spec.versions.map((ms) => new Date(ms).toISOString())),
    sizeOfExaminedFiles: BigInt(spec.examinedBytes),
    parsedResult: spec.status,
    beginTime: begin,
    endTime: end,
    warningsActualLength: spec.warnings,
    errorsActualLength: spec.errors,
    knownFileSize: BigInt(spec.knownBytes),
    lastBackupDate: begin,
    backupListCount: spec.versions.length,
    backendParsedResult: spec.status,
    backendBeginTime: begin,
  };
}
