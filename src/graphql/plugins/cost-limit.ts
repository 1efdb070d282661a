import { perOperation } from '../per-operation.ts';
import { GraphQLError, getOperationAST } from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { readCollectionSizes } from '../../domain/collection-sizes.ts';
import type { CollectionSizeKey, CollectionSizes } from '../../domain/collection-sizes.ts';
import type { GraphQLContext } from '../context.ts';
import { createCostModel } from './list-bounds.ts';
import { PricingAbortedError, estimateQueryCost } from './query-cost.ts';
import type { CostEstimate } from './query-cost.ts';

interface OperationArgs {
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
  contextValue: unknown;
}

/**
 * Refuses, before anything runs, an operation whose cost (query-cost.ts) is over MAX_QUERY_COST:
 * a 400 that says how much it costs and where most of it comes from. Lists without paging are
 * priced by the rows stored now, read only when the operation selects one of them.
 */
export function useCostLimit(options: { schema: GraphQLSchema; maxCost: number; maxPageSize: number }): Plugin<GraphQLContext> {
  const model = createCostModel(options.schema, options.maxPageSize);
  // Pricing is a pure function of the operation, its variables and the rows stored: one lower bound
  // per parsed operation and set of values (a dashboard asks the same operation for the same server
  // again and again), the last few kept; an operation that declares no variables has one, whatever
  // variables come with it. Each bound keeps its price for the sizes it was last priced with.
  const boundsByVariables = perOperation(() => new Map<string, LowerBound>());

  function lowerBound(args: OperationArgs): LowerBound {
    const key = declaresNoVariables(args) ? '' : variablesKey(args.variableValues);
    if (key === null) return priceLowerBound(args);
    const kept = boundsByVariables(args.document, args.operationName);
    let bound = kept.get(key);
    if (!bound) {
      bound = priceLowerBound(args);
      if (kept.size >= KEPT_VARIABLE_SETS) kept.delete(kept.keys().next().value!);
      kept.set(key, bound);
    }
    return bound;
  }

  /** Priced with empty tables: a lower bound, enough to refuse without touching the database. */
  function priceLowerBound(args: Pick<OperationArgs, 'document' | 'operationName' | 'variableValues'>): LowerBound {
    const wanted = new Set<CollectionSizeKey>();
    try {
      const lower = estimate(args, (key) => {
        wanted.add(key);
        return 0;
      });
      return { estimate: lower, wanted };
    } catch (error) {
      if (error instanceof PricingAbortedError) return { estimate: null, wanted };
      throw error;
    }
  }

  function estimate(
    args: Pick<OperationArgs, 'document' | 'operationName' | 'variableValues'>,
    size: (key: CollectionSizeKey) => number,
  ): CostEstimate {
    return estimateQueryCost({
      schema: options.schema,
      document: args.document,
      operationName: args.operationName,
      variables: args.variableValues,
      model,
      size,
      limit: options.maxCost,
    });
  }

  /** Null when the operation may run; a promise only when the rows stored must be counted first. */
  function refusalFor(args: OperationArgs): GraphQLError | null | Promise<GraphQLError | null> {
    const bound = lowerBound(args);
    if (!bound.estimate) return overCost(null, options.maxCost);
    if (bound.estimate.cost > options.maxCost) return overCost(bound.estimate, options.maxCost);
    if (bound.wanted.size === 0) return null;
    const context = args.contextValue as GraphQLContext;
    return readCollectionSizes(context.prisma, bound.wanted, context.now()).then((sizes: CollectionSizes) => {
      const sizesKey = [...bound.wanted].map((key) => sizes[key]).join(',');
      if (bound.priced?.sizesKey !== sizesKey) bound.priced = { sizesKey, estimate: priceWith(args, sizes) };
      const priced = bound.priced.estimate;
      return priced === null || priced.cost > options.maxCost ? overCost(priced, options.maxCost) : null;
    });
  }

  /** The operation priced with the rows stored; null when pricing stopped far past the limit. */
  function priceWith(args: OperationArgs, sizes: CollectionSizes): CostEstimate | null {
    try {
      return estimate(args, (key) => sizes[key]);
    } catch (error) {
      if (error instanceof PricingAbortedError) return null;
      throw error;
    }
  }

  const check = ({ args, setResultAndStopExecution }: CheckPayload): void | Promise<void> => {
    const refusal = refusalFor(args);
    if (refusal === null) return;
    if (refusal instanceof GraphQLError) return setResultAndStopExecution({ errors: [refusal] });
    return refusal.then((error) => {
      if (error) setResultAndStopExecution({ errors: [error] });
    });
  };
  return { onExecute: check, onSubscribe: check };
}

interface LowerBound {
  /** Null when pricing stopped early, far past the limit. */
  estimate: CostEstimate | null;
  /** The stored sizes the operation's lists need, to price it for real. */
  wanted: ReadonlySet<CollectionSizeKey>;
  /** The last price with the rows stored, and the sizes (`wanted`'s, in order) it was priced with. */
  priced?: { sizesKey: string; estimate: CostEstimate | null };
}

/** Sets of variable values kept per operation. */
const KEPT_VARIABLE_SETS = 16;
/** Longer variables (a long list of ids) are priced on each request rather than kept as a key. */
const MAX_VARIABLES_KEY_LENGTH = 1_024;

/** The variables as a key, or null when they are too long to keep. */
function variablesKey(variables: Record<string, unknown> | null | undefined): string | null {
  if (variables == null) return '';
  let key: string | undefined;
  try {
    key = JSON.stringify(variables);
  } catch {
    return null;
  }
  return key !== undefined && key.length <= MAX_VARIABLES_KEY_LENGTH ? key : null;
}

interface CheckPayload {
  args: OperationArgs;
  setResultAndStopExecution: (result: { errors: GraphQLError[] }) => void;
}

function declaresNoVariables(args: OperationArgs): boolean {
  const operation = getOperationAST(args.document, args.operationName);
  return operation != null && (operation.variableDefinitions?.length ?? 0) === 0;
}

function overCost(estimate: CostEstimate | null, maxCost: number): GraphQLError {
  const found = estimate
    ? `this operation costs ${estimate.cost}${estimate.costliest ? `, ${estimate.costliest.cost} of it in "${estimate.costliest.key}"` : ''}`
    : 'this operation expands to more fields than the limit allows';
  return new GraphQLError(
    `Cost limit of ${maxCost} exceeded: ${found}. A list costs its item times the most items it can return (first/last, the ids given, history points, the rows stored): ask for fewer items or fields (MAX_QUERY_COST)`,
    {
      extensions: {
        code: 'QUERY_LIMIT_EXCEEDED',
        limit: 'MAX_QUERY_COST',
        maxCost,
        ...(estimate ? { cost: estimate.cost } : {}),
        http: { status: 400 },
      },
    },
  );
}
