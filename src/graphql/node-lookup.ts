import { decodeGlobalID, resolveNodes } from '@pothos/plugin-relay';
import { isObjectType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { getDatamodel } from '../generated/pothos-types.ts';
import { builder } from './builder.ts';

/**
 * `node(id:)` and `nodes(ids:)` as Relay's Global Object Identification says: an id that names no
 * object gives null, whatever the reason (a deleted record, the id of a type that is not a Node,
 * an id of the right type but the wrong shape, text that is no global id at all). The relay
 * plugin's own fields throw for all of these, and its loaders raise Prisma's "record not found".
 * Each id is checked here first; the prismaNode types load with `nullable: true`, so a record
 * that is gone reads as null too.
 */

const modelIdTypes = new Map(
  Object.entries(getDatamodel().datamodel.models).map(([name, model]) => [name, model.fields.find((field) => field.isId)?.type]),
);

// Prisma's Int is 32-bit: a larger value is a query error, not "no such row".
const MAX_INT_ID = 2 ** 31 - 1;

export function nodeIdOrNull(globalId: string, schema: GraphQLSchema): { typename: string; id: string } | null {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    return null;
  }
  const type = schema.getType(decoded.typename);
  if (!isObjectType(type) || !type.getInterfaces().some((implemented) => implemented.name === 'Node')) return null;
  if (modelIdTypes.get(decoded.typename) === 'Int') {
    if (!/^(0|[1-9]\d{0,9})$/.test(decoded.id) || Number(decoded.id) > MAX_INT_ID) return null;
  }
  return decoded;
}

builder.queryField('node', (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
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
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_root, args, context, info) =>
      resolveNodes(
        builder,
        context,
        info,
        args.ids.map((id) => nodeIdOrNull(String(id), info.schema)),
      ),
  }),
);
