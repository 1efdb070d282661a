import { describe, expect, it } from 'vitest';
import { newTimeOrderedId } from '../../src/domain/time-ordered-id.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newTimeOrderedId', () => {
  it('makes UUIDs of version 7 that start with the time in milliseconds', () => {
    const now = Date.UTC(2030, 0, 1);
    const id = newTimeOrderedId(now);
    expect(id).toMatch(UUID_V7);
    expect(Number.parseInt(id.replace('-', '').slice(0, 12), 16)).toBe(now);
  });

  it('makes increasing ids, within one millisecond and past 4,096 of them', () => {
    const now = Date.UTC(2031, 0, 1);
    const ids = Array.from({ length: 5_000 }, () => newTimeOrderedId(now));
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('keeps increasing when the clock steps back', () => {
    const first = newTimeOrderedId(Date.UTC(2032, 0, 1));
    const second = newTimeOrderedId(Date.UTC(2032, 0, 1) - 60_000);
    expect(second > first).toBe(true);
  });
});
