import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError } from 'graphql';
import type { GraphQLSchema, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../../config.ts';
import { useCostLimit } from './cost-limit.ts';
import { usePageSizeLimit } from './page-size.ts';
import { useResponseSizeLimit } from './response-size.ts';

/**
 * graphql-armor words its refusals as "Syntax Error: …" and builds them with its own copy of
 * graphql, which leaves the client a 200. Each refusal is re-issued as a plain validation error
 * that says which limit to respect, answered with a 400.
 */
function refuse(context: ValidationContext | null, error: { message: string }, setting: string): void {
  const refusal = new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} (${setting})`, {
    extensions: { code: 'QUERY_LIMIT_EXCEEDED', http: { status: 400 } },
  });
  if (context) context.reportError(refusal);
  else throw refusal;
}

const armorOptions = (setting: string) => ({
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: { message: string }) => refuse(context, error, setting)],
});

/**
 * The query limits, each configurable, all on by default (README "Limits"): the shape of the
 * query (graphql-armor), its cost counted over the lists it can return (cost-limit.ts), page sizes,
 * and the size of the answer (response-size.ts). The cost check runs before the page-size check,
 * so an absurd `first` is reported as the cost it would have.
 */
export function limitPlugins(limits: Config['limits'], schema: GraphQLSchema): Plugin[] {
  return [
    maxTokensPlugin({ n: limits.maxQueryTokens, ...armorOptions('MAX_QUERY_TOKENS') }),
    maxDepthPlugin({ n: limits.maxQueryDepth, flattenFragments: true, ...armorOptions('MAX_QUERY_DEPTH') }),
    maxAliasesPlugin({ n: limits.maxAliases, allowList: [], ...armorOptions('MAX_ALIASES') }),
    useCostLimit({ schema, maxCost: limits.maxQueryCost, maxPageSize: limits.maxPageSize }),
    usePageSizeLimit(limits.maxPageSize),
    useResponseSizeLimit(limits.maxResponseBytes),
  ] as Plugin[];
}
