/**
 * graphql-codegen configuration for typed dupligraph clients: the committed SDL plus the
 * operations in ./operations, into ./generated (client preset).
 *
 *   npm run codegen        (same as: npx graphql-codegen --config client-examples/codegen/codegen.ts)
 *
 * The generated files are committed so the example type-checks on a fresh clone; a test
 * regenerates them from schema/schema.graphql and fails when they are stale.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = path.dirname(fileURLToPath(import.meta.url));

export const SCHEMA_FILE = path.resolve(here, '../../schema/schema.graphql');
export const OPERATIONS = path.join(here, 'operations', '*.graphql');
export const GENERATED_DIR = path.join(here, 'generated');

export function codegenConfig(outputDir: string = GENERATED_DIR): CodegenConfig {
  return {
    overwrite: true,
    schema: SCHEMA_FILE,
    documents: [OPERATIONS],
    generates: {
      [`${outputDir}${path.sep}`]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          // Operations as typed strings: usable as the `query` of fetch or graphql-ws, no
          // GraphQL library needed at run time.
          documentMode: 'string',
          // The repository compiles with NodeNext module resolution: relative imports need an extension.
          importExtension: '.ts',
          useTypeImports: true,
          enumsAsTypes: true,
          strictScalars: true,
          scalars: {
            DateTime: 'string',
            SafeInt: 'number',
            JSONObject: 'Record<string, unknown>',
          },
        },
      },
    },
  };
}

export default codegenConfig();
