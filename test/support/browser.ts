import fs from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * Real headless Chromium for the browser tests: Debian's `chromium` package (`.ci/run` installs it
 * when missing), driven by playwright-core, which downloads no browser of its own. Tests that need
 * it are skipped, saying so, where it is not installed.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const chromiumInstalled = fs.existsSync(CHROMIUM_PATH);
export const needsChromium = (name: string): string =>
  chromiumInstalled ? name : `${name} (skipped: no ${CHROMIUM_PATH}; apt-get install chromium)`;

const ARGS = [
  // The tests run as root, where Chromium's sandbox cannot start.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  // Nothing Chromium would fetch for itself (updates, sync, field trials) muddles the requests a page makes.
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * `offline: true` resolves no host name but 127.0.0.1, as on a network without internet access:
 * a page that loads anything from elsewhere then fails to, visibly.
 */
export function launchChromium(options: { offline?: boolean } = {}): Promise<Browser> {
  const args = options.offline ? [...ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] : ARGS;
  return chromium.launch({ executablePath: CHROMIUM_PATH, args, timeout: 60_000 });
}

export interface PageActivity {
  /** Every request of the context's pages and their workers, WebSockets included: `METHOD url`. */
  requests: string[];
  /** Console errors, uncaught page errors and failed requests. */
  problems: string[];
}

/** Starts recording before the page navigates anywhere. */
export function recordActivity(context: BrowserContext, page: Page): PageActivity {
  const activity: PageActivity = { requests: [], problems: [] };
  context.on('request', (request) => activity.requests.push(`${request.method()} ${request.url()}`));
  context.on('requestfailed', (request) => activity.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('websocket', (socket) => activity.requests.push(`WEBSOCKET ${socket.url()}`));
  page.on('console', (message) => {
    if (message.type() === 'error') activity.problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => activity.problems.push(`page error: ${error.message}`));
  return activity;
}
