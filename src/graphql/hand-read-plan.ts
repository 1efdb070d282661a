import { areColumnsOf, readRowsById } from '../domain/model-rows.ts';
import type { HandReadModel, ModelRow } from '../domain/model-rows.ts';
import type { Db } from '../db/types.ts';
import { markHandLoaded } from './hand-loaded-rows.ts';

/**
 * The scalar fields a Pothos plan (`{ select: { field: true, … } }`) asks of `model`, or null when
 * it asks for more (a relation, a count, an include, paging): then only the model query answers
 * it exactly.
 */
export function plainSelectOf(model: HandReadModel, plan: unknown): string[] | null {
  if (!isObject(plan) || Object.keys(plan).some((key) => key !== 'select') || !isObject(plan.select)) return null;
  const select = plan.select;
  const fields = Object.keys(select);
  return fields.every((field) => select[field] === true) && areColumnsOf(model, fields) ? fields : null;
}

/**
 * `findMany({ ...plan, where: { id: { in: ids } } })` by hand when the plan asks for columns only,
 * else `modelQuery()`. Rows come in no particular order, as the model query's do.
 */
export async function findRowsById<T>(
  db: Db,
  model: HandReadModel,
  plan: unknown,
  ids: readonly string[],
  modelQuery: () => Promise<T[]>,
): Promise<T[]> {
  const fields = plainSelectOf(model, plan);
  if (!fields) return modelQuery();
  const rows = await readRowsById(db, model, ids, fields);
  if (model !== 'Server') for (const row of rows) markHandLoaded(row);
  return rows as T[];
}

/** One row by id as `findUnique` gives it (null when gone), by hand when the plan allows. */
export async function findRowById<T>(
  db: Db,
  model: HandReadModel,
  plan: unknown,
  id: string,
  modelQuery: () => Promise<T | null>,
): Promise<T | null> {
  if (!plainSelectOf(model, plan)) return modelQuery();
  const [row] = await findRowsById<ModelRow>(db, model, plan, [id], () => Promise.resolve([]));
  return (row as T | undefined) ?? null;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
