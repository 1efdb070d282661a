import { describe, expect, it } from 'vitest';
import { formatBytes, formatDurationHuman, formatRelativeTime, formatTolerance } from '../../../src/domain/notifications/formatting.ts';
import {
  logText,
  PLACEHOLDERS_BY_KIND,
  placeholdersForOverdue,
  placeholdersForRun,
  placeholdersForTest,
  type RunForPlaceholders,
  testMessageFooter,
} from '../../../src/domain/notifications/placeholders.ts';
import { DEPRECATED_PLACEHOLDERS, defaultTemplates, renderTemplate } from '../../../src/domain/notifications/templates.ts';

const server = { id: '66f5ffc7ff474a73a3c9cba4ac7bfb65', name: 'nas', alias: 'Office NAS', note: 'rack 2', url: 'http://nas:8200' };
const job = { name: 'Files' };
const run: RunForPlaceholders = {
  status: 'Warning',
  startedAt: '2025-11-30T19:05:00.000Z',
  durationSeconds: 3723.6,
  fileCount: 1234567,
  fileSize: 1610612736,
  uploadedSize: 1536,
  storageSize: 5497558138880n,
  messagesCount: 1200,
  warningsCount: 2,
  errorsCount: 1,
  availableVersions: 31,
  warnings: ['disk almost full', '', null],
  errors: ['file locked'],
  messages: ['started', 'finished'],
};
const overdue = {
  server,
  job,
  lastRunAt: '2025-11-28T02:00:00.000Z',
  expectedAt: new Date('2025-11-29T02:00:00.000Z'),
  now: new Date('2025-11-30T14:00:00.000Z'),
  interval: '1D',
  toleranceMinutes: 120,
  timeZone: 'Europe/London',
};

describe('placeholdersForRun', () => {
  it('gives every success/warning variable of duplistatus, formatted for en-GB', () => {
    const values = placeholdersForRun({ server, job, run, language: 'en-GB', timeZone: 'Europe/London' });
    expect(values).toEqual({
      server_id: '66f5ffc7ff474a73a3c9cba4ac7bfb65',
      server_name: 'nas',
      server_alias: 'Office NAS (nas)',
      server_note: 'rack 2',
      server_url: 'http://nas:8200',
      backup_name: 'Files',
      status: 'Warning',
      backup_date: '30/11/2025, 19:05',
      duration: '1h 2m 3s',
      file_count: '1,234,567',
      file_size: '1.50 GB',
      uploaded_size: '1.50 KB',
      storage_size: '5.00 TB',
      messages_count: '1,200',
      warnings_count: '2',
      errors_count: '1',
      available_versions: '31',
      log_text: 'disk almost full\nfile locked',
    });
    expect(Object.keys(values).sort()).toEqual([...PLACEHOLDERS_BY_KIND.warning].sort());
  });

  it('formats numbers, sizes, dates and the status in the template language (de)', () => {
    const values = placeholdersForRun({ server, job, run: { ...run, status: 'Error' }, language: 'de', timeZone: 'Europe/Berlin' });
    expect(values.status).toBe('Fehler');
    expect(values.backup_date).toBe('30.11.25, 20:05');
    expect(values.file_count).toBe('1.234.567');
    expect(values.file_size).toBe('1,50 GB');
    expect(values.messages_count).toBe('1.200');
    expect(values.duration).toBe('1h 2m 3s');
  });

  it('translates the five statuses in every language and passes any other as stored', () => {
    const statusIn = (status: string, language: 'fr' | 'zh-CN' | 'en-GB') =>
      placeholdersForRun({ server, job, run: { ...run, status }, language, timeZone: 'UTC' }).status;
    expect(statusIn('Success', 'fr')).toBe('Succès');
    expect(statusIn('Fatal', 'zh-CN')).toBe('致命');
    expect(statusIn('Unknown', 'fr')).toBe('Inconnu');
    expect(statusIn('Interrupted', 'fr')).toBe('Interrupted');
  });

  it('shows a server without alias, note or URL by its name and empty texts', () => {
    const values = placeholdersForRun({
      server: { id: 'x', name: 'nas', alias: '', note: null },
      job,
      run,
      language: 'en-GB',
      timeZone: 'UTC',
    });
    expect([values.server_alias, values.server_note, values.server_url]).toEqual(['nas', '', '']);
  });

  it("reads SQLite's zone-less timestamps as UTC", () => {
    const values = placeholdersForRun({
      server,
      job,
      run: { ...run, startedAt: '2025-11-30 19:05:00' },
      language: 'en-GB',
      timeZone: 'UTC',
    });
    expect(values.backup_date).toBe('30/11/2025, 19:05');
  });

  it('refuses a time zone Intl does not know, naming it', () => {
    expect(() => placeholdersForRun({ server, job, run, language: 'en-GB', timeZone: 'Europe/Nowhere' })).toThrow(/"Europe\/Nowhere"/);
  });
});

