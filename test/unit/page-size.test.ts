import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { findPageSizeProblem } from '../../src/graphql/plugins/page-size.ts';

/**
 * findPageSizeProblem (src/graphql/plugins/page-size.ts) keeps what it finds in a document per
 * parsed document, since Yoga's parser cache hands the same object for the same text: the
 * variables of each request must still decide.
 */
describe('findPageSizeProblem on a document seen before', () => {
  it('judges each request by its own variables', () => {
    const document = parse('query ($n: Int, $ids: [ID!]!) { servers(first: $n) { totalCount } nodes(ids: $ids) { id } }');
    const check = (variables: Record<string, unknown>) => findPageSizeProblem(document, variables, 100);
    expect(check({ n: 10, ids: ['a'] })).toBeNull();
    expect(check({ n: 101, ids: ['a'] })).toBe('"first" must be between 0 and 100 (MAX_PAGE_SIZE); got 101');
    expect(check({ n: 10, ids: Array.from({ length: 101 }, (_, i) => String(i)) })).toBe(
      '"nodes" takes at most 100 ids (MAX_PAGE_SIZE); got 101',
    );
    expect(check({ n: -1, ids: [] })).toBe('"first" must be between 0 and 100 (MAX_PAGE_SIZE); got -1');
    expect(check({ n: 10, ids: 'one' })).toBeNull();
  });

  it('reports the first problem in document order, from literals as from variables', () => {
    const document = parse('query ($n: Int) { a: servers(last: 500) { totalCount } b: servers(first: $n) { totalCount } }');
    expect(findPageSizeProblem(document, { n: 1000 }, 100)).toBe('"last" must be between 0 and 100 (MAX_PAGE_SIZE); got 500');
    expect(findPageSizeProblem(document, { n: 1000 }, 1000)).toBeNull();
  });

  it('finds nothing to check in a document without pages', () => {
    const document = parse('{ __typename }');
    expect(findPageSizeProblem(document, {}, 0)).toBeNull();
  });
});
