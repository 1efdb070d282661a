import fs from 'node:fs';
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../src/graphql/print-schema.ts';

// The SDL as it stood before the schema-contract work: published clients were built against it,
// so every later schema must stay a superset of it (additions and deprecations only).
const BASELINE_FILE = new URL('../fixtures/schema-before-contract.graphql', import.meta.url);

describe('the schema as a contract', () => {
  it('has no breaking change against the baseline SDL', () => {
    const baseline = buildSchema(fs.readFileSync(BASELINE_FILE, 'utf8'));
    const current = buildSchema(printedSchema());
    const breaking = findBreakingChanges(baseline, current).map((change) => `${change.type}: ${change.description}`);
    expect(breaking, `breaking changes against ${BASELINE_FILE.pathname}`).toEqual([]);
  });

  it('lists dangerous changes against the baseline for review, without failing on them', () => {
    const baseline = buildSchema(fs.readFileSync(BASELINE_FILE, 'utf8'));
    const current = buildSchema(printedSchema());
    // Dangerous changes (a new enum value, a new union member, a changed default) are allowed,
    // but a reviewer should see them.
    for (const change of findDangerousChanges(baseline, current)) console.info(`dangerous change: ${change.type}: ${change.description}`);
  });
});
