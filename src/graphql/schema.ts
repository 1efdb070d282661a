import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './scalars.ts';
import './errors.ts';
import './server.ts';
import './backup-job.ts';
import './backup.ts';
import './summary.ts';
import './last-backups.ts';
import './homepage.ts';
import './report-backup.ts';
import './subscriptions.ts';
import './alert.ts';
import './monitoring.ts';
import './deprecated-field-usage.ts';
import './deprecated-shims.ts';
import './server-admin.ts';
import './history.ts';
import './node-lookup.ts';

/** Sorted so the printed SDL is stable for review and codegen. */
export const schema = lexicographicSortSchema(builder.toSchema());
