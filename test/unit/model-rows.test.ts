import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnOf } from '../../src/domain/model-rows.ts';
import { getDatamodel } from '../../src/generated/pothos-types.ts';

/** The hand reads (src/domain/model-rows.ts) name columns by rule; prisma/schema.prisma must agree. */
function mappedColumns(model: string): Map<string, string> {
  const schema = fs.readFileSync(path.join(import.meta.dirname, '../../prisma/schema.prisma'), 'utf8');
  const block = new RegExp(`model ${model} \\{([\\s\\S]*?)\\n\\}`).exec(schema)?.[1];
  if (!block) throw new Error(`no model ${model} in prisma/schema.prisma`);
  const columns = new Map<string, string>();
  for (const line of block.split('\n')) {
    const field = /^\s+(\w+)\s+\w+/.exec(line)?.[1];
    if (field) columns.set(field, /@map\("([^"]+)"\)/.exec(line)?.[1] ?? field);
  }
  return columns;
}

describe('hand-read column names', () => {
  for (const model of ['Server', 'BackupJob', 'Backup']) {
    it(`names every scalar column of ${model} as prisma/schema.prisma maps it`, () => {
      const mapped = mappedColumns(model);
      const scalars = getDatamodel().datamodel.models[model]!.fields.filter((field) => field.kind === 'scalar');
      expect(scalars.length).toBeGreaterThan(5);
      for (const field of scalars) expect([field.name, columnOf(field.name)]).toEqual([field.name, mapped.get(field.name)]);
    });
  }
});
