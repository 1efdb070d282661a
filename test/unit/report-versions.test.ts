import { describe, expect, it } from 'vitest';
import { extractAvailableVersions, parseVersionTimestamp } from '../../src/domain/report/index.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';

const RETENTION = '2025-08-05 18:26:53 +01 - [Information-Duplicati.Library.Main.Operation.DeleteHandler:RetentionPolicy';
const consider = (list: string) => `${RETENTION}-BackupList]: Backups to consider: ${list}`;
const toDelete = (list: string) => `${RETENTION}-AllBackupsToDelete]: All backups to delete: ${list}`;
const asText = (lines: string[]) => JSON.stringify(lines);

describe('parseVersionTimestamp: the eight culture shapes of docs/compatibility/upload.md#available-versions', () => {
  const cases: Array<[shape: string, stamp: string, utc: string]> = [
    ['1. yyyy-MM-dd H:mm:ss (sv-SE, en-CA)', '2025-08-04 0:14:55', '2025-08-04T00:14:55.000Z'],
    ['2. yyyy.MM.dd H:mm:ss (zh, ja, hu)', '2025.08.04 13:14:55', '2025-08-04T13:14:55.000Z'],
    ['3. yyyy.MM.dd AM|PM h:mm:ss (ko-KR)', '2025.08.04 PM 1:14:55', '2025-08-04T13:14:55.000Z'],
    ['4. yyyy/MM/dd h:mm:ss AM|PM (es-MX)', '2025/08/04 1:14:55 PM', '2025-08-04T13:14:55.000Z'],
    ['5. d/M/yyyy H:mm:ss (en-GB, fr, it, es, pt-BR)', '4/8/2025 13:14:55', '2025-08-04T13:14:55.000Z'],
    ['6. d/M/yyyy H.mm.ss (da, nb)', '04/08/2025 13.14.55', '2025-08-04T13:14:55.000Z'],
    ['7. d.M.yyyy H:mm:ss (de, ru, tr, fi)', '4.8.2025 13:14:55', '2025-08-04T13:14:55.000Z'],
    ['8. a/b/yyyy h:mm:ss AM|PM, b > 12 so month-first (en-US)', '8/14/2025 1:14:55 PM', '2025-08-14T13:14:55.000Z'],
  ];
  for (const [shape, stamp, utc] of cases) {
    it(`reads shape ${shape} in UTC`, () => {
      expect(parseVersionTimestamp(stamp, 'UTC')).toBe(utc);
    });
  }

  it('reads the same wall-clock stamps one hour earlier in UTC under Europe/London summer time', () => {
    for (const [, stamp, utc] of cases) {
      const shifted = new Date(Date.parse(utc) - 3_600_000).toISOString();
      expect(parseVersionTimestamp(stamp, 'Europe/London'), stamp).toBe(shifted);
    }
  });

  it('reads a/b AM|PM stamps day-first when a is above 12, else month-first, also when both fit', () => {
    expect(parseVersionTimestamp('14/8/2025 9:00:00 AM', 'UTC')).toBe('2025-08-14T09:00:00.000Z');
    expect(parseVersionTimestamp('8/14/2025 9:00:00 AM', 'UTC')).toBe('2025-08-14T09:00:00.000Z');
    expect(parseVersionTimestamp('11/09/2025 9:30:00 PM', 'UTC')).toBe('2025-11-09T21:30:00.000Z');
    expect(parseVersionTimestamp('4/8/2025 9:00:00 AM', 'UTC')).toBe('2025-04-08T09:00:00.000Z');
  });

  it('converts 12 AM to midnight and 12 PM to noon, in either case of the marker', () => {
    expect(parseVersionTimestamp('8/14/2025 12:00:01 AM', 'UTC')).toBe('2025-08-14T00:00:01.000Z');
    expect(parseVersionTimestamp('8/14/2025 12:00:01 pm', 'UTC')).toBe('2025-08-14T12:00:01.000Z');
    expect(parseVersionTimestamp('2025.08.14 am 12:00:01', 'UTC')).toBe('2025-08-14T00:00:01.000Z');
  });

  it('treats non-breaking and narrow non-breaking spaces as spaces', () => {
    expect(parseVersionTimestamp('8/14/2025\u00A01:14:55\u202FPM', 'UTC')).toBe('2025-08-14T13:14:55.000Z');
    expect(parseVersionTimestamp('2025.08.14\u00A0PM\u00A01:14:55', 'UTC')).toBe('2025-08-14T13:14:55.000Z');
  });

  it('rejects values out of range: year outside 1900–2100, month 13, day 32, hour 24, minute or second 60', () => {
    for (const stamp of [
      '01/01/1899 00:00:00',
      '01/01/2101 00:00:00',
      '01/13/2025 00:00:00',
      '32/01/2025 00:00:00',
      '01/01/2025 24:00:00',
      '01/01/2025 00:60:00',
      '01/01/2025 00:00:60',
      '8/14/2025 13:00:00 PM',
    ]) {
      expect(parseVersionTimestamp(stamp, 'UTC'), stamp).toBeNull();
    }
    expect(parseVersionTimestamp('01/01/1900 00:00:00', 'UTC')).toBe('1900-01-01T00:00:00.000Z');
    expect(parseVersionTimestamp('31/12/2100 23:59:59', 'UTC')).toBe('2100-12-31T23:59:59.000Z');
  });

  it('rejects days that do not exist in the month', () => {
    expect(parseVersionTimestamp('31/04/2025 10:00:00', 'UTC')).toBeNull();
    expect(parseVersionTimestamp('29/02/2025 10:00:00', 'UTC')).toBeNull();
    expect(parseVersionTimestamp('29/02/2024 10:00:00', 'UTC')).toBe('2024-02-29T10:00:00.000Z');
  });

  it('rejects shapes outside the eight, such as two-digit years, ISO with T, or month-first without AM/PM read as day-first', () => {
    for (const stamp of ['04/08/25 00:14:55', '2025-08-04T00:14:55', '2025-8-4 00:14:55', 'Monday, 4 August 2025', '']) {
      expect(parseVersionTimestamp(stamp, 'UTC'), stamp).toBeNull();
    }
    // No AM/PM: shape 5 reads it day-first, so "08/14" is month 14 and rejected rather than re-read.
    expect(parseVersionTimestamp('08/14/2025 13:14:55', 'UTC')).toBeNull();
  });

  it('reads a repeated autumn hour as its first occurrence and a skipped spring hour with the winter offset, as JavaScript does', () => {
    expect(parseVersionTimestamp('2025-10-26 01:00:02', 'Europe/London')).toBe('2025-10-26T00:00:02.000Z');
    expect(parseVersionTimestamp('2025-03-30 01:30:00', 'Europe/London')).toBe('2025-03-30T01:30:00.000Z');
  });
});

