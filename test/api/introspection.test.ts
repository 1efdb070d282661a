import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';
import type { IntrospectionOptions, IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.ts';
import { expectData, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** The schema a client rebuilds from the server's answer to an introspection query asked with these options. */
async function clientSchemaFrom(options: IntrospectionOptions) {
  const query = getIntrospectionQuery(options);
  return buildClientSchema(expectData(await server.graphql<IntrospectionQuery>(query), query));
}

// The README tells clients that build a schema by introspection to ask with
// inputValueDeprecation: true; these tests hold that advice to what the server answers.
describe('introspection over HTTP', () => {
  it('rebuilds the whole schema, deprecated arguments and input fields included, when asked as the README says', async () => {
    const rebuilt = await clientSchemaFrom({ inputValueDeprecation: true, oneOf: true, specifiedByUrl: true });
    expect(printSchema(rebuilt)).toBe(printSchema(schema));
  });

  it('leaves deprecated arguments and input fields out of the default query', async () => {
    const rebuilt = await clientSchemaFrom({});
    expect(
      rebuilt
        .getQueryType()
        ?.getFields()
        .server?.args.map((arg) => arg.name),
    ).toEqual(['by']);
    const jobInput = rebuilt.getType('ConfigureBackupJobInput') as { getFields(): Record<string, unknown> };
    expect(Object.keys(jobInput.getFields())).not.toContain('backupName');
  });
});
