import { printSchema } from 'graphql';
import { schema } from './schema.ts';

export const SCHEMA_FILE_HEADER =
  '# Generated from the code by `npm run schema`; do not edit. A test fails when this file is stale.\n\n';

export function printedSchema(): string {
  return `${SCHEMA_FILE_HEADER}${printSchema(schema)}\n`;
}
