import { createHash, timingSafeEqual } from 'node:crypto';

export interface AccessTokens {
  admin?: string;
  read?: string;
  upload?: string;
}

/** What one request may do, decided once from the token it carries. */
export interface Access {
  admin: boolean;
  read: boolean;
  upload: boolean;
}

/**
 * A token written into a URL ends up in proxy logs, browser history and Referer headers, so it
 * grants one narrow right where a client has no other way to send it, never more:
 * the upload token on `/api/upload` (Duplicati can only be given a URL) and the read token on
 * GET `/graphql` (a browser EventSource cannot set headers).
 */
export type UrlTokenGrant = 'upload' | 'read';

export interface Credentials {
  /** From `Authorization: Bearer …`, or from graphql-ws connection_init's payload. */
  bearer: string | null;
  /** `?token=`, with the one right it may grant on this request. */
  url?: { token: string; grants: UrlTokenGrant };
}

/**
 * Reads and uploads stay as open as duplistatus keeps them unless their token is configured
 * (existing Duplicati settings and Homepage widgets keep working); anything that changes data
 * needs the admin token, which also grants everything else but is only taken from a header.
 */
export function accessFor(credentials: Credentials, tokens: AccessTokens): Access {
  const { bearer, url } = credentials;
  const admin = tokensMatch(bearer, tokens.admin);
  const fromUrl = (grant: UrlTokenGrant, expected: string | undefined) => url?.grants === grant && tokensMatch(url.token, expected);
  return {
    admin,
    read: !tokens.read || admin || tokensMatch(bearer, tokens.read) || fromUrl('read', tokens.read),
    upload: !tokens.upload || admin || tokensMatch(bearer, tokens.upload) || fromUrl('upload', tokens.upload),
  };
}

/** Constant time whatever the lengths: both sides are hashed to the same size first. */
export function tokensMatch(given: string | null | undefined, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function bearerToken(authorization: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match ? match[1]! : null;
}

/** graphql-ws carries no headers: the token travels in connection_init's payload. */
export function tokenFromConnectionParams(params: Readonly<Record<string, unknown>> | undefined): string | null {
  if (!params) return null;
  if (typeof params.token === 'string') return params.token;
  const authorization = params.authorization ?? params.Authorization;
  return typeof authorization === 'string' ? bearerToken(authorization) : null;
}
