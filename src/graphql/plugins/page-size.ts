import { GraphQLError, Kind, visit } from 'graphql';
import type { DocumentNode, ValueNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Refuses any `first`/`last` above the maximum, from literals and variables alike, before
 * execution starts: a 400 that says what to change, instead of a silently shortened page.
 */
export function usePageSizeLimit(maxPageSize: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const problem = findPageSizeProblem(args.document, args.variableValues ?? {}, maxPageSize);
      if (problem) {
        setResultAndStopExecution({
          errors: [new GraphQLError(problem, { extensions: { code: 'PAGE_SIZE_OUT_OF_RANGE', http: { status: 400 } } })],
        });
      }
    },
  };
}

export function findPageSizeProblem(document: DocumentNode, variables: Record<string, unknown>, max: number): string | null {
  let problem: string | null = null;
  visit(document, {
    Argument(node) {
      if (problem || (node.name.value !== 'first' && node.name.value !== 'last')) return;
      const value = valueOf(node.value, variables);
      if (typeof value === 'number' && (value < 0 || value > max)) {
        problem = `"${node.name.value}" must be between 0 and ${max} (MAX_PAGE_SIZE); got ${value}`;
      }
    },
  });
  return problem;
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}
