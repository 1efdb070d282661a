import type { DeletionCounts } from '../domain/server-admin.ts';
import { builder } from './builder.ts';

/** What deleteServer and deleteBackupJob removed; shared by their payloads. */
export const DeletionCountsRef = builder.objectRef<DeletionCounts>('DeletionCounts').implement({
  description: "Rows removed. A job's schedule lives in its row, so `jobs` counts schedules too.",
  fields: (t) => ({
    servers: t.exposeInt('servers'),
    jobs: t.exposeInt('jobs'),
    runs: t.exposeInt('runs'),
    alerts: t.exposeInt('alerts'),
  }),
});
