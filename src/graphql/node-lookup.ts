import { resolveNodes } from '@pothos/plugin-relay';
import { isObjectType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import { decodeNodeId } from './identity.ts';

/**
 * `node(id:)` and `nodes(ids:)` as Relay's Global Object Identification says: an id that names no
 * object gives null, whatever the reason (a deleted record, the id of a type that is not a Node,
 * an id of the right type but the wrong shape, text that is no global id at all). The relay
 * plugin's own fields throw for all of these, and its loaders raise Prisma's "record not found".
 * Each id is checked here first (src/graphql/identity.ts decodes it); the prismaNode types load with `nullable: true`, so a record
 * that is gone reads as null too.
 */

export function nodeIdOrNull(globalId: string, schema: GraphQLSchema): { typename: string; id: string } | null {
  const decoded = decodeNodeId(globalId);
  if (!decoded) return null;
  const type = schema.getType(decoded.typename);
  if (!isObjectType(type) || !type.getInterfaces().some((implemented) => implemented.name === 'Node')) return null;
  return decoded;
}

builder.queryField('node', (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'The object with this global id; null when none has it.',
    args: { id: t.arg.id({ required: true, description: 'A global id returned by this API.' }) },
    resolve: async (_root, args, context, info) => {
      const [node] = await resolveNodes(builder, context, info, [nodeIdOrNull(String(args.id), info.schema)]);
      return node ?? null;
    },
  }),
);

builder.queryField('nodes', (t) =>
  t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: 'The objects with these global ids, in the order given; null for each id none has.',
    args: { ids: t.arg.idList({ required: true, description: 'Global ids returned by this API (at most MAX_PAGE_SIZE).' }) },
    resolve: (_root, args, context, info) =>
      resolveNodes(
        builder,
        context,
        info,
        args.ids.map((id) => nodeIdOrNull(String(id), info.schema)),
      ),
  }),
);
