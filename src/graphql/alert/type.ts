import type { AlertKind } from '../../domain/alerts/run-rules.ts';
import { builder } from '../builder.ts';

export const AlertKindEnum = builder.enumType('AlertKind', {
  description: 'Why an alert was raised.',
  values: {
    OVERDUE: { description: 'The job missed its expected run plus tolerance.' },
    BACKUP_FAILED: { description: 'A run ended in Error or Fatal.' },
    BACKUP_WARNING: { description: "A run the job's notification level asks to announce." },
  } as const,
});

export const AlertRef = builder.prismaNode('Alert', {
  id: { field: 'id' },
  // A record that is gone reads as null in node(id:)/nodes(ids:) (src/graphql/node-lookup.ts).
  nullable: true,
  select: { id: true },
  description: 'Raised when a job goes overdue or a run fails; resolved by the good run that clears it.',
  fields: (t) => ({
    kind: t.field({
      type: AlertKindEnum,
      description: 'Why it was raised.',
      select: { kind: true },
      resolve: (alert) => alert.kind as AlertKind,
    }),
    active: t.boolean({
      description: 'True until a good run resolves it; acknowledging does not close it.',
      select: { resolvedAt: true },
      resolve: (alert) => alert.resolvedAt === null,
    }),
    message: t.exposeString('message', { description: 'A human-readable account of the problem.' }),
    job: t.relation('job', { description: 'The backup job it is about.' }),
    raisedAt: t.field({
      type: 'DateTime',
      description: 'When it was opened.',
      select: { raisedAt: true },
      resolve: (alert) => alert.raisedAt,
    }),
    lastRemindedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the last reminder went out; null if none has.',
      select: { lastRemindedAt: true },
      resolve: (alert) => alert.lastRemindedAt,
    }),
    reminderCount: t.exposeInt('reminderCount', { description: 'Reminders sent since it was raised.' }),
    acknowledgedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When someone acknowledged it; null if nobody has.',
      select: { acknowledgedAt: true },
      resolve: (alert) => alert.acknowledgedAt,
    }),
    resolvedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a good run resolved it; null while it is open.',
      select: { resolvedAt: true },
      resolve: (alert) => alert.resolvedAt,
    }),
    raisedBy: t.relation('raisedBy', { nullable: true, description: 'The run that raised it (failed or warning runs).' }),
    resolvedBy: t.relation('resolvedBy', { nullable: true, description: 'The good run that cleared it.' }),
  }),
});
