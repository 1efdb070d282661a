import type { DuplistatusLayout } from '../db/legacy/layout.ts';
import { replacedTables } from '../db/legacy/schema-step.ts';
import type { DataStepResult } from './data-step.ts';

/** What the upgrade did (or, in a dry run, would do), in sentences for the log and the CLI. */
export function describeChanges(
  layout: DuplistatusLayout,
  data: DataStepResult,
  migrations: string[],
): { changes: string[]; notes: string[] } {
  const changes: string[] = [];
  changes.push(`tables ${replacedTables(layout).join(', ')} rebuilt with dupligraph's schema (migrations ${migrations.join(', ')})`);
  if (layout.serverTable === 'machines') {
    changes.push(`machines → servers: ${data.servers} rows`, `backups.machine_id → backups.server_id: ${data.runs} runs`);
  } else {
    changes.push(`servers: ${data.servers} rows copied`, `backups: ${data.runs} runs copied`);
  }
  if (data.addedColumns.servers.length > 0) changes.push(`servers gains ${data.addedColumns.servers.join(', ')} (defaults)`);
  if (data.addedColumns.backups.length > 0) changes.push(`backups gains ${data.addedColumns.backups.join(', ')} (defaults)`);
  if (data.availableBackfilled.checked > 0) {
    changes.push(
      `available_backups read from the log lines of ${data.availableBackfilled.checked} runs without a list ` +
        `(${data.availableBackfilled.found} had versions)`,
    );
  }
  changes.push(`backup_jobs: ${data.jobs} jobs created from the distinct (server, backup name) pairs, each pointing at its latest run`);
  if (data.settingsKey) {
    changes.push(
      `${data.settingsKey}: ${data.settings.byJob.size} entries → job schedules` +
        `${data.settings.dropped.length > 0 ? `, ${data.settings.dropped.length} dropped` : ''}; jobs without an entry get the defaults (1D, all days)`,
    );
  } else {
    changes.push('no backup_settings: every job gets the defaults (1D, all days, monitored)');
  }
  if (data.reminderKey) {
    changes.push(`${data.reminderKey}: ${data.reminders.byJob.size} entries → backup_jobs.last_reminder_at`);
  }
  if (data.configurationKeys.length > 0) {
    changes.push(`configurations kept as they are: ${data.configurationKeys.join(', ')}`);
  }
  if (layout.untouchedTables.length > 0) changes.push(`left as they are: ${layout.untouchedTables.join(', ')}`);

  const notes = [
    ...data.settings.dropped.map((note) => `backup_settings entry ${JSON.stringify(note.key)} dropped: ${note.reason}`),
    ...data.settings.problems.map((note) => `backup_settings entry ${JSON.stringify(note.key)}: ${note.reason}`),
    ...data.reminders.dropped.map((note) => `${data.reminderKey} entry ${JSON.stringify(note.key)} dropped: ${note.reason}`),
    ...data.reminders.problems.map((note) => `${data.reminderKey} entry ${JSON.stringify(note.key)}: ${note.reason}`),
  ];
  return { changes, notes };
}
