import { describe, expect, it } from 'vitest';
import { isIsoInstantText } from '../../src/domain/timestamps.ts';

/** The definition: text that parses to an instant whose ISO form is the text itself. */
const printsItself = (text: string) => {
  const date = new Date(text);
  return !Number.isNaN(date.getTime()) && date.toISOString() === text;
};

describe('stored times served as they are', () => {
  const samples = [
    '2026-11-21T15:00:00.000Z',
    '2024-02-29T23:59:59.999Z',
    '2025-02-29T00:00:00.000Z',
    '2025-02-30T00:00:00.000Z',
    '2025-04-31T00:00:00.000Z',
    '1900-02-29T00:00:00.000Z',
    '2000-02-29T00:00:00.000Z',
    '2025-13-01T00:00:00.000Z',
    '2025-00-10T00:00:00.000Z',
    '2025-01-00T00:00:00.000Z',
    '2025-01-01T24:00:00.000Z',
    '2025-01-01T23:60:00.000Z',
    '2025-01-01T23:59:60.000Z',
    '0000-01-01T00:00:00.000Z',
    '9999-12-31T23:59:59.999Z',
    '2025-01-01T00:00:00Z',
    '2025-01-01T00:00:00.0Z',
    '2025-01-01T00:00:00.000+00:00',
    '2025-01-01 00:00:00',
    '2025-01-01T00:00:00.000z',
    ' 2025-01-01T00:00:00.000Z',
    // A separator or a digit out of place, non-ASCII digits (Arabic-Indic, fullwidth).
    '2025/01/01T00:00:00.000Z',
    '2025-01-01T00:00:00.00xZ',
    '2025-01-01T00:00:00,000Z',
    '2025-01-0\u0661T00:00:00.000Z',
    '\uff12025-01-01T00:00:00.000Z',
  ];

  it.each(samples)('%j: kept as it is exactly when it is its own ISO form', (text) => {
    expect(isIsoInstantText(text)).toBe(printsItself(text));
  });

  it('agrees with Date on every day of a leap and a common year', () => {
    for (const year of [2024, 2025, 2100]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T12:34:56.789Z`;
          expect(isIsoInstantText(text), text).toBe(printsItself(text));
        }
      }
    }
  });
});
