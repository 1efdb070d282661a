import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaFiles } from '../src/graphql/print-schema.ts';

for (const [name, content] of Object.entries(schemaFiles())) {
  const target = fileURLToPath(new URL(`../schema/${name}`, import.meta.url));
  fs.writeFileSync(target, content);
  console.log(`wrote ${target}`);
}