describe('log_text', () => {
  it('is the warnings then the errors, one per line, empty entries left out', () => {
    expect(logText({ warnings: ['w1', null, 'w2'], errors: ['', 'e1'], messages: ['m1'] })).toBe('w1\nw2\ne1');
  });

  it('falls back to the messages when there are no warnings or errors', () => {
    expect(logText({ warnings: [], errors: [''], messages: ['m1', 'm2'] })).toBe('m1\nm2');
  });

  it('is empty when there is nothing at all', () => {
    expect(logText({ warnings: [], errors: [], messages: [] })).toBe('');
  });
});

describe('placeholdersForOverdue', () => {
  it('gives every overdue variable of duplistatus, legacy ones included, in en-GB', () => {
    const values = placeholdersForOverdue({ ...overdue, language: 'en-GB' });
    expect(values).toEqual({
      server_id: '66f5ffc7ff474a73a3c9cba4ac7bfb65',
      server_name: 'nas',
      server_alias: 'Office NAS (nas)',
      server_note: 'rack 2',
      server_url: 'http://nas:8200',
      backup_name: 'Files',
      last_backup_date: '28/11/2025, 02:00',
      last_elapsed: '2 days ago',
      expected_date: '29/11/2025, 02:00',
      expected_elapsed: '1 day ago',
      backup_interval: '1D',
      overdue_tolerance: '2 hours',
      backup_interval_value: '1D',
      backup_interval_type: '',
    });
    expect(Object.keys(values).sort()).toEqual([...PLACEHOLDERS_BY_KIND.overdueBackup].sort());
  });

  it('words dates, relative times and the tolerance in the template language (fr)', () => {
    const values = placeholdersForOverdue({ ...overdue, language: 'fr' });
    expect(values.last_backup_date).toBe('28/11/2025 02:00');
    expect(values.last_elapsed).toBe('il y a 2 jours');
    expect(values.overdue_tolerance).toBe('2 heures');
  });

  it('leaves the expected date empty and its age "N/A" when no expected time is known, as duplistatus', () => {
    const values = placeholdersForOverdue({ ...overdue, expectedAt: null, language: 'en-GB' });
    expect([values.expected_date, values.expected_elapsed]).toEqual(['', 'N/A']);
  });

  it('renders the default overdue template of en-GB and a 0.7 template using the legacy interval pair', () => {
    const values = placeholdersForOverdue({ ...overdue, language: 'en-GB' });
    expect(renderTemplate(defaultTemplates('en-GB').overdueBackup.message, values)).toBe(
      'The backup Files is overdue on Office NAS (nas).\n\n🔍 Note: rack 2\n' +
        '🚨 Last backup received: 28/11/2025, 02:00 (2 days ago)\n⏰ Expected backup time: 29/11/2025, 02:00 (1 day ago)\n\n' +
        'Expected interval: 1D / Tolerance: 2 hours\n\n⚠️ Check the duplicati server immediately http://nas:8200\n',
    );
    expect(renderTemplate('on {machine_name}: {backup_interval_value} {backup_interval_type}', values)).toBe('on nas: 1D ');
  });
});

