import {
  defaultFieldResolver,
  defaultTypeResolver,
  getArgumentValues,
  getVariableValues,
  GraphQLList,
  GraphQLNonNull,
  isAbstractType,
  isLeafType,
  isObjectType,
} from 'graphql';
import type { DocumentNode, ExecutionResult, GraphQLObjectType, GraphQLOutputType, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { answersFromRow } from '../hand-loaded-rows.ts';
import { collectFields, directOperationOf } from './collected-fields.ts';
import type { CollectedField, DirectOperation } from './collected-fields.ts';

type Path = GraphQLResolveInfo['path'];

export interface DirectExecutionArgs {
  schema: GraphQLSchema;
  document: DocumentNode;
  rootValue?: unknown;
  contextValue?: unknown;
  variableValues?: Readonly<Record<string, unknown>> | null;
  operationName?: string | null;
  signal?: AbortSignal;
}

/** Null: the full executor must answer (this operation, or this run of it). */
export type DirectAttempt = ExecutionResult | null | Promise<ExecutionResult | null>;

/**
 * Runs a query the way graphql-js does, field by field with the same resolvers, type resolution
 * and serialisation, but without its per-field bookkeeping where nothing needs it: a field of a
 * hand-loaded row that its direct resolver answers gets no info object, argument object or path,
 * and the fields of each selection are collected once per document. That bookkeeping was most of a
 * 1,000-job dashboard's time.
 *
 * It answers only when nothing goes wrong: an error, a null in a non-null position, a value of the
 * wrong type or an unsupported shape makes it give up (null), and the full executor runs the
 * operation again to report it exactly as always. Queries only, so running one twice is safe.
 */
export function executeDirectly(args: DirectExecutionArgs): DirectAttempt {
  const operation = directOperationOf(args.schema, args.document, args.operationName);
  if (!operation) return null;
  const variables = getVariableValues(args.schema, operation.operation.variableDefinitions ?? [], args.variableValues ?? {});
  if (variables.errors) return null;
  try {
    const run = new DirectRun(args, operation, variables.coerced);
    const data = run.executeFields(args.schema.getQueryType()!, args.rootValue, operation.rootFields, undefined);
    return isPromise(data) ? data.then(answered, giveUp) : answered(data);
  } catch {
    return null;
  }
}

function answered(data: unknown): ExecutionResult {
  return { data: data as ExecutionResult['data'] };
}

function giveUp(): null {
  return null;
}

/** Thrown wherever the full executor would report something: never leaves this module. */
const GIVE_UP = new Error('the full executor answers this operation');

/** What a direct resolver gets for arguments: it has none (hand-loaded-rows.ts never takes a field with some). */
const NO_ARGUMENTS = Object.freeze({});

class DirectRun {
  constructor(
    private readonly args: DirectExecutionArgs,
    private readonly operation: DirectOperation,
    private readonly variables: Record<string, unknown>,
  ) {}

  executeFields(type: GraphQLObjectType, source: unknown, fields: readonly CollectedField[], path: Path | undefined): unknown {
    // A plain object, unlike graphql-js's prototype-less ones: V8 gives it a shape shared by every
    // item of a list, which is faster to fill, to serialise and to collect. No response key can be
    // `__proto__` (collected-fields.ts leaves such an operation to the full executor).
    const answer: Record<string, unknown> = {};
    let pending: string[] | undefined;
    try {
      for (const field of fields) {
        const value = field.definition === null ? type.name : this.executeField(type, source, field, path);
        answer[field.responseKey] = value;
        if (isPromise(value)) (pending ??= []).push(field.responseKey);
      }
    } catch (error) {
      settleQuietly(pending?.map((key) => answer[key]));
      throw error;
    }
    if (!pending) return answer;
    const keys = pending;
    return Promise.all(keys.map((key) => answer[key])).then((values) => {
      for (let index = 0; index < keys.length; index += 1) answer[keys[index]!] = values[index];
      return answer;
    });
  }

  private executeField(parentType: GraphQLObjectType, source: unknown, field: CollectedField, parentPath: Path | undefined): unknown {
    const definition = field.definition!;
    const context = this.args.contextValue;
    const direct = field.direct;
    if (direct !== undefined && answersFromRow(direct, source)) {
      // A leaf read from the row needs no path; anything below it, or a resolver that takes info, does.
      const path = field.isLeaf && !field.directNeedsInfo ? undefined : addPath(parentPath, field.responseKey, parentType.name);
      const info = field.directNeedsInfo ? this.info(field, parentType, path!) : undefined;
      return this.complete(definition.type, field, parentType, path, direct.resolve(source, NO_ARGUMENTS, context, info as never));
    }
    if (field.readsProperty && typeof source === 'object' && source !== null) {
      const value = (source as Record<string, unknown>)[definition.name];
      if (typeof value !== 'function') {
        const path = field.isLeaf ? undefined : addPath(parentPath, field.responseKey, parentType.name);
        return this.complete(definition.type, field, parentType, path, value);
      }
    }
    const path = addPath(parentPath, field.responseKey, parentType.name);
    const argumentValues = definition.args.length === 0 ? {} : getArgumentValues(definition, field.fieldNodes[0]!, this.variables);
    const resolve = definition.resolve ?? defaultFieldResolver;
    const result = resolve(source, argumentValues, context, this.info(field, parentType, path));
    return this.complete(definition.type, field, parentType, path, result);
  }

  private complete(
    type: GraphQLOutputType,
    field: CollectedField,
    parentType: GraphQLObjectType,
    path: Path | undefined,
    result: unknown,
  ): unknown {
    if (isPromise(result)) return result.then((resolved) => this.complete(type, field, parentType, path, resolved));
    if (result instanceof Error) throw GIVE_UP;
    if (type instanceof GraphQLNonNull) {
      const completed = this.complete(type.ofType, field, parentType, path, result);
      return isPromise(completed) ? completed.then(present) : present(completed);
    }
    if (result === null || result === undefined) return null;
    if (type instanceof GraphQLList) return this.completeList(type, field, parentType, path, result);
    if (isLeafType(type)) {
      const serialized = type.serialize(result);
      if (serialized === null || serialized === undefined) throw GIVE_UP;
      return serialized;
    }
    if (isAbstractType(type)) {
      const info = this.info(field, parentType, path!);
      const runtimeName = (type.resolveType ?? defaultTypeResolver)(result, this.args.contextValue, info, type);
      const withRuntimeType = (name: unknown) => this.completeObject(this.runtimeType(type, name), field, parentType, path!, result);
      return isPromise(runtimeName) ? runtimeName.then(withRuntimeType) : withRuntimeType(runtimeName);
    }
    return this.completeObject(type as GraphQLObjectType, field, parentType, path!, result);
  }

  private completeList(
    type: GraphQLList<GraphQLOutputType>,
    field: CollectedField,
    parentType: GraphQLObjectType,
    path: Path | undefined,
    result: unknown,
  ): unknown {
    if (!Array.isArray(result)) throw GIVE_UP;
    const itemType = type.ofType;
    let anyPromise = false;
    const items: unknown[] = [];
    try {
      for (let index = 0; index < result.length; index += 1) {
        const completed = this.complete(
          itemType,
          field,
          parentType,
          field.isLeaf ? undefined : addPath(path, index, undefined),
          result[index],
        );
        anyPromise ||= isPromise(completed);
        items.push(completed);
      }
    } catch (error) {
      if (anyPromise) settleQuietly(items);
      throw error;
    }
    return anyPromise ? Promise.all(items) : items;
  }

  private runtimeType(abstractType: Parameters<GraphQLSchema['isSubType']>[0], name: unknown): GraphQLObjectType {
    const type = typeof name === 'string' ? this.args.schema.getType(name) : undefined;
    if (!isObjectType(type) || !this.args.schema.isSubType(abstractType, type)) throw GIVE_UP;
    return type;
  }

  private completeObject(
    type: GraphQLObjectType,
    field: CollectedField,
    parentType: GraphQLObjectType,
    path: Path,
    result: unknown,
  ): unknown {
    const subfields = this.subfieldsOf(type, field);
    if (type.isTypeOf) {
      const isTypeOf = type.isTypeOf(result, this.args.contextValue, this.info(field, parentType, path));
      const checked = (matches: unknown) => {
        if (!matches) throw GIVE_UP;
        return this.executeFields(type, result, subfields, path);
      };
      return isPromise(isTypeOf) ? isTypeOf.then(checked) : checked(isTypeOf);
    }
    return this.executeFields(type, result, subfields, path);
  }

  private subfieldsOf(type: GraphQLObjectType, field: CollectedField): CollectedField[] {
    let subfields = field.subfields.get(type);
    if (!subfields) {
      const selectionSets = field.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
      subfields = collectFields(this.args.schema, this.operation.fragments, type, selectionSets);
      field.subfields.set(type, subfields);
    }
    return subfields;
  }

  private info(field: CollectedField, parentType: GraphQLObjectType, path: Path): GraphQLResolveInfo {
    const signal = this.args.signal;
    return {
      fieldName: field.definition!.name,
      fieldNodes: field.fieldNodes,
      returnType: field.definition!.type,
      parentType,
      path,
      schema: this.args.schema,
      fragments: this.operation.fragments,
      rootValue: this.args.rootValue,
      operation: this.operation.operation,
      variableValues: this.variables,
      signal,
      getAbortSignal: () => signal,
    } as GraphQLResolveInfo;
  }
}

/** Promises already started when the run gives up: their outcome no longer matters, and must not go unhandled. */
function settleQuietly(values: readonly unknown[] | undefined): void {
  for (const value of values ?? []) if (isPromise(value)) value.catch(() => {});
}

function present(value: unknown): unknown {
  if (value === null) throw GIVE_UP;
  return value;
}

function addPath(prev: Path | undefined, key: string | number, typename: string | undefined): Path {
  return { prev, key, typename };
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
