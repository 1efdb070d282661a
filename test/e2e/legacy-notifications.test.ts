import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { readLegacyNotificationSettings } from '../../src/domain/notifications/legacy-settings.ts';
import { capturedLogger } from '../support/captured-logger.ts';
import { encryptLikeDuplistatus } from '../support/duplistatus-encryption.ts';
import { sharedFixturesAvailable, sharedFixturesDir } from '../support/fixtures.ts';
import { buildLegacyDatabase } from '../support/legacy-databases.ts';
import type { BuiltLegacyDatabase, LegacyRelease } from '../support/legacy-databases.ts';
import { startHttpReceiver, startSmtpReceiver } from '../support/notification-receivers.ts';
import type { HttpReceiver } from '../support/notification-receivers.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { onPostgres, sqliteOnly } from '../support/test-database.ts';
import { makeTempDir, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/** Fast polls and retries, so a delivery is seen in milliseconds. */
const FAST = {
  NOTIFICATION_POLL_INTERVAL_MS: '100',
  NOTIFICATION_RETRY_BASE_MS: '50',
  NOTIFICATION_RETRY_MAX_MS: '400',
  NOTIFICATION_TIMEOUT_MS: '2000',
};
const STORED_TOPIC = 'duplistatus-Kq3vT9xLmP2w';
const SETTINGS_QUERY = '{ notificationSettings { email { username hasPassword passwordMustBeSetAgain } ntfy { topic hasAccessToken } } }';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function receiver(): Promise<HttpReceiver> {
  const started = await startHttpReceiver();
  cleanups.push(() => started.close());
  return started;
}

async function server(file: string, ntfy: HttpReceiver, options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const started = await startTestServer({ ...options, databaseFile: file, env: { ...FAST, NTFY_URL_OVERRIDE: ntfy.url } });
  cleanups.push(() => started.stop());
  return started;
}

function legacyDatabase(release: LegacyRelease, configurations: Record<string, string> = {}): BuiltLegacyDatabase & { dir: string } {
  const dir = makeTempDir('dupligraph-legacy-notify-');
  const built = buildLegacyDatabase(path.join(dir, 'backups.db'), release);
  const db = new Database(built.file);
  try {
    const write = db.prepare('INSERT INTO configurations (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    for (const [key, value] of Object.entries(configurations)) write.run(key, value);
  } finally {
    db.close();
  }
  return { ...built, dir };
}

function storedConfiguration(file: string, key: string): string | null {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT value FROM configurations WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
  } finally {
    db.close();
  }
}

/** A failed run newer than every stored one, so it becomes its job's latest and notifies. */
const failedRun = (server: { id: string; name: string }, backupName: string) =>
  buildDuplicatiReport({
    serverId: server.id,
    serverName: server.name,
    backupName,
    beginTime: new Date('2025-12-01T02:00:00Z'),
    errors: 2,
    parsedResult: 'Error',
  });

function smtpConfig(port: number, credentials: { username: string; password: string }): string {
  return JSON.stringify({
    host: '127.0.0.1',
    port,
    connectionType: 'starttls',
    requireAuth: true,
    ...credentials,
    mailto: 'ops@example.org',
    senderName: 'duplistatus',
    fromAddress: 'duplistatus@example.org',
  });
}

// duplistatus databases are SQLite files: these suites are SQLite only (test-database.ts).
describe.skipIf(onPostgres)(sqliteOnly('notifications after upgrading a duplistatus database'), () => {
  it('0.7 (combined notifications key): the first failed upload goes to the stored topic with the stored template and token', async () => {
    const ntfy = await receiver();
    const built = legacyDatabase('0.7');
    const s = await server(built.file, ntfy);
    const fsProd = built.servers[0]!;
    expect((await s.upload(failedRun(fsProd, 'Files'))).status).toBe(200);

    const [request] = await ntfy.waitFor(1);
    const url = new URL(request!.url, ntfy.url);
    expect(url.pathname).toBe(`/${STORED_TOPIC}`);
    expect(url.searchParams.get('title')).toBe('⚠️ Error - Files');
    expect(url.searchParams.get('tags')).toBe('duplicati, warning');
    expect(request!.body).toBe('Custom warning text');
    expect(request!.headers.authorization).toBe('Bearer tk_live_secret');
    // The token is sealed under our key now, the combined key itself kept as it was.
    expect(storedConfiguration(built.file, 'ntfy_config')).not.toContain('tk_live_secret');
    expect(storedConfiguration(built.file, 'notifications')).toContain('tk_live_secret');
  });

  it('0.8 (split keys): per-job channel choices survive, and an overdue job duplistatus already notified is not notified again by the first check', async () => {
    const ntfy = await receiver();
    const notifiedAt = new Date(Date.now() - 60 * 60_000).toISOString();
    const seed = legacyDatabase('0.8');
    const fsProd = seed.servers[0]!;
    const built = legacyDatabase('0.8', {
      overdue_notifications: JSON.stringify({ [`${fsProd.id}:Files`]: { lastNotificationSent: notifiedAt, serverName: fsProd.name } }),
    });
    const s = await server(built.file, ntfy);

    const check = await s.app.checkOverdue();
    // Every overdue job but FS-PROD-01/Files is notified; that one is found overdue, within its every_day reminder.
    expect(check.statistics.overdueBackupsFound).toBe(check.statistics.notificationsSent + 1);
    expect(check.statistics.remindersSent).toBe(0);
    const requests = await ntfy.waitFor(check.statistics.notificationsSent);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const titles = requests.map((request) => new URL(request.url, ntfy.url).searchParams.get('title'));
    expect(titles).toHaveLength(check.statistics.notificationsSent);
    expect(titles).toContain('🕑 Overdue - Databases');
    expect(titles).not.toContain('🕑 Overdue - Files');
    expect(requests.every((request) => new URL(request.url, ntfy.url).pathname === `/${STORED_TOPIC}`)).toBe(true);

    const jobs = new Database(built.file, { readonly: true });
    try {
      const files = jobs
        .prepare('SELECT ntfy_enabled, email_enabled, last_reminder_at FROM backup_jobs WHERE server_id = ? AND backup_name = ?')
        .get(fsProd.id, 'Files');
      expect(files).toEqual({ ntfy_enabled: 1, email_enabled: 0, last_reminder_at: notifiedAt });
    } finally {
      jobs.close();
    }
  });

  it('4.0: a server default for extra destinations reaches its jobs', async () => {
    const ntfy = await receiver();
    const built = legacyDatabase('4.0');
    await server(built.file, ntfy);
    const db = new Database(built.file, { readonly: true });
    try {
      const rows = db
        .prepare(
          'SELECT backup_name AS name, additional_emails AS emails, additional_notification_event AS level FROM backup_jobs WHERE server_id = ? ORDER BY backup_name',
        )
        .all(built.servers[0]!.id);
      // Files notifies `all`, Databases `errors`: the extra destination inherits each job's level.
      expect(rows).toEqual([
        { name: 'Databases', emails: 'ops@example.com', level: 'errors' },
        { name: 'Files', emails: 'ops@example.com', level: 'all' },
      ]);
    } finally {
      db.close();
    }
  });

  it('SMTP: with .duplistatus.key beside the database, the password is decrypted, sealed under our key, and logs in to a real SMTP server', async () => {
    const ntfy = await receiver();
    const smtp = await startSmtpReceiver({ user: 'mailer', pass: 'smtp-Secret-Pass' });
    cleanups.push(() => smtp.close());
    const duplistatusKey = randomBytes(32);
    const built = legacyDatabase('0.8', {
      smtp_config: smtpConfig(smtp.port, {
        username: encryptLikeDuplistatus(duplistatusKey, 'mailer'),
        password: encryptLikeDuplistatus(duplistatusKey, 'smtp-Secret-Pass'),
      }),
    });
    fs.writeFileSync(path.join(built.dir, '.duplistatus.key'), duplistatusKey, { mode: 0o600 });
    const { logger, lines } = capturedLogger();
    const s = await server(built.file, ntfy, { logger });

    const settings = await s.graphql(SETTINGS_QUERY);
    expect(settings.data.notificationSettings.email).toEqual({ username: 'mailer', hasPassword: true, passwordMustBeSetAgain: false });
    expect(storedConfiguration(built.file, 'smtp_config')).not.toContain('smtp-Secret-Pass');

    // FS-PROD-01/Databases notifies errors, by e-mail too (FS-PROD-01/Files has e-mail off).
    expect((await s.upload(failedRun(built.servers[0]!, 'Databases'))).status).toBe(200);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.user).toBe('mailer');
    expect(mail!.envelopeTo).toEqual(['ops@example.org']);
    expect(mail!.mail.subject).toBe('⚠️ Error - Databases');
    expect(lines.join('\n')).not.toContain('smtp-Secret-Pass');
  });

  it('SMTP: without the key file the API says the password must be set again, and the log says why, quoting no secret', async () => {
    const ntfy = await receiver();
    const encrypted = encryptLikeDuplistatus(randomBytes(32), 'smtp-Secret-Pass');
    const built = legacyDatabase('0.8', { smtp_config: smtpConfig(2525, { username: encrypted, password: encrypted }) });
    const { logger, lines } = capturedLogger();
    const s = await server(built.file, ntfy, { logger });

    const settings = await s.graphql(SETTINGS_QUERY);
    expect(settings.data.notificationSettings.email).toEqual({ username: '', hasPassword: false, passwordMustBeSetAgain: true });
    expect(settings.data.notificationSettings.ntfy).toEqual({ topic: STORED_TOPIC, hasAccessToken: true });
    const log = lines.join('\n');
    expect(log).toMatch(/the SMTP password must be set again.*no \.duplistatus\.key beside the database/);
    expect(log).not.toContain(encrypted);
  });
});

