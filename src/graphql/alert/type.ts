import type { AlertKind } from '../../domain/alerts/run-rules.ts';
import { builder } from '../builder.ts';

export const AlertKindEnum = builder.enumType('AlertKind', {
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
    kind: t.field({ type: AlertKindEnum, select: { kind: true }, resolve: (alert) => alert.kind as AlertKind }),
    active: t.boolean({ select: { resolvedAt: true }, resolve: (alert) => alert.resolvedAt === null }),
    message: t.exposeString('message'),
    job: t.relation('job'),
    raisedAt: t.field({ type: 'DateTime', select: { raisedAt: true }, resolve: (alert) => alert.raisedAt }),
    lastRemindedAt: t.field({ type: 'DateTime', nullable: true, select: { lastRemindedAt: true }, resolve: (alert) => alert.lastRemindedAt }),
    reminderCount: t.exposeInt('reminderCount'),
    acknowledgedAt: t.field({ type: 'DateTime', nullable: true, select: { acknowledgedAt: true }, resolve: (alert) => alert.acknowledgedAt }),
    resolvedAt: t.field({ type: 'DateTime', nullable: true, select: { resolvedAt: true }, resolve: (alert) => alert.resolvedAt }),
    raisedBy: t.relation('raisedBy', { nullable: true, description: 'The run that raised it (failed or warning runs).' }),
    resolvedBy: t.relation('resolvedBy', { nullable: true, description: 'The good run that cleared it.' }),
  }),
});
