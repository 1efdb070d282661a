/**
 * Reading loosely typed JSON values the way the duplistatus ingest stores them (DOMAIN.md a.3:
 * `x || 0` for numbers, truthiness for booleans, NULL for absent strings), made safe for typed
 * columns.
 */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JavaScript falsiness, the test duplistatus applies to required fields (a.13). */
export function isFalsy(value: unknown): boolean {
  return !value;
}

/** An Int column: numbers and numeric strings, truncated; anything else (absent, NaN, ±∞) is 0. */
export function toCount(value: unknown): number {
  const number = toFiniteNumber(value);
  return number === undefined ? 0 : Math.trunc(number) || 0;
}

/** A BigInt column (byte counts exceed 2^31); integer strings are taken digit for digit. */
export function toByteCount(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return BigInt(value.trim());
  const number = toFiniteNumber(value);
  return number === undefined ? 0n : BigInt(Math.trunc(number));
}

export function toFlag(value: unknown): boolean {
  return Boolean(value);
}

/**
 * A text column: strings as they are, other primitives as text, objects as JSON (instead of
 * "[object Object]"); null when absent.
 */
export function toText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? null;
}

function toFiniteNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  }
  return undefined;
}
