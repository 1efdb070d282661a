import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_DIST } from '../../src/http/dashboard-files.ts';
import { startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/** How the server hands out the dashboard's files (src/http/dashboard-files.ts). */

async function get(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('the dashboard files on /', () => {
  let server: TestServer;
  const assets = fs.readdirSync(DASHBOARD_DIST).filter((name) => name !== 'index.html');
  const script = assets.find((name) => name.endsWith('.js'))!;
  const styles = assets.find((name) => name.endsWith('.css'))!;

  beforeAll(async () => {
    // A read token is set: the page and its files need none, the data does.
    server = await startTestServer({ env: { READ_TOKEN: 'files-read-token-0123456789' } });
  });
  afterAll(() => server?.stop());

  it('serves the page without a token, never cached without asking, with a policy that allows only this server', async () => {
    const page = await get(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.text).toContain(`/dashboard/${script}`);
    expect(page.text).toContain(`/dashboard/${styles}`);

    const again = await get(`${server.url}/`, { headers: { 'If-None-Match': page.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await get(`${server.url}/graphql?query={summary{totalServers}}`)).status).toBe(401);
  });

  it('serves the hashed script and styles with their types, cached for good', async () => {
    for (const [name, type] of [
      [script, 'text/javascript; charset=utf-8'],
      [styles, 'text/css; charset=utf-8'],
    ] as const) {
      const asset = await get(`${server.url}/dashboard/${name}`);
      expect(asset.status, name).toBe(200);
      expect(asset.headers.get('content-type')).toBe(type);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
      expect(asset.text).toBe(fs.readFileSync(`${DASHBOARD_DIST}/${name}`, 'utf8'));
    }
    const head = await fetch(`${server.url}/dashboard/${script}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe(fs.statSync(`${DASHBOARD_DIST}/${script}`).size);
  });

  it('answers only GET and HEAD', async () => {
    const post = await get(`${server.url}/`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it.each([
    '/dashboard/..%2fpackage.json',
    '/dashboard/%2e%2e%2fpackage.json',
    '/dashboard/..%5csrc%5cconfig.ts',
    '/dashboard/.gitignore',
    '/dashboard/',
    '/dashboard/index.html/..%2f..%2fpackage.json',
    '/dashboard/no-such-file.js',
    '/dashboard/app.ts',
  ])('answers %s with 404 and names nothing outside dashboard/dist', async (target) => {
    const answer = await get(`${server.url}${target}`);
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.text)).toEqual({ error: `Not found: ${new URL(target, server.url).pathname}` });
  });

  it('resolves dot segments before routing, so /dashboard/../package.json is just an unknown path', async () => {
    const answer = await get(`${server.url}/dashboard/../package.json`);
    expect(answer.status).toBe(404);
    expect(answer.text).not.toContain('dupligraph');
  });
});
