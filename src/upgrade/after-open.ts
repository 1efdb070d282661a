/**
 * The part of a duplistatus upgrade that needs the opened database and our secret key
 * (upgrade-database.ts runs before either exists): its channel settings rewritten for the delivery
 * side (src/domain/notifications/adopt-legacy-channels.ts), and its reminder state honoured, so the
 * upgraded server notifies the same topic with the same texts and does not repeat what duplistatus
 * already sent. Runs once per database: the first process to write the marker key does it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db, DbTransaction } from '../db/types.ts';
import { isUniqueViolation } from '../db/types.ts';
import { overdueAlertMessage } from '../domain/alerts/run-rules.ts';
import { adoptLegacyChannelSettings } from '../domain/notifications/adopt-legacy-channels.ts';
import type { SmtpCredentialsOutcome } from '../domain/notifications/adopt-legacy-channels.ts';
import { DUPLISTATUS_KEY_FILE_NAME } from '../domain/notifications/duplistatus-secrets.ts';
import { overdueDeadline, resolveToleranceMinutes } from '../domain/overdue/index.ts';
import { findOverdueJobs } from '../domain/overdue-jobs.ts';
import type { OverdueJobRow } from '../domain/overdue-jobs.ts';
import { globalToleranceMinutes } from '../domain/settings.ts';
import { parseStoredTimestamp } from '../domain/timestamps.ts';
import type { UpgradeLogger } from './upgrade-database.ts';

/** Written (with the time) once the conversion is done; its presence means "never again". */
export const LEGACY_NOTIFICATIONS_ADOPTED_KEY = 'dupligraph_legacy_notifications_adopted';

/** Keys only duplistatus writes: a database holding one of them came from duplistatus. */
const DUPLISTATUS_ONLY_KEYS = ['backup_settings', 'notifications', 'overdue_notifications', 'overdue_backup_notifications', 'cron_service'];

export interface AdoptedNotifications {
  settingKeys: string[];
  smtpCredentials: SmtpCredentialsOutcome;
  /** Jobs already notified as overdue by duplistatus: their alert is open, so the next check only reminds. */
  alreadyNotifiedJobs: number;
}

export async function adoptLegacyNotifications(
  db: Db,
  options: {
    /** The SQLite file, whose folder may hold `.duplistatus.key`; null for PostgreSQL. */
    databaseFile: string | null;
    secrets: { seal(plain: string, purpose: string): string };
    now: Date;
    logger: UpgradeLogger;
  },
): Promise<AdoptedNotifications | null> {
  const rows = await db.setting.findMany();
  const configurations = Object.fromEntries(rows.filter((row) => row.value !== null).map((row) => [row.key, row.value as string]));
  if (LEGACY_NOTIFICATIONS_ADOPTED_KEY in configurations) return null;
  if (!DUPLISTATUS_ONLY_KEYS.some((key) => key in configurations)) return null;

  const keyFile = options.databaseFile ? path.join(path.dirname(options.databaseFile), DUPLISTATUS_KEY_FILE_NAME) : null;
  const duplistatusKey = keyFile && fs.existsSync(keyFile) ? fs.readFileSync(keyFile) : null;
  const adopted = adoptLegacyChannelSettings(configurations, {
    duplistatusKey,
    seal: (plain, purpose) => options.secrets.seal(plain, purpose),
  });
  const [overdueJobs, globalMinutes] = await Promise.all([findOverdueJobs(db, options.now), globalToleranceMinutes(db)]);

  let alreadyNotifiedJobs: number;
  try {
    alreadyNotifiedJobs = await db.$transaction(async (tx) => {
      // The marker first: a second process adopting at the same time fails here, and rolls back whole.
      await tx.setting.create({ data: { key: LEGACY_NOTIFICATIONS_ADOPTED_KEY, value: options.now.toISOString() } });
      for (const [key, value] of Object.entries(adopted.settings)) {
        await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
      }
      return openAlertsForNotifiedJobs(tx, overdueJobs, globalMinutes);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }

  const result = { settingKeys: Object.keys(adopted.settings).sort(), smtpCredentials: adopted.smtpCredentials, alreadyNotifiedJobs };
  options.logger.info(
    { settings: result.settingKeys, smtpCredentials: result.smtpCredentials.kind, alreadyNotifiedJobs },
    "duplistatus's notification settings carried over",
  );
  if (adopted.smtpCredentials.kind === 'must-be-set-again') {
    options.logger.warn(
      { keyFile, reason: adopted.smtpCredentials.reason },
      `the SMTP password must be set again (setEmailSettings): ${adopted.smtpCredentials.reason}; e-mail stays off until then`,
    );
  }
  for (const problem of adopted.problems) {
    options.logger.warn({ key: problem.key, problem: problem.message }, `duplistatus setting ${problem.key}: ${problem.message}`);
  }
  return result;
}

/**
 * duplistatus notified an overdue job at `lastNotificationSent` (now `last_reminder_at`) and
 * notifies again only for a newer run or when the reminder frequency says so
 * (docs/compatibility/overdue.md#periodic-check-and-reminders). Our check notifies whenever it
 * opens an OVERDUE alert, so a job still late since that notification gets its alert opened here,
 * as of that time: the first check then applies the reminder frequency instead of notifying.
 */
async function openAlertsForNotifiedJobs(tx: DbTransaction, jobs: OverdueJobRow[], globalMinutes: number): Promise<number> {
  let opened = 0;
  for (const job of jobs) {
    const remindedAt = parseStoredTimestamp(job.lastReminderAt);
    const latestAt = parseStoredTimestamp(job.lastBackupAt);
    if (!remindedAt || !latestAt || remindedAt < latestAt || !job.nextExpectedAt) continue;
    const open = await tx.alert.findFirst({ where: { jobId: job.id, openKind: 'OVERDUE' }, select: { id: true } });
    if (open) continue;
    const toleranceMinutes = resolveToleranceMinutes(job.toleranceMinutes, globalMinutes);
    const raisedAt = remindedAt.toISOString();
    await tx.alert.create({
      data: {
        jobId: job.id,
        kind: 'OVERDUE',
        openKind: 'OVERDUE',
        message: overdueAlertMessage({ ...job, serverName: job.server.name, nextExpectedAt: job.nextExpectedAt }, toleranceMinutes),
        raisedAt,
        lastRemindedAt: raisedAt,
      },
    });
    const overdueSince = overdueDeadline(new Date(job.nextExpectedAt), toleranceMinutes).toISOString();
    await tx.backupJob.update({ where: { id: job.id }, data: { overdueSince } });
    opened += 1;
  }
  return opened;
}
