import { getNamedType, getOperationAST, isLeafType, Kind } from 'graphql';
import type {
  DocumentNode,
  FieldNode,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { fragmentsOf, groupFieldNodes } from '../field-nodes.ts';
import type { Fragments } from '../field-nodes.ts';
import { directResolverOf } from '../hand-loaded-rows.ts';
import type { Direct } from '../hand-loaded-rows.ts';

/** One response key of a selection set on one object type, as graphql-js's collectFields groups it. */
export interface CollectedField {
  responseKey: string;
  fieldNodes: FieldNode[];
  /** Null for `__typename`. */
  definition: GraphQLField<unknown, unknown> | null;
  /** Resolves from a hand-loaded row without the field's plugins (src/graphql/hand-loaded-rows.ts). */
  direct: Direct | undefined;
  /** The direct resolver declares the info parameter, so it gets a real one. */
  directNeedsInfo: boolean;
  /**
   * No resolver of its own and no arguments: graphql-js's default resolver reads the property of
   * its name, which needs neither info nor arguments unless the property is a method.
   */
  readsProperty: boolean;
  /** Its named type is a scalar or an enum: completed without a path. */
  isLeaf: boolean;
  /** The fields selected beneath it, per runtime object type; filled as the answers meet them. */
  subfields: Map<GraphQLObjectType, CollectedField[]>;
}

/** A query the direct executor can run: its operation, fragments and root fields. */
export interface DirectOperation {
  operation: OperationDefinitionNode;
  fragments: Fragments;
  rootFields: CollectedField[];
}

const operationsByDocument = new WeakMap<DocumentNode, Map<string, DirectOperation | null>>();

/**
 * The operation to run directly, or null when only the full executor answers it exactly: a
 * mutation or subscription, a directive anywhere (`@skip`, `@include`, `@defer`: they depend on
 * variables or change delivery), introspection beyond `__typename`, or the alias `__proto__`. Worked out once per
 * parsed document, which Yoga's cache hands back for the same text.
 */
export function directOperationOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): DirectOperation | null {
  let byName = operationsByDocument.get(document);
  if (!byName) {
    byName = new Map();
    operationsByDocument.set(document, byName);
  }
  const key = operationName ?? '';
  let planned = byName.get(key);
  if (planned === undefined) {
    planned = planOperation(schema, document, operationName);
    byName.set(key, planned);
  }
  return planned;
}

function planOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): DirectOperation | null {
  const operation = getOperationAST(document, operationName);
  const queryType = schema.getQueryType();
  if (operation?.operation !== 'query' || !queryType) return null;
  const fragments = fragmentsOf(document);
  const selectionSets = [operation.selectionSet, ...Object.values(fragments).map((fragment) => fragment.selectionSet)];
  if (operation.directives?.length || !selectionSets.every(isPlainSelectionSet)) return null;
  try {
    return { operation, fragments, rootFields: collectFields(schema, fragments, queryType, [operation.selectionSet]) };
  } catch {
    return null; // a field the schema lacks: validation reports it, never this executor
  }
}

function isPlainSelectionSet(selectionSet: SelectionSetNode): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.directives?.length) return false;
    if (selection.kind === Kind.FRAGMENT_SPREAD) return true;
    if (selection.kind === Kind.FIELD && selection.name.value.startsWith('__') && selection.name.value !== '__typename') return false;
    // A plain object would take `__proto__: …` as its prototype, not as a key.
    if (selection.kind === Kind.FIELD && selection.alias?.value === '__proto__') return false;
    return !selection.selectionSet || isPlainSelectionSet(selection.selectionSet);
  });
}

/** The fields of `selectionSets` that apply to `type`, grouped by response key in document order. */
export function collectFields(
  schema: GraphQLSchema,
  fragments: Fragments,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): CollectedField[] {
  const fields = type.getFields();
  return [...groupFieldNodes(schema, fragments, type, selectionSets)].map(([responseKey, fieldNodes]) => {
    const name = fieldNodes[0]!.name.value;
    const definition = name === '__typename' ? null : (fields[name] ?? null);
    if (name !== '__typename' && !definition) throw new Error(`${type.name}.${name} is not in the schema`);
    const direct = definition ? directResolverOf(definition) : undefined;
    return {
      responseKey,
      fieldNodes,
      definition,
      direct,
      directNeedsInfo: direct !== undefined && direct.resolve.length >= 4,
      readsProperty: definition !== null && definition.resolve === undefined && definition.args.length === 0,
      isLeaf: definition === null || isLeafType(getNamedType(definition.type)),
      subfields: new Map(),
    };
  });
}
