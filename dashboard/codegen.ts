/**
 * graphql-codegen configuration for the dashboard: the committed SDL plus the operations in
 * ./src/operations, into ./src/generated (client preset, typed strings, no GraphQL library in the
 * browser). A schema change that breaks an operation breaks this generation and the typecheck.
 *
 *   npm run codegen:dashboard
 *
 * The output is committed; test/unit/dashboard-build.test.ts regenerates it and fails when stale.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = path.dirname(fileURLToPath(import.meta.url));

export const SCHEMA_FILE = path.resolve(here, '../schema/schema.graphql');
export const OPERATIONS = path.join(here, 'src', 'operations', '*.graphql');
export const GENERATED_DIR = path.join(here, 'src', 'generated');

export function dashboardCodegenConfig(outputDir: string = GENERATED_DIR): CodegenConfig {
  return {
    overwrite: true,
    schema: SCHEMA_FILE,
    documents: [OPERATIONS],
    generates: {
      [`${outputDir}${path.sep}`]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          documentMode: 'string',
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

export default dashboardCodegenConfig();
