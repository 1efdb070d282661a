import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readLegacyNotificationSettings, readLegacyReminderState } from '../../../src/domain/notifications/legacy-settings.ts';
import { defaultTemplates, deprecatedPlaceholdersIn } from '../../../src/domain/notifications/templates.ts';
import { sharedFixturesAvailable, sharedFixturesDir } from '../../support/fixtures.ts';

const custom = (name: string) => ({
  title: `${name} {backup_name}`,
  message: `${name} on {machine_name}`,
  priority: 'urgent',
  tags: 'x, y',
});
const json = (value: unknown) => JSON.stringify(value);

/** A 0.6.1 database's rows: the combined key holding that release's default templates, jobs keyed by machine name. */
const V06 = {
  notifications: json({
    ntfy: { url: 'https://ntfy.example.org/', topic: 'duplistatus-MMruqKzT1Tuu', accessToken: '' },
    backupSettings: {},
    templates: {
      success: {
        title: '✅ {status} - {backup_name}  @ {machine_name}',
        message:
          "Backup {backup_name} on {machine_name} completed with status '{status}' at {backup_date} in {duration}.\n\n☁️ Uploaded: {uploaded_size}\n💾 Store usage:  {storage_size}\n🔃 Available versions:  {available_versions}\n",
        priority: 'default',
        tags: 'duplicati, duplistatus, success',
      },
      warning: custom('my warning'),
      overdueBackup: custom('my overdue'),
    },
  }),
  backup_settings: json({
    'ANL-PROD-01:Users': { notificationEvent: 'all', overdueBackupCheckEnabled: true, expectedInterval: 1, intervalUnit: 'day' },
    'ANL-PROD-01:System': { notificationEvent: 'off', overdueBackupCheckEnabled: true, expectedInterval: 12, intervalUnit: 'hour' },
  }),
  notification_frequency: 'every_week',
  overdue_tolerance: '1h',
  overdue_backup_notifications: json({
    'ANL-PROD-01:Users': { lastNotificationSent: '2025-11-29T10:00:00.000Z', lastBackupDate: '2025-11-27T02:00:00.000Z' },
  }),
};

/** A 0.8+/1.x database's rows: split keys, the newer job shape with channels and extra destinations. */
const V08 = {
  ntfy_config: json({ url: 'https://ntfy.example.org', topic: 'backups-home', accessToken: 'tk_secret' }),
  notification_templates: json({ language: 'de', success: custom('mein Erfolg'), warning: custom('meine Warnung') }),
  smtp_config: json({
    host: 'mail.example.org',
    port: 465,
    connectionType: 'ssl',
    username: 'aa:bb',
    password: 'cc:dd',
    mailto: 'admin@example.org',
    senderName: 'NAS',
    fromAddress: 'nas@example.org',
    requireAuth: true,
  }),
  notification_frequency: 'onetime',
  backup_settings: json({
    '66f5ffc7ff474a73a3c9cba4ac7bfb65:Files': {
      notificationEvent: 'errors',
      overdueBackupCheckEnabled: true,
      expectedInterval: '1D',
      allowedWeekDays: [1, 2, 3, 4, 5],
      time: '2025-12-01T02:00:00.000Z',
      ntfyEnabled: false,
      emailEnabled: true,
      additionalNotificationEvent: 'all',
      additionalEmails: 'a@example.org, b@example.org',
      additionalNtfyTopic: 'team-topic',
    },
    '66f5ffc7ff474a73a3c9cba4ac7bfb65:Photos': { notificationEvent: 'warnings', expectedInterval: '1W', additionalEmails: '' },
    '66f5ffc7ff474a73a3c9cba4ac7bfb65:__default__': { additionalNotificationEvent: 'warnings', additionalNtfyTopic: 'server-topic' },
  }),
  overdue_notifications: json({
    '66f5ffc7ff474a73a3c9cba4ac7bfb65:Files': { lastNotificationSent: '2025-11-30T08:00:00.000Z', serverName: 'nas' },
  }),
};

