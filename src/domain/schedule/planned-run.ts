/**
 * Zero-config schedules (issue 19): Duplicati ≥ 2.2 puts the run its scheduler planned next in
 * every scheduled run's report, `Extra.next-scheduled-run`, written `yyyyMMdd'T'HHmmssK` in UTC
 * (`20251125T020000Z`; duplicati/duplicati `Duplicati/Library/RestAPI/Scheduler.cs` and
 * `Utility.SerializeDateTime`). Runs started by hand carry none.
 */

const NEXT_SCHEDULED_RUN = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/**
 * The planned instant as ISO 8601 UTC, or null when the value is absent or not that format. A bad
 * value is ignored rather than refused: the rest of the report is a run worth keeping, and a
 * Duplicati 4xx is final (`--send-http-extra-parameters` can overwrite the key with anything).
 */
export function readNextScheduledRun(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = NEXT_SCHEDULED_RUN.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const instant = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const real =
    year >= 1970 && instant.getUTCMonth() === month - 1 && instant.getUTCDate() === day && hour <= 23 && minute <= 59 && second <= 59;
  return real ? instant.toISOString() : null;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * The interval between two successive planned runs, in the interval grammar
 * (docs/compatibility/overdue.md#interval-grammar). Duplicati steps day-sized intervals in its
 * own zone, so across a DST change a daily plan is 23 or 25 hours apart: a gap within an hour of
 * whole days is those days ("1D", or "1W" for seven). Null for no gap.
 */
export function intervalFromGap(gapMs: number): string | null {
  if (!(gapMs >= 1_000)) return null;
  if (gapMs >= DAY_MS - HOUR_MS) {
    const days = Math.round(gapMs / DAY_MS);
    if (Math.abs(gapMs - days * DAY_MS) <= HOUR_MS) return days % 7 === 0 ? `${days / 7}W` : `${days}D`;
  }
  const seconds = Math.round(gapMs / 1_000);
  if (seconds % 60 !== 0) return String(seconds);
  const hours = Math.floor(seconds / 3_600);
  const minutes = (seconds % 3_600) / 60;
  return `${hours > 0 ? `${hours}h` : ''}${minutes > 0 ? `${minutes}m` : ''}`;
}

/**
 * The interval learnt when a run arrives with the next planned run, from the plan the previous
 * report gave: only when this run is the one that plan announced (it started at or after it,
 * and closer to it than to the new plan), so a lost report or a run started by hand in between
 * does not teach twice the interval. Null when nothing is learnt.
 */
export function learnedInterval(previousPlan: string | null, runDate: string, nextPlan: string): string | null {
  if (previousPlan === null) return null;
  const previous = Date.parse(previousPlan);
  const run = Date.parse(runDate);
  const next = Date.parse(nextPlan);
  const gap = next - previous;
  // The host's one clock gives both: a run a minute before its plan is that run, started early.
  const sincePlan = run - previous;
  if (!(gap > 0) || sincePlan < -MINUTE_MS || sincePlan >= gap / 2) return null;
  return intervalFromGap(gap);
}
