import { encodeGlobalID } from '@pothos/plugin-relay';
import { getNullableType, GraphQLID, isObjectType } from 'graphql';
import type { GraphQLField, GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';

/**
 * Rows a hand-written read loaded with every column the operation selects beneath them
 * (src/graphql/server/servers-page.ts). Their fields resolve straight from the row: the Prisma
 * plugin's per-field bookkeeping (looking up, for each field of each row, which planned query
 * loaded it) is what a 1,000-job dashboard spent most of its time and garbage on, and a hand-loaded
 * row needs none of it. Any other row, or a field whose columns the row lacks, takes the usual path.
 */
const HAND_LOADED = Symbol('handLoaded');

type Row = Record<string | symbol, unknown>;

export function markHandLoaded<T extends object>(row: T): T {
  (row as Row)[HAND_LOADED] = true;
  return row;
}

/** The types a hand read loads rows of. */
const HAND_LOADED_TYPES = ['BackupJob', 'Backup'];

/** Wraps, in place and once, the fields of the hand-loaded types that can resolve from the row alone. */
export function resolveHandLoadedRowsDirectly(schema: GraphQLSchema): GraphQLSchema {
  for (const name of HAND_LOADED_TYPES) {
    const type = schema.getType(name);
    if (!isObjectType(type) || hasAuthScopes(type.extensions)) continue;
    for (const field of Object.values(type.getFields())) {
      const direct = directResolver(type, field);
      if (!direct) continue;
      field.resolve = fromRowWhenHandLoaded(direct, field.resolve!);
      directResolvers.set(field, direct);
    }
  }
  return schema;
}

export type Direct = { canResolve: (row: Row) => boolean; resolve: GraphQLFieldResolver<Row, unknown> };

const directResolvers = new WeakMap<GraphQLField<unknown, unknown>, Direct>();

/** How `field` resolves from a hand-loaded row without its plugins, when it can (src/graphql/direct-execution). */
export function directResolverOf(field: GraphQLField<unknown, unknown>): Direct | undefined {
  return directResolvers.get(field);
}

/** Whether `direct` answers for `parent`: a hand-loaded row that holds the columns it reads. */
export function answersFromRow(direct: Direct, parent: unknown): parent is Row {
  return typeof parent === 'object' && parent !== null && (parent as Row)[HAND_LOADED] === true && direct.canResolve(parent as Row);
}

/**
 * How `field` resolves from a hand-loaded row, or null when it must go through its plugins:
 * arguments (mapped by plugins), auth scopes and typed errors are never skipped.
 */
function directResolver(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): Direct | null {
  const extensions = field.extensions as Record<string, unknown>;
  const options = (extensions.pothosOptions ?? {}) as Record<string, unknown>;
  if (field.args.length > 0 || hasAuthScopes(extensions) || 'errors' in options) return null;
  if (field.name === 'id' && getNullableType(field.type) === GraphQLID && isNodeType(type)) {
    // The Relay global id, as the plugin encodes it when no encodeGlobalID is configured.
    if ((builder.options as { relay?: { encodeGlobalID?: unknown } }).relay?.encodeGlobalID) return null;
    return {
      canResolve: (row) => row.id !== undefined && row.id !== null,
      resolve: (row) => encodeGlobalID(type.name, String(row.id)),
    };
  }
  const resolve = options.resolve as GraphQLFieldResolver<Row, unknown> | undefined;
  if (typeof resolve !== 'function') return null;
  const select = extensions.pothosPrismaSelect;
  const loaded = extensions.pothosPrismaLoaded as ((row: Row) => boolean) | undefined;
  if (typeof select === 'function' && loaded && extensions.pothosPrismaRelationField) {
    // A relation: the row carries it when the hand read loaded it (null for none).
    return { canResolve: loaded, resolve };
  }
  if (isPlainColumnSelect(select)) {
    const columns = Object.keys(select);
    return { canResolve: (row) => hasEvery(row, columns), resolve };
  }
  return null;
}

function fromRowWhenHandLoaded(direct: Direct, usual: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (parent, args, context, info) =>
    answersFromRow(direct, parent) ? direct.resolve(parent, args, context, info) : usual(parent, args, context, info);
}

/** A loop, not `every`: asked for each field of each row, and its callback was a good share of a dashboard's garbage. */
function hasEvery(row: Row, columns: readonly string[]): boolean {
  for (const column of columns) if (!(column in row)) return false;
  return true;
}

/** `{ column: true, … }`: the field reads only these columns of its own row. */
function isPlainColumnSelect(select: unknown): select is Record<string, true> {
  return typeof select === 'object' && select !== null && Object.values(select).every((value) => value === true);
}

function hasAuthScopes(extensions: Readonly<Record<string, unknown>> | null | undefined): boolean {
  const options = (extensions?.pothosOptions ?? {}) as Record<string, unknown>;
  return 'authScopes' in options || 'grantScopes' in options;
}

function isNodeType(type: GraphQLObjectType): boolean {
  return type.getInterfaces().some((iface) => iface.name === 'Node');
}