describe('extractAvailableVersions (docs/compatibility/upload.md#available-versions)', () => {
  const upstreamExample = consider('04/08/2025 00:14:55, 31/07/2025 15:10:00');

  it('gives the duplistatus example under TZ=Europe/London', () => {
    expect(extractAvailableVersions(asText([upstreamExample]), 'Europe/London')).toEqual([
      '2025-08-03T23:14:55.000Z',
      '2025-07-31T14:10:00.000Z',
    ]);
  });

  it('gives the duplistatus example under TZ=UTC', () => {
    expect(extractAvailableVersions(asText([upstreamExample]), 'UTC')).toEqual(['2025-08-04T00:14:55.000Z', '2025-07-31T15:10:00.000Z']);
  });

  it('removes the versions listed under "All backups to delete"', () => {
    const lines = [consider('03/08/2025 10:00:00, 02/08/2025 10:00:00, 01/08/2025 10:00:00'), toDelete('02/08/2025 10:00:00')];
    expect(extractAvailableVersions(asText(lines), 'UTC')).toEqual(['2025-08-03T10:00:00.000Z', '2025-08-01T10:00:00.000Z']);
  });

  it('sorts the result newest first whatever order the log used', () => {
    const lines = [consider('01/08/2025 10:00:00, 03/08/2025 10:00:00, 2025-08-02 10:00:00')];
    expect(extractAvailableVersions(asText(lines), 'UTC')).toEqual([
      '2025-08-03T10:00:00.000Z',
      '2025-08-02T10:00:00.000Z',
      '2025-08-01T10:00:00.000Z',
    ]);
  });

  it('drops stamps it cannot read and keeps the rest', () => {
    const lines = [consider('03/08/2025 10:00:00, yesterday, , 31/02/2025 10:00:00')];
    expect(extractAvailableVersions(asText(lines), 'UTC')).toEqual(['2025-08-03T10:00:00.000Z']);
  });

  it('takes the last line with a non-empty list for each marker', () => {
    const lines = [
      consider('01/01/2025 10:00:00'),
      toDelete('02/08/2025 10:00:00'),
      consider('03/08/2025 10:00:00, 02/08/2025 10:00:00'),
      // Empty after the colon: does not replace the earlier removal list (as upstream).
      toDelete(''),
    ];
    expect(extractAvailableVersions(asText(lines), 'UTC')).toEqual(['2025-08-03T10:00:00.000Z']);
  });

  it('returns an empty list without retention-policy lines, for empty input and for null', () => {
    expect(extractAvailableVersions(asText(['2025-08-05 18:26:53 +01 - [Information-X-Y]: nothing here']), 'UTC')).toEqual([]);
    expect(extractAvailableVersions(asText([]), 'UTC')).toEqual([]);
    expect(extractAvailableVersions('   ', 'UTC')).toEqual([]);
    expect(extractAvailableVersions(null, 'UTC')).toEqual([]);
  });

  it('returns an empty list when every candidate is deleted or when JSON is neither array nor string', () => {
    expect(extractAvailableVersions(asText([consider('01/08/2025 10:00:00'), toDelete('01/08/2025 10:00:00')]), 'UTC')).toEqual([]);
    expect(extractAvailableVersions(JSON.stringify({ line: upstreamExample }), 'UTC')).toEqual([]);
    expect(extractAvailableVersions('42', 'UTC')).toEqual([]);
  });

  it('skips array elements that are not strings', () => {
    const text = JSON.stringify([42, null, { upstreamExample }, upstreamExample]);
    expect(extractAvailableVersions(text, 'UTC')).toHaveLength(2);
  });

  it('searches raw text line by line when it is not JSON, without sorting', () => {
    const raw = [consider('01/08/2025 10:00:00, 03/08/2025 10:00:00, 02/08/2025 10:00:00'), toDelete('02/08/2025 10:00:00')].join('\n');
    expect(extractAvailableVersions(raw, 'UTC')).toEqual(['2025-08-01T10:00:00.000Z', '2025-08-03T10:00:00.000Z']);
  });

  it('searches a JSON string value line by line, without sorting', () => {
    const text = JSON.stringify(`${consider('01/08/2025 10:00:00, 03/08/2025 10:00:00')}\nother line`);
    expect(extractAvailableVersions(text, 'UTC')).toEqual(['2025-08-01T10:00:00.000Z', '2025-08-03T10:00:00.000Z']);
  });

  it('keeps a stamp listed twice twice, as upstream does', () => {
    expect(extractAvailableVersions(asText([consider('01/08/2025 10:00:00, 01/08/2025 10:00:00')]), 'UTC')).toHaveLength(2);
  });

  it('reads back the versions a builder-made report lists, minus the deleted ones', () => {
    const versions = [1, 2, 3, 4].map((day) => new Date(Date.UTC(2025, 5, day, 3, 0, 1)));
    const deleted = versions[1] as Date;
    const report = buildDuplicatiReport({ versions, versionsToDelete: [deleted] });
    expect(extractAvailableVersions(JSON.stringify(report.LogLines), 'UTC')).toEqual(
      versions
        .filter((v) => v !== deleted)
        .map((v) => v.toISOString())
        .reverse(),
    );
  });
});

