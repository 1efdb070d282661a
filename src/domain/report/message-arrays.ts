import { isFalsy } from './report-values.ts';
import type { JsonObject } from './report-values.ts';

export interface StoredMessageArrays {
  messagesArray: string | null;
  warningsArray: string | null;
  errorsArray: string | null;
}

/**
 * The three JSON text columns written per run (docs/compatibility/upload.md#message-arrays, HEAD). Real Duplicati reports
 * carry only `LogLines`: their serializer strips `Data.Messages/Warnings/Errors` (docs/compatibility/upload.md#report-structure).
 */
export function storedMessageArrays(report: JsonObject, data: JsonObject): StoredMessageArrays {
  return {
    messagesArray: jsonIfPresent(messagesSource(report, data)),
    warningsArray: jsonIfPresent(data.Warnings),
    errorsArray: errorsArray(report, data),
  };
}

/** The value `messagesArray` holds as JSON: `LogLines`, else `Data.Messages` (presence by truthiness). */
export function messagesSource(report: JsonObject, data: JsonObject): unknown {
  return isFalsy(report.LogLines) ? data.Messages : report.LogLines;
}

/** duplistatus tests presence by truthiness, so an empty `LogLines: []` is stored as "[]". */
function jsonIfPresent(value: unknown): string | null {
  return isFalsy(value) ? null : (JSON.stringify(value) ?? null);
}

/**
 * Non-empty `Data.Errors`; else, since 1.2.1, the exception text as a one-element list.
 * The first truthy of `Data.Exception` and the top-level `Exception` is the one looked at, so a
 * blank `Data.Exception` hides the top-level one, as upstream.
 */
function errorsArray(report: JsonObject, data: JsonObject): string | null {
  if (Array.isArray(data.Errors) && data.Errors.length > 0) return JSON.stringify(data.Errors);
  const exception = data.Exception || report.Exception;
  if (typeof exception === 'string' && exception.trim() !== '') return JSON.stringify([exception]);
  return null;
}
