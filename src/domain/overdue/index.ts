/** Overdue detection and notification rules (docs/compatibility/overdue.md, docs/compatibility/notifications.md#events): pure functions, clock passed in. */
export {
  addInterval,
  formatInterval,
  INTERVAL_UNITS,
  intervalIsAtLeastOneDay,
  InvalidIntervalError,
  legacyIntervalToString,
  parseInterval,
  tryParseInterval,
  type Interval,
  type IntervalToken,
  type IntervalUnit,
  type LegacyInterval,
} from './interval.ts';
export {
  ALL_WEEKDAYS,
  formatWeekdays,
  InvalidWeekdaysError,
  isWeekdayAllowed,
  parseWeekdays,
  validateWeekdays,
  type Weekday,
} from './weekdays.ts';
export { computeNextRun, MAX_NEXT_RUN_STEPS, NextRunNotFoundError } from './next-run.ts';
export { MAX_RECOMPUTE_STEPS, recomputeNextExpected, type RecomputeNextExpectedInput } from './schedule.ts';
export {
  DEFAULT_OVERDUE_TOLERANCE,
  DEFAULT_TOLERANCE_MINUTES,
  isOverdueTolerance,
  minutesToTolerance,
  OVERDUE_TOLERANCES,
  parseOverdueTolerance,
  resolveToleranceMinutes,
  toleranceToMinutes,
  type OverdueTolerance,
} from './tolerance.ts';
export {
  expectedBackupAt,
  isOverdue,
  overdueDeadline,
  type ExpectedBackupInput,
  type OverdueInput,
} from './overdue.ts';
export {
  DEFAULT_REMINDER_FREQUENCY,
  isReminderFrequency,
  parseReminderFrequency,
  REMINDER_FREQUENCIES,
  REMINDER_PERIOD_MS,
  shouldSendOverdueReminder,
  type ReminderFrequency,
  type ReminderInput,
} from './reminders.ts';
export {
  DEFAULT_NOTIFICATION_LEVEL,
  isNotificationLevel,
  NOTIFICATION_LEVELS,
  parseNotificationLevel,
  shouldAnnounceRun,
  type NotificationLevel,
} from './notification-level.ts';
