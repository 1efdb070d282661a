import { builder } from '../builder.ts';
import { OrderDirectionEnum, requestedOrder } from '../ordering.ts';
import type { Direction } from '../ordering.ts';

const AlertOrderFieldEnum = builder.enumType('AlertOrderField', {
  description: 'What alerts can be sorted by.',
  values: {
    RAISED_AT: { value: 'raisedAt', description: 'When the alert was opened (Alert.raisedAt).' },
  } as const,
});

export const AlertOrder = builder.inputType('AlertOrder', {
  description: 'How to sort alerts.',
  fields: (t) => ({
    field: t.field({ type: AlertOrderFieldEnum, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirectionEnum, required: true, description: 'Which way.' }),
  }),
});

export const ALERT_ORDER_DESCRIPTION = 'How to sort; absent means { field: RAISED_AT, direction: DESC }, newest first.';

/** Alerts in the order asked for; the default is the order alerts always had (newest first, ties by id). */
export function alertOrderBy(orderBy: { field: 'raisedAt'; direction: Direction } | null | undefined) {
  const { direction } = requestedOrder(orderBy, { field: 'raisedAt', direction: 'desc' });
  return [{ raisedAt: direction }, { id: direction }];
}
