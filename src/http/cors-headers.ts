import type { IncomingMessage } from 'node:http';
import type { CORSOptions } from 'graphql-yoga';
import type { Config } from '../config.ts';

/** Yoga's CORS answers on /graphql (preflights included). No cookies: tokens travel as headers. */
export function yogaCorsOptions(allowed: Config['corsOrigins']): CORSOptions {
  return { origin: allowed === '*' ? '*' : allowed, credentials: false };
}

/**
 * CORS headers for the answers this layer gives on /graphql before Yoga sees the request (401,
 * 411, 413, 400): without them a browser hides the status and message from the page, which then
 * sees only "network error". Same policy as yogaCorsOptions (CORS_ORIGINS).
 */
export function corsHeadersFor(req: IncomingMessage, allowed: Config['corsOrigins']): Record<string, string> {
  if (allowed === '*') return { 'Access-Control-Allow-Origin': '*' };
  const origin = req.headers.origin;
  if (typeof origin === 'string' && allowed.includes(origin)) return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  return {};
}
