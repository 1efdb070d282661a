import { describe, expect, it } from 'vitest';
import { parseDuplicatiReport } from '../../src/domain/report/index.ts';
import { parsePlainTextReport } from '../../src/domain/report/form-report.ts';
import { buildRetentionHeavyReport } from '../support/retention-heavy-report.ts';

/**
 * Reports as large as the upload limit, built so that any parsing step that is not linear in
 * the size would take minutes: these finish within the test timeout only when parsing is linear.
 * How long they take is measured by `npm run bench` (section "parse"), not here.
 */
const MEGABYTE = 1024 * 1024;

describe('parsing reports of the largest accepted size (20 MB)', () => {
  it('reads every version of a report listing 600,000 stamps on its retention lines', () => {
    const heavy = buildRetentionHeavyReport(20 * MEGABYTE);
    expect(heavy.text.length).toBeGreaterThan(19.5 * MEGABYTE);
    expect(heavy.text.length).toBeLessThanOrEqual(20 * MEGABYTE);
    expect(heavy.candidates).toBeGreaterThan(500_000);

    const result = parseDuplicatiReport(JSON.parse(heavy.text), { timeZone: 'Europe/London', now: new Date('2026-06-01T00:00:00Z') });
    if (!result.ok) throw new Error(result.rejection.message);
    const versions: string[] = JSON.parse(result.report.run.availableBackups ?? '[]');
    expect(versions).toHaveLength(heavy.expectedVersions);
    // Newest first, the deleted ones (every other stamp) gone.
    expect(versions[0]).toBe('2099-12-31T23:00:00.000Z');
    expect(versions[1]).toBe(new Date(Date.parse('2099-12-31T23:00:00Z') - 2 * 3_601_000).toISOString());
  }, 60_000);

  it('reads a plain-text report whose header has 500,000 " (" before its ids', () => {
    const name = 'x ('.repeat(500_000);
    const parsed = parsePlainTextReport(`Duplicati Backup report for ${name}m1, DB-7, host)\n\nDeletedFiles: 0`);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.report.Extra).toMatchObject({ 'machine-id': 'm1', 'backup-id': 'DB-7', 'machine-name': 'host' });
    expect(parsed.report.Extra['backup-name']).toHaveLength(name.length - 2);
  });

  it('reads a plain-text value holding 1,000,000 times of day', () => {
    const value = `${'1:11:11 '.repeat(1_000_000)}x`;
    const parsed = parsePlainTextReport(`Duplicati Backup report for a (b, DB-1, c)\n\nVersion: ${value}`);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.report.Data.Version).toBe(value);
  });
});
