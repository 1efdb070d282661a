import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { clientOf, deprecatedCoordinatesUsed } from '../../src/graphql/deprecation/deprecation-usage.ts';
import { DeprecationUsageStore, OVERFLOW_CLIENT } from '../../src/graphql/deprecation/deprecation-usage-store.ts';
import { schema } from '../../src/graphql/schema.ts';

const used = (query: string, operationName?: string, variables?: Record<string, unknown>) =>
  deprecatedCoordinatesUsed(schema, parse(query), operationName, variables);

describe('deprecatedCoordinatesUsed', () => {
  it('finds deprecated fields inside named and inline fragments, and only in fragments the operation reaches', () => {
    const query = `
      query { summary { totalServers } backups(first: 1) { nodes { ...Outer } } }
      fragment Outer on Backup { ...Inner ... on Backup { machine { name } } }
      fragment Inner on Backup { machineId }
      fragment NeverSpread on Summary { totalMachines }
    `;
    expect(used(query)).toEqual(['Backup.machine', 'Backup.machineId']);
  });

  it('looks only at the operation that runs', () => {
    const query = 'query Old { machines(first: 1) { totalCount } } query New { servers(first: 1) { totalCount } }';
    expect(used(query, 'New')).toEqual([]);
    expect(used(query, 'Old')).toEqual(['Query.machines']);
  });

  it('counts a deprecated argument or input field only when it is given a value', () => {
    const subscription = 'subscription ($m: ID) { backupReceived(machineId: $m) { receivedAt } }';
    expect(used(subscription, undefined, {})).toEqual([]);
    expect(used(subscription, undefined, { m: null })).toEqual([]);
    expect(used(subscription, undefined, { m: 'x' })).toEqual(['Subscription.backupReceived(machineId:)']);
    expect(used('subscription { serverChanged(machineId: "x") { name } }')).toEqual(['Subscription.serverChanged(machineId:)']);
    expect(used('{ backups(first: 1, filter: { machineId: null }) { totalCount } }')).toEqual([]);
    expect(used('{ backups(first: 1, filter: { machineId: "x" }) { totalCount } }')).toEqual(['BackupFilter.machineId']);
  });

  it('finds deprecated input fields inside variable values', () => {
    const query = 'query ($f: BackupJobFilter) { backupJobs(first: 1, filter: $f) { totalCount } }';
    expect(used(query, undefined, { f: { serverId: 'x' } })).toEqual([]);
    expect(used(query, undefined, { f: { machineId: 'x' } })).toEqual(['BackupJobFilter.machineId']);
  });
});

describe('deprecatedCoordinatesUsed on a document seen before', () => {
  // Yoga's parser cache hands the same document object for the same text, and the walk is kept per document.
  it('answers each request from its own variables', () => {
    const document = parse('subscription ($m: ID, $f: BackupJobFilter) { backupReceived(machineId: $m) { receivedAt } }');
    const run = (variables: Record<string, unknown>) => deprecatedCoordinatesUsed(schema, document, undefined, variables);
    expect(run({ m: 'x' })).toEqual(['Subscription.backupReceived(machineId:)']);
    expect(run({})).toEqual([]);
    expect(run({ m: null })).toEqual([]);
    expect(run({ m: 'y' })).toEqual(['Subscription.backupReceived(machineId:)']);
  });

  it('looks inside variable values each time', () => {
    const document = parse(
      'query ($f: BackupJobFilter) { backupJobs(first: 1, filter: $f) { totalCount } machines(first: 1) { totalCount } }',
    );
    const run = (variables: Record<string, unknown>) => deprecatedCoordinatesUsed(schema, document, undefined, variables);
    expect(run({ f: { machineId: 'x' } })).toEqual(['BackupJobFilter.machineId', 'Query.machines']);
    expect(run({ f: { serverId: 'x' } })).toEqual(['Query.machines']);
    expect(run({ f: { machineId: 'x' } })).toEqual(['BackupJobFilter.machineId', 'Query.machines']);
  });

  it('answers each operation of the document for itself', () => {
    const document = parse('query Old { machines(first: 1) { totalCount } } query New { servers(first: 1) { totalCount } }');
    expect(deprecatedCoordinatesUsed(schema, document, 'Old')).toEqual(['Query.machines']);
    expect(deprecatedCoordinatesUsed(schema, document, 'New')).toEqual([]);
    expect(deprecatedCoordinatesUsed(schema, document, 'Old')).toEqual(['Query.machines']);
    expect(deprecatedCoordinatesUsed(schema, document, 'Missing')).toEqual([]);
  });

  it('hands out a copy its caller may change', () => {
    const document = parse('{ machines(first: 1) { totalCount } }');
    deprecatedCoordinatesUsed(schema, document).push('changed by a caller');
    expect(deprecatedCoordinatesUsed(schema, document)).toEqual(['Query.machines']);
  });
});

