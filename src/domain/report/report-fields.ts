import type { ReportLimits } from './report-limits.ts';
import { REPORT_LIMIT_SETTINGS } from './report-limits.ts';
import type { ReportRejection } from './types.ts';

/** One value a report may not carry: where it is (`Data.ExaminedFiles`) and why. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** Int columns (counts) are 32-bit; byte counts must stay exact as JSON numbers (SafeInt). */
export const MAX_COUNT = 2 ** 31 - 1;
export const MAX_BYTES = Number.MAX_SAFE_INTEGER;

/**
 * Reads typed values out of a report, noting every value no real Duplicati report can carry
 * instead of storing a guess: objects as names, `true` or 12.7 as a file count, ten megabytes as
 * a machine id. What Duplicati does send loosely is still taken as duplistatus takes it (* docs/compatibility/upload.md#data-fields): an absent, null or empty number is 0, a JSON number is taken as its decimal text where text is
 * expected, and a whole number sent as text is taken as that number.
 */
export interface FieldReader {
  readonly problems: readonly FieldProblem[];
  /** An `Extra` identity field, already known to be present (docs/compatibility/upload.md#validation-and-responses row 3). */
  identity(field: string, value: unknown, limit: 'maxIdLength' | 'maxNameLength'): string;
  /** A short text column; null when absent. */
  text(field: string, value: unknown): string | null;
  /** An Int column: a whole number from 0 to 2^31 - 1; 0 when absent. */
  count(field: string, value: unknown): number;
  /** A BigInt column of bytes: a whole number from 0 to 2^53 - 1; 0 when absent. */
  bytes(field: string, value: unknown): bigint;
}

export function createFieldReader(limits: ReportLimits): FieldReader {
  const problems: FieldProblem[] = [];
  const refuse = (field: string, reason: string) => {
    problems.push({ field, reason });
  };

  const boundedText = (field: string, text: string, limit: 'maxIdLength' | 'maxNameLength'): string => {
    if (text.length > limits[limit]) {
      refuse(field, `is ${text.length} characters long, over the limit of ${limits[limit]} (${REPORT_LIMIT_SETTINGS[limit]})`);
    }
    return text;
  };

  const wholeNumber = (field: string, value: unknown, max: number, what: string): number => {
    if (value === undefined || value === null || value === '') return 0;
    const number = typeof value === 'number' ? value : typeof value === 'string' && DECIMAL_DIGITS.test(value) ? Number(value) : Number.NaN;
    if (Number.isInteger(number) && number >= 0 && number <= max) return number;
    refuse(field, `must be ${what} from 0 to ${max}, got ${describe(value)}`);
    return 0;
  };

  return {
    problems,
    identity(field, value, limit) {
      const text = asText(value);
      if (text === undefined) {
        refuse(field, `must be text, got ${describe(value)}`);
        return '';
      }
      return boundedText(field, text, limit);
    },
    text(field, value) {
      if (value === undefined || value === null) return null;
      const text = asText(value);
      if (text === undefined) {
        refuse(field, `must be text, got ${describe(value)}`);
        return null;
      }
      return boundedText(field, text, 'maxNameLength');
    },
    count(field, value) {
      return wholeNumber(field, value, MAX_COUNT, 'a whole number');
    },
    bytes(field, value) {
      // Text keeps every digit: a size sent as "9007199254740993" is not read as ...992.
      if (typeof value === 'string' && DECIMAL_DIGITS.test(value) && BigInt(value.trim()) > BigInt(MAX_BYTES)) {
        refuse(field, `must be a whole number of bytes from 0 to ${MAX_BYTES}, got ${describe(value)}`);
        return 0n;
      }
      return BigInt(wholeNumber(field, value, MAX_BYTES, 'a whole number of bytes'));
    },
  };
}

const DECIMAL_DIGITS = /^\s*\d{1,30}\s*$/;

/** Strings as they are, JSON numbers as their decimal text; anything else is not text. */
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A short, safe rendering of what was sent, for the answer (never the whole of a long value). */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `a text of ${value.length} characters` : JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** The refusal for field problems: every field named with its reason. */
export function invalidValuesRejection(problems: readonly FieldProblem[]): ReportRejection {
  return {
    kind: 'invalid-values',
    message: `Invalid values in the report: ${problems.map(({ field, reason }) => `${field} ${reason}`).join('; ')}`,
    invalidFields: problems.map(({ field }) => field),
  };
}
