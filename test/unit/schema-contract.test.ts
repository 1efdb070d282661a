import fs from 'node:fs';
import {
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
} from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CONTRACT_REMOVAL_DATE } from '../../src/graphql/deprecation/deprecation-reasons.ts';
import { printedSchema } from '../../src/graphql/print-schema.ts';

// The SDL as it stood before the schema-contract work: published clients were built against it,
// so every later schema must stay a superset of it (additions and deprecations only).
const BASELINE_FILE = new URL('../fixtures/schema-before-contract.graphql', import.meta.url);

/** Every deprecated field, argument, input field and enum value, by schema coordinate, with its reason. */
function deprecationReasons(target: GraphQLSchema): [coordinate: string, reason: string][] {
  const reasons: [string, string][] = [];
  const note = (coordinate: string, reason: string | null | undefined) => {
    if (reason != null) reasons.push([coordinate, reason]);
  };
  for (const type of Object.values(target.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        note(`${type.name}.${field.name}`, field.deprecationReason);
        for (const arg of field.args) note(`${type.name}.${field.name}(${arg.name}:)`, arg.deprecationReason);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) note(`${type.name}.${field.name}`, field.deprecationReason);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) note(`${type.name}.${value.name}`, value.deprecationReason);
    }
  }
  return reasons;
}

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

  it('ends every deprecation reason with its removal date, naming the replacement first', () => {
    const current = buildSchema(printedSchema());
    const reasons = deprecationReasons(current);
    // Guards the guard: the SDL has deprecations of every kind the walk visits.
    expect(reasons.map(([coordinate]) => coordinate)).toEqual(
      expect.arrayContaining(['Backup.machineId', 'BackupFilter.machineId', 'Query.server(id:)']),
    );
    const withoutDate = reasons.filter(([, reason]) => !/^Use .+\. Will be removed after \d{4}-\d{2}-\d{2}$/.test(reason));
    expect(withoutDate).toEqual([]);
    expect(new Set(reasons.map(([, reason]) => reason.slice(-10)))).toEqual(new Set([CONTRACT_REMOVAL_DATE]));
  });
});
