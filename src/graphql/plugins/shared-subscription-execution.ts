import { createSourceEventStream, execute, getOperationAST, Kind, visit } from 'graphql';
import type { DocumentNode, ExecutionArgs, ExecutionResult, FieldNode, OperationDefinitionNode } from 'graphql';
import { isAsyncIterable, mapAsyncIterator } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../context.ts';

/**
 * One execution per event for every subscriber asking the same thing, instead of one each: a
 * thousand dashboards with the same subscription cost one execution per event, and every one of
 * them is handed the same result object (so a transport can serialise it once too).
 *
 * Each subscriber keeps its own source stream (src/events/live-feed.ts): its cursor, its filter,
 * its order, its slow-subscriber bound. Only the step after it is shared, the execution of the
 * selection against one event. Its answer depends on nothing but
 *
 * - the document, the operation and the variables used in the selection; the root field's own
 *   arguments only choose events, since the shareable root fields return the event unchanged
 *   (`resolve: (event) => event`),
 * - what the caller may see (`ctx.access`: a read token and the admin token get different fields,
 *   and different errors),
 * - the event: the same object for every subscriber reading it from the feed's window; one read
 *   from the database by a subscriber catching up is its own, and so is its execution,
 *
 * so those make the sharing key. Nothing else of a subscriber's context is read by the fields
 * below these events (the request id, the transport's drop hook and the client's identity are
 * read at subscribe time, or for queries). Operations on any other root field (the ephemeral
 * topics) are executed per subscriber, as before.
 *
 * The results of an event live as long as the event object (a WeakMap), like the reads they make
 * (src/graphql/event-reads.ts): a subscriber that takes the event later gets the same answer the
 * others got.
 */
export const SHAREABLE_SUBSCRIPTION_FIELDS: ReadonlySet<string> = new Set(['backupReceived', 'serverChanged', 'alertChanged']);

export type SubscriptionExecutionMode = 'shared' | 'per_subscriber';

export interface SharedSubscriptionExecutionOptions {
  /** Told of every execution of a subscription event (metrics; the tests count them). */
  onExecution: (mode: SubscriptionExecutionMode) => void;
}

const resultsByEvent = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

export function useSharedSubscriptionExecution(options: SharedSubscriptionExecutionOptions): Plugin<GraphQLContext> {
  return {
    onSubscribe({ args, subscribeFn, setSubscribeFn }) {
      const operationKey = sharingKeyOf(args as ExecutionArgs & { contextValue: GraphQLContext });
      if (operationKey === undefined) {
        setSubscribeFn(((perSubscriberArgs: ExecutionArgs) =>
          subscribeCounted(subscribeFn, perSubscriberArgs, options)) as typeof subscribeFn);
        return;
      }
      setSubscribeFn((async (subscriberArgs: ExecutionArgs) => {
        const source = await createSourceEventStream(subscriberArgs);
        if (!isAsyncIterable(source)) return source;
        return mapAsyncIterator(source, (event) => sharedExecution(event, operationKey, subscriberArgs, options));
      }) as typeof subscribeFn);
    },
  };
}

/** Unshared: the executor runs each event itself; the events are counted as they come out. */
async function subscribeCounted(
  subscribeFn: (args: ExecutionArgs) => unknown,
  args: ExecutionArgs,
  options: SharedSubscriptionExecutionOptions,
): Promise<unknown> {
  const result = await subscribeFn(args);
  if (!isAsyncIterable(result)) return result;
  return mapAsyncIterator(result as AsyncIterable<ExecutionResult>, (value) => {
    options.onExecution('per_subscriber');
    return value;
  });
}

function sharedExecution(
  event: unknown,
  operationKey: string,
  args: ExecutionArgs,
  options: SharedSubscriptionExecutionOptions,
): Promise<ExecutionResult> {
  const run = () => {
    options.onExecution('shared');
    return Promise.resolve(execute({ ...args, rootValue: event }) as ExecutionResult | Promise<ExecutionResult>);
  };
  if (typeof event !== 'object' || event === null) return run();
  let results = resultsByEvent.get(event);
  if (!results) {
    results = new Map();
    resultsByEvent.set(event, results);
  }
  let result = results.get(operationKey);
  if (!result) {
    result = run();
    results.set(operationKey, result);
  }
  return result;
}

/**
 * What decides a shareable operation's answer to an event, as a string; undefined when it is not
 * shareable.
 */
function sharingKeyOf(args: ExecutionArgs & { contextValue: GraphQLContext }): string | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  if (operation?.operation !== 'subscription') return undefined;
  const plan = planOf(args.document, operation);
  if (!plan) return undefined;
  const access = args.contextValue?.access;
  if (!access) return undefined;
  const variables: Record<string, unknown> = {};
  for (const name of plan.selectionVariables) variables[name] = args.variableValues?.[name];
  return [
    plan.id,
    operation.name?.value ?? '',
    `${Number(access.admin)}${Number(access.read)}${Number(access.upload)}`,
    JSON.stringify(variables),
  ].join('\u0000');
}

interface SharingPlan {
  /** One per document object (Yoga's parser cache hands the same one for the same text). */
  id: string;
  /** Variables used anywhere but in the root field's arguments, sorted. */
  selectionVariables: string[];
}

const plans = new WeakMap<OperationDefinitionNode, SharingPlan | null>();
let nextPlanId = 0;

function planOf(document: DocumentNode, operation: OperationDefinitionNode): SharingPlan | null {
  let plan = plans.get(operation);
  if (plan !== undefined) return plan;
  const roots = operation.selectionSet.selections;
  const root = roots.length === 1 && roots[0]!.kind === Kind.FIELD ? (roots[0] as FieldNode) : undefined;
  if (!root || !SHAREABLE_SUBSCRIPTION_FIELDS.has(root.name.value) || (root.directives?.length ?? 0) > 0) {
    plan = null;
  } else {
    const used = new Set<string>();
    const collect = (node: Parameters<typeof visit>[0]) =>
      visit(node, {
        Variable: (variable) => {
          used.add(variable.name.value);
        },
      });
    // Fragments the operation may not use only add to the key: less sharing, never a wrong answer.
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) collect(definition);
    }
    if (root.selectionSet) collect(root.selectionSet);
    plan = { id: String(nextPlanId++), selectionVariables: [...used].sort() };
  }
  plans.set(operation, plan);
  return plan;
}
