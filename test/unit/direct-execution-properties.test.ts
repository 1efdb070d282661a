import { buildSchema, execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { executeDirectly } from '../../src/graphql/direct-execution/execute-directly.ts';

/**
 * Fields without a resolver of their own are read by the direct executor straight from their
 * property, as graphql-js's default resolver reads them: these must answer exactly as graphql-js
 * does, methods (called with arguments, context and info) and sources that are not objects included.
 */
const schema = buildSchema(/* GraphQL */ `
  type Query { item: Item items: [Item!]! oddSource: Item }
  type Item { plain: String getter: Int method: String path: String nested: Item missing: String list: [Int] }
`);

class Item {
  plain = 'text';
  list = [1, 2];
  constructor(private readonly depth: number) {}
  get getter(): number {
    return this.depth * 10;
  }
  method(_args: unknown, context: { suffix: string }, info: { fieldName: string }): string {
    return `${info.fieldName}:${context.suffix}`;
  }
  path(_args: unknown, _context: unknown, info: { path: { prev?: { key: unknown }; key: unknown } }): string {
    return `${String(info.path.prev?.key)}.${String(info.path.key)}`;
  }
  get nested(): Item | null {
    return this.depth < 2 ? new Item(this.depth + 1) : null;
  }
}

const rootValue = { item: new Item(0), items: [new Item(0), new Item(1)], oddSource: 'not an object' };
const contextValue = { suffix: 'ctx' };

async function bothAnswers(query: string) {
  const document = parse(query);
  const direct = await executeDirectly({ schema, document, rootValue, contextValue });
  const full = await execute({ schema, document, rootValue, contextValue });
  return { direct, full };
}

describe('direct execution of fields read from their property', () => {
  it('reads properties, getters, lists and nested objects as graphql-js does', async () => {
    const { direct, full } = await bothAnswers(
      '{ item { plain getter list missing nested { getter nested { getter nested { plain } } } } }',
    );
    expect(direct).toEqual(JSON.parse(JSON.stringify(full)));
    expect(direct?.data).toEqual({
      item: { plain: 'text', getter: 0, list: [1, 2], missing: null, nested: { getter: 10, nested: { getter: 20, nested: null } } },
    });
  });

  it('calls a method with context and a real info, path included', async () => {
    const { direct, full } = await bothAnswers('{ item { method renamed: method } items { path nested { path } } }');
    expect(direct).toEqual(JSON.parse(JSON.stringify(full)));
    expect(direct?.data).toEqual({
      item: { method: 'method:ctx', renamed: 'method:ctx' },
      items: [
        { path: '0.path', nested: { path: 'nested.path' } },
        { path: '1.path', nested: { path: 'nested.path' } },
      ],
    });
  });

  it('answers null for a field of a source that is not an object', async () => {
    const { direct, full } = await bothAnswers('{ oddSource { plain getter } }');
    expect(direct).toEqual(JSON.parse(JSON.stringify(full)));
    expect(direct?.data).toEqual({ oddSource: { plain: null, getter: null } });
  });
});
