import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { describeJsonSafetyProblem, findJsonSafetyProblem } from '../../security/json-safety.ts';

/**
 * The request's query, variables and extensions, checked before any of them is coerced or
 * executed (src/security/json-safety.ts): variables nested 100,000 deep would overflow the
 * recursive coercion, and a lone surrogate in a variable reaches the database as a 500.
 * Null when the parameters are safe to use.
 */
export function graphqlParamsProblem(params: unknown): GraphQLError | null {
  const problem = findJsonSafetyProblem(params);
  if (!problem) return null;
  return new GraphQLError(describeJsonSafetyProblem(problem, 'The GraphQL request'), {
    extensions: { code: 'BAD_REQUEST', field: problem.path, http: { status: 400 } },
  });
}

/** HTTP and SSE; graphql-ws operations get the same check in src/http/websocket.ts. */
export function useParamsSafety(): Plugin {
  return {
    onParams({ params }) {
      const problem = graphqlParamsProblem(params);
      if (problem) throw problem;
    },
  };
}
