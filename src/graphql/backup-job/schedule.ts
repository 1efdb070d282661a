import { ALL_WEEKDAYS, parseNotificationLevel, parseWeekdays } from '../../domain/overdue/index.ts';
import type { NotificationLevel } from '../../domain/overdue/index.ts';
import type { OverdueState } from '../../domain/overdue-state.ts';
import { millisecondsFromMinutes } from '../../domain/durations.ts';
import { parseScheduleSource } from '../../domain/schedule/schedule-source.ts';
import type { ScheduleSource } from '../../domain/schedule/schedule-source.ts';
import { builder } from '../builder.ts';
import type { GraphQLContext } from '../context.ts';
import { replacedBy } from '../deprecation/deprecation-reasons.ts';

export const NotificationLevelEnum = builder.enumType('NotificationLevel', {
  description: 'Which runs raise a BACKUP_WARNING alert (duplistatus notificationEvent, docs/compatibility/notifications.md#events).',
  values: {
    ALL: { value: 'all', description: 'Every run that is not a clean Success.' },
    WARNINGS: { value: 'warnings', description: 'Every status except Success (default).' },
    ERRORS: { value: 'errors', description: 'Only runs with errors.' },
    OFF: { value: 'off', description: 'None; failed runs still raise BACKUP_FAILED.' },
  } as const,
});

export const ScheduleSourceEnum = builder.enumType('ScheduleSource', {
  description:
    "Who set a job's schedule. Set by hand wins over a Duplicati sync and over reports, a sync wins over reports; a job that follows Duplicati takes whatever Duplicati says last.",
  values: {
    DEFAULT: { value: 'default', description: 'Nobody yet: the defaults (every day, "1D"), moved on by each run.' },
    REPORT: {
      value: 'report',
      description:
        "A report's Extra.next-scheduled-run (Duplicati 2.2 and later): the run Duplicati planned, the interval learnt between plans.",
    },
    DUPLICATI_SYNC: { value: 'duplicati-sync', description: "A sync of the job's schedule from its Duplicati server." },
    MANUAL: { value: 'manual', description: 'Set by hand (configureBackupJob with expectedInterval or allowedWeekdays).' },
  } as const,
});

interface ScheduleColumns {
  expectedInterval: string;
  allowedWeekdays: string;
  toleranceMinutes: number | null;
  overdueCheckEnabled: boolean;
  notificationEvent: string;
  scheduleSource: string;
  followDuplicati: boolean;
  plannedRunAt: string | null;
}

export const BackupJobScheduleRef = builder.objectRef<ScheduleColumns>('BackupJobSchedule').implement({
  description: "A job's schedule and monitoring settings.",
  fields: (t) => ({
    expectedInterval: t.exposeString('expectedInterval', {
      description: 'Duplicati interval syntax: "1D", "6h", "2h30m", "1W", "1M" or plain seconds.',
    }),
    allowedWeekdays: t.intList({
      description: 'UTC weekdays on which a run may be expected, 0 = Sunday.',
      resolve: (schedule) => {
        const days = parseWeekdays(schedule.allowedWeekdays);
        return days.length > 0 ? days : [...ALL_WEEKDAYS];
      },
    }),
    toleranceOverrideMilliseconds: t.field({
      type: 'SafeInt',
      nullable: true,
      description:
        "This job's own tolerance, overriding MonitoringSettings.defaultToleranceMilliseconds; null when the job follows the default.",
      resolve: (schedule) => (schedule.toleranceMinutes === null ? null : millisecondsFromMinutes(schedule.toleranceMinutes)),
    }),
    effectiveToleranceMilliseconds: t.field({
      type: 'SafeInt',
      description: "How long a run may be late before the job is overdue: the job's own tolerance, or the global default.",
      resolve: (schedule, _args, ctx) => effectiveTolerance(schedule, ctx, millisecondsFromMinutes),
    }),
    toleranceMinutes: t.exposeInt('toleranceMinutes', {
      nullable: true,
      description: "This job's own tolerance; null follows the global default.",
      deprecationReason: replacedBy(
        'BackupJobSchedule.toleranceOverrideMilliseconds',
        'named apart from the tolerance in force (OverdueState.toleranceMinutes), in whole milliseconds',
      ),
    }),
    effectiveToleranceMinutes: t.int({
      description: "Minutes a run may be late before the job is overdue: the job's own tolerance, or the global default.",
      deprecationReason: replacedBy('BackupJobSchedule.effectiveToleranceMilliseconds', 'durations are whole milliseconds, a SafeInt'),
      resolve: (schedule, _args, ctx) => effectiveTolerance(schedule, ctx, (minutes) => minutes),
    }),
    overdueCheckEnabled: t.exposeBoolean('overdueCheckEnabled', { description: 'False when this job is never reported overdue.' }),
    notificationLevel: t.field({
      type: NotificationLevelEnum,
      description: 'Which runs raise a BACKUP_WARNING alert.',
      resolve: (schedule): NotificationLevel => parseNotificationLevel(schedule.notificationEvent),
    }),
    source: t.field({
      type: ScheduleSourceEnum,
      description: 'Who set this schedule, which decides what may replace it.',
      resolve: (schedule): ScheduleSource => parseScheduleSource(schedule.scheduleSource),
    }),
    followDuplicati: t.exposeBoolean('followDuplicati', {
      description: "True when whatever Duplicati says (a sync, a report's planned run) replaces this schedule, even one set by hand.",
    }),
    plannedRunAt: t.expose('plannedRunAt', {
      type: 'DateTime',
      nullable: true,
      description: 'The next run Duplicati itself planned (from a report or a sync), while that plan is in force; null otherwise.',
    }),
  }),
});

