/**
 * Ready-to-show text for dashboards that format nothing themselves, or format a missing value
 * wrongly: Homepage's `relativeDate` turns null into 1970 ("57 years ago") and its `duration`
 * turns null into an empty cell. A text field beside the raw value shows "never" instead.
 */

/** What a dashboard shows for a job or server with no run at all. */
export const NEVER = 'never';

const SECOND = 1;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Largest unit first; a unit is used once at least one whole of it has passed. */
const UNITS: readonly { unit: Intl.RelativeTimeFormatUnit; seconds: number }[] = [
  { unit: 'year', seconds: 365 * DAY },
  { unit: 'month', seconds: 30 * DAY },
  { unit: 'week', seconds: 7 * DAY },
  { unit: 'day', seconds: DAY },
  { unit: 'hour', seconds: HOUR },
  { unit: 'minute', seconds: MINUTE },
];

const relativeTime = new Intl.RelativeTimeFormat('en', { numeric: 'always' });

/**
 * "3 hours ago", in whole units of the largest unit that fits (so 119 minutes is "1 hour ago");
 * "just now" under a minute, and for a start in the future (a Duplicati host whose clock runs
 * ahead); "never" without a time.
 */
export function describeAge(at: Date | null, now: Date): string {
  if (!at) return NEVER;
  const elapsedSeconds = Math.floor((now.getTime() - at.getTime()) / 1000);
  const fitting = UNITS.find(({ seconds }) => elapsedSeconds >= seconds);
  if (!fitting) return 'just now';
  return relativeTime.format(-Math.floor(elapsedSeconds / fitting.seconds), fitting.unit);
}
