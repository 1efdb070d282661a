/**
 * The machine-vocabulary twins of docs/compatibility/rest-api.md#machine-to-server-renames's renames, for clients written against
 * duplistatus ≤ 0.6. Each is built by the same code as its replacement (no copied logic) and is
 * deprecated with a reason naming the replacement's schema coordinate; Query.deprecatedFieldUsage
 * shows who still uses them. The `machineId` arguments beside `serverId` live with their
 * fields (backup/, backup-job/ and server/ queries and subscriptions), since input types cannot
 * be extended.
 */
import { BackupRef } from '../backup/type.ts';
import { builder } from '../builder.ts';
import { backupJobsCountOf, LastBackupsRef } from '../last-backups.ts';
import { serverLookupField, serversConnectionField } from '../server/queries.ts';
import { SummaryRef } from '../summary.ts';
import { renamedInDuplistatus07 } from './deprecation-reasons.ts';

builder.queryFields((t) => ({
  machines: serversConnectionField(t, {
    description: 'Old name of Query.servers.',
    deprecationReason: renamedInDuplistatus07('Query.servers'),
  }),
  machine: serverLookupField(t, {
    description: 'Old name of Query.server.',
    deprecationReason: renamedInDuplistatus07('Query.server'),
  }),
}));

builder.prismaObjectFields(BackupRef, (t) => ({
  machine: t.relation('server', {
    description: 'Old name of Backup.server.',
    deprecationReason: renamedInDuplistatus07('Backup.server'),
  }),
  machineId: t.exposeString('serverId', {
    description: 'Old name of Backup.serverId (machine_id before duplistatus 0.7).',
    deprecationReason: renamedInDuplistatus07('Backup.serverId'),
  }),
}));

builder.objectField(SummaryRef, 'totalMachines', (t) =>
  t.exposeInt('totalServers', {
    description: 'Old name of Summary.totalServers (/api/summary totalMachines).',
    deprecationReason: renamedInDuplistatus07('Summary.totalServers'),
  }),
);

builder.objectField(LastBackupsRef, 'backupTypesCount', (t) =>
  t.int({
    description: 'Old name of LastBackups.backupJobsCount (/api/lastbackups backup_types_count).',
    deprecationReason: renamedInDuplistatus07('LastBackups.backupJobsCount'),
    resolve: backupJobsCountOf,
  }),
);
