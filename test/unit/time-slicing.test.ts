/**
 * sliceExecution (src/graphql/plugins/time-slicing.ts): a large answer is built over several
 * turns of the event loop, a small one in one go, and both come out the same as without it.
 */
import { GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SLICE_AFTER_FIELDS, SLICE_MS, sliceExecution } from '../../src/graphql/plugins/time-slicing.ts';

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

function buildSchema(): GraphQLSchema {
  const Item = new GraphQLObjectType({ name: 'Item', fields: { n: { type: GraphQLInt } } });
  const Wrapper = new GraphQLObjectType({
    name: 'Wrapper',
    fields: {
      item: {
        type: Item,
        resolve: (n: number) => {
          busy(0.05);
          return { n };
        },
      },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        wrappers: {
          type: new GraphQLList(Wrapper),
          args: { count: { type: GraphQLInt } },
          resolve: (_root, args: { count: number }) => Array.from({ length: args.count }, (_, i) => i),
        },
      },
    }),
  });
}

/** Runs the query, counting the event loop turns that pass meanwhile. */
async function run(schema: GraphQLSchema, count: number) {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  const result = await execute({ schema, document: parse(`{ wrappers(count: ${count}) { item { n } } }`), contextValue: {} });
  running = false;
  return { result, turns };
}

describe('time slicing', () => {
  it('builds a large answer over several turns of the event loop, the same answer as without', async () => {
    // Each wrapper's item counts two fields (itself and n); 0.05 ms each past the threshold: about 100 ms of work
    const count = SLICE_AFTER_FIELDS / 2 + 2_000;
    const plain = await run(buildSchema(), count);
    const sliced = await run(sliceExecution(buildSchema()), count);
    expect(sliced.result).toEqual(plain.result);
    expect(sliced.result.errors).toBeUndefined();
    expect(sliced.turns).toBeGreaterThan(plain.turns + 2);
    expect(SLICE_MS).toBeLessThanOrEqual(10);
  });

  it('leaves a small answer in one piece', async () => {
    const count = SLICE_AFTER_FIELDS / 2 - 10;
    const plain = await run(buildSchema(), count);
    const sliced = await run(sliceExecution(buildSchema()), count);
    expect(sliced.result).toEqual(plain.result);
    expect(sliced.turns).toBe(plain.turns);
  });
});
