import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumInstalled, launchChromium, needsChromium, recordActivity } from '../support/browser.ts';
import type { PageActivity } from '../support/browser.ts';
import { startHttpReceiver } from '../support/notification-receivers.ts';
import type { HttpReceiver } from '../support/notification-receivers.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { REPO_ROOT } from '../support/repo-process.ts';
import { expectData, startTestServer, TEST_ADMIN_TOKEN } from '../support/test-server.ts';
import type { TestServer } from '../support/test-server.ts';

/**
 * The web dashboard (dashboard/, served on /) in real headless Chromium, on a network that reaches
 * nothing but the server, against data uploaded as Duplicati does.
 */

const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-output', 'screenshots');
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ALPHA = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1';
const BETA = 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2';

interface SeededJob {
  server: string;
  serverName: string;
  backupName: string;
  status: string;
  overdue: boolean;
}

/** Uploads `runs` reports of one job, one a day, the newest `newestAgoMs` ago, with sizes that grow. */
async function seedJob(
  server: TestServer,
  job: { serverId: string; serverName: string; backupName: string; runs: number; newestAgoMs: number; warnings?: number; errors?: number },
): Promise<void> {
  for (let run = 0; run < job.runs; run++) {
    const age = job.newestAgoMs + (job.runs - 1 - run) * DAY;
    const last = run === job.runs - 1;
    const report = buildDuplicatiReport({
      serverId: job.serverId,
      serverName: job.serverName,
      backupName: job.backupName,
      beginTime: new Date(Date.now() - age),
      durationSeconds: 120 + run * 30,
      warnings: last ? (job.warnings ?? 0) : 0,
      errors: last ? (job.errors ?? 0) : 0,
      data: {
        ExaminedFiles: 40_000 + run * 500,
        BackendStatistics: { BytesUploaded: 10_000_000 + run * 3_000_000, KnownFileSize: 1_000_000_000 + run * 50_000_000 },
      },
    });
    const answer = await server.upload(report);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  }
}

/** The requests that went anywhere but the server. */
function requestsElsewhere(activity: PageActivity, serverUrl: string): string[] {
  const { host } = new URL(serverUrl);
  return activity.requests.filter((line) => {
    const url = line.slice(line.indexOf(' ') + 1);
    if (url.startsWith('data:')) return false;
    const parsed = new URL(url);
    return parsed.host !== host || !['http:', 'ws:'].includes(parsed.protocol);
  });
}

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<any> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return (results.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.info(`dashboard screenshot: ${file}`);
  return file;
}

async function jobIdOf(server: TestServer, serverId: string, backupName: string): Promise<string> {
  const query =
    'query ($serverId: ID!, $backupName: String!) { backupJobs(filter: { serverId: $serverId, backupName: $backupName }, first: 1) { nodes { id } } }';
  return expectData(await server.graphql(query, { serverId, backupName }), query).backupJobs.nodes[0].id;
}

/** A canvas with at least one pixel drawn. */
function canvasesDrawn(page: Page): Promise<boolean[]> {
  return page.$$eval('.chart canvas', (canvases) =>
    (canvases as HTMLCanvasElement[]).map((canvas) => {
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
      return false;
    }),
  );
}

