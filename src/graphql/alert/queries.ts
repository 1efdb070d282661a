import { builder } from '../builder.ts';
import { serverIdFromArgument } from '../identity.ts';
import { activeAlertWhere } from './filters.ts';
import { AlertKindEnum } from './type.ts';

function alertWhere(args: { active?: boolean | null; kinds?: readonly string[] | null; serverId?: string | number | null }) {
  return {
    ...activeAlertWhere(args.active),
    kind: args.kinds?.length ? { in: [...args.kinds] } : undefined,
    job: args.serverId ? { serverId: serverIdFromArgument(args.serverId, 'serverId') } : undefined,
  };
}

builder.queryField('alerts', (t) =>
  t.prismaConnection({
    type: 'Alert',
    cursor: 'id',
    description: 'Alerts, newest first.',
    args: {
      active: t.arg.boolean({ required: false, description: 'Only open (true) or only resolved (false).' }),
      kinds: t.arg({ type: [AlertKindEnum], required: false, description: 'Only alerts of these kinds; empty or absent means all.' }),
      serverId: t.arg.id({ required: false, description: 'Global id or machine-id.' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.alert.findMany({ ...query, where: alertWhere(args), orderBy: [{ raisedAt: 'desc' }, { id: 'desc' }] }),
    totalCount: (_root, args, ctx) => ctx.prisma.alert.count({ where: alertWhere(args) }),
  }),
);