describe('readLegacyNotificationSettings from the combined key of 0.6/0.7', () => {
  const settings = readLegacyNotificationSettings(V06);

  it('keeps the stored ntfy URL and topic, with no token when it is empty', () => {
    expect(settings.layout).toBe('combined');
    expect(settings.ntfy).toEqual({ url: 'https://ntfy.example.org/', topic: 'duplistatus-MMruqKzT1Tuu' });
    expect(settings.smtp).toBeNull();
  });

  it('replaces a template that is a former default by the current one, and keeps customised ones', () => {
    expect(settings.language).toBe('en-GB');
    expect(settings.templates.success).toEqual(defaultTemplates('en-GB').success);
    expect(settings.templates.warning).toEqual(custom('my warning'));
    expect(settings.templateOrigins).toEqual({ success: 'former-default', warning: 'stored', overdueBackup: 'stored' });
    expect(deprecatedPlaceholdersIn(settings.templates.overdueBackup)).toEqual(['machine_name']);
  });

  it('reads the frequency and the per-job levels keyed by machine name, with both channels on', () => {
    expect(settings.reminderFrequency).toBe('every_week');
    expect(settings.jobs).toEqual({
      'ANL-PROD-01:Users': { notificationEvent: 'all', ntfyEnabled: true, emailEnabled: true },
      'ANL-PROD-01:System': { notificationEvent: 'off', ntfyEnabled: true, emailEnabled: true },
    });
    expect(settings.problems).toEqual([]);
  });

  it('reads job entries kept inside the combined key when backup_settings lacks them', () => {
    const rows = {
      notifications: json({
        ntfy: { topic: 't' },
        backupSettings: { 'host:Job': { notificationEvent: 'errors' }, 'host:Both': { notificationEvent: 'all' } },
      }),
      backup_settings: json({ 'host:Both': { notificationEvent: 'off' } }),
    };
    const jobs = readLegacyNotificationSettings(rows).jobs;
    expect(jobs['host:Job']?.notificationEvent).toBe('errors');
    expect(jobs['host:Both']?.notificationEvent).toBe('off');
  });
});

describe('readLegacyNotificationSettings from the split keys of 0.8+', () => {
  const settings = readLegacyNotificationSettings(V08);

  it('keeps ntfy with its token, and SMTP with its encrypted credentials as stored', () => {
    expect(settings.layout).toBe('split');
    expect(settings.ntfy).toEqual({ url: 'https://ntfy.example.org', topic: 'backups-home', accessToken: 'tk_secret' });
    expect(settings.smtp).toEqual({
      host: 'mail.example.org',
      port: 465,
      connectionType: 'ssl',
      requireAuth: true,
      encryptedUsername: 'aa:bb',
      encryptedPassword: 'cc:dd',
      mailto: 'admin@example.org',
      senderName: 'NAS',
      fromAddress: 'nas@example.org',
    });
  });

  it("keeps the language and the stored templates, with that language's default for a missing one", () => {
    expect(settings.language).toBe('de');
    expect(settings.templates.success).toEqual(custom('mein Erfolg'));
    expect(settings.templates.overdueBackup).toEqual(defaultTemplates('de').overdueBackup);
    expect(settings.templateOrigins).toEqual({ success: 'stored', warning: 'stored', overdueBackup: 'missing' });
  });

  it("reads each job's level, channels and extra destinations, and the server defaults apart", () => {
    expect(settings.reminderFrequency).toBe('onetime');
    expect(settings.jobs).toEqual({
      '66f5ffc7ff474a73a3c9cba4ac7bfb65:Files': {
        notificationEvent: 'errors',
        ntfyEnabled: false,
        emailEnabled: true,
        additionalNotificationEvent: 'all',
        additionalEmails: 'a@example.org, b@example.org',
        additionalNtfyTopic: 'team-topic',
      },
      '66f5ffc7ff474a73a3c9cba4ac7bfb65:Photos': {
        notificationEvent: 'warnings',
        ntfyEnabled: true,
        emailEnabled: true,
        additionalEmails: '',
      },
    });
    expect(settings.serverDefaults).toEqual({
      '66f5ffc7ff474a73a3c9cba4ac7bfb65': { additionalNotificationEvent: 'warnings', additionalNtfyTopic: 'server-topic' },
    });
    expect(settings.problems).toEqual([]);
  });

  it("reads 0.8's `secure` flag as the connection type, and 1.3.x's `en` as en-GB", () => {
    const rows = {
      smtp_config: json({ host: 'smtp', port: '587', secure: false, username: '', password: '', mailto: 'me@x' }),
      notification_templates: json({ language: 'en' }),
    };
    const settings = readLegacyNotificationSettings(rows);
    expect(settings.smtp).toEqual({
      host: 'smtp',
      port: 587,
      connectionType: 'starttls',
      requireAuth: true,
      mailto: 'me@x',
      senderName: 'duplistatus',
    });
    expect(readLegacyNotificationSettings({ smtp_config: json({ host: 'smtp', port: 465, secure: true }) }).smtp?.connectionType).toBe(
      'ssl',
    );
    expect(settings.language).toBe('en-GB');
  });

  it('prefers a split key over the same part of a combined key left beside it', () => {
    const settings = readLegacyNotificationSettings({ ...V06, ntfy_config: json({ topic: 'new-topic' }) });
    expect(settings.ntfy).toEqual({ url: 'https://ntfy.sh/', topic: 'new-topic' });
    expect(settings.layout).toBe('split');
  });
});