describe.skipIf(!chromiumInstalled)(needsChromium('the web dashboard in headless Chromium'), () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let activity: PageActivity;
  const jobs: SeededJob[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    const seeds = [
      { serverId: ALPHA, serverName: 'alpha', backupName: 'Documents', runs: 12, newestAgoMs: HOUR, status: 'SUCCESS', overdue: false },
      {
        serverId: ALPHA,
        serverName: 'alpha',
        backupName: 'Photos',
        runs: 2,
        newestAgoMs: 2 * HOUR,
        warnings: 2,
        status: 'WARNING',
        overdue: false,
      },
      {
        serverId: BETA,
        serverName: 'beta',
        backupName: 'Mail',
        runs: 1,
        newestAgoMs: 3 * HOUR,
        errors: 1,
        status: 'ERROR',
        overdue: false,
      },
      { serverId: BETA, serverName: 'beta', backupName: 'Archive', runs: 3, newestAgoMs: 4 * DAY, status: 'SUCCESS', overdue: true },
    ];
    for (const seed of seeds) {
      await seedJob(server, seed);
      jobs.push({
        server: seed.serverId,
        serverName: seed.serverName,
        backupName: seed.backupName,
        status: seed.status,
        overdue: seed.overdue,
      });
    }
    // Raises the OVERDUE alert of Archive, whose last run was 4 days ago on a daily schedule.
    expect((await server.app.checkOverdue()).statistics.alertsRaised).toBe(1);

    browser = await launchChromium({ offline: true });
    // axe-core is injected as a script, which the page's Content-Security-Policy would refuse.
    context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    activity = recordActivity(context, page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists every server and job with the right status, loading nothing from elsewhere and logging no error', async () => {
    const answer = await page.goto(`${server.url}/`, { waitUntil: 'load', timeout: 60_000 });
    expect(answer?.status()).toBe(200);
    expect(answer?.headers()['content-type']).toBe('text/html; charset=utf-8');
    await page
      .locator('tr[data-job-name]')
      .nth(jobs.length - 1)
      .waitFor({ timeout: 30_000 });

    for (const serverName of ['alpha', 'beta']) {
      await expect(page.locator('section.server h2', { hasText: serverName }).count()).resolves.toBe(1);
    }
    for (const job of jobs) {
      const row = page
        .locator('section.server')
        .filter({ has: page.locator('h2', { hasText: job.serverName }) })
        .locator(`tr[data-job-name="${job.backupName}"]`);
      await expect(row.count(), `${job.serverName}/${job.backupName}`).resolves.toBe(1);
      expect(await row.getAttribute('data-status'), job.backupName).toBe(job.status);
      expect(await row.getAttribute('data-overdue'), job.backupName).toBe(String(job.overdue));
      const label = { SUCCESS: 'Success', WARNING: 'Warning', ERROR: 'Error' }[job.status]!;
      await expect(row.locator('.badge').first().textContent()).resolves.toBe(label);
      if (job.overdue) await expect(row.locator('.badge.overdue').textContent()).resolves.toBe('Overdue');
    }
    const tiles = await page.locator('.tile').allTextContents();
    expect(tiles).toContain('2Servers');
    expect(tiles).toContain('4Backup jobs');
    expect(tiles).toContain('1Overdue jobs');

    // The live connection is up (no reconnecting banner), on this server.
    await page.waitForFunction(() => !document.querySelector('.banner'));
    expect(activity.requests.some((line) => line.startsWith('WEBSOCKET ws://127.0.0.1'))).toBe(true);
    expect(requestsElsewhere(activity, server.url)).toEqual([]);
    expect(activity.problems).toEqual([]);
  });

  it('filters the grid by search, status, overdue and server', async () => {
    await page.fill('#filter-search', 'mail');
    await expect.poll(() => page.locator('tr[data-job-name]').count(), { timeout: 10_000 }).toBe(1);
    await page.fill('#filter-search', '');
    await page.selectOption('#filter-status', 'WARNING');
    expect(await page.locator('tr[data-job-name]').getAttribute('data-job-name')).toBe('Photos');
    await page.selectOption('#filter-status', 'ALL');
    await page.check('text=Only overdue');
    expect(await page.locator('tr[data-job-name]').getAttribute('data-job-name')).toBe('Archive');
    await page.uncheck('text=Only overdue');
    await expect.poll(() => page.locator('tr[data-job-name]').count(), { timeout: 10_000 }).toBe(jobs.length);
  });

  it('shows an upload made now within 2 s, without a reload, with a toast for a failure', async () => {
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    // From here on the page cannot miss a run: its subscriptions start after a cursor it read.
    await page.waitForFunction(() => document.documentElement.dataset.live === 'subscribed', undefined, { timeout: 30_000 });
    const report = buildDuplicatiReport({
      serverId: ALPHA,
      serverName: 'alpha',
      backupName: 'Fresh',
      beginTime: new Date(Date.now() - 60_000),
      errors: 1,
    });
    expect((await server.upload(report)).status).toBe(200);
    const row = page.locator('tr[data-job-name="Fresh"]');
    await row.waitFor({ timeout: 2000 });
    expect(await row.getAttribute('data-status')).toBe('ERROR');
    await page.locator('.toast-error', { hasText: 'Fresh' }).waitFor({ timeout: 2000 });
    expect(navigations).toEqual([]);
  });

  it('keeps showing uploads during a burst that never pauses, not only once it ends', async () => {
    // Four uploaders, each sending as soon as its last report is stored: events arrive far more
    // often than every 100 ms (the pause the page waits for; test/unit/refresh-pacing.test.ts).
    let burstOver = false;
    const end = Date.now() + 5000;
    let sent = 0;
    const uploader = async () => {
      while (Date.now() < end) {
        const n = sent++;
        const report = buildDuplicatiReport({
          serverId: ALPHA,
          serverName: 'alpha',
          backupName: 'Burst',
          beginTime: new Date(Date.now() - 3_600_000 + n * 1000),
        });
        expect((await server.upload(report)).status).toBe(200);
      }
    };
    const burst = Promise.all([uploader(), uploader(), uploader(), uploader()]).then(() => (burstOver = true));
    await page.locator('tr[data-job-name="Burst"]').waitFor({ timeout: 15_000 });
    expect(burstOver).toBe(false);
    await burst;
  });

  it('has no serious accessibility violation on the overview, light and dark, and saves screenshots', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), `overview, ${colorScheme}`).toEqual([]);
      await screenshot(page, `overview-${colorScheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('shows the overview on a 375 px phone screen without horizontal scrolling', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 375, height: 812 });
    await phone.goto(`${server.url}/`);
    await phone.locator('tr[data-job-name]').first().waitFor({ timeout: 30_000 });
    const widths = await phone.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll, JSON.stringify(widths)).toBeLessThanOrEqual(widths.client);
    await screenshot(phone, 'overview-phone');
    await phone.close();
  });

  it('draws the charts of a job page and pages through its run history', async () => {
    const jobId = await jobIdOf(server, ALPHA, 'Documents');
    await page.goto(`${server.url}/#/job/${encodeURIComponent(jobId)}`);
    await page.locator('h1', { hasText: 'Documents' }).waitFor({ timeout: 30_000 });
    await page.locator('.chart canvas').nth(3).waitFor({ timeout: 30_000 });
    expect(await canvasesDrawn(page)).toEqual([true, true, true, true]);

    const runs = page.locator('tr[data-run-id]');
    await page.locator('.page-number', { hasText: 'Page 1 of 2' }).waitFor();
    await expect.poll(() => runs.count(), { timeout: 10_000 }).toBe(10);
    const newest = await runs.first().getAttribute('data-run-id');
    await page.click('text=Older runs');
    await page.locator('.page-number', { hasText: 'Page 2 of 2' }).waitFor();
    await expect.poll(() => runs.count(), { timeout: 10_000 }).toBe(2);
    expect(await page.locator('button', { hasText: 'Older runs' }).isDisabled()).toBe(true);
    await page.click('text=Newer runs');
    await page.locator('.page-number', { hasText: 'Page 1 of 2' }).waitFor();
    await expect.poll(() => runs.count(), { timeout: 10_000 }).toBe(10);
    expect(await runs.first().getAttribute('data-run-id')).toBe(newest);

    // Log text on demand.
    await runs.first().locator('button', { hasText: 'Details' }).click();
    await page.click('text=Show log');
    await page.locator('pre.log', { hasText: 'StartingOperation' }).waitFor();

    expect(activity.problems).toEqual([]);
    expect(requestsElsewhere(activity, server.url)).toEqual([]);
  });

  it('has no serious accessibility violation on a job page, light and dark, and saves screenshots', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), `job page, ${colorScheme}`).toEqual([]);
      await screenshot(page, `job-${colorScheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('acknowledges an overdue alert with the admin token, and not without it', async () => {
    const jobId = await jobIdOf(server, BETA, 'Archive');
    await page.goto(`${server.url}/#/job/${encodeURIComponent(jobId)}`);
    const alert = page.locator('li.alert-item.open', { hasText: 'Overdue' });
    await alert.waitFor({ timeout: 30_000 });
    const alertId = (await alert.getAttribute('data-alert-id'))!;
    const acknowledgedAt = async () => {
      const query = 'query ($id: ID!) { node(id: $id) { ... on Alert { acknowledgedAt } } }';
      return expectData(await server.graphql(query, { id: alertId }), query).node.acknowledgedAt;
    };

    await alert.locator('button', { hasText: 'Acknowledge' }).click();
    await page.locator('p.error', { hasText: 'needs the admin token' }).waitFor({ timeout: 10_000 });
    expect(await acknowledgedAt()).toBeNull();

    await page.fill('#token-admin', TEST_ADMIN_TOKEN);
    await page.click('text=Use token');
    await alert.locator('button', { hasText: 'Acknowledge' }).click();
    await alert.locator('.ack').waitFor({ timeout: 10_000 });
    expect(await acknowledgedAt()).not.toBeNull();
    // Not ticked "remember": the token was kept in the tab only.
    expect(await page.evaluate(() => localStorage.getItem('dupligraph.adminToken'))).toBeNull();
  });
});