describe('clientOf', () => {
  const fetchRequest = (headers: Record<string, string>) => ({ request: new Request('http://localhost/graphql', { headers }) });

  it("prefers graphql-client-name, then Apollo Client's apollographql-client-name, then connection params, then the user agent", () => {
    expect(clientOf(fetchRequest({ 'graphql-client-name': 'grafana', 'user-agent': 'curl/8' }))).toEqual({
      name: 'grafana',
      version: null,
    });
    expect(
      clientOf(fetchRequest({ 'apollographql-client-name': 'web', 'apollographql-client-version': '2.1.0', 'user-agent': 'node' })),
    ).toEqual({
      name: 'web',
      version: '2.1.0',
    });
    expect(clientOf(fetchRequest({ 'graphql-client-name': 'hive-app', 'apollographql-client-name': 'web' }))).toEqual({
      name: 'hive-app',
      version: null,
    });
    expect(clientOf(fetchRequest({ 'user-agent': 'curl/8' }))).toEqual({ name: 'curl/8', version: null });
    expect(clientOf({ req: { headers: { 'graphql-client-name': 'ws-app', 'graphql-client-version': '3' } } })).toEqual({
      name: 'ws-app',
      version: '3',
    });
    expect(
      clientOf({
        req: { headers: { 'user-agent': 'node' } },
        connectionParams: { 'graphql-client-name': 'browser', clientVersion: '1.0' },
      }),
    ).toEqual({
      name: 'browser',
      version: '1.0',
    });
    expect(clientOf({})).toEqual({ name: 'unknown', version: null });
  });

  it('takes the version from the convention that gave the name, never from another', () => {
    expect(clientOf(fetchRequest({ 'graphql-client-name': 'hive-app', 'apollographql-client-version': '9.9' }))).toEqual({
      name: 'hive-app',
      version: null,
    });
    expect(clientOf(fetchRequest({ 'graphql-client-version': '9.9', 'user-agent': 'curl/8' }))).toEqual({ name: 'curl/8', version: null });
    expect(clientOf(fetchRequest({ 'graphql-client-name': '  ', 'apollographql-client-name': 'web' }))).toEqual({
      name: 'web',
      version: null,
    });
  });
});

describe('DeprecationUsageStore', () => {
  it('counts per client and coordinate and tells when a pair is new', () => {
    const store = new DeprecationUsageStore();
    const t1 = new Date('2025-12-01T10:00:00Z');
    const t2 = new Date('2025-12-01T11:00:00Z');
    expect(store.record('Query.machines', 'a', t1)).toBe(true);
    expect(store.record('Query.machines', 'a', t2)).toBe(false);
    expect(store.record('Query.machines', 'b', t2)).toBe(true);
    expect(store.list()).toEqual([
      { coordinate: 'Query.machines', client: 'a', clientVersion: null, count: 2, firstSeenAt: t1, lastSeenAt: t2 },
      { coordinate: 'Query.machines', client: 'b', clientVersion: null, count: 1, firstSeenAt: t2, lastSeenAt: t2 },
    ]);
    expect(store.totalUses()).toBe(3);
  });

  it('counts each version of a client apart', () => {
    const store = new DeprecationUsageStore();
    const at = new Date('2025-12-01T10:00:00Z');
    expect(store.record('Query.machines', 'web', at, '1.0')).toBe(true);
    expect(store.record('Query.machines', 'web', at, '1.1')).toBe(true);
    expect(store.record('Query.machines', 'web', at, '1.1')).toBe(false);
    expect(store.list().map(({ client, clientVersion, count }) => ({ client, clientVersion, count }))).toEqual([
      { client: 'web', clientVersion: '1.0', count: 1 },
      { client: 'web', clientVersion: '1.1', count: 2 },
    ]);
  });

  it('stops growing when flooded with made-up client names', () => {
    const store = new DeprecationUsageStore();
    const at = new Date();
    for (let i = 0; i < 6_000; i++) store.record('Query.machines', `client-${i}`, at);
    const list = store.list();
    expect(list.length).toBeLessThanOrEqual(5_001);
    expect(list.find((use) => use.client === OVERFLOW_CLIENT)?.count).toBe(1_000);
  });
});
