import { builder } from './builder.ts';

/**
 * What every `orderBy` input shares. Each sorted list has its own `<Type>Order` input beside its
 * type: a field (an enum that can grow as indexes back new orders) and a direction. Absent, a list
 * keeps the order it always had. Every order ends on a unique column, so Relay cursors (row ids)
 * stay exact under it.
 */

export type Direction = 'asc' | 'desc';

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Which way a list is sorted.',
  values: {
    ASC: { value: 'asc', description: 'Smallest, earliest or alphabetically first at the top.' },
    DESC: { value: 'desc', description: 'Largest, latest or alphabetically last at the top.' },
  } as const,
});

/** The ordering asked for, or the list's own when none was. */
export function requestedOrder<Field extends string>(
  orderBy: { field: Field; direction: Direction } | null | undefined,
  defaultOrder: { field: Field; direction: Direction },
): { field: Field; direction: Direction } {
  return orderBy ?? defaultOrder;
}
