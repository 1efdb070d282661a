import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumInstalled, launchChromium, needsChromium, recordActivity } from '../support/browser.ts';
import type { PageActivity } from '../support/browser.ts';
import { eventually } from '../support/live-client.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { startTestServer } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/**
 * The server as a browser meets it, in real headless Chromium: GraphiQL on a network that reaches
 * nothing but this server, and a plain EventSource.
 */

/** The requests that went anywhere but the server: the page's own blob: workers and data: URLs stay local. */
function requestsElsewhere(activity: PageActivity, serverUrl: string): string[] {
  const { host } = new URL(serverUrl);
  return activity.requests.filter((line) => {
    const url = line.slice(line.indexOf(' ') + 1);
    if (url.startsWith('data:')) return false;
    const parsed = new URL(url.startsWith('blob:') ? url.slice('blob:'.length) : url);
    return parsed.host !== host || !['http:', 'ws:'].includes(parsed.protocol);
  });
}

/** Replaces the text of GraphiQL's query editor (Monaco) and runs it with the toolbar's button. */
async function runInGraphiQL(page: Page, query: string): Promise<void> {
  await page.locator('.graphiql-query-editor .monaco-editor').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // Inserted as one piece of text, not typed key by key, so the editor closes no brace by itself.
  await page.keyboard.insertText(query);
  await page.locator('.graphiql-execute-button').click();
}

async function waitForResponseText(page: Page, text: string): Promise<string> {
  await page.waitForFunction((expected) => document.querySelector('.graphiql-response')?.textContent?.includes(expected), text, {
    timeout: 30_000,
  });
  // The response panel is a read-only editor that indents with no-break spaces.
  return ((await page.locator('.graphiql-response').textContent()) ?? '').replaceAll('\u00a0', ' ');
}

describe.skipIf(!chromiumInstalled)(needsChromium('GraphiQL in headless Chromium, with no network beyond the server'), () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let activity: PageActivity;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium({ offline: true });
    context = await browser.newContext();
    page = await context.newPage();
    activity = recordActivity(context, page);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('loads every asset from the server itself, with no console error', async () => {
    const answer = await page.goto(`${server.url}/graphql`, { waitUntil: 'load', timeout: 90_000 });
    expect(answer?.status()).toBe(200);
    await page
      .locator('.graphiql-query-editor .monaco-editor')
      .first()
      .waitFor({ timeout: 60_000 })
      .catch((error: Error) => {
        const elsewhere = requestsElsewhere(activity, server.url);
        throw new Error(`GraphiQL did not start: ${error.message}\n${[...activity.problems, ...elsewhere].join('\n')}`);
      });
    expect(await page.title()).toBe('dupligraph');

    // What the page points at, loaded or not yet (the icon is not fetched in headless mode).
    const referenced = await page.evaluate(() =>
      [...document.querySelectorAll('script[src], link[href], img[src], iframe[src]')].map(
        (element) => new URL(element.getAttribute('src') ?? element.getAttribute('href')!, document.baseURI).href,
      ),
    );
    expect(referenced).toEqual([`${server.url}/favicon.ico`]);
    const icon = await page.evaluate(async () => {
      const response = await fetch('/favicon.ico');
      return { status: response.status, type: response.headers.get('content-type'), bytes: (await response.arrayBuffer()).byteLength };
    });
    expect(icon).toMatchObject({ status: 200, type: 'image/x-icon' });
    expect(icon.bytes).toBeGreaterThan(1000);

    expect(requestsElsewhere(activity, server.url)).toEqual([]);
    expect(activity.problems).toEqual([]);
  }, 120_000);

  it('runs a query', async () => {
    await runInGraphiQL(page, '{ summary { totalServers totalBackupsRuns } }');
    expect(JSON.parse(await waitForResponseText(page, 'totalServers'))).toEqual({
      data: { summary: { totalServers: 0, totalBackupsRuns: 0 } },
    });
  }, 60_000);

  it('shows a subscription event after an upload, over graphql-ws on the same server', async () => {
    await runInGraphiQL(page, 'subscription { backupReceived { server { name } backup { backupName status } } }');
    await eventually(
      () => server.app.subscriptionCount() === 1,
      () => `subscriptions: ${server.app.subscriptionCount()}`,
      30_000,
    );
    expect((await server.upload(buildDuplicatiReport({ serverName: 'browser-host', backupName: 'Photos' }))).status).toBe(200);

    expect(JSON.parse(await waitForResponseText(page, 'browser-host'))).toEqual({
      data: { backupReceived: { server: { name: 'browser-host' }, backup: { backupName: 'Photos', status: 'SUCCESS' } } },
    });
    expect(activity.requests).toContain(`WEBSOCKET ${server.url.replace(/^http/, 'ws')}/graphql`);
    expect(requestsElsewhere(activity, server.url)).toEqual([]);
    expect(activity.problems).toEqual([]);
  }, 60_000);
});

