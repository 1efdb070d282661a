import { describe, expect, it } from 'vitest';
import { describeAge } from '../../src/domain/display-age.ts';

const now = new Date('2026-12-01T12:00:00Z');
const before = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('describeAge', () => {
  it('says "never" without a time', () => {
    expect(describeAge(null, now)).toBe('never');
  });

  it('counts whole units of the largest unit that has passed', () => {
    expect(describeAge(before(59), now)).toBe('just now');
    expect(describeAge(before(60), now)).toBe('1 minute ago');
    expect(describeAge(before(119 * 60), now)).toBe('1 hour ago');
    expect(describeAge(before(3 * 3600), now)).toBe('3 hours ago');
    expect(describeAge(before(6.9 * 86_400), now)).toBe('6 days ago');
    expect(describeAge(before(7 * 86_400), now)).toBe('1 week ago');
    expect(describeAge(before(45 * 86_400), now)).toBe('1 month ago');
    expect(describeAge(before(800 * 86_400), now)).toBe('2 years ago');
  });

  it('says "just now" for a start in the future (a Duplicati host whose clock runs ahead)', () => {
    expect(describeAge(new Date(now.getTime() + 3600_000), now)).toBe('just now');
  });
});
