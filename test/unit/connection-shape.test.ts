import { getNamedType, isNonNullType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.ts';

/** Relay connections: the object types with `edges` and `pageInfo`. */
function connectionTypes() {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => 'edges' in type.getFields() && 'pageInfo' in type.getFields());
}

describe('connections', () => {
  it('every connection has totalCount: Int!, so a client can size a list without paging through it', () => {
    const connections = connectionTypes();
    expect(connections.length).toBeGreaterThan(0);
    const withoutCount = connections
      .filter((type) => {
        const totalCount = type.getFields().totalCount;
        return !totalCount || !isNonNullType(totalCount.type) || getNamedType(totalCount.type).name !== 'Int';
      })
      .map((type) => type.name);
    expect(withoutCount).toEqual([]);
  });
});
