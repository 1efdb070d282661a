import fs from 'node:fs';
import { buildClientSchema, isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, printSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { possibleTypes, printedSchema, schemaFiles } from '../../src/graphql/print-schema.ts';
import { schema } from '../../src/graphql/schema.ts';

/** The deprecation reason of every field, argument, input field and enum value, read from the schema object. */
function deprecationReasons(target: GraphQLSchema): string[] {
  const reasons: (string | null | undefined)[] = [];
  for (const type of Object.values(target.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields()))
        reasons.push(field.deprecationReason, ...field.args.map((arg) => arg.deprecationReason));
    } else if (isInputObjectType(type)) {
      reasons.push(...Object.values(type.getFields()).map((field) => field.deprecationReason));
    } else if (isEnumType(type)) {
      reasons.push(...type.getValues().map((value) => value.deprecationReason));
    }
  }
  return reasons.filter((reason): reason is string => typeof reason === 'string');
}

const committed = (name: string) => fs.readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8');

describe('the files in schema/', () => {
  it.each(Object.keys(schemaFiles()))('%s matches the schema the code builds (run `npm run schema` after changing it)', (name) => {
    expect(committed(name)).toBe(schemaFiles()[name]);
  });

  it('has an introspection result that describes the same schema as the SDL', () => {
    const fromIntrospection = buildClientSchema(JSON.parse(committed('introspection.json')));
    expect(printSchema(fromIntrospection)).toBe(printSchema(schema));
  });

  it('lists the typed errors and the Node types as fragment-matching data', () => {
    const types = possibleTypes();
    expect(types.Error).toEqual(expect.arrayContaining(['NotFoundError', 'InvalidInputError']));
    expect(types.Node).toEqual(['Alert', 'Backup', 'BackupJob', 'MonitoringSettings', 'NotificationDelivery', 'Server']);
    expect(types.MutationDeleteServerResult).toEqual(['DeleteServerPayload', 'NotFoundError']);
  });

  it('gives every deprecated field a reason that names its replacement', () => {
    const deprecations = [...printedSchema().matchAll(/@deprecated\(reason: "([^"]*)"\)/g)].map((m) => m[1]!);
    // Guards the guard: the schema has deprecations (the machine twins, the forms @oneOf inputs
    // replaced), and the printed SDL is read for every one of them.
    expect(deprecations.length).toBeGreaterThan(0);
    expect(deprecations.sort()).toEqual(deprecationReasons(schema).sort());
    for (const reason of deprecations) expect(reason).toMatch(/Use [A-Z]\w*\.\w+/);
  });
});