describe('readLegacyNotificationSettings with nothing or damaged values', () => {
  it('gives the defaults when no notification key exists', () => {
    const settings = readLegacyNotificationSettings({});
    expect(settings).toMatchObject({ layout: 'none', ntfy: null, smtp: null, language: 'en-GB', reminderFrequency: 'every_day', jobs: {} });
    expect(settings.templates).toEqual(defaultTemplates('en-GB'));
    expect(settings.problems).toEqual([]);
  });

  it('names each key it could not read and why, and keeps everything else', () => {
    const settings = readLegacyNotificationSettings({
      ntfy_config: '{"url": "https://ntfy.sh/", "topic": ',
      notification_templates: json({ language: 'klingon', success: { title: 3 }, warning: custom('kept') }),
      smtp_config: json({ host: 'smtp', port: 70000 }),
      notification_frequency: 'hourly',
      backup_settings: json({ 'a:b': { notificationEvent: 'sometimes', additionalNotificationEvent: 'never' }, 'a:c': 'yes' }),
    });
    expect(settings.ntfy).toBeNull();
    expect(settings.smtp).toBeNull();
    expect(settings.language).toBe('en-GB');
    expect(settings.templates.warning).toEqual(custom('kept'));
    expect(settings.templates.success).toEqual(defaultTemplates('en-GB').success);
    expect(settings.reminderFrequency).toBe('every_day');
    expect(settings.jobs).toEqual({ 'a:b': { notificationEvent: 'warnings', ntfyEnabled: true, emailEnabled: true } });
    expect(settings.problems.map((problem) => `${problem.key}: ${problem.message}`)).toEqual([
      expect.stringMatching(/^ntfy_config: not valid JSON \(.+\); ignored$/),
      'notification_templates: language "klingon" has no templates; en-GB used',
      'notification_templates: template success has no text title and message; the default is used',
      'backup_settings: entry "a:b": additionalNotificationEvent "never" is unknown; inherited instead',
      'backup_settings: entry "a:b": notificationEvent "sometimes" is unknown; warnings used',
      'backup_settings: entry "a:c" is not an object; skipped',
      'smtp_config: host or port is missing or invalid (port must be a whole number from 1 to 65535); e-mail stays unset',
      'notification_frequency: "hourly" is not onetime, every_day, every_week or every_month; every_day used',
    ]);
  });

  it('leaves ntfy unset, saying so, when no topic is stored', () => {
    const settings = readLegacyNotificationSettings({ ntfy_config: json({ url: 'https://ntfy.sh/', topic: '' }) });
    expect(settings.ntfy).toBeNull();
    expect(settings.problems).toEqual([{ key: 'ntfy_config', message: 'no ntfy topic is stored; ntfy stays unset' }]);
  });
});

