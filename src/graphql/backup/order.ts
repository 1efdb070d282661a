import { builder } from '../builder.ts';
import { OrderDirectionEnum, requestedOrder } from '../ordering.ts';
import type { Direction } from '../ordering.ts';

const BackupOrderFieldEnum = builder.enumType('BackupOrderField', {
  description: 'What runs can be sorted by.',
  values: {
    STARTED_AT: { value: 'startedAt', description: 'When the run started (Backup.startedAt).' },
  } as const,
});

export const BackupOrder = builder.inputType('BackupOrder', {
  description: 'How to sort runs.',
  fields: (t) => ({
    field: t.field({ type: BackupOrderFieldEnum, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirectionEnum, required: true, description: 'Which way.' }),
  }),
});

export const BACKUP_ORDER_DESCRIPTION = 'How to sort; absent means { field: STARTED_AT, direction: DESC }, newest first.';

/** Runs in the order asked for; the default is the order runs always had (newest first, ties by id). */
export function backupOrderBy(orderBy: { field: 'startedAt'; direction: Direction } | null | undefined) {
  const { direction } = requestedOrder(orderBy, { field: 'startedAt', direction: 'desc' });
  return [{ date: direction }, { id: 'asc' as const }];
}
