/**
 * Counts which client uses which deprecated field, argument, input field or enum value, so the
 * machine-vocabulary shims (deprecated-shims.ts) can go once nobody needs them. An envelop plugin:
 * HTTP, SSE and graphql-ws operations all run through Yoga's envelop (src/http/websocket.ts), so
 * one hook sees them all.
 */
import { perOperation } from '../per-operation.ts';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type {
  DefinitionNode,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  OperationDefinitionNode,
  ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { DeprecationUsageStore } from './deprecation-usage-store.ts';

export interface DeprecationUsageLogger {
  warn(details: object, message: string): void;
}

export interface DeprecationUsageOptions {
  store: DeprecationUsageStore;
  logger: DeprecationUsageLogger;
  now?: () => Date;
}

type OperationArgs = {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
  contextValue: unknown;
};

export function useDeprecationUsage(options: DeprecationUsageOptions): Plugin {
  const now = options.now ?? (() => new Date());
  const record = (args: OperationArgs) => {
    let coordinates: string[];
    try {
      coordinates = deprecatedCoordinatesUsed(args.schema, args.document, args.operationName, args.variableValues);
    } catch (error) {
      // Accounting must never fail an operation.
      options.logger.warn({ err: error }, 'could not look for deprecated fields in an operation');
      return;
    }
    if (coordinates.length === 0) return;
    const client = clientOf(args.contextValue);
    const at = now();
    for (const coordinate of coordinates) {
      if (options.store.record(coordinate, client.name, at, client.version)) {
        const shown = client.version ? `"${client.name}" ${client.version}` : `"${client.name}"`;
        options.logger.warn(
          { client: client.name, clientVersion: client.version, coordinate },
          `deprecated ${coordinate} used by client ${shown} (logged once per client and version; see Query.deprecatedFieldUsage)`,
        );
      }
    }
  };
  return {
    onContextBuilding({ extendContext }) {
      extendContext({ deprecatedFieldUsage: options.store } as Record<string, unknown>);
    },
    onExecute({ args }) {
      record(args as OperationArgs);
    },
    onSubscribe({ args }) {
      record(args as OperationArgs);
    },
  };
}

export interface ClientIdentity {
  name: string;
  version: string | null;
}

/** Header pairs naming the client, in the order they are believed: the generic one, then Apollo Client's. */
const CLIENT_HEADERS = [
  { name: 'graphql-client-name', version: 'graphql-client-version' },
  { name: 'apollographql-client-name', version: 'apollographql-client-version' },
] as const;

/**
 * Who sent an operation: a name and version from the first header pair that names the client
 * (`graphql-client-name`, or Apollo Client's `apollographql-client-name`), else from graphql-ws
 * connection params (a browser WebSocket cannot set headers), else the User-Agent (which carries
 * its own version), else "unknown". Name and version always come from the same convention.
 * HTTP contexts carry the Fetch `request`; graphql-ws ones the upgrade request as `req`.
 */
export function clientOf(context: unknown): ClientIdentity {
  const ctx = (context ?? {}) as {
    request?: { headers?: { get?: (name: string) => string | null } };
    req?: { headers?: Record<string, string | string[] | undefined> };
    connectionParams?: Record<string, unknown>;
  };
  const header = (name: string): string | null => {
    const fetchValue = ctx.request?.headers?.get?.(name);
    const nodeValue = ctx.req?.headers?.[name];
    const value = fetchValue ?? (Array.isArray(nodeValue) ? nodeValue[0] : nodeValue);
    return value?.trim() || null;
  };
  const param = (...names: string[]): string | null => {
    for (const name of names) {
      const value = ctx.connectionParams?.[name];
      if (typeof value === 'string' && value.trim()) return value.trim();
    }
    return null;
  };
  for (const convention of CLIENT_HEADERS) {
    const name = header(convention.name);
    if (name) return { name, version: header(convention.version) };
  }
  const paramName = param('graphql-client-name', 'clientName');
  if (paramName) return { name: paramName, version: param('graphql-client-version', 'clientVersion') };
  return { name: header('user-agent') ?? 'unknown', version: null };
}

/**
 * Schema coordinates of every deprecated thing the operation really uses: fields (through
 * fragments too), arguments and input fields given a non-null value (literally or through a
 * variable), and enum values. Only the operation that runs and the fragments it reaches count.
 */
export function deprecatedCoordinatesUsed(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables?: Record<string, unknown> | null,
): string[] {
  const plan = deprecationPlanFor(schema, document, operationName);
  if (plan.ifGiven.length === 0 && plan.variables.length === 0) return [...plan.used];
  const used = new Set(plan.used);
  for (const { coordinate, variable } of plan.ifGiven) if (variables?.[variable] != null) used.add(coordinate);
  for (const { name, type } of plan.variables) collectFromVariable(type, variables?.[name], used);
  return [...used].sort();
}

/**
 * What the document's text alone says about its deprecated coordinates, worked out once per parsed
 * document (Yoga's parser cache hands the same object for the same text): most operations use
 * none, and then each request costs a lookup instead of a walk over the document with the schema.
 */
interface DeprecationPlan {
  /** Whatever the variables, sorted. */
  used: readonly string[];
  /** Arguments and input fields given through a variable: used when the variable is not null. */
  ifGiven: readonly { coordinate: string; variable: string }[];
  /** Variables whose type can hold a deprecated input field or enum value, to look inside. */
  variables: readonly { name: string; type: GraphQLInputType }[];
}

const NO_DEPRECATIONS: DeprecationPlan = { used: [], ifGiven: [], variables: [] };
const plansBySchema = new WeakMap<GraphQLSchema, (document: DocumentNode, operationName?: string | null) => DeprecationPlan>();

function deprecationPlanFor(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): DeprecationPlan {
  let planOf = plansBySchema.get(schema);
  if (!planOf) {
    planOf = perOperation((planned, name) => planDeprecations(schema, planned, name));
    plansBySchema.set(schema, planOf);
  }
  return planOf(document, operationName);
}

function planDeprecations(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): DeprecationPlan {
  const operation = selectedOperation(document, operationName);
  if (!operation) return NO_DEPRECATIONS;
  const used = new Set<string>();
  const ifGiven: { coordinate: string; variable: string }[] = [];
  const useIfGiven = (coordinate: string, value: ValueNode) => {
    if (value.kind === Kind.VARIABLE) ifGiven.push({ coordinate, variable: value.name.value });
    else if (value.kind !== Kind.NULL) used.add(coordinate);
  };

  const typeInfo = new TypeInfo(schema);
  const reached: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...reachableFragments(document, operation)] };
  visit(
    reached,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (field?.deprecationReason && parent) used.add(`${parent.name}.${field.name}`);
      },
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument?.deprecationReason) return;
        const directive = typeInfo.getDirective();
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (directive) useIfGiven(`@${directive.name}(${argument.name}:)`, node.value);
        else if (field && parent) useIfGiven(`${parent.name}.${field.name}(${argument.name}:)`, node.value);
      },
      ObjectField(node) {
        const objectType = getNamedType(typeInfo.getParentInputType());
        if (!isInputObjectType(objectType)) return;
        const field = objectType.getFields()[node.name.value];
        if (field?.deprecationReason) useIfGiven(`${objectType.name}.${field.name}`, node.value);
      },
      EnumValue() {
        const value = typeInfo.getEnumValue();
        const enumType = getNamedType(typeInfo.getInputType());
        if (value?.deprecationReason && enumType) used.add(`${enumType.name}.${value.name}`);
      },
    }),
  );

  const variables: { name: string; type: GraphQLInputType }[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type && mayHoldDeprecated(type)) variables.push({ name: definition.variable.name.value, type });
  }
  if (used.size === 0 && ifGiven.length === 0 && variables.length === 0) return NO_DEPRECATIONS;
  return { used: [...used].sort(), ifGiven, variables };
}

