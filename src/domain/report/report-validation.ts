import { parseDurationSeconds } from './duration.ts';
import { isFalsy, isObject } from './report-values.ts';
import type { JsonObject } from './report-values.ts';
import type { ReportLimits } from './report-limits.ts';
import { REPORT_LIMIT_SETTINGS } from './report-limits.ts';
import { normaliseTimestamp } from './time.ts';
import type { ReportRejection } from './types.ts';

const REQUIRED_EXTRA_FIELDS = ['machine-id', 'machine-name', 'backup-name', 'backup-id'] as const;
const REQUIRED_DATA_FIELDS = ['ParsedResult', 'BeginTime', 'Duration'] as const;
const RUN_TIME_FIELDS = ['BeginTime', 'EndTime'] as const;

/** A report that passed every check: `Data` and `Extra` are known to be there. */
export interface AcceptedReport {
  report: JsonObject;
  data: JsonObject;
  extra: JsonObject;
}

export interface ValidationOptions {
  timeZone: string;
  /** This server's clock when the report arrived. */
  now: Date;
  limits: ReportLimits;
}

/**
 * The ingest checks in duplistatus order, docs/compatibility/upload.md#validation-and-responses rows 1–5 with their exact messages, then
 * checks of our own where duplistatus would fail later with a 500 or store what breaks its read
 * side: run times that are not dates, or lie further in the future than clock skew explains, and
 * a `Duration` that is not a TimeSpan.
 */
export function validateReport(
  body: unknown,
  options: ValidationOptions,
): { ok: true; accepted: AcceptedReport } | { ok: false; rejection: ReportRejection } {
  const { timeZone } = options;
  // A body that is not an object has no Data; duplistatus would crash on null, we answer row 1.
  const report: JsonObject = isObject(body) ? body : {};
  const rawData = report.Data;
  const data: JsonObject = isObject(rawData) ? rawData : {};

  // Row 1, also when Data is missing.
  if (data.MainOperation !== 'Backup') return reject({ kind: 'not-a-backup', message: 'Only backup operations are supported' });

  // Row 2.
  const rawExtra = report.Extra;
  if (isFalsy(rawExtra)) return reject({ kind: 'missing-section', message: 'Missing Extra section in request data', section: 'Extra' });

  // Row 3: a truthy Extra that is not an object has none of the keys.
  const extra: JsonObject = isObject(rawExtra) ? rawExtra : {};
  const missingExtra = REQUIRED_EXTRA_FIELDS.filter((field) => isFalsy(extra[field]));
  if (missingExtra.length > 0) {
    return reject({
      kind: 'missing-fields',
      message: `Missing required fields in Extra section: ${missingExtra.join(', ')}`,
      section: 'Extra',
      missingFields: missingExtra,
    });
  }

  // Row 4 ("Missing Data section") cannot be reached: row 1 already needs Data.MainOperation.

  // Row 5.
  const missingData = REQUIRED_DATA_FIELDS.filter((field) => isFalsy(data[field]));
  if (missingData.length > 0) {
    return reject({
      kind: 'missing-fields',
      message: `Missing required fields in Data section: ${missingData.join(', ')}`,
      section: 'Data',
      missingFields: missingData,
    });
  }

  // Ours (a): duplistatus calls new Date(x).toISOString() on both while inserting → 500.
  const invalidDates = RUN_TIME_FIELDS.filter((field) => normaliseTimestamp(data[field], timeZone) === null);
  if (invalidDates.length > 0) {
    return reject({
      kind: 'invalid-dates',
      message: `Invalid date in Data section: ${invalidDates.join(', ')}`,
      section: 'Data',
      invalidFields: invalidDates,
    });
  }

  // Ours (b): a run dated years ahead would stay the job's latest run until then (never overdue)
  // and give negative ages; a Duplicati host whose clock is a little fast is still accepted.
  const latestAccepted = options.now.getTime() + options.limits.maxFutureSeconds * 1000;
  const future = RUN_TIME_FIELDS.filter((field) => Date.parse(normaliseTimestamp(data[field], timeZone)!) > latestAccepted);
  if (future.length > 0) {
    const setting = REPORT_LIMIT_SETTINGS.maxFutureSeconds;
    return reject({
      kind: 'future-dates',
      message:
        `Date in the future in Data section: ${future.map((field) => `${field} ${normaliseTimestamp(data[field], timeZone)}`).join(', ')} ` +
        `is more than ${options.limits.maxFutureSeconds} seconds (${setting}) after this server's time ${options.now.toISOString()}; ` +
        'check the clock of the Duplicati host',
      section: 'Data',
      invalidFields: future,
      maxFutureSeconds: options.limits.maxFutureSeconds,
    });
  }

  // Ours (c): duplistatus would store NaN (or throw on a non-string).
  if (typeof data.Duration !== 'string' || parseDurationSeconds(data.Duration) === null) {
    return reject({
      kind: 'invalid-duration',
      message: 'Invalid duration in Data section: Duration',
      section: 'Data',
      invalidFields: ['Duration'],
    });
  }

  return { ok: true, accepted: { report, data, extra } };
}

function reject(rejection: ReportRejection): { ok: false; rejection: ReportRejection } {
  return { ok: false, rejection };
}
