import { GraphQLError } from 'graphql';
import { findDuplicateServers } from '../../domain/duplicate-servers.ts';
import type { DuplicateServerGroup } from '../../domain/duplicate-servers.ts';
import { countServers } from '../../domain/server-count.ts';
import { findServerByName } from '../../domain/server-lookup.ts';
import { builder } from '../builder.ts';
import { replacedBy, replacedByOneOf } from '../deprecation/deprecation-reasons.ts';
import { InvalidInputError } from '../errors.ts';
import { serverIdFromArgument } from '../identity.ts';
import { OrderDirectionEnum, requestedOrder } from '../ordering.ts';
import type { Direction } from '../ordering.ts';
import { findServersPage } from './servers-page.ts';
import { AmbiguousServerNameError } from './type.ts';

/** The root field builder; the deprecated twins in deprecation/deprecated-shims.ts are built by the same functions. */
type QueryFieldBuilder = Parameters<Parameters<typeof builder.queryFields>[0]>[0];

export interface TwinFieldOptions {
  description?: string;
  deprecationReason?: string;
}

/** Query.machines: the shape Query.servers had before it took filter and orderBy, answering as it did. */
export function serversConnectionField(t: QueryFieldBuilder, twin: TwinFieldOptions = {}) {
  return t.prismaConnection({
    type: 'Server',
    cursor: 'id',
    description: 'Servers, by name.',
    args: {
      name: t.arg.string({ required: false, description: 'Exact name.' }),
    },
    resolve: (query, _root, args, ctx) => findServersPage(ctx, query, serverWhere({ name: args.name }), serverOrderBy(null)) as never,
    totalCount: (_root, args, ctx) => countServers(ctx.prisma, serverWhere({ name: args.name }).name ?? null),
    ...twin,
  });
}

const ServerFilter = builder.inputType('ServerFilter', {
  description: 'Which servers to return; every condition given must hold.',
  fields: (t) => ({
    name: t.string({ required: false, description: 'Only servers with exactly this name (aliases never match).' }),
  }),
});

const ServerOrderFieldEnum = builder.enumType('ServerOrderField', {
  description: 'What servers can be sorted by; the machine-id breaks ties.',
  values: {
    NAME: { value: 'name', description: 'The machine name (Server.name), then the machine-id.' },
    SERVER_ID: { value: 'id', description: 'The machine-id (Server.serverId).' },
  } as const,
});

const ServerOrder = builder.inputType('ServerOrder', {
  description: 'How to sort servers.',
  fields: (t) => ({
    field: t.field({ type: ServerOrderFieldEnum, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirectionEnum, required: true, description: 'Which way.' }),
  }),
});

/** An empty name filters nothing. */
function serverWhere(filter: { name?: string | null }): { name?: string } {
  return filter.name ? { name: filter.name } : {};
}

/** Names repeat (a reinstalled Duplicati), so the machine-id ends every order and keeps cursors exact. */
function serverOrderBy(orderBy: { field: 'name' | 'id'; direction: Direction } | null | undefined) {
  const { field, direction } = requestedOrder(orderBy, { field: 'name', direction: 'asc' });
  return field === 'name' ? [{ name: direction }, { id: 'asc' as const }] : [{ id: direction }];
}

function serverFilterOf(args: { filter?: { name?: string | null } | null; name?: string | null }) {
  if (args.filter && args.name != null) throw new InvalidInputError('filter', 'Give filter alone: name is its deprecated form.');
  return args.filter ?? { name: args.name };
}

function serversField(t: QueryFieldBuilder) {
  return t.prismaConnection({
    type: 'Server',
    cursor: 'id',
    description: 'Servers, by name unless orderBy says otherwise.',
    args: {
      filter: t.arg({ type: ServerFilter, required: false, description: 'Which servers; absent means all.' }),
      orderBy: t.arg({ type: ServerOrder, required: false, description: 'How to sort; absent means { field: NAME, direction: ASC }.' }),
      name: t.arg.string({
        required: false,
        description: 'Exact name.',
        deprecationReason: replacedBy('Query.servers(filter:)', 'give { name } there, as every list takes its filter'),
      }),
    },
    resolve: (query, _root, args, ctx) =>
      findServersPage(ctx, query, serverWhere(serverFilterOf(args)), serverOrderBy(args.orderBy)) as never,
    totalCount: (_root, args, ctx) => countServers(ctx.prisma, serverWhere(serverFilterOf(args)).name ?? null),
  });
}

