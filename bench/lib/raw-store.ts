import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parseNotificationLevel } from '../../src/domain/overdue/index.ts';
import { decideRunAlerts, runAlertMessage } from '../../src/domain/alerts/run-rules.ts';
import type { AlertKind } from '../../src/domain/alerts/run-rules.ts';
import { nextExpectedRun } from '../../src/domain/job-schedule.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { seededUuid } from './seeded.ts';
import { fastRow, jobsOf, receivedAtOf, runSpec, TemplateCache } from './workload.ts';
import type { FleetShape, JobRef, StoredRunRow, Timeline } from './workload.ts';

/**
 * Writes with better-sqlite3 directly: the benchmark's "physical limit" for ingest, and the fast
 * way to build data sets of a million runs. Both write what the ingest writes (server if new, job
 * if new, the run, the job's latest-run pointer and next expected run, alert changes); the checks
 * in bench/lib/verify.ts compare their rows with the ingest's.
 */

/** A fresh file with the server's migrations applied (as `openDatabase` would leave it). */
export function createMigratedFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    applyMigrations(db);
  } finally {
    db.close();
  }
}

/** Column order of the run row as the parser produces it, with the table's column names. */
function backupColumns(row: StoredRunRow): { keys: (keyof StoredRunRow)[]; columns: string[] } {
  const keys = Object.keys(row) as (keyof StoredRunRow)[];
  return { keys, columns: keys.map((key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)) };
}

function sqlValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

interface JobState {
  id: number;
  lastBackupAt: string | null;
  latestBackupId: string | null;
  nextExpectedAt: string | null;
  expectedInterval: string;
  allowedWeekdays: string;
  notificationEvent: string;
  updatedAt: string | null;
  isNew: boolean;
}

interface AlertRow {
  jobId: number;
  kind: AlertKind;
  openKind: AlertKind | null;
  message: string;
  raisedAt: string;
  lastRemindedAt: string | null;
  reminderCount: number;
  resolvedAt: string | null;
  raisedByBackupId: string;
  resolvedByBackupId: string | null;
}

/** What one stored run does to its job's alerts, as src/domain/alerts/run-alerts.ts does it. */
function simulateRunAlerts(
  open: Map<AlertKind, AlertRow>,
  all: AlertRow[],
  job: JobState & { serverName: string; backupName: string },
  run: { backupId: string; status: string; date: string; warnings: number; errors: number },
  at: string,
): void {
  const decision = decideRunAlerts(run.status, run.errors, parseNotificationLevel(job.notificationEvent));
  for (const kind of decision.resolve) {
    const alert = open.get(kind);
    if (!alert) continue;
    alert.openKind = null;
    alert.resolvedAt = at;
    alert.resolvedByBackupId = run.backupId;
    open.delete(kind);
  }
  if (!decision.raise) return;
  const message = runAlertMessage(decision.raise, { ...run, backupName: job.backupName, serverName: job.serverName });
  const existing = open.get(decision.raise);
  if (existing) {
    existing.message = message;
    existing.raisedByBackupId = run.backupId;
    existing.lastRemindedAt = at;
    existing.reminderCount++;
    return;
  }
  const alert: AlertRow = {
    jobId: job.id,
    kind: decision.raise,
    openKind: decision.raise,
    message,
    raisedAt: at,
    lastRemindedAt: null,
    reminderCount: 0,
    resolvedAt: null,
    raisedByBackupId: run.backupId,
    resolvedByBackupId: null,
  };
  open.set(decision.raise, alert);
  all.push(alert);
}

export interface DatasetOptions {
  fleet: FleetShape;
  runsPerJob: number;
  timeline: Timeline;
  /** Called every 50k runs. */
  onProgress?: (runsWritten: number) => void;
}

/**
 * Builds a data set in bulk: runs arrive day by day (run-major, as a fleet reports), each job's
 * pointer, schedule and alerts follow them as the ingest would move them. Journal off while
 * building, WAL afterwards, as the server leaves it.
 */
export function buildDataset(file: string, options: DatasetOptions): { runs: number; alerts: number } {
  createMigratedFile(file);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF');
    db.pragma('cache_size = -524288');
    db.pragma('temp_store = MEMORY');
    const result = fillDataset(db, options);
    db.pragma('journal_mode = WAL');
    db.exec('ANALYZE');
    return result;
  } finally {
    db.close();
  }
}

