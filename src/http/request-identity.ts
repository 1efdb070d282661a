import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { bearerToken } from '../security/tokens.ts';

/** A caller-supplied X-Request-Id is kept when it is sane (a proxy's), else one is made. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/** Bearer header first; `?token=` for Duplicati and Homepage, which can only set a URL. */
export function requestToken(req: IncomingMessage, url: URL): string | null {
  return bearerToken(req.headers.authorization) ?? url.searchParams.get('token');
}