const ServerLookup = builder.inputType('ServerLookup', {
  isOneOf: true,
  description: 'One way to name a server; the schema refuses none or two.',
  fields: (t) => ({
    id: t.id({ required: false, description: 'Its global id or Duplicati machine-id.' }),
    name: t.string({ required: false, description: 'Its exact name (aliases never match).' }),
  }),
});

type ServerNamed = { id: string; field: string } | { name: string };

/**
 * How the caller named the server: `by`, or the deprecated `id`/`name` arguments, which answer
 * exactly as they did before `by` existed.
 */
function serverNamed(args: {
  by?: { id?: string | number | null; name?: string | null } | null;
  id?: string | number | null;
  name?: string | null;
}): ServerNamed {
  if (args.by) {
    if (args.id != null || args.name != null) {
      throw new InvalidInputError('by', 'Give by alone: the id and name arguments are its deprecated forms.');
    }
    // @oneOf: exactly one member is set, and it is not null.
    return args.by.id != null ? { id: String(args.by.id), field: 'by.id' } : { name: args.by.name! };
  }
  if (args.id == null && args.name == null) {
    throw new InvalidInputError('by', 'Name the server with by: { id: ... } or by: { name: ... }.');
  }
  if (Boolean(args.id) === Boolean(args.name)) throw new GraphQLError('Give exactly one of id or name.');
  return args.id ? { id: String(args.id), field: 'id' } : { name: args.name! };
}

export function serverLookupField(t: QueryFieldBuilder, twin: TwinFieldOptions = {}) {
  return t.prismaField({
    type: 'Server',
    nullable: true,
    description: 'One server, named by its global id, its machine-id or its exact name; null when none matches.',
    errors: { types: [AmbiguousServerNameError] },
    args: {
      by: t.arg({ type: ServerLookup, required: false, description: 'The server: by id or by name.' }),
      id: t.arg.id({
        required: false,
        description: 'Global id or machine-id.',
        deprecationReason: replacedByOneOf('Query.server(by:)', '{ id }'),
      }),
      name: t.arg.string({
        required: false,
        description: 'Exact name.',
        deprecationReason: replacedByOneOf('Query.server(by:)', '{ name }'),
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const named = serverNamed(args);
      if ('id' in named) {
        return ctx.prisma.server.findUnique({ ...query, where: { id: serverIdFromArgument(named.id, named.field) } });
      }
      const lookup = await findServerByName(ctx.prisma, named.name);
      if (lookup.kind === 'ambiguous') {
        throw new AmbiguousServerNameError(
          lookup.candidates[0]!.name,
          lookup.candidates.map((c) => c.id),
        );
      }
      if (lookup.kind === 'not-found') return null;
      return ctx.prisma.server.findUnique({ ...query, where: { id: lookup.server.id } });
    },
    ...twin,
  });
}

const DuplicateServerGroupRef = builder.objectRef<DuplicateServerGroup>('DuplicateServerGroup').implement({
  description:
    'Servers sharing a name, as a Duplicati reinstall with a new machine-id leaves them (docs/compatibility/known-problems.md#duplicate-servers-after-a-machine-id-change).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The shared name.' }),
    servers: t.prismaField({
      type: ['Server'],
      description: 'Newest first (by createdAt): the first is the natural merge target.',
      resolve: async (query, group, _args, ctx) => {
        const servers = await ctx.prisma.server.findMany({ ...query, where: { id: { in: group.serverIds } } });
        const order = new Map(group.serverIds.map((id, index) => [id, index]));
        return servers.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      },
    }),
  }),
});

builder.queryFields((t) => ({
  servers: serversField(t),
  server: serverLookupField(t),
  duplicateServers: t.field({
    type: [DuplicateServerGroupRef],
    description: 'Names shared by two or more servers, by name (docs/compatibility/operations.md#find-duplicate-servers).',
    resolve: (_root, _args, ctx) => findDuplicateServers(ctx.prisma),
  }),
}));
