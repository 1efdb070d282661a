import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../src/graphql/print-schema.ts';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema` after changing it)', () => {
    const committed = fs.readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printedSchema());
  });

  it('gives every deprecated field a reason that names its replacement', () => {
    const deprecations = [...printedSchema().matchAll(/@deprecated\(reason: "([^"]*)"\)/g)].map((m) => m[1]!);
    for (const reason of deprecations) expect(reason).toMatch(/Use [A-Z]\w*\.\w+/);
  });
});
