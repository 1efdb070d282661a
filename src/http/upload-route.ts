import type { IncomingMessage, ServerResponse } from 'node:http';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import type { Ingest, IngestOutcome } from '../domain/ingest.ts';
import { parseFormEncodedReport } from '../domain/report/form-report.ts';
import type { Logger } from '../logger.ts';
import { checkJsonSafety, describeJsonSafetyProblem } from '../security/json-safety.ts';
import type { PathSegment } from '../security/json-safety.ts';
import { summarizeErrorForLog } from './error-summary.ts';
import { sendJson } from './json-response.ts';
import { BodyTooLargeError, readBody } from './read-body.ts';
import { uploadRejectionResponse } from './upload-rejection.ts';

export interface UploadRouteDeps {
  maxBytes: number;
  ingest: Ingest;
  logger: Logger;
  requestId: string;
}

/**
 * POST /api/upload, the duplistatus contract (docs/compatibility/upload.md#validation-and-responses) to the status code and body.
 * Where duplistatus answers 500 for a client's mistake (a body that is not JSON), this answers
 * 400 with the reason: a 5xx makes Duplicati retry a report that can never succeed.
 */
export async function handleUpload(req: IncomingMessage, res: ServerResponse, deps: UploadRouteDeps): Promise<void> {
  if (req.method !== 'POST') {
    sendJson(res, 405, { error: 'Method not allowed: Duplicati reports are sent with POST' }, { Allow: 'POST' });
    return;
  }
  let raw: Buffer;
  try {
    raw = await readBody(req, deps.maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendJson(res, 413, { error: `Report too large: the limit is ${error.limitBytes} bytes (UPLOAD_MAX_BYTES)` }, { Connection: 'close' });
      return;
    }
    throw error;
  }

  const report = parseReportBody(raw, req.headers['content-type']);
  if (!report.ok) {
    sendJson(res, 400, { error: report.error });
    return;
  }
  const safety = checkJsonSafety(report.value, { mayRepairSurrogateAt: isFreeText });
  if (safety.problem) {
    sendJson(res, 400, { error: describeJsonSafetyProblem(safety.problem, 'Report'), field: safety.problem.path });
    return;
  }
  if (safety.repaired.length > 0) {
    deps.logger.warn(
      { reqId: deps.requestId, fields: safety.repaired.slice(0, 20), count: safety.repaired.length },
      'lone UTF-16 surrogates in report text replaced with U+FFFD',
    );
  }

  let outcome: IngestOutcome;
  try {
    outcome = await deps.ingest(report.value);
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      deps.logger.warn({ reqId: deps.requestId, err: summarizeErrorForLog(error) }, 'report not stored: the database is not reachable');
      sendJson(
        res,
        503,
        {
          error:
            'The database is not reachable, so the report was not stored. Nothing is wrong with the report; Duplicati will not send it again, see README "When the database is down" to fill the gap',
          requestId: deps.requestId,
        },
        { 'Retry-After': '30' },
      );
      return;
    }
    deps.logger.error({ reqId: deps.requestId, err: summarizeErrorForLog(error) }, 'storing a backup report failed');
    sendJson(res, 500, { error: 'Failed to process backup data', requestId: deps.requestId });
    return;
  }
  switch (outcome.kind) {
    case 'stored':
      sendJson(res, 200, { success: true });
      return;
    case 'duplicate':
      sendJson(res, 409, { error: 'ignored, duplicated data' });
      return;
    case 'rejected': {
      const answer = uploadRejectionResponse(outcome.rejection, report.value);
      sendJson(res, answer.status, answer.body);
      return;
    }
  }
}

/**
 * The fields that name a server or a job. A lone surrogate there is refused (400, naming the
 * field): replacing it would file the run under a server or job the sender never named. Anywhere
 * else in a report it is replaced with U+FFFD and the report is stored: Windows allows unpaired
 * surrogates in file names, so a real report's messages and log lines can carry one, and a 4xx
 * would lose that run for good (Duplicati does not retry it).
 */
const IDENTITY_FIELDS = new Set(['machine-id', 'machine-name', 'backup-name', 'backup-id']);

function isFreeText(path: readonly PathSegment[]): boolean {
  return !(path[0] === 'Extra' && typeof path[1] === 'string' && IDENTITY_FIELDS.has(path[1]));
}

type ParsedBody = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * JSON is what duplistatus asks Duplicati for; the form-encoded text report is Duplicati's default
 * output format (docs/compatibility/upload.md#form-encoded-reports), which duplistatus answers with 500. Both reach the same ingest.
 */
function parseReportBody(raw: Buffer, contentType: string | undefined): ParsedBody {
  const text = raw.toString('utf8');
  if (text.trim() === '') return { ok: false, error: 'Request body is empty: expected a Duplicati JSON report' };
  if (contentType?.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    const form = parseFormEncodedReport(text);
    return form.ok ? { ok: true, value: form.report } : { ok: false, error: form.error };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      error: `Request body is not valid JSON (${(error as Error).message}); set --send-http-result-output-format=Json in Duplicati`,
    };
  }
}
