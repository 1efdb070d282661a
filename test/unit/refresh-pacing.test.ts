import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pacedRefresh } from '../../dashboard/src/api/refresh-pacing.ts';

// The dashboard's reads after live events (dashboard/src/api/live.ts): one per burst, and at
// least one every 2 s while a burst lasts.
describe('pacedRefresh', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const ranAt = (calls: number[], quietMs = 100, maxWaitMs = 2000, untilMs = 10_000) => {
    const started = Date.now();
    const runs: number[] = [];
    const refresh = pacedRefresh(() => runs.push(Date.now() - started), quietMs, maxWaitMs);
    for (const at of calls) {
      vi.advanceTimersByTime(at - (Date.now() - started));
      refresh();
    }
    vi.advanceTimersByTime(untilMs - (Date.now() - started));
    return runs;
  };

  it('runs once, after the pause, for one event or a short burst', () => {
    expect(ranAt([0])).toEqual([100]);
    expect(ranAt([0, 30, 60, 90])).toEqual([190]);
  });

  it('runs at least every 2 s during a burst that never pauses for 100 ms, and once more after it', () => {
    const everyFiftyMsForFiveSeconds = Array.from({ length: 100 }, (_, n) => n * 50);
    expect(ranAt(everyFiftyMsForFiveSeconds)).toEqual([2000, 4000, 5050]);
  });

  it('starts a new wait after each run', () => {
    expect(ranAt([0, 500, 520])).toEqual([100, 620]);
  });
});
