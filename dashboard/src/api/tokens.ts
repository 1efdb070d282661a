import { createStore } from '../store.ts';

/**
 * The read and admin tokens. A token lives in memory for this tab unless the user ticks
 * "remember", and only then in localStorage: a token in storage outlives the tab, which the
 * user must choose.
 */
export type TokenKind = 'read' | 'admin';

const STORAGE_KEYS: Record<TokenKind, string> = { read: 'dupligraph.readToken', admin: 'dupligraph.adminToken' };
const inMemory: Partial<Record<TokenKind, string>> = {};

/** Which token the page is asking the user for, if any. */
export const tokenRequest = createStore<TokenKind | null>(null);
/** Bumped whenever a token changes, so data and the live connection start over with it. */
export const tokenVersion = createStore(0);

function stored(kind: TokenKind): string | null {
  try {
    return localStorage.getItem(STORAGE_KEYS[kind]);
  } catch {
    return null;
  }
}

export function tokenFor(kind: TokenKind): string | null {
  return inMemory[kind] ?? stored(kind);
}

export function isRemembered(kind: TokenKind): boolean {
  return stored(kind) !== null;
}

export function setToken(kind: TokenKind, token: string, remember: boolean): void {
  inMemory[kind] = token;
  try {
    if (remember) localStorage.setItem(STORAGE_KEYS[kind], token);
    else localStorage.removeItem(STORAGE_KEYS[kind]);
  } catch {
    // Storage refused (private mode, policy): the token stays for this tab only.
  }
  if (tokenRequest.get() === kind) tokenRequest.set(null);
  tokenVersion.set(tokenVersion.get() + 1);
}

export function forgetToken(kind: TokenKind): void {
  delete inMemory[kind];
  try {
    localStorage.removeItem(STORAGE_KEYS[kind]);
  } catch {
    // Nothing stored.
  }
  tokenVersion.set(tokenVersion.get() + 1);
}

/** Reads need the read token when the server has one; the admin token grants reads too. */
export function readToken(): string | null {
  return tokenFor('read') ?? tokenFor('admin');
}
