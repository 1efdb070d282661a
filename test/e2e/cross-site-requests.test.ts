import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaders, startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/**
 * What a GraphQL request must carry besides its token (src/http/cross-site-requests.ts): nothing
 * on GET, which can only read; a JSON content type (or a custom header) on POST, which a page on
 * another site cannot send without the browser asking this server first.
 */
const READ = 'cross-site-read-token-0123456789';
const query = (text: string) => `/graphql?query=${encodeURIComponent(text)}`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { READ_TOKEN: READ } });
});
afterAll(() => server.stop());

describe('GET /graphql', () => {
  it('runs a query with no header beyond the token, as urql and a plain browser fetch send it', async () => {
    for (const init of [{ headers: { Authorization: `Bearer ${READ}` } }, {}]) {
      const path = `${query('{ summary { totalServers } }')}${'headers' in init ? '' : `&token=${READ}`}`;
      const answer = await fetch(`${server.url}${path}`, init);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ data: { summary: { totalServers: 0 } } });
    }
  });

  it('streams a subscription to an EventSource-like request that sets no header at all', async () => {
    const controller = new AbortController();
    const answer = await fetch(`${server.url}${query('subscription { backupReceived { backup { backupName } } }')}&token=${READ}`, {
      headers: { Accept: 'text/event-stream' },
      signal: controller.signal,
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/event-stream/);
    controller.abort();
    await answer.body?.cancel().catch(() => {});
  });

  it('still refuses a mutation, naming POST', async () => {
    const answer = await fetch(`${server.url}${query('mutation { checkOverdueNow { message } }')}`, { headers: adminHeaders });
    expect(answer.status).toBe(405);
    expect((await answer.json()).errors[0].message).toMatch(/Can only perform a mutation operation from a POST request/);
  });
});

describe('POST /graphql', () => {
  const body = JSON.stringify({ query: '{ __typename }' });
  const post = (headers: Record<string, string>) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { Authorization: `Bearer ${READ}`, ...headers }, body });

  it.each([
    ['text/plain', 'text/plain;charset=UTF-8'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['a multipart form', 'multipart/form-data; boundary=x'],
  ])('refuses a body sent as %s, which a page on another site could send, and says what to send', async (_name, contentType) => {
    const answer = await post({ 'Content-Type': contentType });
    expect(answer.status).toBe(403);
    const error = (await answer.json()).errors[0];
    expect(error.message).toMatch(/A GraphQL POST needs "Content-Type: application\/json"/);
    expect(error.extensions.code).toBe('CROSS_SITE_REQUEST_REFUSED');
  });

  it('refuses a body with no content type', async () => {
    // fetch adds text/plain to a string body; a Blob without a type goes out without the header.
    const answer = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${READ}` },
      body: new Blob([body]),
    });
    expect(answer.status).toBe(403);
  });

  it('runs JSON, and a form that carries the x-graphql-yoga-csrf header, which no page on another site can add unasked', async () => {
    const json = await post({ 'Content-Type': 'application/json' });
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({ data: { __typename: 'Query' } });
    const form = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${READ}`, 'Content-Type': 'application/x-www-form-urlencoded', 'x-graphql-yoga-csrf': '1' },
      body: new URLSearchParams({ query: '{ __typename }' }).toString(),
    });
    expect(form.status).toBe(200);
    expect(await form.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
