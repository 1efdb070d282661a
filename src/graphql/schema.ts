import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './scalars.ts';
import './errors.ts';
import './server/type.ts';
import './backup-job/type.ts';
import './backup/type.ts';
import './summary.ts';
import './last-backups.ts';
import './homepage.ts';
import './report-backup.ts';
import './subscriptions.ts';
import './alert/type.ts';
import './monitoring.ts';
import './deprecation/deprecated-field-usage.ts';
import './deprecation/deprecated-shims.ts';
import './server/mutations.ts';
import './history.ts';
import './node-lookup.ts';

/** Sorted so the printed SDL is stable for review and codegen. */
export const schema = lexicographicSortSchema(builder.toSchema());
