import {
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  defaultFieldResolver,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isAbstractType,
  isIntrospectionType,
  isLeafType,
  isListType,
  isObjectType,
} from 'graphql';
import type {
  DocumentNode,
  FieldNode,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLResolveInfo,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { fragmentsOf, groupFieldNodes } from '../field-nodes.ts';
import type { CollectionSizeKey } from '../../domain/collection-sizes.ts';

/**
 * The cost of an operation: an upper bound of the values its answer can hold.
 *
 * - every field costs one (its key and value), and one more per 32 characters of its response
 *   key past the first 32 (a long alias repeated in every item of a list is bytes too);
 * - an object's cost is the sum of its selected fields (for an interface or union, the costliest
 *   of its possible types);
 * - a list multiplies its item's cost by the most items it can return: `first`/`last` (or the
 *   default page) for a connection's edges and nodes, plus one per row read; the bound its
 *   `CostModel` gives for every other list (ids given, history points, rows stored);
 * - free text (log lines, messages) weighs what the model says, as one value;
 * - introspection (`__schema`, `__type`) is priced exactly, by walking the schema it describes.
 *
 * It runs before execution with the operation's variables, so `first: $n` and `ids: $ids` are
 * priced by their values.
 */

export interface BoundContext {
  /** The field's arguments, coerced, defaults applied. */
  args: Record<string, unknown>;
  /** The fields above it with their arguments, outermost first. */
  ancestors: readonly { field: string; args: Record<string, unknown> }[];
  /** Items of a list without paging, as stored now. */
  size(key: CollectionSizeKey): number;
}

export interface CostModel {
  /** Rows of a connection page without `first` or `last`. */
  defaultPageSize: number;
  /** Items the list field `Type.field` can return; undefined when the model knows none. */
  listBound(coordinate: string, context: BoundContext): number | undefined;
  /** What one value of `Type.field` weighs (1 unless the model says otherwise). */
  weightOf(coordinate: string): number;
}

export interface CostEstimate {
  cost: number;
  /** The top-level field that costs most, to name in a refusal. */
  costliest: { key: string; cost: number } | null;
}

/** A list field the cost model has no bound for: a gap in src/graphql/plugins/list-bounds.ts. */
export class UnboundedListError extends Error {
  constructor(readonly coordinate: string) {
    super(`The cost model has no bound for the list ${coordinate}`);
    this.name = 'UnboundedListError';
  }
}

/**
 * Fields visited while pricing, at most: a legitimate query (MAX_QUERY_TOKENS) visits a few
 * thousand; only one built to explode through reused fragments gets near, and is refused.
 */
export const MAX_PRICING_VISITS = 20_000;

/** Pricing stopped: the query is too complex to price, or provably costs more than the limit. */
export class PricingAbortedError extends Error {
  constructor(readonly reason: 'too-complex' | 'over-limit') {
    super(reason === 'too-complex' ? `The query expands to more than ${MAX_PRICING_VISITS} fields` : 'The query costs more than the limit');
    this.name = 'PricingAbortedError';
  }
}

const KEY_CHARACTERS_PER_UNIT = 32;

interface Scope {
  /** Items of the connection page the current object belongs to. */
  pageSize: number | null;
  ancestors: { field: string; args: Record<string, unknown> }[];
  /** Set while walking introspection: the schema object being described. */
  value?: unknown;
  introspecting: boolean;
}

export function estimateQueryCost(input: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  model: CostModel;
  size: (key: CollectionSizeKey) => number;
  /** Stop (PricingAbortedError 'over-limit') once the cost provably passes this. */
  limit?: number;
}): CostEstimate {
  const { schema, document, model, size } = input;
  const limit = input.limit ?? Number.POSITIVE_INFINITY;
  const operation = findOperation(document, input.operationName);
  const rootType = operation && rootTypeOf(schema, operation);
  if (!operation || !rootType) return { cost: 0, costliest: null };
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], input.variables ?? {});
  // Bad variables stop execution before any resolver runs: nothing to price.
  if (coerced.errors) return { cost: 0, costliest: null };
  const variables = coerced.coerced;
  const fragments = fragmentsOf(document);
  let visits = 0;
  // What introspection has cost so far: it only grows, so passing the limit ends the walk early.
  let introspectionSpent = 0;
  const spendOnIntrospection = (units: number) => {
    introspectionSpent += units;
    if (introspectionSpent > limit) throw new PricingAbortedError('over-limit');
  };
  const collected = new WeakMap<SelectionSetNode, Map<GraphQLObjectType, Map<string, FieldNode[]>>>();
  const argumentsByNode = new Map<FieldNode, Record<string, unknown>>();

  /** Introspection collects the same selection once per schema element: remember it. */
  function collectFields(type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
    if (selectionSets.length !== 1) return collectFieldsOnce(type, selectionSets);
    const byType = collected.get(selectionSets[0]!) ?? new Map<GraphQLObjectType, Map<string, FieldNode[]>>();
    collected.set(selectionSets[0]!, byType);
    let fields = byType.get(type);
    if (!fields) {
      fields = collectFieldsOnce(type, selectionSets);
      byType.set(type, fields);
    }
    return fields;
  }

  function collectFieldsOnce(type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
    return groupFieldNodes(schema, fragments, type, selectionSets);
  }

  function selectionCost(type: GraphQLCompositeType, selectionSets: readonly SelectionSetNode[], scope: Scope): number {
    const possible = isAbstractType(type) ? schema.getPossibleTypes(type) : [type];
    let costliest = 0;
    for (const concrete of possible) {
      let sum = 0;
      for (const [key, nodes] of collectFields(concrete, selectionSets)) sum += fieldCost(concrete, key, nodes, scope);
      costliest = Math.max(costliest, sum);
    }
    return costliest;
  }

  function fieldCost(parent: GraphQLObjectType, key: string, nodes: FieldNode[], scope: Scope): number {
    const keyCost = Math.max(1, Math.ceil(key.length / KEY_CHARACTERS_PER_UNIT));
    const name = nodes[0]!.name.value;
    if (scope.introspecting || name === '__schema' || name === '__type') spendOnIntrospection(keyCost);
    else if (++visits > MAX_PRICING_VISITS) throw new PricingAbortedError('too-complex');
    if (name === '__typename') return keyCost;
    const field = fieldOf(schema, parent, name);
    if (!field) return keyCost; // validation has refused it already
    let args = argumentsByNode.get(nodes[0]!);
    if (!args) {
      args = argumentsOf(field, nodes[0]!, variables);
      argumentsByNode.set(nodes[0]!, args);
    }
    const subSelections = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    const namedType = getNamedType(field.type);

    if (scope.introspecting || name === '__schema' || name === '__type') {
      return keyCost + introspectionCost(field, args, subSelections, scope);
    }

    const coordinate = `${parent.name}.${name}`;
    const weight = model.weightOf(coordinate);
    const ancestors = [...scope.ancestors, { field: name, args }];
    const connectionRows = connectionRowsOf(field, args, model.defaultPageSize);
    const isList = isListType(getNullableType(field.type));
    const items = isList ? listItems(parent, field, coordinate, { args, ancestors: scope.ancestors, size }, scope.pageSize) : 1;
    // The key and one value are the field's first unit.
    if (isLeafType(namedType)) return keyCost + (isList ? items * weight : weight - 1);
    const itemCost = selectionCost(namedType as GraphQLCompositeType, subSelections, {
      pageSize: connectionRows,
      ancestors,
      introspecting: false,
    });
    return keyCost + (connectionRows ?? 0) + items * itemCost;
  }

  function listItems(
    parent: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    coordinate: string,
    context: BoundContext,
    pageSize: number | null,
  ): number {
    if (isConnectionType(parent) && (field.name === 'edges' || field.name === 'nodes') && pageSize !== null) return pageSize;
    const bound = model.listBound(coordinate, context);
    if (bound === undefined) throw new UnboundedListError(coordinate);
    return Math.max(0, bound);
  }

  /** Introspection answers are a function of the schema alone: walk them as the executor would. */
  function introspectionCost(
    field: GraphQLField<unknown, unknown>,
    args: Record<string, unknown>,
    subSelections: SelectionSetNode[],
    scope: Scope,
  ): number {
    const info = { schema, fieldName: field.name } as GraphQLResolveInfo;
    const resolved = (field.resolve ?? defaultFieldResolver)(scope.value, args, {}, info);
    return valueCost(field.type, resolved, subSelections, scope);
  }

  function valueCost(type: GraphQLOutputType, value: unknown, subSelections: SelectionSetNode[], scope: Scope): number {
    if (value === null || value === undefined) return 0;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      let sum = 0;
      for (const item of value as Iterable<unknown>) {
        const itemCost = valueCost(nullable.ofType, item, subSelections, scope);
        // An item with fields has paid through them; a bare value or empty object pays one.
        if (itemCost === 0) spendOnIntrospection(1);
        sum += Math.max(1, itemCost);
      }
      return sum;
    }
    if (isLeafType(nullable)) return 0;
    const objectType = isObjectType(nullable) ? nullable : null;
    if (!objectType) return 0;
    let sum = 0;
    for (const [key, nodes] of collectFields(objectType, subSelections)) {
      sum += fieldCost(objectType, key, nodes, { ...scope, value, introspecting: isIntrospectionType(objectType) });
    }
    return sum;
  }

  const costs = new Map<string, number>();
  const rootScope: Scope = { pageSize: null, ancestors: [], introspecting: false };
  for (const [key, nodes] of collectFields(rootType, [operation.selectionSet])) {
    costs.set(key, fieldCost(rootType, key, nodes, rootScope));
  }
  let cost = 0;
  let costliest: CostEstimate['costliest'] = null;
  for (const [key, fieldCostValue] of costs) {
    cost += fieldCostValue;
    if (!costliest || fieldCostValue > costliest.cost) costliest = { key, cost: fieldCostValue };
  }
  return { cost, costliest };
}

function findOperation(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((operation) => operation.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

function rootTypeOf(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLObjectType | null | undefined {
  if (operation.operation === 'query') return schema.getQueryType();
  if (operation.operation === 'mutation') return schema.getMutationType();
  return schema.getSubscriptionType();
}

function fieldOf(schema: GraphQLSchema, parent: GraphQLObjectType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return parent.getFields()[name];
}

function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    // A missing or bad argument fails that field at execution; price it with what was given.
    return {};
  }
}

/** A Relay connection: `edges` and `pageInfo`, paged with `first`/`last`. */
export function isConnectionType(type: GraphQLCompositeType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}

/** Rows a connection field reads: `first`, else `last`, else the default page (as Pothos pages). */
function connectionRowsOf(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, defaultPageSize: number): number | null {
  const type = getNamedType(field.type);
  if (!isObjectType(type) || !isConnectionType(type) || !field.args.some((arg) => arg.name === 'first')) return null;
  const requested = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : defaultPageSize;
  return Math.max(0, requested);
}
