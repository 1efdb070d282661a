import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printedSchema } from '../src/graphql/print-schema.ts';

const target = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));
fs.writeFileSync(target, printedSchema());
console.log(`wrote ${target}`);
