import { describe, expect, it } from 'vitest';
import { formatDurationHms, parseDurationSeconds } from '../../src/domain/report/index.ts';
import { timeSpan } from '../support/report-builder.ts';

describe('parseDurationSeconds (docs/compatibility/upload.md#durations)', () => {
  it('reads hh:mm:ss with a seven-digit fraction as fractional seconds', () => {
    expect(parseDurationSeconds('00:00:51.3856057')).toBe(51.3856057);
    expect(parseDurationSeconds('00:07:43.8641976')).toBe(463.8641976);
  });

  it('gives exactly the written decimal, as a literal would, not a float sum', () => {
    expect(parseDurationSeconds('00:38:31.6018052')).toBe(2311.6018052);
    expect(parseDurationSeconds('00:11:12.4265519')).toBe(672.4265519);
    expect(parseDurationSeconds('00:29:53.3301475')).toBe(1793.3301475);
  });

  it('reads whole-second spans and zero', () => {
    expect(parseDurationSeconds('00:05:00')).toBe(300);
    expect(parseDurationSeconds('23:59:59')).toBe(86_399);
    expect(parseDurationSeconds('00:00:00')).toBe(0);
  });

  it('honours the day prefix that duplistatus misreads as hours', () => {
    expect(parseDurationSeconds('1.02:03:04.5120000')).toBe(93_784.512);
    expect(parseDurationSeconds('10.00:00:00')).toBe(864_000);
  });

  it('reads a leading minus as a negative span, with or without days', () => {
    expect(parseDurationSeconds('-00:00:05')).toBe(-5);
    expect(parseDurationSeconds('-1.02:03:04.5120000')).toBe(-93_784.512);
    expect(Object.is(parseDurationSeconds('-00:00:00'), 0)).toBe(true);
  });

  it('accepts short fractions, one-digit hours and surrounding whitespace', () => {
    expect(parseDurationSeconds('00:00:01.5')).toBe(1.5);
    expect(parseDurationSeconds('1:02:03')).toBe(3723);
    expect(parseDurationSeconds('  00:01:00 ')).toBe(60);
  });

  it('returns null for text that is not a TimeSpan', () => {
    for (const text of [
      '',
      'abc',
      '51.3856057',
      '00:00',
      '00:60:00',
      '00:00:60',
      '24:00:00',
      '1.24:00:00',
      '00:00:01.12345678',
      '1:2:3',
      '00:00:01,5',
      '+00:00:01',
    ]) {
      expect(parseDurationSeconds(text), text).toBeNull();
    }
  });

  it('round-trips the TimeSpan text the report builder writes', () => {
    for (const seconds of [0, 0.5, 59.25, 3_600, 86_399.9999999, 93_784.512, 4 * 86_400 + 1]) {
      expect(parseDurationSeconds(timeSpan(seconds))).toBeCloseTo(seconds, 7);
    }
  });
});

describe('formatDurationHms (docs/compatibility/upload.md#durations output)', () => {
  it('writes zero-padded HH:MM:SS from the whole seconds, dropping the fraction', () => {
    expect(formatDurationHms(51.3856057)).toBe('00:00:51');
    expect(formatDurationHms(2311.6018052)).toBe('00:38:31');
    expect(formatDurationHms(59.999)).toBe('00:00:59');
    expect(formatDurationHms(0)).toBe('00:00:00');
  });

  it('does not wrap hours at 24', () => {
    expect(formatDurationHms(93_784.512)).toBe('26:03:04');
    expect(formatDurationHms(360_000)).toBe('100:00:00');
  });

  it('writes a negative span with a leading minus and anything non-finite as zero', () => {
    expect(formatDurationHms(-5.5)).toBe('-00:00:05');
    expect(formatDurationHms(Number.NaN)).toBe('00:00:00');
    expect(formatDurationHms(Number.POSITIVE_INFINITY)).toBe('00:00:00');
  });
});
