import { Kind, parse, print } from 'graphql';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInProcess, seedFleet } from '../support/fleet.ts';
import type { SeededFleet } from '../support/fleet.ts';
import { parsePrometheusText } from '../support/prometheus-text.ts';
import { adminHeaders, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/**
 * Queries are answered by the direct executor (src/graphql/direct-execution) unless it cannot
 * answer them exactly. Each operation below is asked twice: as written, and wrapped in
 * `... @include(if: true) { … }`, which means the same but carries a directive, so the full
 * executor answers it. Both answers must be the same bytes, and /metrics must show which executor
 * ran.
 */
let server: TestServer;
let fleet: SeededFleet;

beforeAll(async () => {
  server = await startTestServer();
  fleet = await seedFleet(server, { servers: 4, jobsPerServer: 3, runsPerJob: 2 });
  const day = 86_400_000;
  await ingestInProcess(server, [
    {
      serverId: fleet.serverIds[0],
      serverName: 'host-0',
      backupName: 'job-0',
      beginTime: new Date(Date.now() - 3_600_000),
      warnings: 2,
      logLines: 4,
    },
    {
      serverId: fleet.serverIds[1],
      serverName: 'host-1',
      backupName: 'job-1',
      beginTime: new Date(Date.now() - 7_200_000),
      errors: 1,
      parsedResult: 'Error',
    },
    {
      serverId: fleet.serverIds[2],
      serverName: 'host-2',
      backupName: 'job-new',
      beginTime: new Date(Date.now() - 9 * day),
      versions: [new Date(Date.now() - 10 * day)],
    },
  ]);
  await server.app.checkOverdue({ force: true });
});
afterAll(() => server.stop());

const DASHBOARD = /* GraphQL */ `
  query Dashboard {
    servers(first: 10) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          __typename id serverId name alias
          backupJobs {
            id backupName lastBackupAt runCount
            latestBackup { id date status durationSeconds uploadedSize warnings errors availableVersions }
            overdue { isOverdue nextExpectedAt deadline overdueSince }
          }
        }
      }
    }
  }`;

const LAST_BACKUPS = /* GraphQL */ `
  query LastBackups($server: String!) {
    lastBackups(server: $server) {
      __typename
      ... on LastBackups {
        server { serverId name }
        backupNames
        latestBackups { id backupName date status durationSeconds uploadedSize knownFileSize warnings errors availableVersions }
      }
      ... on AmbiguousServerNameError { message }
    }
  }`;

const FRAGMENTS = /* GraphQL */ `
  query Fragments($first: Int = 2, $id: ID!) {
    first: servers(first: $first) { edges { node { ...ServerParts } } }
    again: servers(first: 1) { nodes { ...ServerParts name } }
    node(id: $id) { __typename id ... on Server { ...ServerParts } ... on BackupJob { backupName } }
    summary { totalServers totalBackupsRuns overdueBackupsCount lastBackupAt }
  }
  fragment ServerParts on Server {
    serverId
    name
    backupJobs { backupName ... on BackupJob { latestBackup { status ... on Node { id } } } }
  }`;

const PAGES_AND_ALERTS = /* GraphQL */ `
  query Pages {
    backups(first: 5) { totalCount edges { cursor node { id backupName status date machine { name } job { backupName } } } }
    alerts(first: 5) { totalCount nodes { __typename id kind active message raisedAt raisedBy { status } job { backupName } } }
    backupJobs(first: 4) { nodes { backupName schedule { expectedInterval toleranceMinutes } server { name } } }
    machines(first: 2) { nodes { machineId: serverId name } }
  }`;

async function post(query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: string }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...adminHeaders },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.text() };
}

/** The same operation with its selection inside `... @include(if: true)`: the full executor's. */
function throughFullExecutor(query: string): string {
  const document = parse(query);
  const definitions = document.definitions.map((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION) return definition;
    const operation: OperationDefinitionNode = {
      ...definition,
      selectionSet: {
        kind: Kind.SELECTION_SET,
        selections: [
          {
            kind: Kind.INLINE_FRAGMENT,
            directives: [
              {
                kind: Kind.DIRECTIVE,
                name: { kind: Kind.NAME, value: 'include' },
                arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'if' }, value: { kind: Kind.BOOLEAN, value: true } }],
              },
            ],
            selectionSet: definition.selectionSet,
          },
        ],
      },
    };
    return operation;
  });
  return print({ ...document, definitions } as DocumentNode);
}

