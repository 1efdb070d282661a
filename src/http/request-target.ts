import type { IncomingMessage } from 'node:http';

/** The request line's target, parsed once; every route reads its path and query from here. */
export interface RequestTarget {
  pathname: string;
  searchParams: URLSearchParams;
  /** Path and query in origin form (`/graphql?query=…`), whatever form the client sent. */
  originForm: string;
}

/**
 * Node hands over the request target exactly as the client wrote it, so `GET //[` or an
 * absolute-form target with port 99999 reaches us unchecked, and `new URL` on it throws.
 * Origin form (`/path?query`) is read against a fixed base, so a leading `//` stays part of the
 * path instead of becoming a host; absolute form (`http://host/path`, which HTTP/1.1 servers
 * must accept) is parsed on its own. Null, for a 400, when the target is neither (`*`, a bare
 * authority, garbage), does not parse, or has a path with characters no URL path may hold.
 */
export function parseRequestTarget(rawTarget: string | undefined): RequestTarget | null {
  const target = rawTarget ?? '/';
  const absolute = /^https?:\/\/[^/?#]*/i.exec(target);
  const rawPath = (absolute ? target.slice(absolute[0].length) : target).split('?', 1)[0]!;
  if (FORBIDDEN_IN_PATH.test(rawPath)) return null;
  let url: URL;
  try {
    if (absolute) url = new URL(target);
    else if (target.startsWith('/')) url = new URL(`http://localhost${target}`);
    else return null;
  } catch {
    return null;
  }
  return { pathname: url.pathname, searchParams: url.searchParams, originForm: `${url.pathname}${url.search}` };
}

/**
 * RFC 3986 allows none of these in a path, even though URL parsers quietly encode them. Only the
 * path is checked: tools such as curl send a GraphQL query's braces unencoded in the query
 * string, and Node has already refused control characters. `%` is left to the routes, which
 * answer a bad escape with their own message.
 */
const FORBIDDEN_IN_PATH = /["<>[\\\]^`{|}\x00-\x20\x7f]/;

/**
 * graphql-yoga (through @whatwg-node/server) builds its own URL from `http://` + the Host header
 * + the request target, and answers a failure with a 500 whose body is the stack trace. The
 * same URL is built here first, so a bad Host header is the client's 400 instead.
 */
export function hostHeaderProblem(req: IncomingMessage, originForm: string): string | null {
  const host = req.headers.host;
  if (host === undefined) return null;
  try {
    new URL(`http://${host}${originForm}`);
    return null;
  } catch {
    return 'Invalid Host header: expected a host name or address, optionally with a port';
  }
}