describe('readLegacyReminderState', () => {
  it('reads overdue_notifications (0.7+) per job key', () => {
    expect(readLegacyReminderState(V08)).toEqual({
      source: 'overdue_notifications',
      jobs: { '66f5ffc7ff474a73a3c9cba4ac7bfb65:Files': { lastNotificationAt: new Date('2025-11-30T08:00:00.000Z'), serverName: 'nas' } },
      problems: [],
    });
  });

  it('reads overdue_backup_notifications (before 0.7), keyed by machine name, with the backup it was sent for', () => {
    expect(readLegacyReminderState(V06)).toEqual({
      source: 'overdue_backup_notifications',
      jobs: {
        'ANL-PROD-01:Users': {
          lastNotificationAt: new Date('2025-11-29T10:00:00.000Z'),
          lastBackupAt: new Date('2025-11-27T02:00:00.000Z'),
        },
      },
      problems: [],
    });
  });

  it('prefers the 0.7 key when both exist, and says the old one was ignored', () => {
    const state = readLegacyReminderState({ ...V06, overdue_notifications: V08.overdue_notifications });
    expect(state.source).toBe('overdue_notifications');
    expect(state.problems).toEqual([
      { key: 'overdue_backup_notifications', message: 'ignored: overdue_notifications replaces it (its keys name machines, not servers)' },
    ]);
  });

  it('skips entries without a valid time (duplistatus notifies those again) and reports damaged JSON', () => {
    const state = readLegacyReminderState({
      overdue_notifications: json({ 'a:b': { lastNotificationSent: '' }, 'a:c': { lastNotificationSent: 'soon' } }),
    });
    expect(state.jobs).toEqual({});
    expect(state.problems).toHaveLength(2);
    expect(readLegacyReminderState({ overdue_notifications: '{' }).problems[0]?.message).toMatch(/^not valid JSON/);
    expect(readLegacyReminderState({})).toEqual({ source: 'none', jobs: {}, problems: [] });
  });
});

function configurationsOf(fixture: string): Record<string, string> {
  // The fixture folder is read-only and SQLite wants to write beside a WAL-flagged file: read a copy.
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'legacy-notifications-'));
  const copy = path.join(directory, fixture);
  fs.copyFileSync(path.join(sharedFixturesDir, 'legacy-db', fixture), copy);
  const database = new Database(copy, { readonly: true });
  try {
    const rows = database.prepare('SELECT key, value FROM configurations').all() as { key: string; value: string | null }[];
    return Object.fromEntries(rows.map((row) => [row.key, row.value ?? '']));
  } finally {
    database.close();
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

describe.runIf(sharedFixturesAvailable('legacy-db'))('the real duplistatus databases in ../shared/fixtures/legacy-db', () => {
  it('0.7.27: keeps its own ntfy topic, turns its 0.7.24 default templates into the current ones, and reads its ten jobs', () => {
    const settings = readLegacyNotificationSettings(configurationsOf('backups_0.7.27.db'));
    expect(settings.layout).toBe('combined');
    expect(settings.ntfy).toEqual({ url: 'https://ntfy.sh/', topic: 'duplistatus-ucHr42svXaE6' });
    expect(settings.templateOrigins).toEqual({ success: 'former-default', warning: 'former-default', overdueBackup: 'former-default' });
    expect(settings.templates).toEqual(defaultTemplates('en-GB'));
    expect(Object.keys(settings.jobs)).toHaveLength(10);
    expect(Object.values(settings.jobs).every((job) => job.notificationEvent === 'warnings' && job.ntfyEnabled && job.emailEnabled)).toBe(
      true,
    );
    expect(settings.problems).toEqual([]);
  });

  it('0.6.1: keeps its own ntfy topic and its jobs keyed by machine name', () => {
    const settings = readLegacyNotificationSettings(configurationsOf('backups_v0.6.1.db'));
    expect(settings.ntfy?.topic).toBe('duplistatus-MMruqKzT1Tuu');
    expect(Object.keys(settings.jobs)).toContain('ANL-PROD-01:Users');
    expect(settings.templateOrigins.overdueBackup).toBe('former-default');
  });
});
