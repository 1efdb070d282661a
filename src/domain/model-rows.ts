import type { DbLike } from '../db/types.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { getDatamodel } from '../generated/pothos-types.ts';

/**
 * Rows of a model read by hand-written SQL, shaped as the model query with the same `select`
 * returns them: same keys, the model's value types. A model query costs a query compilation in
 * Prisma's WebAssembly compiler every time; on the hottest reads that is most of their time.
 */
export type ModelRow = Record<string, unknown>;

type ScalarType = 'String' | 'Int' | 'Float' | 'Boolean' | 'BigInt';

export const HAND_READ_TABLES = { Server: 'servers', BackupJob: 'backup_jobs', Backup: 'backups' } as const;
export type HandReadModel = keyof typeof HAND_READ_TABLES;

const models = getDatamodel().datamodel.models;

function scalarTypesOf(model: HandReadModel): ReadonlyMap<string, ScalarType> {
  return new Map(models[model]!.fields.filter((field) => field.kind === 'scalar').map((field) => [field.name, field.type as ScalarType]));
}

const scalarTypes: Record<HandReadModel, ReadonlyMap<string, ScalarType>> = {
  Server: scalarTypesOf('Server'),
  BackupJob: scalarTypesOf('BackupJob'),
  Backup: scalarTypesOf('Backup'),
};

/** Every model field maps to its snake_case column (prisma/schema.prisma's @map; test/unit/model-rows.test.ts checks it). */
export const columnOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** True when every field is a scalar column of the model, so a hand read can load it. */
export function areColumnsOf(model: HandReadModel, fields: readonly string[]): boolean {
  const columns = scalarTypes[model];
  return fields.every((field) => columns.has(field));
}

/** `alias.column AS "key"` for each field; columns are quoted as Prisma quotes them (`date`, `size` are SQL words). */
export function selectList(model: HandReadModel, alias: string, fields: readonly string[], keyPrefix = ''): string {
  if (!areColumnsOf(model, fields)) throw new Error(`not columns of ${model}: ${fields.join(', ')}`);
  return fields.map((field) => `${alias}."${columnOf(field)}" AS "${keyPrefix}${field}"`).join(', ');
}

/** Raw rows carry each driver's types (SQLite booleans as 0/1, a BIGINT as number or string): give them the model's. */
export function modelValue(model: HandReadModel, field: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (scalarTypes[model].get(field)) {
    case 'Boolean':
      return typeof value === 'boolean' ? value : Number(value) !== 0;
    case 'BigInt':
      return typeof value === 'bigint' ? value : BigInt(value as number | string);
    case 'Int':
    case 'Float':
      return typeof value === 'number' ? value : Number(value);
    default:
      return value;
  }
}

/** The model row held in `raw` under `keyPrefix` + field. */
export function modelRow(model: HandReadModel, fields: readonly string[], raw: ModelRow, keyPrefix = ''): ModelRow {
  return modelRowAt(
    model,
    fields,
    fields.map((field) => raw[`${keyPrefix}${field}`]),
  );
}

/** The model row held in `values` (a row read as an array) from index `start` on, one value per field. */
export function modelRowAt(model: HandReadModel, fields: readonly string[], values: readonly unknown[], start = 0): ModelRow {
  const row: ModelRow = {};
  for (let index = 0; index < fields.length; index++) row[fields[index]!] = modelValue(model, fields[index]!, values[start + index]);
  return row;
}

/** The rows of `model` whose id is in `ids` (in no particular order), with `fields` and the id. */
export async function readRowsById(
  db: DbLike,
  model: HandReadModel,
  ids: readonly string[],
  fields: readonly string[],
): Promise<ModelRow[]> {
  if (ids.length === 0) return [];
  const columns = [...new Set(['id', ...fields])];
  const raws = await db.$queryRaw<ModelRow[]>`
    SELECT ${Prisma.raw(selectList(model, 't', columns))} FROM ${Prisma.raw(HAND_READ_TABLES[model])} t
    WHERE t.id IN (${Prisma.join(ids)})`;
  return raws.map((raw) => modelRow(model, columns, raw));
}
