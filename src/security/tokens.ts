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
 * Reads and uploads stay as open as duplistatus keeps them unless their token is configured
 * (existing Duplicati settings and Homepage widgets keep working); anything that changes data
 * needs the admin token, which also grants everything else.
 */
export function accessFor(token: string | null, tokens: AccessTokens): Access {
  const admin = tokensMatch(token, tokens.admin);
  return {
    admin,
    read: !tokens.read || admin || tokensMatch(token, tokens.read),
    upload: !tokens.upload || admin || tokensMatch(token, tokens.upload),
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
