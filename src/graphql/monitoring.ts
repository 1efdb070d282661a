import { runOverdueCheck } from '../domain/alerts/overdue-check.ts';
import type { OverdueCheckResult } from '../domain/alerts/overdue-check.ts';
import { millisecondsFromMinutes, wholeMinutesIn } from '../domain/durations.ts';
import { allowedDefaultToleranceMinutes, updateMonitoringSettings } from '../domain/settings.ts';
import type { MonitoringSettings } from '../domain/settings.ts';
import { builder } from './builder.ts';
import type { GraphQLContext } from './context.ts';
import { replacedBy } from './deprecation/deprecation-reasons.ts';
import { InvalidInputError } from './errors.ts';
import { SINGLETON_NODE_KEYS } from './identity.ts';

/**
 * Overdue monitoring as a whole: the global settings and the check on demand. A job's own
 * schedule, its overdue state and configureBackupJob belong to the job (backup-job/).
 */

const ReminderFrequencyEnum = builder.enumType('ReminderFrequency', {
  description: 'How often an open OVERDUE alert is repeated (docs/compatibility/overdue.md#periodic-check-and-reminders).',
  values: {
    ONETIME: { value: 'onetime', description: 'Once, when the alert is raised; no reminders.' },
    EVERY_DAY: { value: 'every_day', description: 'Again every day while the job stays overdue.' },
    EVERY_WEEK: { value: 'every_week', description: 'Again every week while the job stays overdue.' },
    EVERY_MONTH: { value: 'every_month', description: 'Again every month while the job stays overdue.' },
  } as const,
});

const MonitoringSettingsRef = builder.node(builder.objectRef<MonitoringSettings>('MonitoringSettings'), {
  description: 'The global overdue-monitoring settings.',
  id: {
    description: 'Always the same: there is one set of monitoring settings.',
    resolve: () => SINGLETON_NODE_KEYS.MonitoringSettings!,
  },
  loadOne: (_key, ctx) => ctx.monitoringSettings(),
  isTypeOf: (value) => isMonitoringSettings(value),
  fields: (t) => ({
    defaultToleranceMilliseconds: t.field({
      type: 'SafeInt',
      description: 'The tolerance of jobs without their own, in whole milliseconds.',
      resolve: (settings) => millisecondsFromMinutes(settings.defaultToleranceMinutes),
    }),
    defaultToleranceMinutes: t.exposeInt('defaultToleranceMinutes', {
      description: 'Applies to jobs without their own tolerance.',
      deprecationReason: replacedBy('MonitoringSettings.defaultToleranceMilliseconds', 'durations are whole milliseconds, a SafeInt'),
    }),
    reminderFrequency: t.field({
      type: ReminderFrequencyEnum,
      description: 'How often an open OVERDUE alert is repeated.',
      resolve: (settings) => settings.reminderFrequency,
    }),
  }),
});

const OverdueCheckStatisticsRef = builder.objectRef<OverdueCheckResult['statistics']>('OverdueCheckStatistics').implement({
  description: 'What one overdue check found and sent.',
  fields: (t) => ({
    totalBackupConfigs: t.exposeInt('totalBackupConfigs', { description: 'Backup jobs known.' }),
    checkedBackups: t.exposeInt('checkedBackups', { description: 'Jobs monitored and with at least one run.' }),
    overdueBackupsFound: t.exposeInt('overdueBackupsFound', { description: 'Jobs found overdue.' }),
    notificationsSent: t.exposeInt('notificationsSent', { description: 'Alerts raised plus reminders.' }),
    alertsRaised: t.exposeInt('alertsRaised', { description: 'OVERDUE alerts newly raised.' }),
    remindersSent: t.exposeInt('remindersSent', { description: 'Reminders sent for alerts already open.' }),
  }),
});

const OverdueCheckResultRef = builder.objectRef<OverdueCheckResult>('OverdueCheckResult').implement({
  description: 'The outcome of one overdue check.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'A one-line account of the check, for people.' }),
    checkedAt: t.expose('checkedAt', { type: 'DateTime', description: 'The instant the check used as now.' }),
    statistics: t.field({
      type: OverdueCheckStatisticsRef,
      description: 'What it found and sent.',
      resolve: (result) => result.statistics,
    }),
  }),
});

builder.queryFields((t) => ({
  monitoringSettings: t.field({
    type: MonitoringSettingsRef,
    description: 'The global overdue-monitoring settings.',
    resolve: (_root, _args, ctx) => ctx.monitoringSettings(),
  }),
}));

const CheckOverdueNowPayload = OverdueCheckResultRef;

const UpdateMonitoringSettingsInput = builder.inputType('UpdateMonitoringSettingsInput', {
  description: 'Only the settings given change.',
  fields: (t) => ({
    defaultToleranceMilliseconds: t.field({
      type: 'SafeInt',
      required: false,
      description: `The tolerance of jobs without their own, in milliseconds: one of ${allowedDefaultTolerancesMilliseconds().join(', ')} (0 to 24 hours, the steps duplistatus offers).`,
    }),
    defaultToleranceMinutes: t.int({
      required: false,
      description: 'One of 0, 5, 15, 30, 60, 120, 240, 360, 720, 1440.',
      deprecationReason: replacedBy(
        'UpdateMonitoringSettingsInput.defaultToleranceMilliseconds',
        'durations are whole milliseconds, a SafeInt',
      ),
    }),
    reminderFrequency: t.field({
      type: ReminderFrequencyEnum,
      required: false,
      description: 'How often an open OVERDUE alert is repeated.',
    }),
  }),
});

