import { describe, expect, it } from 'vitest';
import { overdueDeadline } from '../../src/domain/overdue/index.ts';
import { ageInSeconds } from '../../src/domain/timestamps.ts';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('ageInSeconds: how long ago a run started, as the summaries show it', () => {
  it('counts whole seconds', () => {
    expect(ageInSeconds(new Date(NOW.getTime() - 90_500), NOW)).toBe(90);
  });

  it('is 0, never negative, for a run dated ahead of the clock', () => {
    expect(ageInSeconds(new Date(NOW.getTime() + 12 * 3_600_000), NOW)).toBe(0);
    expect(ageInSeconds(new Date('9999-12-31T00:00:00Z'), NOW)).toBe(0);
    expect(ageInSeconds(new Date(8.64e15), NOW)).toBe(0);
  });

  it('stops at the largest GraphQL Int for a date from a broken clock', () => {
    expect(ageInSeconds(new Date('0001-01-01T00:00:00Z'), NOW)).toBe(2 ** 31 - 1);
    expect(ageInSeconds(new Date(-8.64e15), NOW)).toBe(2 ** 31 - 1);
  });

  it('is 0 for an invalid date rather than NaN', () => {
    expect(ageInSeconds(new Date(Number.NaN), NOW)).toBe(0);
  });
});

describe('overdueDeadline at the end of time', () => {
  it('stays a valid date when the next expected run is the last instant JavaScript knows', () => {
    const deadline = overdueDeadline(new Date(8.64e15), 120);
    expect(deadline.getTime()).toBe(8.64e15);
    expect(deadline.toISOString()).toBe('+275760-09-13T00:00:00.000Z');
  });

  it('adds the tolerance as before everywhere else', () => {
    expect(overdueDeadline(NOW, 120).toISOString()).toBe('2026-06-01T14:00:00.000Z');
  });
});
