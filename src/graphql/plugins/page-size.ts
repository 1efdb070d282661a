import { GraphQLError, Kind, visit } from 'graphql';
import type { DocumentNode, ValueNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Refuses any `first`/`last` above the maximum, and a `nodes(ids:)` with more ids than that, from
 * literals and variables alike, before execution starts: a 400 that says what to change, instead
 * of a silently shortened page.
 */
export function usePageSizeLimit(maxPageSize: number): Plugin {
  const check = ({ args, setResultAndStopExecution }: CheckPayload) => {
    const problem = findPageSizeProblem(args.document, args.variableValues ?? {}, maxPageSize);
    if (problem) {
      setResultAndStopExecution({
        errors: [new GraphQLError(problem, { extensions: { code: 'PAGE_SIZE_OUT_OF_RANGE', http: { status: 400 } } })],
      });
    }
  };
  return { onExecute: check, onSubscribe: check };
}

interface CheckPayload {
  args: { document: DocumentNode; variableValues?: Record<string, unknown> | null };
  setResultAndStopExecution: (result: { errors: GraphQLError[] }) => void;
}

export function findPageSizeProblem(document: DocumentNode, variables: Record<string, unknown>, max: number): string | null {
  for (const check of pageSizeChecksOf(document)) {
    const problem =
      check.kind === 'ids' ? idsProblem(check.value, variables, max) : pageProblem(check.argument, check.value, variables, max);
    if (problem) return problem;
  }
  return null;
}

/** The page sizes and id lists a document gives, in document order; most documents give none. */
type PageSizeCheck = { kind: 'ids'; value: ValueNode } | { kind: 'page'; argument: string; value: ValueNode };

// Yoga's parser cache hands the same document object for the same text: it is walked once.
const checksByDocument = new WeakMap<DocumentNode, readonly PageSizeCheck[]>();

function pageSizeChecksOf(document: DocumentNode): readonly PageSizeCheck[] {
  let checks = checksByDocument.get(document);
  if (checks) return checks;
  const found: PageSizeCheck[] = [];
  visit(document, {
    Field(node) {
      if (node.name.value !== 'nodes') return;
      const ids = node.arguments?.find((argument) => argument.name.value === 'ids');
      if (ids) found.push({ kind: 'ids', value: ids.value });
    },
    Argument(node) {
      if (node.name.value === 'first' || node.name.value === 'last')
        found.push({ kind: 'page', argument: node.name.value, value: node.value });
    },
  });
  checks = found;
  checksByDocument.set(document, checks);
  return checks;
}

function idsProblem(ids: ValueNode, variables: Record<string, unknown>, max: number): string | null {
  const count = listLength(ids, variables);
  return count > max ? `"nodes" takes at most ${max} ids (MAX_PAGE_SIZE); got ${count}` : null;
}

function pageProblem(argument: string, node: ValueNode, variables: Record<string, unknown>, max: number): string | null {
  const value = argumentValue(node, variables);
  return typeof value === 'number' && (value < 0 || value > max)
    ? `"${argument}" must be between 0 and ${max} (MAX_PAGE_SIZE); got ${value}`
    : null;
}

function argumentValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}

/** A single value where a list is expected counts as a list of one (GraphQL input coercion). */
function listLength(node: ValueNode, variables: Record<string, unknown>): number {
  if (node.kind === Kind.LIST) return node.values.length;
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return Array.isArray(value) ? value.length : value === undefined || value === null ? 0 : 1;
  }
  return node.kind === Kind.NULL ? 0 : 1;
}
