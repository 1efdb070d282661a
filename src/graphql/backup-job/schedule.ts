import { ALL_WEEKDAYS, parseNotificationLevel, parseWeekdays } from '../../domain/overdue/index.ts';
import type { NotificationLevel } from '../../domain/overdue/index.ts';
import type { OverdueState } from '../../domain/overdue-state.ts';
import { builder } from '../builder.ts';
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

interface ScheduleColumns {
  expectedInterval: string;
  allowedWeekdays: string;
  toleranceMinutes: number | null;
  overdueCheckEnabled: boolean;
  notificationEvent: string;
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
    toleranceMinutes: t.exposeInt('toleranceMinutes', {
      nullable: true,
      description: "This job's own tolerance; null follows the global default.",
    }),
    effectiveToleranceMinutes: t.int({
      description: "Minutes a run may be late before the job is overdue: the job's own tolerance, or the global default.",
      resolve: async (schedule, _args, ctx) => schedule.toleranceMinutes ?? (await ctx.monitoringSettings()).defaultToleranceMinutes,
    }),
    overdueCheckEnabled: t.exposeBoolean('overdueCheckEnabled', { description: 'False when this job is never reported overdue.' }),
    notificationLevel: t.field({
      type: NotificationLevelEnum,
      description: 'Which runs raise a BACKUP_WARNING alert.',
      resolve: (schedule): NotificationLevel => parseNotificationLevel(schedule.notificationEvent),
    }),
  }),
});

export const OverdueStateRef = builder.objectRef<OverdueState>('OverdueState').implement({
  description: 'Whether a job is late, computed when read.',
  fields: (t) => ({
    isOverdue: t.exposeBoolean('isOverdue', { description: 'True when the job is monitored, has runs, and its deadline has passed.' }),
    nextExpectedAt: t.expose('nextExpectedAt', { type: 'DateTime', nullable: true, description: 'When the next run is expected.' }),
    deadline: t.expose('deadline', { type: 'DateTime', nullable: true, description: 'Next expected run plus tolerance: late after this.' }),
    toleranceMinutes: t.exposeInt('toleranceMinutes', {
      description: "The tolerance in force, in minutes: the job's own or the global default.",
    }),
    overdueSince: t.expose('overdueSince', { type: 'DateTime', nullable: true, description: 'Set while an OVERDUE alert is open.' }),
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