const RunOverdueCheckPayload = builder.objectRef<OverdueCheckResult>('RunOverdueCheckPayload').implement({
  description: 'The outcome of runOverdueCheck.',
  fields: (t) => ({
    check: t.field({ type: OverdueCheckResultRef, description: 'What the check found and sent.', resolve: (result) => result }),
  }),
});

const SetMonitoringSettingsPayload = builder.objectRef<MonitoringSettings>('SetMonitoringSettingsPayload').implement({
  description: 'The outcome of setMonitoringSettings.',
  fields: (t) => ({
    monitoringSettings: t.field({
      type: MonitoringSettingsRef,
      description: 'The settings as they are now.',
      resolve: (settings) => settings,
    }),
  }),
});

function checkOverdueAtOnce(ctx: GraphQLContext) {
  return runOverdueCheck(ctx.prisma, { now: ctx.now(), events: ctx.events, force: true, notifications: ctx.notifications.hooks });
}

function allowedDefaultTolerancesMilliseconds(): number[] {
  return allowedDefaultToleranceMinutes().map(millisecondsFromMinutes);
}

/** The default tolerance asked for, in minutes as stored: from the milliseconds, or from the deprecated minutes. */
function requestedDefaultToleranceMinutes(input: {
  defaultToleranceMilliseconds?: number | null;
  defaultToleranceMinutes?: number | null;
}): number | undefined {
  const milliseconds = input.defaultToleranceMilliseconds;
  if (milliseconds == null) return input.defaultToleranceMinutes ?? undefined;
  if (input.defaultToleranceMinutes != null) {
    throw new InvalidInputError(
      'defaultToleranceMilliseconds',
      'Give defaultToleranceMilliseconds alone: defaultToleranceMinutes is its deprecated form.',
    );
  }
  const minutes = wholeMinutesIn(milliseconds);
  if (minutes === null || !allowedDefaultToleranceMinutes().includes(minutes)) {
    throw new InvalidInputError(
      'defaultToleranceMilliseconds',
      `defaultToleranceMilliseconds must be one of ${allowedDefaultTolerancesMilliseconds().join(', ')}, got ${milliseconds}`,
    );
  }
  return minutes;
}

async function changeMonitoringSettings(
  prisma: GraphQLContext['prisma'],
  input: {
    defaultToleranceMilliseconds?: number | null;
    defaultToleranceMinutes?: number | null;
    reminderFrequency?: MonitoringSettings['reminderFrequency'] | null;
  },
): Promise<MonitoringSettings> {
  const outcome = await updateMonitoringSettings(prisma, {
    defaultToleranceMinutes: requestedDefaultToleranceMinutes(input),
    reminderFrequency: input.reminderFrequency ?? undefined,
  });
  if (outcome.kind === 'invalid') throw new InvalidInputError(outcome.field, outcome.message);
  return outcome.settings;
}

const RUN_OVERDUE_CHECK_DESCRIPTION =
  'Recomputes every next expected run and runs the overdue check at once (docs/compatibility/overdue.md#periodic-check-and-reminders).';

builder.mutationFields((t) => ({
  runOverdueCheck: t.field({
    type: RunOverdueCheckPayload,
    description: RUN_OVERDUE_CHECK_DESCRIPTION,
    // No input can be wrong today; the union lets a typed error join later without breaking clients.
    errors: { types: [InvalidInputError] },
    resolve: (_root, _args, ctx) => checkOverdueAtOnce(ctx),
  }),
  setMonitoringSettings: t.field({
    type: SetMonitoringSettingsPayload,
    description: 'Changes the global overdue-monitoring settings; only the settings given change.',
    errors: { types: [InvalidInputError] },
    args: { input: t.arg({ type: UpdateMonitoringSettingsInput, required: true, description: 'The settings to change.' }) },
    resolve: (_root, { input }, ctx) => changeMonitoringSettings(ctx.prisma, input),
  }),
  checkOverdueNow: t.field({
    type: CheckOverdueNowPayload,
    description: RUN_OVERDUE_CHECK_DESCRIPTION,
    deprecationReason: replacedBy('Mutation.runOverdueCheck', 'it returns a payload in a union that typed errors can join'),
    resolve: (_root, _args, ctx) => checkOverdueAtOnce(ctx),
  }),
  updateMonitoringSettings: t.field({
    type: MonitoringSettingsRef,
    description: 'Changes the global overdue-monitoring settings and returns them.',
    deprecationReason: replacedBy('Mutation.setMonitoringSettings', 'it returns a payload type that can grow fields'),
    errors: { types: [InvalidInputError] },
    args: { input: t.arg({ type: UpdateMonitoringSettingsInput, required: true, description: 'The settings to change.' }) },
    resolve: (_root, { input }, ctx) => changeMonitoringSettings(ctx.prisma, input),
  }),
}));

function isMonitoringSettings(value: unknown): value is MonitoringSettings {
  return typeof value === 'object' && value !== null && 'defaultToleranceMinutes' in value && 'reminderFrequency' in value;
}