describe.skipIf(!chromiumInstalled)(needsChromium('the web dashboard when the server goes away and comes back'), () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    await seedJob(server, { serverId: ALPHA, serverName: 'alpha', backupName: 'Documents', runs: 1, newestAgoMs: HOUR });
    browser = await launchChromium({ offline: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows a run stored after the page read its data but before its subscriptions reached the server', async () => {
    const page = await browser.newPage();
    // The page's WebSocket messages wait here until the run is stored; the server's pass through.
    const held: (() => void)[] = [];
    let holding = true;
    await page.routeWebSocket(/\/graphql$/, (socket) => {
      const upstream = socket.connectToServer();
      socket.onMessage((message) => {
        if (holding) held.push(() => upstream.send(message));
        else upstream.send(message);
      });
    });
    await page.goto(`${server.url}/`);
    await page.locator('tr[data-job-name="Documents"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => held.length, { timeout: 10_000 }).toBeGreaterThan(0);

    const report = buildDuplicatiReport({
      serverId: ALPHA,
      serverName: 'alpha',
      backupName: 'Between',
      beginTime: new Date(Date.now() - 180_000),
    });
    expect((await server.upload(report)).status).toBe(200);
    holding = false;
    for (const send of held.splice(0)) send();

    await page.locator('tr[data-job-name="Between"]').waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => document.documentElement.dataset.live === 'subscribed', undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.liveFullRefetches)).toBe('0');
    await page.close();
  });

  it('says it is reconnecting while the server is down, then resumes after its last event and receives what it missed', async () => {
    const page = await browser.newPage();
    const framesSent: string[] = [];
    const framesReceived: string[] = [];
    page.on('websocket', (socket) => {
      socket.on('framesent', (frame) => framesSent.push(String(frame.payload)));
      socket.on('framereceived', (frame) => framesReceived.push(String(frame.payload)));
    });
    await page.goto(`${server.url}/`);
    await page.locator('tr[data-job-name="Documents"]').waitFor({ timeout: 30_000 });

    // A run while listening gives the page a cursor to resume from.
    const seen = buildDuplicatiReport({
      serverId: ALPHA,
      serverName: 'alpha',
      backupName: 'Seen',
      beginTime: new Date(Date.now() - 120_000),
    });
    expect((await server.upload(seen)).status).toBe(200);
    await page.locator('tr[data-job-name="Seen"]').waitFor({ timeout: 30_000 });

    const { port } = new URL(server.url);
    await server.stop();
    await page.locator('.banner', { hasText: 'Disconnected — reconnecting' }).waitFor({ timeout: 15_000 });

    // The same database on the same port; a run stored while the page was not listening.
    server = await startTestServer({ databaseFile: server.databaseFile, port: Number(port) });
    const report = buildDuplicatiReport({
      serverId: ALPHA,
      serverName: 'alpha',
      backupName: 'Missed',
      beginTime: new Date(Date.now() - 60_000),
    });
    expect((await server.upload(report)).status).toBe(200);
    await page.locator('tr[data-job-name="Missed"]').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector('.banner'), undefined, { timeout: 30_000 });

    // Resumed, not read again: backupReceived asked for what came after its last event, and the
    // missed run arrived as a live event; the page never fell back to reading everything.
    const resumes = framesSent.filter(
      (frame) => frame.includes('"subscribe"') && frame.includes('backupReceived') && /"after":"[^"]+"/.test(frame),
    );
    expect(resumes.length).toBeGreaterThan(0);
    expect(framesReceived.some((frame) => frame.includes('"backupReceived"') && frame.includes('"Missed"'))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.liveFullRefetches)).toBe('0');
    await page.close();
  });
});

