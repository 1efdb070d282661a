import { introspectionFromSchema, isAbstractType, printSchema } from 'graphql';
import { schema } from './schema.ts';

export const SCHEMA_FILE_HEADER = '# Generated from the code by `npm run schema`; do not edit. A test fails when this file is stale.\n\n';

/** The files `npm run schema` writes under schema/, by name, with their content. */
export function schemaFiles(): Record<string, string> {
  return {
    'schema.graphql': printedSchema(),
    'possible-types.json': printedPossibleTypes(),
    'introspection.json': printedIntrospection(),
  };
}

export function printedSchema(): string {
  return `${SCHEMA_FILE_HEADER}${printSchema(schema)}\n`;
}

/**
 * Every union and interface with the object types that can stand for it, the map Apollo Client's
 * `InMemoryCache({ possibleTypes })` needs to match a fragment on an interface (`... on Error`)
 * or a union member. Without it Apollo leaves those fields out of mutation results.
 */
export function possibleTypes(): Record<string, string[]> {
  const abstractTypes = Object.values(schema.getTypeMap())
    .filter(isAbstractType)
    .filter((type) => !type.name.startsWith('__'));
  return Object.fromEntries(
    abstractTypes
      .map(
        (type) =>
          [
            type.name,
            schema
              .getPossibleTypes(type)
              .map((possible) => possible.name)
              .sort(),
          ] as const,
      )
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

function printedPossibleTypes(): string {
  return `${JSON.stringify(possibleTypes(), null, 2)}\n`;
}

/** The standard introspection result ({ "__schema": … }), for tools that take no SDL (urql's graphcache, GraphQL IDEs). */
function printedIntrospection(): string {
  return `${JSON.stringify(introspectionFromSchema(schema), null, 2)}\n`;
}