describe('every deprecated placeholder', () => {
  it('renders as its replacement in success, warning and overdue templates, in en-GB and de', () => {
    for (const language of ['en-GB', 'de'] as const) {
      const runValues = placeholdersForRun({ server, job, run, language, timeZone: 'UTC' });
      const overdueValues = placeholdersForOverdue({ ...overdue, language });
      for (const values of [runValues, overdueValues]) {
        expect(renderTemplate('{machine_name}/{machine_id}', values)).toBe('nas/66f5ffc7ff474a73a3c9cba4ac7bfb65');
        expect(renderTemplate('[{backup_interval_type}]', values)).toBe('[]');
      }
      expect(renderTemplate('{backup_interval_value}', overdueValues)).toBe('1D');
      expect(renderTemplate('[{backup_interval_value}]', runValues)).toBe('[]');
    }
    expect(Object.keys(DEPRECATED_PLACEHOLDERS)).toHaveLength(4);
  });
});

describe('formatting as duplistatus does', () => {
  it('durations as "1h 2m 3s", dropping the fraction', () => {
    expect([3723.9, 123, 3, 0, -5, Number.NaN].map(formatDurationHuman)).toEqual(['1h 2m 3s', '2m 3s', '3s', '0s', '0s', '0s']);
  });

  it('byte sizes in powers of 1024 with two decimals', () => {
    expect([0, -1, 512, 1536, 1048576, 2n ** 60n].map((bytes) => formatBytes(bytes, 'en-GB'))).toEqual([
      '0 Bytes',
      '0 Bytes',
      '512.00 Bytes',
      '1.50 KB',
      '1.00 MB',
      '1.00 EB',
    ]);
  });

  it('relative times in English words, past and future, with years and months', () => {
    const now = new Date('2025-11-30T12:00:00Z');
    const ago = (seconds: number) => formatRelativeTime(new Date(now.getTime() - seconds * 1000), now, 'en-GB');
    expect([10, 30, 60, 7200, 86400, 8 * 86400, 45 * 86400, 400 * 86400, 365 * 86400, -3 * 3600].map(ago)).toEqual([
      'just now',
      '30 seconds ago',
      '1 minute ago',
      '2 hours ago',
      '1 day ago',
      '1 week ago',
      '1 month ago',
      '1 year and 1 month ago',
      '1 year ago',
      'in 3 hours',
    ]);
    expect(formatRelativeTime(null, now, 'en-GB')).toBe('');
  });

  it("tolerances as duplistatus's labels, and other minute counts in the same pattern", () => {
    expect([0, 5, 30, 60, 120, 720, 1440, 2880, 90].map((minutes) => formatTolerance(minutes, 'en-GB'))).toEqual([
      'No tolerance',
      '5 min',
      '30 min',
      '1 hour',
      '2 hours',
      '12 hours',
      '1 day',
      '2 days',
      '90 min',
    ]);
    expect([5, 60, 240, 1440].map((minutes) => formatTolerance(minutes, 'de'))).toEqual(['5 Min', '1 Stunde', '4 Stunden', '1 Tag']);
    expect(formatTolerance(0, 'pt-BR')).toBe('Sem tolerância');
  });
});

describe('placeholdersForTest', () => {
  it("fills each placeholder with its own name and log_text with duplistatus's three sample lines", () => {
    const values = placeholdersForTest('en-GB');
    expect(renderTemplate(defaultTemplates('en-GB').success.message, values)).toBe(
      "Backup backup_name on server_alias completed with status 'status' at backup_date in duration.\n\n" +
        '🔍 Note: server_note\n☁️ Uploaded: uploaded_size\n💾 Store usage: storage_size\n🔃 Available versions: available_versions\n',
    );
    expect(values.log_text).toBe('Sample warning 1\nSample error 1\nSample message 1');
    expect(values.last_elapsed).toBe('last_elapsed');
  });

  it('ends a test message with the time it was sent', () => {
    expect(testMessageFooter(new Date('2025-11-30T19:05:00Z'), 'en-GB', 'UTC')).toBe('\n(test sent at 30/11/2025, 19:05)');
  });
});