describe.skipIf(!chromiumInstalled)(needsChromium('the web dashboard on a server with a read token'), () => {
  const READ_TOKEN = 'dashboard-read-token-0123456789';
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ env: { READ_TOKEN } });
    await seedJob(server, { serverId: ALPHA, serverName: 'alpha', backupName: 'Documents', runs: 1, newestAgoMs: HOUR });
    browser = await launchChromium({ offline: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('serves the page without the token, asks for the token once, then shows and updates the data', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const answer = await page.goto(`${server.url}/`);
    expect(answer?.status()).toBe(200);

    await page.locator('#token-read').waitFor({ timeout: 30_000 });
    await page.fill('#token-read', READ_TOKEN);
    await page.check('text=Remember on this device');
    await page.click('text=Use token');
    await page.locator('tr[data-job-name="Documents"]').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.documentElement.dataset.live === 'subscribed', undefined, { timeout: 30_000 });

    // Live updates carry the token too (graphql-ws connection_init).
    const report = buildDuplicatiReport({
      serverId: ALPHA,
      serverName: 'alpha',
      backupName: 'Fresh',
      beginTime: new Date(Date.now() - 60_000),
    });
    expect((await server.upload(report)).status).toBe(200);
    await page.locator('tr[data-job-name="Fresh"]').waitFor({ timeout: 2000 });

    // Remembered: a reload does not ask again.
    await page.reload();
    await page.locator('tr[data-job-name="Fresh"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('#token-read').count()).toBe(0);
    await context.close();
  });
});