describe("version stamps read in the Duplicati host's offset, which the line's own prefix carries", () => {
  const line = (prefix: string) =>
    `${prefix}[Information-Duplicati.Library.Main.Operation.DeleteHandler:RetentionPolicy-BackupList]: Backups to consider: 24/11/2025 02:00:00, 23/11/2025 02:00:00`;
  const plusOne = asText([line('2025-11-25 02:00:00 +01 - ')]);
  const minusFive = asText([line('2025-11-25 02:00:00 -05 - ')]);
  const noPrefix = asText([line('')]);

  for (const processZone of ['Asia/Tokyo', 'America/Los_Angeles']) {
    it(`gives the same instants whatever the process zone (${processZone}) when REPORT_TIME_ZONE is unset`, () => {
      expect(extractAvailableVersions(plusOne, processZone, false)).toEqual(['2025-11-24T01:00:00.000Z', '2025-11-23T01:00:00.000Z']);
      expect(extractAvailableVersions(minusFive, processZone, false)).toEqual(['2025-11-24T07:00:00.000Z', '2025-11-23T07:00:00.000Z']);
    });
  }

  it('reads a line without a prefix in the process zone', () => {
    expect(extractAvailableVersions(noPrefix, 'Asia/Tokyo', false)).toEqual(['2025-11-23T17:00:00.000Z', '2025-11-22T17:00:00.000Z']);
    expect(extractAvailableVersions(noPrefix, 'America/Los_Angeles', false)).toEqual([
      '2025-11-24T10:00:00.000Z',
      '2025-11-23T10:00:00.000Z',
    ]);
  });

  it('lets an explicit REPORT_TIME_ZONE win over the offset (a +05:30 host logs "+05")', () => {
    expect(extractAvailableVersions(plusOne, 'UTC', true)).toEqual(['2025-11-24T02:00:00.000Z', '2025-11-23T02:00:00.000Z']);
    expect(extractAvailableVersions(minusFive, 'Asia/Kolkata', true)).toEqual(['2025-11-23T20:30:00.000Z', '2025-11-22T20:30:00.000Z']);
  });

  it("reads the candidates and the removals each in its own line's offset, and a +00 line as UTC", () => {
    const lines = [
      line('2025-11-25 02:00:00 +00 - '),
      '2025-11-25 03:00:00 +01 - [Information-Duplicati.Library.Main.Operation.DeleteHandler:RetentionPolicy-AllBackupsToDelete]: All backups to delete: 23/11/2025 03:00:00',
    ];
    expect(extractAvailableVersions(asText(lines), 'Asia/Tokyo', false)).toEqual(['2025-11-24T02:00:00.000Z']);
  });
});
