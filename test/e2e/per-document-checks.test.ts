import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { onPostgres } from '../support/test-database.ts';
import { startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/**
 * The cost limit, the page-size limit and the count of deprecated fields keep what a document's
 * text alone decides per parsed document (Yoga hands the same object for the same text). What
 * each request brings, its variables and the rows stored at the time, must still decide it.
 */
const MAX_QUERY_COST = 5;
const MAX_PAGE_SIZE = 50;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { MAX_QUERY_COST: String(MAX_QUERY_COST), MAX_PAGE_SIZE: String(MAX_PAGE_SIZE) } });
});
afterAll(() => server.stop());

const ask = (query: string, variables?: Record<string, unknown>, operationName?: string, to: TestServer = server) =>
  fetch(`${to.url}/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json',
      Authorization: 'Bearer test-admin-token-0123456789',
    },
    body: JSON.stringify({ query, variables, operationName }),
  }).then(async (response) => ({ status: response.status, body: await response.json() }));

const refusedFor = (answer: { status: number; body: any }) => answer.status === 400 && answer.body.errors?.[0]?.extensions?.limit;

describe('checks kept per document', () => {
  it('still refuses a second, different document over the cost limit, however often the first ran', async () => {
    const cheap = '{ servers(first: 2) { totalCount } }';
    const costly = '{ servers(first: 40) { edges { node { name serverId alias } } } }';
    for (let round = 0; round < 3; round++) {
      expect((await ask(cheap)).status).toBe(200);
      expect(refusedFor(await ask(costly))).toBe('MAX_QUERY_COST');
    }
  });

  it('prices each operation of one document for itself', async () => {
    const document = 'query Cheap { __typename } query Costly { servers(first: 40) { edges { node { name serverId alias } } } }';
    for (let round = 0; round < 2; round++) {
      expect((await ask(document, undefined, 'Cheap')).status).toBe(200);
      expect(refusedFor(await ask(document, undefined, 'Costly'))).toBe('MAX_QUERY_COST');
    }
  });

  it('prices a document with variables by the variables of each request', async () => {
    const document = 'query ($n: Int!) { servers(first: $n) { totalCount } }';
    expect((await ask(document, { n: 2 })).status).toBe(200);
    expect(refusedFor(await ask(document, { n: 40 }))).toBe('MAX_QUERY_COST');
    expect((await ask(document, { n: 2 })).status).toBe(200);
  });

  it('prices a list of stored rows by the rows stored at each request, not when the document was first seen', async () => {
    const document = '{ homepage { servers { name } } }';
    expect((await ask(document)).status).toBe(200);
    for (let i = 1; i <= 4; i++) {
      const serverId = `c0de00000000000000000000000000${String(i).padStart(2, '0')}`;
      expect((await server.upload(buildDuplicatiReport({ serverId, serverName: `priced-${i}` }))).status).toBe(200);
    }
    // Four servers cost 2 + 4 = 6, past the limit of 5.
    expect(refusedFor(await ask(document))).toBe('MAX_QUERY_COST');
  });

  it('checks page sizes given through variables on every request', async () => {
    const document = 'query ($n: Int!) { backups(first: $n) { totalCount } }';
    // A negative page, which the cost limit lets through, so the page-size check is the one that answers.
    const answers = [await ask(document, { n: 1 }), await ask(document, { n: -1 }), await ask(document, { n: 1 })];
    expect(answers.map((answer) => answer.status)).toEqual([200, 400, 200]);
    expect(answers[1]!.body.errors[0]).toMatchObject({
      message: `"first" must be between 0 and ${MAX_PAGE_SIZE} (MAX_PAGE_SIZE); got -1`,
      extensions: { code: 'PAGE_SIZE_OUT_OF_RANGE' },
    });
  });
});

describe('the rows stored, counted again', () => {
  let fresh: TestServer;
  beforeEach(async () => {
    fresh = await startTestServer({ env: { MAX_QUERY_COST: String(MAX_QUERY_COST) } });
  });
  afterEach(() => fresh.stop());
  const askFresh = (query: string, variables?: Record<string, unknown>) => ask(query, variables, undefined, fresh);
  // Four servers cost 2 + 4 = 6, past the limit of 5.
  const addFourServers = async (prefix: string) => {
    for (let i = 1; i <= 4; i++) {
      const serverId = `${prefix}${String(i).padStart(2, '0')}`;
      expect((await fresh.upload(buildDuplicatiReport({ serverId, serverName: `priced-${i}` }))).status).toBe(200);
    }
  };

  it('prices a document with variables again, for the same values, once the rows stored have changed', async () => {
    // Priced once per set of variable values and kept (cost-limit.ts), but for the sizes it was priced with.
    const document = 'query ($show: Boolean!) { homepage { servers { name @include(if: $show) } } }';
    expect((await askFresh(document, { show: true })).status).toBe(200);
    expect((await askFresh(document, { show: true })).status).toBe(200);
    await addFourServers('c1de000000000000000000000000000');
    expect(refusedFor(await askFresh(document, { show: true }))).toBe('MAX_QUERY_COST');
  });

  it.skipIf(onPostgres)('counts the rows again after another connection to the SQLite file changed them', async () => {
    // The sizes are kept while the file's change stamp stays (src/db/change-stamp.ts): a commit
    // from another connection must move it too.
    const document = '{ homepage { servers { serverId } } }';
    expect((await askFresh(document)).status).toBe(200);
    expect((await askFresh(document)).status).toBe(200);
    const other = new Database(fresh.app.database.filePath);
    try {
      const insert = other.prepare('INSERT INTO servers (id, name) VALUES (?, ?)');
      for (let i = 1; i <= 4; i++) insert.run(`e0de00000000000000000000000000${String(i).padStart(2, '0')}`, `outside-${i}`);
    } finally {
      other.close();
    }
    expect(refusedFor(await askFresh(document))).toBe('MAX_QUERY_COST');
  });
});
