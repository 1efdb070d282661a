/**
 * Counts which client uses which deprecated field, argument, input field or enum value, so the
 * machine-vocabulary shims (deprecated-shims.ts) can go once nobody needs them. An envelop plugin:
 * HTTP, SSE and graphql-ws operations all run through Yoga's envelop (src/http/websocket.ts), so
 * one hook sees them all.
 */
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
  const operation = selectedOperation(document, operationName);
  if (!operation) return [];
  const used = new Set<string>();
  const given = (value: ValueNode) => (value.kind === Kind.VARIABLE ? variables?.[value.name.value] != null : value.kind !== Kind.NULL);

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
        if (!argument?.deprecationReason || !given(node.value)) return;
        const directive = typeInfo.getDirective();
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (directive) used.add(`@${directive.name}(${argument.name}:)`);
        else if (field && parent) used.add(`${parent.name}.${field.name}(${argument.name}:)`);
      },
      ObjectField(node) {
        const objectType = getNamedType(typeInfo.getParentInputType());
        if (!isInputObjectType(objectType)) return;
        const field = objectType.getFields()[node.name.value];
        if (field?.deprecationReason && given(node.value)) used.add(`${objectType.name}.${field.name}`);
      },
      EnumValue() {
        const value = typeInfo.getEnumValue();
        const enumType = getNamedType(typeInfo.getInputType());
        if (value?.deprecationReason && enumType) used.add(`${enumType.name}.${value.name}`);
      },
    }),
  );

  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    if (type) collectFromVariable(type as GraphQLInputType, variables?.[definition.variable.name.value], used);
  }
  return [...used].sort();
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