describe.runIf(sharedFixturesAvailable('legacy-db') && !onPostgres)(
  sqliteOnly('notifications after upgrading the real duplistatus 0.7.27 file'),
  () => {
    it('notifies the stored topic with the template duplistatus would use', async () => {
      const ntfy = await receiver();
      const dir = makeTempDir('dupligraph-legacy-notify-real-');
      const source = path.join(sharedFixturesDir, 'legacy-db', 'backups_0.7.27.db');
      const file = path.join(dir, 'backups.db');
      for (const suffix of ['', '-wal', '-shm']) {
        if (fs.existsSync(source + suffix)) fs.copyFileSync(source + suffix, file + suffix);
      }
      const before = new Database(file, { readonly: true });
      const configurations = Object.fromEntries(
        (before.prepare('SELECT key, value FROM configurations').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]),
      );
      before.close();
      const stored = readLegacyNotificationSettings(configurations);
      expect(stored.layout).toBe('combined');

      const s = await server(file, ntfy);
      const secProd = { id: '0f8e9328969cb6a36b5c755d4ed69138', name: 'SEC-PROD-01' };
      expect((await s.upload(failedRun(secProd, 'Files'))).status).toBe(200);
      const [request] = await ntfy.waitFor(1);
      const url = new URL(request!.url, ntfy.url);
      expect(url.pathname).toBe(`/${stored.ntfy!.topic}`);
      const title = stored.templates.warning.title
        .replaceAll('{status}', 'Error')
        .replaceAll('{backup_name}', 'Files')
        .replaceAll('{server_alias}', secProd.name);
      expect(url.searchParams.get('title')).toBe(title);
      expect(url.searchParams.get('tags')).toBe(stored.templates.warning.tags);
    });
  },
);
