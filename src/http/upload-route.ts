import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IngestOutcome } from '../domain/ingest.ts';
import { parseFormEncodedReport } from '../domain/report/form-report.ts';
import type { Logger } from '../logger.ts';
import { sendJson } from './json-response.ts';
import { BodyTooLargeError, readBody } from './read-body.ts';

export interface UploadRouteDeps {
  maxBytes: number;
  ingest: (report: unknown) => Promise<IngestOutcome>;
  logger: Logger;
}

/**
 * POST /api/upload, the duplistatus contract (DOMAIN.md a.13) to the status code and body.
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

  let outcome: IngestOutcome;
  try {
    outcome = await deps.ingest(report.value);
  } catch (error) {
    deps.logger.error({ err: error }, 'storing a backup report failed');
    sendJson(res, 500, { error: 'Failed to process backup data' });
    return;
  }
  switch (outcome.kind) {
    case 'stored':
      sendJson(res, 200, { success: true });
      return;
    case 'duplicate':
      sendJson(res, 409, { error: 'ignored, duplicated data' });
      return;
    case 'rejected':
      sendJson(res, outcome.rejection.httpStatus, outcome.rejection.body);
      return;
  }
}

type ParsedBody = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * JSON is what duplistatus asks Duplicati for; the form-encoded text report is Duplicati's default
 * output format (DOMAIN.md a.15), which duplistatus answers with 500. Both reach the same ingest.
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
