import type { DeletionCounts } from '../domain/server-admin.ts';
import { builder } from './builder.ts';

/** What deleteServer and deleteBackupJob removed; shared by their payloads. */
export const DeletionCountsRef = builder.objectRef<DeletionCounts>('DeletionCounts').implement({
  description: "Rows removed. A job's schedule lives in its row, so `jobs` counts schedules too.",
  fields: (t) => ({
    servers: t.exposeInt('servers', { description: 'Servers deleted (0 for deleteBackupJob).' }),
    jobs: t.exposeInt('jobs', { description: 'Backup jobs deleted, with their schedules.' }),
    runs: t.exposeInt('runs', { description: 'Runs deleted.' }),
    alerts: t.exposeInt('alerts', { description: 'Alerts deleted, open or resolved.' }),
  }),
});
