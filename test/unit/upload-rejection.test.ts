import { describe, expect, it } from 'vitest';
import type { ReportRejection } from '../../src/domain/report/index.ts';
import { uploadRejectionResponse } from '../../src/http/upload-rejection.ts';

const SENT = {
  Data: { MainOperation: 'Backup', ParsedResult: '' },
  Extra: { 'machine-id': 'abc' },
};

/** Same status, same body and same key order: clients may compare the JSON text. */
function expectAnswer(rejection: ReportRejection, expected: Record<string, unknown>, sent: unknown = SENT): void {
  const answer = uploadRejectionResponse(rejection, sent);
  expect(answer.status).toBe(400);
  expect(answer.body).toStrictEqual(expected);
  expect(JSON.stringify(answer.body)).toBe(JSON.stringify(expected));
}

describe('uploadRejectionResponse: duplistatus bodies from typed rejections', () => {
  it('answers a report that is not a backup with its message alone', () => {
    expectAnswer(
      { kind: 'not-a-backup', message: 'Only backup operations are supported' },
      { error: 'Only backup operations are supported' },
    );
  });

  it('answers a missing Extra section with its message alone', () => {
    expectAnswer(
      { kind: 'missing-section', message: 'Missing Extra section in request data', section: 'Extra' },
      { error: 'Missing Extra section in request data' },
    );
  });

  it('lists missing Extra fields and echoes the Extra section as sent', () => {
    expectAnswer(
      {
        kind: 'missing-fields',
        message: 'Missing required fields in Extra section: backup-name',
        section: 'Extra',
        missingFields: ['backup-name'],
      },
      { error: 'Missing required fields in Extra section: backup-name', missingFields: ['backup-name'], extraSection: SENT.Extra },
    );
  });

  it('echoes an Extra section that is not an object as it was sent', () => {
    const sent = { Data: SENT.Data, Extra: 'machine-id=abc' };
    expectAnswer(
      {
        kind: 'missing-fields',
        message: 'Missing required fields in Extra section: machine-id',
        section: 'Extra',
        missingFields: ['machine-id'],
      },
      { error: 'Missing required fields in Extra section: machine-id', missingFields: ['machine-id'], extraSection: 'machine-id=abc' },
      sent,
    );
  });

  it('lists missing Data fields and echoes the Data section as sent', () => {
    expectAnswer(
      {
        kind: 'missing-fields',
        message: 'Missing required fields in Data section: ParsedResult',
        section: 'Data',
        missingFields: ['ParsedResult'],
      },
      { error: 'Missing required fields in Data section: ParsedResult', missingFields: ['ParsedResult'], dataSection: SENT.Data },
    );
  });

  it('names the invalid fields of our own checks: dates, duration, values', () => {
    expectAnswer(
      { kind: 'invalid-dates', message: 'Invalid date in Data section: EndTime', section: 'Data', invalidFields: ['EndTime'] },
      { error: 'Invalid date in Data section: EndTime', invalidFields: ['EndTime'] },
    );
    expectAnswer(
      { kind: 'invalid-duration', message: 'Invalid duration in Data section: Duration', section: 'Data', invalidFields: ['Duration'] },
      { error: 'Invalid duration in Data section: Duration', invalidFields: ['Duration'] },
    );
    expectAnswer(
      {
        kind: 'invalid-values',
        message: 'Invalid values in the report: Data.ExaminedFiles must be …',
        invalidFields: ['Data.ExaminedFiles'],
      },
      { error: 'Invalid values in the report: Data.ExaminedFiles must be …', invalidFields: ['Data.ExaminedFiles'] },
    );
  });

  it('adds the allowed clock skew to a run dated in the future', () => {
    expectAnswer(
      {
        kind: 'future-dates',
        message: 'Date in the future in Data section: …',
        section: 'Data',
        invalidFields: ['BeginTime', 'EndTime'],
        maxFutureSeconds: 86_400,
      },
      { error: 'Date in the future in Data section: …', invalidFields: ['BeginTime', 'EndTime'], maxFutureSeconds: 86_400 },
    );
  });
});
