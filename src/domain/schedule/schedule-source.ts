/**
 * Where a job's schedule (expected interval, allowed weekdays, next expected run) comes from, and
 * which source may replace which (issue 19): set by hand wins over a Duplicati sync and over
 * reports, a sync wins over reports; a job switched to "follow Duplicati" takes whatever Duplicati
 * says last, a sync or a report, even over a schedule set by hand.
 */

export const SCHEDULE_SOURCES = ['default', 'report', 'duplicati-sync', 'manual'] as const;

export type ScheduleSource = (typeof SCHEDULE_SOURCES)[number];

/** The sources that set a schedule; `default` is only ever what a job starts with. */
export type ScheduleSetter = Exclude<ScheduleSource, 'default'>;

const PRECEDENCE: Record<ScheduleSource, number> = { default: 0, report: 1, 'duplicati-sync': 2, manual: 3 };

/** Why a schedule stayed as it was. */
export type KeptReason = 'set-by-hand' | 'synced-from-duplicati';

export type ScheduleDecision = { replace: true } | { replace: false; reason: KeptReason; message: string };

/** The stored text → a source; anything unknown reads as `default` (only this code writes the column). */
export function parseScheduleSource(text: string): ScheduleSource {
  return (SCHEDULE_SOURCES as readonly string[]).includes(text) ? (text as ScheduleSource) : 'default';
}

export function mayReplaceSchedule(current: ScheduleSource, incoming: ScheduleSetter, followDuplicati: boolean): ScheduleDecision {
  if (incoming === 'manual') return { replace: true };
  if (followDuplicati) return { replace: true };
  if (PRECEDENCE[incoming] >= PRECEDENCE[current]) return { replace: true };
  const by = incoming === 'report' ? "a report's next-scheduled-run" : 'a Duplicati schedule sync';
  return current === 'manual'
    ? {
        replace: false,
        reason: 'set-by-hand',
        message: `The schedule was set by hand, which ${by} does not replace; switch the job to follow Duplicati to let it.`,
      }
    : {
        replace: false,
        reason: 'synced-from-duplicati',
        message: `The schedule was synced from Duplicati, which ${by} does not replace; switch the job to follow Duplicati to let it.`,
      };
}
