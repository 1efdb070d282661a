/**
 * Apollo Client 4 set up for dupligraph, with the generated operations (see codegen.ts).
 *
 * Two things Apollo needs from the server's schema that codegen does not give it:
 * - `possibleTypes` (schema/possible-types.json, written by `npm run schema`): without it the cache
 *   cannot tell that a NotFoundError is an `Error`, and a mutation's `... on Error { message }`
 *   comes back with `__typename` alone;
 * - the scalar mappings of codegen.ts: DateTime arrives as an ISO string, SafeInt as a number.
 *
 * `clientAwareness` names the app in Query.deprecatedFieldUsage (apollographql-client-name and
 * -version headers), so the server can tell which app still uses a deprecated field.
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';
import possibleTypes from '../../schema/possible-types.json' with { type: 'json' };
import type { TypedDocumentString } from './generated/graphql.ts';

export interface DupligraphClientOptions {
  /** e.g. http://localhost:9666/graphql */
  url: string;
  /** READ_TOKEN for reads when the server requires one; ADMIN_TOKEN for mutations. */
  token?: string;
  name?: string;
  version?: string;
}

export function createDupligraphClient(options: DupligraphClientOptions): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: options.url, headers: options.token ? { Authorization: `Bearer ${options.token}` } : {} }),
    cache: new InMemoryCache({ possibleTypes }),
    clientAwareness: { name: options.name ?? 'dupligraph-example', version: options.version ?? '1.0.0' },
  });
}

/** The generated documents are strings (documentMode: 'string'); Apollo takes parsed ones, typed alike. */
export function apolloDocument<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
): TypedDocumentNode<TResult, TVariables> {
  return parse(document.toString()) as TypedDocumentNode<TResult, TVariables>;
}
