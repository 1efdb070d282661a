import { DuplicatiError } from './errors.ts';

/** Duplicati's web server listens on 8200 unless told otherwise. */
export const DUPLICATI_DEFAULT_PORT = 8200;

export interface DuplicatiAddress {
  /** Base URLs to try, in order: https first; http only when the address says so or it is allowed. */
  candidates: string[];
  /** The address asked for plain http itself (`http://…`). */
  explicitHttp: boolean;
}

/**
 * `host`, `host:port`, `https://host[:port][/prefix]` or `http://host[:port][/prefix]`. A bare host
 * is tried over https, then over http only when `allowHttp` (the password travels in clear there).
 */
export function parseDuplicatiAddress(input: string, options: { allowHttp: boolean }): DuplicatiAddress {
  const text = input.trim();
  if (text === '') throw new DuplicatiError('invalid-address', 'The Duplicati address is empty');
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    throw new DuplicatiError('invalid-address', `The Duplicati address must be http:// or https://, not ${scheme}://`);
  }
  let url: URL;
  try {
    url = new URL(scheme ? text : `https://${text}`);
  } catch {
    throw new DuplicatiError('invalid-address', `"${text}" is not a host name, host:port or URL`);
  }
  if (url.username || url.password) {
    throw new DuplicatiError('invalid-address', 'The Duplicati address must not carry a user or password; give the password on its own');
  }
  if (url.search || url.hash) throw new DuplicatiError('invalid-address', 'The Duplicati address must not carry a query or fragment');
  // URL drops a port equal to its scheme's default (https://host:443 → ""): read what was written.
  const authority = /^(?:[a-z]+:\/\/)?([^/?#]*)/i.exec(text)?.[1] ?? '';
  const writtenPort = /:(\d+)$/.exec(authority)?.[1];
  const hostPort = `${url.hostname}:${url.port || writtenPort || DUPLICATI_DEFAULT_PORT}`;
  const prefix = url.pathname.replace(/\/+$/, '');
  const https = `https://${hostPort}${prefix}`;
  const http = `http://${hostPort}${prefix}`;
  if (scheme === 'http') return { candidates: [http], explicitHttp: true };
  if (scheme === 'https') return { candidates: [https], explicitHttp: false };
  return { candidates: options.allowHttp ? [https, http] : [https], explicitHttp: false };
}
