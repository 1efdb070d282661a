import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendJson } from './json-response.ts';

/**
 * The web dashboard: static files built from dashboard/ (scripts/build-dashboard.ts) and committed
 * under dashboard/dist, read at run time from outside src (the Docker image copies that folder).
 * The page needs no token; its data requests carry the read token like any other client's.
 */
export const DASHBOARD_DIST = fileURLToPath(new URL('../../dashboard/dist', import.meta.url));
export const DASHBOARD_PAGE_PATH = '/';
export const DASHBOARD_ASSET_PREFIX = '/dashboard/';

/**
 * A plain file name, nothing else: no slash, no leading dot, no percent escape, so no request can
 * name a file outside the folder (`/dashboard/../src`, `/dashboard/%2e%2e%2fpackage.json`).
 */
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9]+)+$/;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Everything the page loads comes from this server: its own script and styles, the GraphQL
 * endpoint over HTTP and WebSocket ('self' covers ws: on the same host), GraphiQL's favicon.
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function isDashboardPath(pathname: string): boolean {
  return pathname === DASHBOARD_PAGE_PATH || pathname.startsWith(DASHBOARD_ASSET_PREFIX);
}

export async function serveDashboard(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  distDir: string = DASHBOARD_DIST,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendJson(res, 405, { error: 'Method not allowed: the dashboard only answers GET and HEAD' }, { Allow: 'GET, HEAD' });
  }
  const isPage = pathname === DASHBOARD_PAGE_PATH;
  const name = isPage ? 'index.html' : pathname.slice(DASHBOARD_ASSET_PREFIX.length);
  if (!ASSET_NAME.test(name)) return sendJson(res, 404, { error: `Not found: ${pathname}` });
  const type = CONTENT_TYPES[path.extname(name)];
  if (!type) return sendJson(res, 404, { error: `Not found: ${pathname}` });

  let body: Buffer;
  try {
    body = await fs.readFile(path.join(distDir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (isPage) {
      return sendJson(res, 503, { error: 'The dashboard is not built: run `npm run build:dashboard` (dashboard/dist is missing)' });
    }
    return sendJson(res, 404, { error: `Not found: ${pathname}` });
  }

  const headers: Record<string, string | number> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
  if (isPage) {
    // The page names the current script and styles: always asked again (a 304 when unchanged).
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    Object.assign(headers, {
      'Cache-Control': 'no-cache',
      ETag: etag,
      'Content-Security-Policy': PAGE_POLICY,
      'Referrer-Policy': 'no-referrer',
    });
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      return void res.end();
    }
  } else {
    // Assets are named by their content's hash: a new build gives new names.
    headers['Cache-Control'] = 'public, max-age=31536000, immutable';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
