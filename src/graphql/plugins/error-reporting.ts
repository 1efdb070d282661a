import { GraphQLError } from 'graphql';
import type { ExecutionResult } from 'graphql';
import { handleStreamOrSingleExecutionResult } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../logger.ts';
import type { Metrics } from '../../metrics.ts';
import type { GraphQLContext } from '../context.ts';

/**
 * Every unexpected error (one that is not a GraphQLError the code meant to send) is logged with
 * the request id; in production its text is replaced by that id, so the client learns nothing
 * about the internals and the operator can still find the cause in the logs.
 */
export function useErrorReporting(options: { logger: Logger; metrics: Metrics; mask: boolean }): Plugin<GraphQLContext> {
  return {
    onExecute() {
      return {
        onExecuteDone(payload) {
          return handleStreamOrSingleExecutionResult(payload, ({ result, setResult, args }) => {
            const context = args.contextValue as GraphQLContext;
            const reported = reportErrors(result, context.requestId, options);
            if (reported) setResult(reported);
          });
        },
      };
    },
  };
}

function reportErrors(
  result: ExecutionResult,
  requestId: string,
  options: { logger: Logger; metrics: Metrics; mask: boolean },
): ExecutionResult | null {
  if (!result.errors?.length) return null;
  let changed = false;
  const errors = result.errors.map((error) => {
    const unexpected = error.originalError !== undefined && !(error.originalError instanceof GraphQLError);
    options.metrics.graphqlErrors.inc({ kind: unexpected ? 'internal' : 'expected' });
    if (!unexpected) return error;
    options.logger.error({ reqId: requestId, err: error.originalError, path: error.path }, 'unexpected error in a GraphQL operation');
    if (!options.mask) return error;
    changed = true;
    return new GraphQLError(`Unexpected error; the server log has the details under request id ${requestId}`, {
      nodes: error.nodes,
      path: error.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    });
  });
  return changed ? { ...result, errors } : null;
}
