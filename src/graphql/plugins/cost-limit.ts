import { GraphQLError } from 'graphql';
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

  async function refusalFor(args: OperationArgs): Promise<GraphQLError | null> {
    const price = (size: (key: CollectionSizeKey) => number) =>
      estimateQueryCost({
        schema: options.schema,
        document: args.document,
        operationName: args.operationName,
        variables: args.variableValues,
        model,
        size,
        limit: options.maxCost,
      });
    try {
      // Priced with empty tables first: a lower bound, enough to refuse without touching the database.
      const wanted = new Set<CollectionSizeKey>();
      let estimate = price((key) => {
        wanted.add(key);
        return 0;
      });
      if (estimate.cost <= options.maxCost && wanted.size > 0) {
        const context = args.contextValue as GraphQLContext;
        const sizes: CollectionSizes = await readCollectionSizes(context.prisma, wanted, context.now());
        estimate = price((key) => sizes[key]);
      }
      return estimate.cost > options.maxCost ? overCost(estimate, options.maxCost) : null;
    } catch (error) {
      if (error instanceof PricingAbortedError) return overCost(null, options.maxCost);
      throw error;
    }
  }

  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const refusal = await refusalFor(args);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = await refusalFor(args);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
  };
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
