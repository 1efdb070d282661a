/**
 * Every query this project shows or uses passes the default limits (cost, page size, response
 * size) on a dashboard-sized fleet, 100 servers × 10 jobs as in the bench: the README's examples,
 * the Homepage widgets, the codegen operations and the bench's own queries, each read from its
 * file, not copied here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, NoDeprecatedCustomRule, parse, validate } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { schema } from '../../src/graphql/schema.ts';
import { fleetServerId, ingestInProcess, seedFleet } from '../support/fleet.ts';
import { connectLiveClient, eventually, subscribe } from '../support/live-client.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Example {
  source: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** ```graphql blocks. */
function readmeExamples(): Example[] {
  return [...read('README.md').matchAll(/```graphql\n([\s\S]*?)```/g)].map((match, i) => ({
    source: `README.md graphql block ${i + 1}`,
    query: match[1]!,
  }));
}

/** The GraphQL widgets of services.yaml: a list of groups of `{ <service>: { widget } }`. */
function homepageExamples(): Example[] {
  const groups = parseYaml(read('client-examples/homepage/services.yaml')) as Record<
    string,
    Record<string, { widget: { requestBody?: { query?: string; variables?: Record<string, unknown> } } }>[]
  >[];
  return groups.flatMap((group) =>
    Object.values(group).flatMap((services) =>
      services.flatMap((entry) =>
        Object.entries(entry).flatMap(([name, service]) => {
          const body = service.widget.requestBody;
          return body?.query ? [{ source: `services.yaml "${name}"`, query: body.query, variables: body.variables }] : [];
        }),
      ),
    ),
  );
}

function codegenExamples(): Example[] {
  const dir = 'client-examples/codegen/operations';
  return fs
    .readdirSync(path.join(ROOT, dir))
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => ({ source: `${dir}/${file}`, query: read(`${dir}/${file}`) }));
}

/** Strings marked `/* GraphQL *\/` and literal `client.graphql('…')` calls. */
function benchExamples(): Example[] {
  const dir = 'bench/sections';
  return fs
    .readdirSync(path.join(ROOT, dir))
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => {
      const text = read(`${dir}/${file}`);
      const marked = [...text.matchAll(/\/\* GraphQL \*\/\s*`([^`]*)`/g)].map((match) => match[1]!);
      const literal = [...text.matchAll(/client\.graphql\(\s*'([^']+)'/g)].map((match) => match[1]!);
      return [...marked, ...literal].map((query, i) => ({ source: `${dir}/${file} query ${i + 1}`, query }));
    });
}

const examples = [...readmeExamples(), ...homepageExamples(), ...codegenExamples(), ...benchExamples()];
const isSubscription = (query: string) =>
  parse(query).definitions.some(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && (definition as OperationDefinitionNode).operation === 'subscription',
  );

// The server name and machine-id services.yaml tells users to replace.
const HOMEPAGE_SERVER = { serverId: '66f5ffc7ff474a73a3c9cba4ac7bfb65', serverName: 'WSJ-SER5' };
/** Values for the variables the examples declare, by name. */
const VARIABLES: Record<string, unknown> = {
  server: fleetServerId(42),
  serverId: fleetServerId(42),
  backupName: 'job-3',
  id: fleetServerId(42),
  alias: 'Renamed by an example',
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedFleet(server, { servers: 100, jobsPerServer: 10 });
  await ingestInProcess(server, [{ ...HOMEPAGE_SERVER, backupName: 'Documents', beginTime: new Date(Date.now() - 3_600_000) }]);
}, 180_000);
afterAll(() => server?.stop());

describe('example queries in the current vocabulary', () => {
  // What users copy from; the bench's own queries are measurements, left as they were measured.
  const published = [...readmeExamples(), ...homepageExamples(), ...codegenExamples()];
  it.each(published)('$source uses no deprecated field, argument, input field or enum value', (example) => {
    const uses = validate(schema, parse(example.query), [NoDeprecatedCustomRule]).map((error) => error.message);
    expect(uses, `${example.source}\n${example.query}`).toEqual([]);
  });

  it('the raw live feed client selects no deprecated field either', () => {
    const query = /const SUBSCRIPTION = \/\* GraphQL \*\/ `([^`]*)`/.exec(read('client-examples/live-feed.ts'))?.[1];
    expect(query).toBeTruthy();
    expect(validate(schema, parse(query!), [NoDeprecatedCustomRule]).map((error) => error.message)).toEqual([]);
  });
});

describe('example queries under the default limits', () => {
  it('finds the examples in every file', () => {
    const sources = examples.map((example) => example.source.split(' ')[0]);
    expect(sources).toContain('README.md');
    expect(sources).toContain('services.yaml');
    expect(sources.filter((source) => source!.startsWith('client-examples/codegen')).length).toBe(5);
    expect(sources.filter((source) => source!.startsWith('bench/')).length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.filter((example) => !isSubscription(example.query)))('$source answers without errors', async (example) => {
    const variables = { ...pick(VARIABLES, declaredVariables(example.query)), ...example.variables };
    const answer = await server.graphql(example.query, variables, { Accept: 'application/graphql-response+json' });
    expect(answer.errors, `${example.source}\n${example.query}`).toBeUndefined();
    expect(answer.status).toBe(200);
    expect(answer.data).toBeTruthy();
  });

  it.each(examples.filter((example) => isSubscription(example.query)))('$source delivers an event without errors', async (example) => {
    const client = connectLiveClient(server.url);
    try {
      await eventually(
        () => server.app.subscriptionCount() === 0,
        () => 'an earlier subscription is still open',
      );
      // Unfiltered, so the report below matches whatever the example filters on.
      const live = subscribe(client, example.query);
      await eventually(
        () => server.app.subscriptionCount() === 1 || live.errors.length > 0,
        () => JSON.stringify(live.errors),
      );
      expect(live.errors).toEqual([]);
      expect((await server.upload(buildDuplicatiReport({ ...HOMEPAGE_SERVER, backupName: 'Live', beginTime: new Date() }))).status).toBe(
        200,
      );
      await live.waitFor(1);
      expect(live.errors).toEqual([]);
    } finally {
      await client.dispose();
    }
  });
});

function declaredVariables(query: string): string[] {
  return parse(query).definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? (definition.variableDefinitions ?? []).map((variable) => variable.variable.name.value)
      : [],
  );
}

function pick(values: Record<string, unknown>, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.filter((name) => name in values).map((name) => [name, values[name]]));
}
