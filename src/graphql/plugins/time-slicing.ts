import { defaultFieldResolver, getNamedType, isIntrospectionType, isLeafType, isObjectType } from 'graphql';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';

/**
 * Once the rows of a query have arrived, the executor builds its whole answer without waiting
 * for anything: 25,000 values take a few hundred milliseconds in which /health and every other
 * request wait. Time slicing lets them in: after SLICE_MS of resolving for one operation, the next
 * resolvers wait for the event loop's next turn (setImmediate, after pending I/O), and the clock
 * starts again.
 *
 * Only large answers are sliced, once SLICE_AFTER_FIELDS fields have been resolved (counted as
 * each object or list is resolved, with the fields selected in it, so the count depends on the
 * query and the data, never on the clock): resolvers spread over several turns no longer share a
 * batch of the Prisma loaders, so an ordinary query keeps the exact statements it had
 * (test/e2e/read-model.test.ts counts them) and a large one trades a few more for a responsive
 * server.
 */
export const SLICE_MS = 8;
export const SLICE_AFTER_FIELDS = 2_000;

interface Slice {
  fields: number;
  startedAt: number;
  /** Resolvers deferred past the current slice wait on this, released together in a later turn. */
  nextTurn: Promise<void> | null;
}

const slices = new WeakMap<object, Slice>();
const slicedSchemas = new WeakSet<GraphQLSchema>();

/** Wraps the resolver of every object or list field of `schema` in place (once per schema). */
export function sliceExecution(schema: GraphQLSchema): GraphQLSchema {
  if (slicedSchemas.has(schema)) return schema;
  slicedSchemas.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      // Objects and lists only: a leaf is completed with its parent, and a deferral per leaf costs
      // more in promises and garbage than it saves.
      if (!isLeafType(getNamedType(field.type))) field.resolve = sliced(field.resolve ?? defaultFieldResolver);
    }
  }
  return schema;
}

function sliced(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    if (typeof context !== 'object' || context === null) return resolve(source, args, context, info);
    let slice = slices.get(context);
    if (!slice) {
      slice = { fields: 0, startedAt: performance.now(), nextTurn: null };
      slices.set(context, slice);
    }
    slice.fields += 1 + (info.fieldNodes[0]?.selectionSet?.selections.length ?? 0);
    if (slice.fields <= SLICE_AFTER_FIELDS || performance.now() - slice.startedAt <= SLICE_MS) return resolve(source, args, context, info);
    const current = slice;
    // Released resolvers check the clock again: those past the new slice's end wait for the next turn.
    const run = (): unknown =>
      performance.now() - current.startedAt > SLICE_MS ? nextTurn(current).then(run) : resolve(source, args, context, info);
    return nextTurn(current).then(run);
  };
}

function nextTurn(slice: Slice): Promise<void> {
  slice.nextTurn ??= new Promise<void>((release) =>
    setImmediate(() => {
      slice.startedAt = performance.now();
      slice.nextTurn = null;
      release();
    }),
  );
  return slice.nextTurn;
}