const holdsDeprecated = new WeakMap<GraphQLNamedType, boolean>();

/** Whether a value of this type can carry a deprecated input field or enum value anywhere inside. */
function mayHoldDeprecated(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  let holds = holdsDeprecated.get(named);
  if (holds === undefined) {
    holds = reachesDeprecated(named, new Set());
    holdsDeprecated.set(named, holds);
  }
  return holds;
}

/** Input types may refer to themselves, directly or through others: each is looked at once. */
function reachesDeprecated(named: GraphQLNamedType, seen: Set<GraphQLNamedType>): boolean {
  if (seen.has(named)) return false;
  seen.add(named);
  if (isEnumType(named)) return named.getValues().some((value) => value.deprecationReason);
  if (!isInputObjectType(named)) return false;
  return Object.values(named.getFields()).some((field) => field.deprecationReason || reachesDeprecated(getNamedType(field.type), seen));
}

function selectedOperation(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((operation) => operation.name?.value === operationName) ?? null;
  return operations.length === 1 ? operations[0]! : null;
}

function reachableFragments(document: DocumentNode, operation: OperationDefinitionNode): FragmentDefinitionNode[] {
  const all = new Map(
    document.definitions
      .filter((d: DefinitionNode): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const reached = new Map<string, FragmentDefinitionNode>();
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(spread) {
        const fragment = all.get(spread.name.value);
        if (fragment && !reached.has(fragment.name.value)) {
          reached.set(fragment.name.value, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [...reached.values()];
}

/** Deprecated input fields and enum values inside a variable's JSON value. */
function collectFromVariable(type: GraphQLInputType, value: unknown, used: Set<string>): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) {
    collectFromVariable(type.ofType, value, used);
    return;
  }
  if (isListType(type)) {
    for (const item of Array.isArray(value) ? value : [value]) collectFromVariable(type.ofType, item, used);
    return;
  }
  if (isInputObjectType(type) && typeof value === 'object') {
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = type.getFields()[name];
      if (!field || fieldValue === null || fieldValue === undefined) continue;
      if (field.deprecationReason) used.add(`${type.name}.${field.name}`);
      collectFromVariable(field.type, fieldValue, used);
    }
    return;
  }
  if (isEnumType(type) && typeof value === 'string') {
    const enumValue = type.getValue(value);
    if (enumValue?.deprecationReason) used.add(`${type.name}.${enumValue.name}`);
  }
}
