/**
 * Reading loosely typed JSON values the way the duplistatus ingest does (docs/compatibility/upload.md#data-fields):
 * truthiness for presence and for booleans. Numbers and text are read in report-fields.ts.
 */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JavaScript falsiness, the test duplistatus applies to required fields (docs/compatibility/upload.md#validation-and-responses). */
export function isFalsy(value: unknown): boolean {
  return !value;
}

export function toFlag(value: unknown): boolean {
  return Boolean(value);
}
