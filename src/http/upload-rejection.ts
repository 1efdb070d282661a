import type { ReportRejection, ReportSection } from '../domain/report/index.ts';

export interface UploadRejectionResponse {
  status: 400;
  body: Record<string, unknown>;
}

/**
 * POST /api/upload's answer to a refused report: duplistatus's 400 bodies (docs/compatibility/upload.md#validation-and-responses), keys in
 * its order since clients may compare the JSON text, and our own checks in the same shape.
 * `report` is the body the route handed to the ingest: rows 3 and 5 echo the section it sent.
 */
export function uploadRejectionResponse(rejection: ReportRejection, report: unknown): UploadRejectionResponse {
  const error = rejection.message;
  switch (rejection.kind) {
    case 'not-a-backup':
    case 'missing-section':
      return badRequest({ error });
    case 'missing-fields':
      return badRequest({
        error,
        missingFields: rejection.missingFields,
        [ECHO_KEYS[rejection.section]]: sectionSent(report, rejection.section),
      });
    case 'future-dates':
      return badRequest({ error, invalidFields: rejection.invalidFields, maxFutureSeconds: rejection.maxFutureSeconds });
    case 'invalid-dates':
    case 'invalid-duration':
    case 'invalid-values':
      return badRequest({ error, invalidFields: rejection.invalidFields });
  }
}

const ECHO_KEYS: Record<ReportSection, string> = { Extra: 'extraSection', Data: 'dataSection' };

function sectionSent(report: unknown, section: ReportSection): unknown {
  return typeof report === 'object' && report !== null ? (report as Record<string, unknown>)[section] : undefined;
}

function badRequest(body: Record<string, unknown>): UploadRejectionResponse {
  return { status: 400, body };
}