describe.skipIf(!chromiumInstalled)(needsChromium('the notifications admin page of the web dashboard'), () => {
  const NTFY_TOKEN = 'tk_dashboard_ntfy_secret_7f3a';
  const WEBHOOK_SECRET = 'dashboard-webhook-secret-9c1e';
  let server: TestServer;
  let receiver: HttpReceiver;
  let browser: Browser;
  let page: Page;
  let activity: PageActivity;
  /** Every body the page received: HTTP responses and WebSocket frames. */
  const received: Promise<string>[] = [];

  beforeAll(async () => {
    receiver = await startHttpReceiver();
    // Fast polls and retries, so a delivery's fate shows within the test's patience.
    server = await startTestServer({
      env: { NOTIFICATION_POLL_INTERVAL_MS: '100', NOTIFICATION_RETRY_BASE_MS: '50', NOTIFICATION_RETRY_MAX_MS: '400' },
    });
    await seedJob(server, { serverId: ALPHA, serverName: 'alpha', backupName: 'Documents', runs: 1, newestAgoMs: HOUR });
    browser = await launchChromium({ offline: true });
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    activity = recordActivity(context, page);
    page.on('response', (response) => {
      if (response.request().method() === 'POST') received.push(response.text().catch(() => ''));
    });
    page.on('websocket', (socket) => socket.on('framereceived', (frame) => received.push(Promise.resolve(String(frame.payload)))));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await receiver?.close();
  });

  it('sets an ntfy topic and a webhook with the admin token, and never receives a secret back', async () => {
    await page.goto(`${server.url}/#/admin/notifications`);
    await page.fill('#token-admin', TEST_ADMIN_TOKEN);
    await page.click('text=Use token');
    await page.locator('#ntfy-url').waitFor({ timeout: 30_000 });

    await page.fill('#ntfy-url', `${receiver.url}/`);
    await page.fill('#ntfy-topic', 'dashboard-topic');
    await page.fill('#ntfy-token', NTFY_TOKEN);
    await page.click('text=Save ntfy');
    await page.locator('p.ok', { hasText: 'ntfy saved.' }).waitFor({ timeout: 10_000 });
    await page.locator('#ntfy-token-state[data-secret-state="set"]').waitFor();
    expect(await page.inputValue('#ntfy-token')).toBe('');

    await page.fill('#webhook-name', 'Receiver');
    await page.fill('#webhook-url', `${receiver.url}/hook`);
    await page.fill('#webhook-secret', WEBHOOK_SECRET);
    await page.click('text=Add webhook');
    await page.locator('table.webhooks tr[data-webhook-id]', { hasText: 'Receiver' }).waitFor({ timeout: 10_000 });

    const query = '{ notificationSettings { ntfy { url topic hasAccessToken } webhooks { name url hasSecret } } }';
    const { notificationSettings } = expectData(await server.graphql(query), query);
    expect(notificationSettings.ntfy).toEqual({ url: `${receiver.url}/`, topic: 'dashboard-topic', hasAccessToken: true });
    expect(notificationSettings.webhooks).toEqual([{ name: 'Receiver', url: `${receiver.url}/hook`, hasSecret: true }]);

    // Read again from the server (the admin token lives in this tab's memory, so no reload).
    await page.click('text=Servers and monitoring');
    await page.locator('#default-tolerance').waitFor({ timeout: 30_000 });
    await page.click('nav.tabs >> text=Notifications');
    await page.locator('#ntfy-token-state[data-secret-state="set"]').waitFor({ timeout: 30_000 });
    const bodies = await Promise.all(received);
    expect(bodies.some((body) => body.includes('dashboard-topic'))).toBe(true);
    expect(bodies.filter((body) => body.includes(NTFY_TOKEN) || body.includes(WEBHOOK_SECRET))).toEqual([]);
    expect(activity.problems).toEqual([]);
  }, 90_000);

  it('previews an edited template, unsaved, with the values of the latest run of the chosen job', async () => {
    const form = page.locator('details[data-template-kind="SUCCESS"]');
    await form.locator('summary').click();
    await page.fill('#template-success-title', 'Done: {backup_name}');
    await page.fill('#template-success-message', 'Run of {backup_name} on {server_name}: {file_count} files');
    await page.selectOption('#template-success-priority', 'high');
    const job = await page.locator('#template-success-preview-job option', { hasText: 'Documents' }).getAttribute('value');
    await page.selectOption('#template-success-preview-job', job!);
    await form.locator('button', { hasText: 'Preview' }).click();

    const ntfy = form.locator('.preview-channel[data-channel="NTFY"]');
    await ntfy.waitFor({ timeout: 15_000 });
    expect(await ntfy.locator('.preview-title').textContent()).toBe('Done: Documents');
    expect(await ntfy.locator('.preview-message').textContent()).toMatch(/^Run of Documents on alpha: 40.?000 files$/);
    expect(await ntfy.textContent()).toContain('high');
    expect(await ntfy.getAttribute('data-truncated')).toBe('false');

    // Only previewed: nothing was stored.
    const query = '{ notificationSettings { templates { kind title } } }';
    const stored = expectData(await server.graphql(query), query).notificationSettings.templates;
    expect(stored.filter((template: { title: string }) => template.title.startsWith('Done:'))).toEqual([]);
    expect(activity.problems).toEqual([]);
  }, 60_000);

  it('sends a test and shows what the channel answered', async () => {
    const before = receiver.requests.length;
    await page.locator('#notification-test').scrollIntoViewIfNeeded();
    await page.check('form[aria-labelledby="notification-test"] >> text=ntfy');
    await page.click('text=Send test');
    const outcome = page.locator('.test-outcomes li[data-channel="NTFY"]');
    await outcome.waitFor({ timeout: 15_000 });
    expect(await outcome.getAttribute('data-delivered')).toBe('true');
    expect(await outcome.textContent()).toContain('answered 200');
    const [request] = (await receiver.waitFor(before + 1)).slice(before);
    expect(request!.url).toContain('/dashboard-topic');
    expect(request!.headers.authorization).toBe(`Bearer ${NTFY_TOKEN}`);
  }, 60_000);

  it('shows a failed delivery as it happens and re-sends it', async () => {
    receiver.respond.status = 400;
    const report = buildDuplicatiReport({
      serverId: ALPHA,
      serverName: 'alpha',
      backupName: 'Documents',
      beginTime: new Date(Date.now() - 60_000),
      errors: 2,
      parsedResult: 'Error',
    });
    expect((await server.upload(report)).status).toBe(200);

    // Arrives through notificationDeliveryChanged and the list's own read, without a reload.
    const failed = page.locator('table.deliveries-table tr[data-status="DEAD"]', { hasText: 'ntfy' });
    await failed.waitFor({ timeout: 20_000 });
    expect(await failed.textContent()).toContain('400');
    const deliveryId = (await failed.getAttribute('data-delivery-id'))!;

    await page.selectOption('#deliveries-status', 'DEAD');
    await page.locator(`tr[data-delivery-id="${deliveryId}"]`).waitFor({ timeout: 10_000 });
    await page.selectOption('#deliveries-status', '');

    receiver.respond.status = 200;
    const before = receiver.requests.length;
    await page.locator(`tr[data-delivery-id="${deliveryId}"] button`, { hasText: 'Re-send' }).click();
    await page.locator(`tr[data-delivery-id="${deliveryId}"][data-status="DELIVERED"]`).waitFor({ timeout: 20_000 });
    await receiver.waitFor(before + 1);
    const query = 'query ($id: ID!) { node(id: $id) { ... on NotificationDelivery { status attempts } } }';
    expect(expectData(await server.graphql(query, { id: deliveryId }), query).node.status).toBe('DELIVERED');
    expect(activity.problems).toEqual([]);
  }, 90_000);

  it('has no serious accessibility violation on the notifications page, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), `notifications page, ${colorScheme}`).toEqual([]);
      await screenshot(page, `notifications-${colorScheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