async function executions(): Promise<{ direct: number; full: number }> {
  const response = await fetch(`${server.url}/metrics`, { headers: adminHeaders });
  const family = parsePrometheusText(await response.text()).get('dupligraph_query_executions_total');
  const count = (executor: string) => family?.samples.find((sample) => sample.labels.executor === executor)?.value ?? 0;
  return { direct: count('direct'), full: count('full') };
}

const withoutLocations = (key: string, value: unknown) => (key === 'locations' ? undefined : value);

async function compare(query: string, variables: Record<string, unknown>, expectedExecutor: 'direct' | 'full') {
  const before = await executions();
  const asWritten = await post(query, variables);
  const between = await executions();
  const full = await post(throughFullExecutor(query), variables);
  const after = await executions();
  expect(between[expectedExecutor] - before[expectedExecutor], `${expectedExecutor} executions: ${asWritten.body.slice(0, 300)}`).toBe(1);
  expect(after.full - between.full, 'the wrapped operation went to the full executor').toBe(1);
  expect(after.direct).toBe(between.direct);
  const answer = JSON.parse(asWritten.body);
  if (answer.errors) {
    // The wrapper moves the text, so the errors' locations differ; everything else must not.
    expect(asWritten.status).toBe(full.status);
    expect(JSON.stringify(answer, withoutLocations)).toBe(JSON.stringify(JSON.parse(full.body), withoutLocations));
  } else {
    expect(asWritten).toEqual(full);
  }
  return answer;
}

describe('the direct executor', () => {
  it('answers the dashboard query with the full executor’s bytes', async () => {
    const answer = await compare(DASHBOARD, {}, 'direct');
    expect(answer.errors).toBeUndefined();
    const jobs = answer.data.servers.edges.flatMap((edge: any) => edge.node.backupJobs);
    expect(jobs).toHaveLength(13);
    expect(jobs.some((job: any) => job.overdue.isOverdue)).toBe(true);
    expect(jobs.some((job: any) => job.latestBackup.status === 'ERROR')).toBe(true);
    expect(jobs.some((job: any) => job.latestBackup.status === 'WARNING')).toBe(true);
  });

  it('answers lastBackups (a union, inline fragments) with the full executor’s bytes', async () => {
    const answer = await compare(LAST_BACKUPS, { server: fleet.serverIds[0] }, 'direct');
    expect(answer.data.lastBackups.__typename).toBe('LastBackups');
    expect(answer.data.lastBackups.latestBackups).toHaveLength(3);
  });

  it('answers named fragments, aliases, default variables, node(id:) and deprecated fields with the full executor’s bytes', async () => {
    const listed = JSON.parse((await post('{ servers(first: 1) { nodes { id } } }')).body);
    const id = listed.data.servers.nodes[0].id;
    const answer = await compare(FRAGMENTS, { id }, 'direct');
    expect(answer.data.node.__typename).toBe('Server');
    expect(answer.data.first.edges).toHaveLength(2);
    await compare(PAGES_AND_ALERTS, {}, 'direct');
  });

  it('leaves a run that meets an error to the full executor, which reports it as always', async () => {
    const answer = await compare(
      'query ($after: String) { summary { totalServers } backups(first: 2, after: $after) { totalCount } }',
      { after: 'not-a-cursor' },
      'full',
    );
    expect(answer.errors.map((error: { message: string }) => error.message)).toEqual(['Invalid cursor: not-a-cursor']);
  });

  it('leaves variables that do not coerce to the full executor', async () => {
    const answer = await compare('query ($n: Int!) { servers(first: $n) { totalCount } }', { n: 'two' }, 'full');
    expect(answer.errors[0].message).toMatch(/Int/);
  });
});
