import { buildSummary } from '../domain/summary.ts';
import type { Summary } from '../domain/summary.ts';
import { countOverdueJobs } from '../domain/overdue-jobs.ts';
import { builder } from './builder.ts';
import { replacedBy } from './deprecation/deprecation-reasons.ts';

export const SummaryRef = builder.objectRef<Summary>('Summary').implement({
  description: "duplistatus's /api/summary (docs/compatibility/rest-api.md#summary) as a type: flat numbers a dashboard can map directly.",
  fields: (t) => ({
    totalServers: t.exposeInt('totalServers', { description: 'Servers, including those without runs.' }),
    totalBackupRuns: t.exposeInt('totalBackupsRuns', { description: 'Stored runs.' }),
    totalBackupJobs: t.exposeInt('totalBackups', { description: 'Backup jobs (server + backup name) with at least one run.' }),
    totalBackupsRuns: t.exposeInt('totalBackupsRuns', {
      description: 'Stored runs.',
      deprecationReason: replacedBy('Summary.totalBackupRuns', 'named as Homepage.totalBackupRuns is'),
    }),
    totalBackups: t.exposeInt('totalBackups', {
      description: 'Backup jobs (server + backup name) with at least one run.',
      deprecationReason: replacedBy('Summary.totalBackupJobs', 'it counts jobs, while a backup elsewhere is one run'),
    }),
    totalUploadedSize: t.expose('totalUploadedSize', { type: 'SafeInt', description: 'Bytes uploaded, summed over all runs.' }),
    totalStorageUsed: t.expose('totalStorageUsed', {
      type: 'SafeInt',
      description: "Bytes at the destinations, summed over each server's latest run (duplistatus semantics).",
    }),
    totalBackupSize: t.expose('totalBackupSize', {
      type: 'SafeInt',
      description: "Bytes examined, summed over each server's latest run.",
    }),
    overdueBackupJobCount: t.exposeInt('overdueBackupsCount', { description: 'Jobs overdue right now.' }),
    overdueBackupsCount: t.exposeInt('overdueBackupsCount', {
      description: 'Jobs overdue right now.',
      deprecationReason: replacedBy('Summary.overdueBackupJobCount', 'it counts jobs, while a backup elsewhere is one run'),
    }),
    secondsSinceLastBackup: t.exposeInt('secondsSinceLastBackup', {
      nullable: true,
      description: 'Whole seconds since the newest run started; null without runs.',
    }),
    lastBackupAt: t.expose('lastBackupAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the newest run started; null without runs.',
    }),
  }),
});

builder.queryField('summary', (t) =>
  t.field({
    type: SummaryRef,
    description: 'Totals over all servers, jobs and runs.',
    resolve: (_root, _args, ctx) => buildSummary(ctx.prisma, { now: ctx.now(), countOverdueJobs }),
  }),
);
