import { builder } from '../builder.ts';
import { AlertFilter, alertWhere, flatAlertArgumentReason, requestedAlertFilter } from './filters.ts';
import type { AlertFilterValue } from './filters.ts';
import { ALERT_ORDER_DESCRIPTION, AlertOrder, alertOrderBy } from './order.ts';
import { AlertKindEnum } from './type.ts';

type AlertsArguments = Omit<AlertFilterValue, 'serverId'> & { serverId?: string | number | null; filter?: AlertFilterValue | null };

function filterOf(args: AlertsArguments) {
  const serverId = args.serverId == null ? args.serverId : String(args.serverId);
  return requestedAlertFilter(args.filter, { active: args.active, kinds: args.kinds, serverId });
}

builder.queryField('alerts', (t) =>
  t.prismaConnection({
    type: 'Alert',
    cursor: 'id',
    description: 'Alerts, newest first unless orderBy says otherwise.',
    args: {
      filter: t.arg({ type: AlertFilter, required: false, description: 'Which alerts; absent means all.' }),
      orderBy: t.arg({ type: AlertOrder, required: false, description: ALERT_ORDER_DESCRIPTION }),
      active: t.arg.boolean({
        required: false,
        description: 'Only open (true) or only resolved (false).',
        deprecationReason: flatAlertArgumentReason('Query.alerts', 'active'),
      }),
      kinds: t.arg({
        type: [AlertKindEnum],
        required: false,
        description: 'Only alerts of these kinds; empty or absent means all.',
        deprecationReason: flatAlertArgumentReason('Query.alerts', 'kinds'),
      }),
      serverId: t.arg.id({
        required: false,
        description: 'Global id or machine-id.',
        deprecationReason: flatAlertArgumentReason('Query.alerts', 'serverId'),
      }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.alert.findMany({ ...query, where: alertWhere(filterOf(args)), orderBy: alertOrderBy(args.orderBy) }),
    totalCount: (_root, args, ctx) => ctx.prisma.alert.count({ where: alertWhere(filterOf(args)) }),
  }),
);
