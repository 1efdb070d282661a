import type { TypedDocumentString } from '../generated/graphql.ts';
import { readToken, tokenFor, tokenRequest } from './tokens.ts';
import type { TokenKind } from './tokens.ts';

/** Named in Query.deprecatedFieldUsage, so an admin sees whether the dashboard still uses a deprecated field. */
export const CLIENT_NAME = 'dupligraph-dashboard';
export const GRAPHQL_PATH = '/graphql';

/** The server refused for want of a token; the page has asked the user for it. */
export class TokenRequiredError extends Error {
  constructor(
    readonly kind: TokenKind,
    message: string,
  ) {
    super(message);
  }
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * One operation over HTTP POST (JSON, which also passes the server's cross-site check). Reads
 * carry the read token, mutations the admin token; a refusal for want of one asks the user.
 */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: { admin?: boolean } = {},
): Promise<Result> {
  const token = options.admin ? tokenFor('admin') : readToken();
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
    'graphql-client-name': CLIENT_NAME,
  };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<Result>;
  const firstError = answer.errors?.[0];
  if (response.status === 401) {
    tokenRequest.set('read');
    throw new TokenRequiredError('read', firstError?.message ?? 'This server needs a read token');
  }
  if (firstError?.extensions?.code === 'FORBIDDEN') {
    tokenRequest.set('admin');
    throw new TokenRequiredError('admin', firstError.message);
  }
  if (firstError || !answer.data) throw new Error(firstError?.message ?? `The server answered ${response.status}`);
  return answer.data;
}

/** A mutation's result union: the payload, or a typed error whose message is shown. */
export function payloadOf<T extends { __typename: string }, Name extends T['__typename']>(
  result: T,
  typename: Name,
): Extract<T, { __typename: Name }> {
  if (result.__typename === typename) return result as Extract<T, { __typename: Name }>;
  const message = (result as { message?: string }).message ?? result.__typename;
  throw new Error(message);
}
