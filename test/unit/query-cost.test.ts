/**
 * The cost estimator (src/graphql/plugins/query-cost.ts) with the schema's list bounds
 * (list-bounds.ts): what each kind of list multiplies by, and that nothing escapes pricing.
 */
import { execute, getIntrospectionQuery, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { CollectionSizes } from '../../src/domain/collection-sizes.ts';
import { DEFAULT_PAGE_SIZE } from '../../src/graphql/builder.ts';
import { TEXT_WEIGHTS, createCostModel, listFieldsWithoutBound } from '../../src/graphql/plugins/list-bounds.ts';
import { MAX_PRICING_VISITS, PricingAbortedError, estimateQueryCost } from '../../src/graphql/plugins/query-cost.ts';
import { schema } from '../../src/graphql/schema.ts';

const MAX_PAGE_SIZE = 500;
const model = createCostModel(schema, MAX_PAGE_SIZE);
const fleet: CollectionSizes = { servers: 100, maxJobsPerServer: 10, maxServersPerName: 3, overdueCandidates: 40 };

function cost(query: string, variables: Record<string, unknown> = {}, sizes: CollectionSizes = fleet, limit?: number): number {
  return estimateQueryCost({ schema, document: parse(query), variables, model, size: (key) => sizes[key], limit }).cost;
}

describe('query cost', () => {
  it('knows a bound for every list field of the schema', () => {
    expect(listFieldsWithoutBound(schema, MAX_PAGE_SIZE)).toEqual([]);
  });

  it('counts one per field and adds the fields of an object', () => {
    expect(cost('{ summary { totalServers } }')).toBe(2);
    expect(cost('{ summary { totalServers totalBackups lastBackupAt } }')).toBe(4);
    expect(cost('{ __typename }')).toBe(1);
  });

  it('counts a field selected twice, or through two fragments, once', () => {
    const plain = cost('{ summary { totalServers totalBackups } }');
    expect(cost('{ summary { totalServers totalBackups totalServers } }')).toBe(plain);
    expect(
      cost('{ summary { ...A ...B } } fragment A on Summary { totalServers totalBackups } fragment B on Summary { totalServers }'),
    ).toBe(plain);
  });

  it('prices a connection page by first, else last, else the default page, edges and nodes alike', () => {
    // servers (1) + rows read (n) + edges (1 + n × (node 1 + name 1))
    expect(cost('{ servers(first: 50) { edges { node { name } } } }')).toBe(1 + 50 + 1 + 50 * 2);
    expect(cost('{ servers(last: 7) { nodes { name } } }')).toBe(1 + 7 + 1 + 7 * 1);
    expect(cost('{ servers { nodes { name } } }')).toBe(1 + DEFAULT_PAGE_SIZE + 1 + DEFAULT_PAGE_SIZE);
    expect(cost('query ($n: Int) { servers(first: $n) { nodes { name } } }', { n: 300 })).toBe(1 + 300 + 1 + 300);
    // totalCount and pageInfo are per page, not per row
    expect(cost('{ servers(first: 50) { totalCount pageInfo { hasNextPage } } }')).toBe(1 + 50 + 1 + 2);
  });

  it('multiplies nested pages', () => {
    const backupsOfOneServer = 1 + 30 + 1 + 30 * 1;
    expect(cost('{ servers(first: 10) { nodes { backups(first: 30) { nodes { status } } } } }')).toBe(1 + 10 + 1 + 10 * backupsOfOneServer);
  });

  it('prices nodes(ids:) by the number of ids, with the costliest type that can answer', () => {
    const ids = Array.from({ length: 25 }, (_, i) => `id-${i}`);
    const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Server { name alias } ... on Backup { status } } }';
    // Server: id + name + alias = 3, the costliest of Server, Backup (2), BackupJob and Alert (1)
    expect(cost(query, { ids })).toBe(1 + 25 * 3);
    expect(cost('{ nodes(ids: ["a", "b"]) { id } }')).toBe(1 + 2);
  });

  it('prices lists without paging by the rows stored now', () => {
    expect(cost('{ homepage { servers { displayName } } }')).toBe(1 + 1 + fleet.servers);
    expect(cost('{ homepage { overdueJobs { displayName } } }')).toBe(1 + 1 + fleet.overdueCandidates);
    expect(cost('{ overdueJobs { backupName } }')).toBe(1 + fleet.overdueCandidates);
    expect(cost('{ overdueJobs(first: 5) { backupName } }')).toBe(1 + 5);
    const manyLate = { ...fleet, overdueCandidates: 5000 };
    expect(cost('{ overdueJobs { backupName } }', {}, manyLate)).toBe(1 + 100); // the default `first`
    expect(cost('query ($n: Int) { overdueJobs(first: $n) { backupName } }', { n: 300 }, manyLate)).toBe(1 + 300);
    expect(cost('{ servers(first: 5) { nodes { backupJobs { backupName } } } }')).toBe(1 + 5 + 1 + 5 * (1 + fleet.maxJobsPerServer));
    expect(cost('{ duplicateServers { servers { name } } }')).toBe(1 + (fleet.servers / 2) * (1 + fleet.maxServersPerName));
    const emptyDatabase = { servers: 0, maxJobsPerServer: 0, maxServersPerName: 0, overdueCandidates: 0 };
    expect(cost('{ homepage { servers { displayName } } }', {}, emptyDatabase)).toBe(2);
  });

  it('prices history by last, by MAX_PAGE_SIZE without it, and by the days or weeks of a closed range', () => {
    const point = 'start runs';
    const history = (args: string) => cost(`{ server(id: "x") { ... on Server { history${args} { ${point} } } } }`) - 1;
    expect(history('')).toBe(1 + MAX_PAGE_SIZE * 2);
    expect(history('(last: 30)')).toBe(1 + 30 * 2);
    expect(history('(bucket: RUN, last: 1000)')).toBe(1 + MAX_PAGE_SIZE * 2);
    // 1 to 31 May: 31 UTC days; from 00:00 to 00:00 of the next day is one day
    expect(history('(bucket: DAY, from: "2025-05-01T00:00:00Z", to: "2025-06-01T00:00:00Z")')).toBe(1 + 31 * 2);
    expect(history('(bucket: DAY, from: "2025-05-01T00:00:00Z", to: "2025-05-02T00:00:00Z")')).toBe(1 + 1 * 2);
    expect(history('(bucket: DAY, from: "2025-05-01T23:00:00Z", to: "2025-05-02T01:00:00Z")')).toBe(1 + 2 * 2);
    // Thu 1 May to Sat 31 May: the weeks of 28 Apr, 5, 12, 19 and 26 May
    expect(history('(bucket: WEEK, from: "2025-05-01T00:00:00Z", to: "2025-06-01T00:00:00Z")')).toBe(1 + 5 * 2);
    // a range says nothing about how many runs it holds
    expect(history('(bucket: RUN, from: "2025-05-01T00:00:00Z", to: "2025-05-02T00:00:00Z")')).toBe(1 + MAX_PAGE_SIZE * 2);
    // a range of ten years is still at most MAX_PAGE_SIZE days
    expect(history('(bucket: DAY, from: "2015-01-01T00:00:00Z", to: "2025-01-01T00:00:00Z")')).toBe(1 + MAX_PAGE_SIZE * 2);
  });

  it('weighs free text as one heavy value', () => {
    expect(cost('{ backups(first: 1) { nodes { logLines } } }')).toBe(1 + 1 + 1 + (1 + TEXT_WEIGHTS['Backup.logLines']!));
    expect(TEXT_WEIGHTS['Backup.logLines']).toBeGreaterThanOrEqual(1000);
  });

  it('charges a long alias for its length, since every item repeats it', () => {
    const alias = 'a'.repeat(100);
    expect(cost(`{ summary { ${alias}: totalServers } }`)).toBe(1 + Math.ceil(100 / 32));
  });

  it('prices the mergeServers payload by the source ids given', () => {
    const query =
      'mutation ($ids: [ID!]!) { mergeServers(input: { targetId: "t", sourceIds: $ids }) { ... on MergeServersPayload { mergedServerIds } } }';
    expect(cost(query, { ids: ['a', 'b', 'c'] })).toBe(1 + 1 + 3);
  });

  it('prices introspection exactly: one per key and per item of the answer', async () => {
    const query = getIntrospectionQuery();
    const answer = await execute({ schema, document: parse(query), contextValue: {} });
    expect(cost(query)).toBe(countValues(answer.data));
    expect(cost(query)).toBeLessThan(20_000);
  });

  it('stops pricing introspection as soon as it passes the limit', () => {
    const nested = '{ __schema { types { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } } }';
    const full = cost(nested);
    expect(full).toBeGreaterThan(1_000);
    expect(() => cost(nested, {}, fleet, full - 1)).toThrow(new PricingAbortedError('over-limit'));
    expect(cost(nested, {}, fleet, full)).toBe(full);
  });

  it('stops pricing a query that reuses fragments to explode', () => {
    // Each level doubles the fields visited; 20 levels visit over a million.
    const levels = 20;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Server { name }`
        : `fragment F${i} on Server { latestBackup { server { ...F${i + 1} } } again: latestBackup { server { ...F${i + 1} } } }`,
    );
    const query = `{ server(id: "x") { ... on Server { ...F0 } } } ${fragments.join(' ')}`;
    expect(() => cost(query)).toThrow(new PricingAbortedError('too-complex'));
    expect(MAX_PRICING_VISITS).toBeLessThan(100_000);
  });

  it('prices the attacks of issue 13 far above the default limit', () => {
    const ids = Array.from({ length: 500 }, () => 'U2VydmVyOng=');
    expect(
      cost('query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Server { backups(first: 50) { nodes { logLines } } } } }', { ids }),
    ).toBeGreaterThan(10_000_000);
    expect(cost('{ servers(first: 500) { nodes { history(bucket: RUN) { start runs uploadedSize } } } }')).toBeGreaterThan(500_000);
  });
});

/** One per key of every object and per item of every list: what the estimator counts. */
function countValues(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + (isObject(item) ? Math.max(1, countValues(item)) : 1), 0);
  if (!isObject(value)) return 0;
  return Object.values(value).reduce((sum: number, field) => sum + 1 + countValues(field), 0);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
