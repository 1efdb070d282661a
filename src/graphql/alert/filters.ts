import { builder } from '../builder.ts';
import { replacedBy } from '../deprecation/deprecation-reasons.ts';
import { InvalidInputError } from '../errors.ts';
import { serverIdFromArgument } from '../identity.ts';
import { AlertKindEnum } from './type.ts';

/** `active: true` → open alerts, `false` → resolved ones, absent → all. */
export function activeAlertWhere(active: boolean | null | undefined) {
  if (active === true) return { resolvedAt: null };
  if (active === false) return { resolvedAt: { not: null } };
  return {};
}

export const AlertFilter = builder.inputType('AlertFilter', {
  description: 'Which alerts to return; every condition given must hold.',
  fields: (t) => ({
    active: t.boolean({ required: false, description: 'Only open (true) or only resolved (false) alerts.' }),
    kinds: t.field({ type: [AlertKindEnum], required: false, description: 'Only alerts of these kinds; empty or absent means all.' }),
    serverId: t.id({ required: false, description: "Only alerts of this server's jobs: its global id or machine-id." }),
  }),
});

export type AlertFilterValue = typeof AlertFilter.$inferInput;

/** The reason each flat filter argument of an alert list carries, now that `filter` holds it. */
export function flatAlertArgumentReason(list: string, member: string): string {
  return replacedBy(`${list}(filter:)`, `give { ${member} } there, as every list takes its filter`);
}

/**
 * The filter asked for: `filter`, or the deprecated flat arguments, which answer as they did.
 * Both at once is refused rather than merged, so no client has to guess which wins.
 */
export function requestedAlertFilter(filter: AlertFilterValue | null | undefined, flat: AlertFilterValue): AlertFilterValue {
  const flatGiven = Object.values(flat).some((value) => value !== undefined && value !== null);
  if (filter && flatGiven) {
    throw new InvalidInputError('filter', `Give filter alone: ${Object.keys(flat).join(', ')} are its deprecated forms.`);
  }
  return filter ?? flat;
}

export function alertWhere(filter: AlertFilterValue) {
  return {
    ...activeAlertWhere(filter.active),
    kind: filter.kinds?.length ? { in: [...filter.kinds] } : undefined,
    job: filter.serverId ? { serverId: serverIdFromArgument(filter.serverId, 'serverId') } : undefined,
  };
}
