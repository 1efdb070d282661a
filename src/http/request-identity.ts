import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { bearerToken } from '../security/tokens.ts';
import type { Credentials, UrlTokenGrant } from '../security/tokens.ts';

/** A caller-supplied X-Request-Id is kept when it is sane (a proxy's), else one is made. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/**
 * The bearer header always; `?token=` only where `urlTokenGrant` names the right it may carry
 * (src/security/tokens.ts), so an admin or read token pasted into any other URL grants nothing.
 */
export function requestCredentials(req: IncomingMessage, searchParams: URLSearchParams, urlTokenGrant: UrlTokenGrant | null): Credentials {
  const bearer = bearerToken(req.headers.authorization);
  const urlToken = searchParams.get('token');
  return { bearer, url: urlToken && urlTokenGrant ? { token: urlToken, grants: urlTokenGrant } : undefined };
}
