import { areColumnsOf, readRowsById } from '../domain/model-rows.ts';
import type { HandReadModel } from '../domain/model-rows.ts';
import type { Db } from '../db/types.ts';
import { isObject } from '../domain/report/report-values.ts';
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
  const [row] = await findRowsById<T>(db, model, plan, [id], async () => {
    const found = await modelQuery();
    return found === null ? [] : [found];
  });
  return row ?? null;
}