export const OverdueStateRef = builder.objectRef<OverdueState>('OverdueState').implement({
  description: 'Whether a job is late, computed when read.',
  fields: (t) => ({
    isOverdue: t.exposeBoolean('isOverdue', { description: 'True when the job is monitored, has runs, and its deadline has passed.' }),
    nextExpectedAt: t.expose('nextExpectedAt', { type: 'DateTime', nullable: true, description: 'When the next run is expected.' }),
    deadlineAt: t.expose('deadline', {
      type: 'DateTime',
      nullable: true,
      description: 'Next expected run plus tolerance: late after this.',
    }),
    deadline: t.expose('deadline', {
      type: 'DateTime',
      nullable: true,
      description: 'Next expected run plus tolerance: late after this.',
      deprecationReason: replacedBy('OverdueState.deadlineAt', 'times are named …At'),
    }),
    effectiveToleranceMilliseconds: t.field({
      type: 'SafeInt',
      description: "The tolerance in force: the job's own or the global default (as BackupJobSchedule.effectiveToleranceMilliseconds).",
      resolve: (state) => millisecondsFromMinutes(state.toleranceMinutes),
    }),
    toleranceMinutes: t.exposeInt('toleranceMinutes', {
      description: "The tolerance in force, in minutes: the job's own or the global default.",
      deprecationReason: replacedBy(
        'OverdueState.effectiveToleranceMilliseconds',
        "named apart from the job's own tolerance (BackupJobSchedule.toleranceMinutes), in whole milliseconds",
      ),
    }),
    becameOverdueAt: t.expose('overdueSince', {
      type: 'DateTime',
      nullable: true,
      description: 'When the job went overdue; set while an OVERDUE alert is open.',
    }),
    overdueSince: t.expose('overdueSince', {
      type: 'DateTime',
      nullable: true,
      description: 'Set while an OVERDUE alert is open.',
      deprecationReason: replacedBy('OverdueState.becameOverdueAt', 'times are named …At'),
    }),
    lastRemindedAt: t.expose('lastReminderAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the last overdue reminder went out; null if none has.',
    }),
    lastReminderAt: t.expose('lastReminderAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the last overdue reminder went out; null if none has.',
      deprecationReason: replacedBy('OverdueState.lastRemindedAt', 'named as Alert.lastRemindedAt is'),
    }),
  }),
});

/**
 * `use` applied to the global default tolerance, at once when this operation has read it already:
 * a thousand jobs on a dashboard resolve without a promise each.
 */
export function withDefaultToleranceMinutes<T>(ctx: GraphQLContext, use: (minutes: number) => T): T | Promise<T> {
  const settings = ctx.monitoringSettingsIfRead();
  return settings ? use(settings.defaultToleranceMinutes) : ctx.monitoringSettings().then((read) => use(read.defaultToleranceMinutes));
}

/** The job's own tolerance, or the global default, as `as` gives it. */
function effectiveTolerance<T>(schedule: ScheduleColumns, ctx: GraphQLContext, as: (minutes: number) => T): T | Promise<T> {
  return schedule.toleranceMinutes !== null ? as(schedule.toleranceMinutes) : withDefaultToleranceMinutes(ctx, as);
}