describe.skipIf(!chromiumInstalled)(needsChromium('a browser EventSource on GET /graphql'), () => {
  const READ = 'browser-read-token-0123456789';
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ env: { READ_TOKEN: READ } });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('receives a backup event, with the read token in the URL since an EventSource sets no header', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const activity = recordActivity(context, page);
    await page.goto(`${server.url}/health`);

    const query = 'subscription { backupReceived { server { name } backup { backupName } } }';
    await page.evaluate(
      ({ query, token }) => {
        const received: string[] = [];
        const source = new EventSource(`/graphql?query=${encodeURIComponent(query)}&token=${token}`);
        source.addEventListener('next', (event) => received.push((event as MessageEvent<string>).data));
        Object.assign(window, { received, source });
      },
      { query, token: READ },
    );
    await eventually(
      () => server.app.subscriptionCount() === 1,
      () => `subscriptions: ${server.app.subscriptionCount()}`,
      30_000,
    );
    expect((await server.upload(buildDuplicatiReport({ serverName: 'sse-host', backupName: 'Mail' }))).status).toBe(200);

    await page.waitForFunction(() => (window as unknown as { received: string[] }).received.length > 0, null, { timeout: 30_000 });
    const received = await page.evaluate(() => {
      const { received, source } = window as unknown as { received: string[]; source: EventSource };
      source.close();
      return received;
    });
    expect(received.map((data) => JSON.parse(data))).toEqual([
      { data: { backupReceived: { server: { name: 'sse-host' }, backup: { backupName: 'Mail' } } } },
    ]);
    expect(activity.problems).toEqual([]);
    await context.close();
    await eventually(
      () => server.app.subscriptionCount() === 0,
      () => `subscriptions: ${server.app.subscriptionCount()}`,
      30_000,
    );
  }, 60_000);

  it('reconnects by itself after the server restarts and, by Last-Event-ID, receives the run stored before it was back', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/health`);
    const query = 'subscription ($after: String) { backupReceived(after: $after) { cursor backup { backupName } } }';
    await page.evaluate(
      ({ query, token }) => {
        const received: { id: string; data: string }[] = [];
        const source = new EventSource(`/graphql?query=${encodeURIComponent(query)}&token=${token}`);
        source.addEventListener('next', (event) => {
          const { lastEventId, data } = event as MessageEvent<string>;
          received.push({ id: lastEventId, data });
        });
        Object.assign(window, { received, source });
      },
      { query, token: READ },
    );
    await eventually(
      () => server.app.subscriptionCount() === 1,
      () => `subscriptions: ${server.app.subscriptionCount()}`,
      30_000,
    );
    const upload = async (backupName: string) => {
      const report = buildDuplicatiReport({ serverName: 'sse-host', backupName });
      // The first upload after the restart may be handed a kept-alive socket of the stopped server.
      return server.upload(report).catch(() => server.upload(report));
    };
    expect((await upload('Before')).status).toBe(200);
    await page.waitForFunction(() => (window as unknown as { received: unknown[] }).received.length === 1, null, { timeout: 30_000 });

    // Down and back on the same port and file; a run is stored before the EventSource's retry (seconds later).
    const { port } = new URL(server.url);
    await server.stop();
    server = await startTestServer({ databaseFile: server.databaseFile, port: Number(port), env: { READ_TOKEN: READ } });
    expect((await upload('Meanwhile')).status).toBe(200);
    await eventually(
      () => server.app.subscriptionCount() === 1,
      () => `subscriptions after the restart: ${server.app.subscriptionCount()}`,
      30_000,
    );
    expect((await upload('After')).status).toBe(200);
    await page.waitForFunction(() => (window as unknown as { received: unknown[] }).received.length >= 3, null, { timeout: 30_000 });

    const received = await page.evaluate(() => {
      const { received, source } = window as unknown as { received: { id: string; data: string }[]; source: EventSource };
      source.close();
      return received;
    });
    const events = received.map(({ id, data }) => ({ id, event: JSON.parse(data).data.backupReceived }));
    expect(events.map(({ event }) => event.backup.backupName)).toEqual(['Before', 'Meanwhile', 'After']);
    for (const { id, event } of events) expect(id).toBe(event.cursor);
    await context.close();
  }, 90_000);
});