function fillDataset(db: Database.Database, options: DatasetOptions): { runs: number; alerts: number } {
  const jobs = jobsOf(options.fleet);
  const templates = new TemplateCache();
  const firstRow = fastRow(runSpec(jobs[0]!, 0, options.timeline), templates);
  const { keys, columns } = backupColumns(firstRow);
  const insertBackup = db.prepare(`INSERT INTO backups (id, ${columns.join(', ')}) VALUES (?${', ?'.repeat(columns.length)})`);
  const insertServer = db.prepare('INSERT INTO servers (id, name, updated_at) VALUES (?, ?, ?)');
  const insertJob = db.prepare('INSERT INTO backup_jobs (server_id, backup_name, updated_at) VALUES (?, ?, ?) RETURNING id');
  const updateJob = db.prepare(
    `UPDATE backup_jobs SET last_backup_at = ?, latest_backup_id = ?, next_expected_at = ?, updated_at = ? WHERE id = ?`,
  );
  const insertAlert = db.prepare(
    `INSERT INTO alerts (job_id, kind, open_kind, message, raised_at, last_reminded_at, reminder_count, resolved_at, raised_by_backup_id, resolved_by_backup_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const states: (JobState & { serverName: string; backupName: string; open: Map<AlertKind, AlertRow> })[] = [];
  const alerts: AlertRow[] = [];
  db.transaction(() => {
    const seenServers = new Set<string>();
    for (const job of jobs) {
      const firstAt = receivedAtOf(runSpec(job, 0, options.timeline)).toISOString();
      if (!seenServers.has(job.serverId)) {
        seenServers.add(job.serverId);
        insertServer.run(job.serverId, job.serverName, firstAt);
      }
      const { id } = insertJob.get(job.serverId, job.backupName, firstAt) as { id: number };
      states.push({
        id,
        lastBackupAt: null,
        latestBackupId: null,
        nextExpectedAt: null,
        expectedInterval: '1D',
        allowedWeekdays: '0,1,2,3,4,5,6',
        notificationEvent: 'warnings',
        updatedAt: firstAt,
        isNew: true,
        serverName: job.serverName,
        backupName: job.backupName,
        open: new Map(),
      });
    }
  })();

  let written = 0;
  const values: unknown[] = new Array(keys.length + 1);
  const writeDay = db.transaction((run: number) => {
    for (let j = 0; j < jobs.length; j++) {
      const job = jobs[j]!;
      const state = states[j]!;
      const spec = runSpec(job, run, options.timeline);
      const row = fastRow(spec, templates);
      const backupId = seededUuid(`${job.key}:${run}`);
      values[0] = backupId;
      for (let k = 0; k < keys.length; k++) values[k + 1] = sqlValue(row[keys[k]!]);
      insertBackup.run(values);
      const at = receivedAtOf(spec).toISOString();
      if (state.lastBackupAt === null || row.date > state.lastBackupAt) {
        state.nextExpectedAt = nextExpectedRun(state, row.date, state.isNew);
        state.isNew = false;
        state.lastBackupAt = row.date;
        state.latestBackupId = backupId;
        state.updatedAt = at;
        simulateRunAlerts(
          state.open,
          alerts,
          state,
          { backupId, status: row.status, date: row.date, warnings: row.warnings, errors: row.errors },
          at,
        );
      }
      written++;
      if (written % 50_000 === 0) options.onProgress?.(written);
    }
  });
  for (let run = 0; run < options.runsPerJob; run++) writeDay(run);

  db.transaction(() => {
    for (const state of states) updateJob.run(state.lastBackupAt, state.latestBackupId, state.nextExpectedAt, state.updatedAt, state.id);
    for (const a of alerts) {
      insertAlert.run(
        a.jobId,
        a.kind,
        a.openKind,
        a.message,
        a.raisedAt,
        a.lastRemindedAt,
        a.reminderCount,
        a.resolvedAt,
        a.raisedByBackupId,
        a.resolvedByBackupId,
      );
    }
  })();
  return { runs: written, alerts: alerts.length };
}

/** One report's worth of rows, parsed beforehand (the raw limit measures the database only). */
export interface PreparedReport {
  server: { id: string; name: string };
  run: StoredRunRow;
  receivedAt: Date;
}

/**
 * Hand-written ingest on better-sqlite3: one IMMEDIATE transaction per report doing the same
 * writes as src/domain/ingest.ts, with prepared statements and the server's pragmas.
 */
export class RawIngest {
  private readonly db: Database.Database;
  private readonly keys: (keyof StoredRunRow)[];
  private readonly values: unknown[];
  private readonly statements;
  private readonly store: (report: PreparedReport, backupId: string) => void;

  constructor(file: string, sample: StoredRunRow) {
    this.db = new Database(file, { timeout: 30_000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    const { keys, columns } = backupColumns(sample);
    this.keys = keys;
    this.values = new Array(keys.length + 1);
    const db = this.db;
    const jobColumns = `id, last_backup_at AS lastBackupAt, next_expected_at AS nextExpectedAt, expected_interval AS expectedInterval,
      allowed_weekdays AS allowedWeekdays, notification_event AS notificationEvent, overdue_since AS overdueSince,
      (SELECT name FROM servers s WHERE s.id = backup_jobs.server_id) AS serverName,
      (SELECT COUNT(*) FROM alerts a WHERE a.job_id = backup_jobs.id AND a.open_kind IS NOT NULL) AS openAlerts`;
    this.statements = {
      lockJob: db.prepare(
        `UPDATE backup_jobs SET tolerance_minutes = tolerance_minutes WHERE server_id = ? AND backup_name = ? RETURNING ${jobColumns}`,
      ),
      insertServer: db.prepare('INSERT INTO servers (id, name, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING'),
      insertJob: db.prepare(`INSERT INTO backup_jobs (server_id, backup_name, updated_at) VALUES (?, ?, ?) RETURNING ${jobColumns}`),
      insertBackup: db.prepare(
        `INSERT INTO backups (id, ${columns.join(', ')}) VALUES (?${', ?'.repeat(columns.length)})
         ON CONFLICT (server_id, backup_name, date) DO NOTHING`,
      ),
      updateJob: db.prepare(
        `UPDATE backup_jobs SET last_backup_at = ?, latest_backup_id = ?, next_expected_at = ?, updated_at = ?
         WHERE id = ? AND (last_backup_at IS NULL OR last_backup_at < ?)`,
      ),
      clearOverdue: db.prepare('UPDATE backup_jobs SET overdue_since = NULL WHERE id = ?'),
      resolveAlerts: db.prepare(
        `UPDATE alerts SET open_kind = NULL, resolved_at = ?, resolved_by_backup_id = ?
         WHERE job_id = ? AND open_kind IN (SELECT value FROM json_each(?))`,
      ),
      remindAlert: db.prepare(
        `UPDATE alerts SET message = ?, raised_by_backup_id = ?, last_reminded_at = ?, reminder_count = reminder_count + 1
         WHERE job_id = ? AND open_kind = ?`,
      ),
      raiseAlert: db.prepare(
        `INSERT INTO alerts (job_id, kind, open_kind, message, raised_at, raised_by_backup_id) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
    };
    this.store = db.transaction((report: PreparedReport, backupId: string) => this.storeReport(report, backupId)).immediate;
  }

  ingest(report: PreparedReport, backupId: string): void {
    this.store(report, backupId);
  }

  /** The statements src/domain/ingest.ts runs, in the same order, with nothing in between. */
  private storeReport(report: PreparedReport, backupId: string): void {
    const s = this.statements;
    const { run } = report;
    const now = report.receivedAt.toISOString();
    let job = s.lockJob.get(run.serverId, run.backupName) as JobRow | undefined;
    const isNew = !job;
    if (!job) {
      s.insertServer.run(report.server.id, report.server.name, now);
      job = s.insertJob.get(run.serverId, run.backupName, now) as JobRow;
    }
    this.values[0] = backupId;
    for (let k = 0; k < this.keys.length; k++) this.values[k + 1] = sqlValue(run[this.keys[k]!]);
    if (s.insertBackup.run(this.values).changes === 0) return;
    if (job.lastBackupAt !== null && run.date <= job.lastBackupAt) return;
    if (s.updateJob.run(run.date, backupId, nextExpectedRun(job, run.date, isNew), now, job.id, run.date).changes === 0) return;
    const decision = decideRunAlerts(run.status, run.errors, parseNotificationLevel(job.notificationEvent));
    if (job.openAlerts > 0 && decision.resolve.length > 0) s.resolveAlerts.run(now, backupId, job.id, JSON.stringify(decision.resolve));
    if (job.overdueSince !== null && decision.resolve.includes('OVERDUE')) s.clearOverdue.run(job.id);
    if (!decision.raise) return;
    const message = runAlertMessage(decision.raise, { ...run, backupName: run.backupName, serverName: job.serverName });
    const reminded = s.remindAlert.run(message, backupId, now, job.id, decision.raise);
    if (reminded.changes === 0) s.raiseAlert.run(job.id, decision.raise, decision.raise, message, now, backupId);
  }

  close(): void {
    this.db.close();
  }
}

interface JobRow {
  id: number;
  lastBackupAt: string | null;
  nextExpectedAt: string | null;
  expectedInterval: string;
  allowedWeekdays: string;
  notificationEvent: string;
  overdueSince: string | null;
  serverName: string;
  openAlerts: number;
}

export type { JobRef };
