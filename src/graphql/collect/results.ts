import type { CollectJobResult } from '../../domain/collect/types.ts';
import { builder } from '../builder.ts';

export const CollectJobResultRef = builder.objectRef<CollectJobResult>('CollectJobResult').implement({
  description: "One Duplicati job's outcome in a collect.",
  fields: (t) => ({
    backupName: t.exposeString('backupName', { description: "The job's name in Duplicati (the backup name its runs are stored under)." }),
    duplicatiBackupId: t.exposeString('duplicatiBackupId', {
      description: "Duplicati's id of the job (reports carry it as backup-id DB-<id>).",
    }),
    processed: t.exposeInt('processed', { description: 'Backup runs stored by this collect.' }),
    skipped: t.exposeInt('skipped', {
      description: 'Backup runs already stored (by upload or an earlier collect), skipped as duplicates.',
    }),
    errors: t.exposeInt('errors', { description: 'Log entries that could not be stored, or a log that could not be read.' }),
    errorMessages: t.exposeStringList('errorMessages', { description: 'Why, for the first few errors.' }),
  }),
});
