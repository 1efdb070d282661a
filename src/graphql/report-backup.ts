import type { ReportRejection, ReportSection } from '../domain/report/index.ts';
import { builder } from './builder.ts';
import { ErrorInterface } from './errors.ts';

export class InvalidReportError extends Error {
  readonly reason: ReportRejection['kind'];
  readonly section: ReportSection | null;
  readonly missingFields: string[];
  readonly invalidFields: string[];

  constructor(rejection: ReportRejection) {
    super(rejection.message);
    this.name = 'InvalidReportError';
    this.reason = rejection.kind;
    this.section = 'section' in rejection ? rejection.section : null;
    this.missingFields = rejection.kind === 'missing-fields' ? rejection.missingFields : [];
    this.invalidFields = 'invalidFields' in rejection ? rejection.invalidFields : [];
  }
}

export class DuplicateReportError extends Error {
  constructor() {
    super('ignored, duplicated data: this server already has a run of this job with the same BeginTime');
    this.name = 'DuplicateReportError';
  }
}

const ReportRejectionReasonEnum = builder.enumType('ReportRejectionReason', {
  description: 'The check a report failed, in the order they run; /api/upload answers each with 400.',
  values: {
    NOT_A_BACKUP: { value: 'not-a-backup', description: 'Data.MainOperation is not Backup: only backup runs are stored.' },
    MISSING_SECTION: { value: 'missing-section', description: 'The report has no Extra section.' },
    MISSING_FIELDS: { value: 'missing-fields', description: 'Required fields of `section` are missing or empty: `missingFields`.' },
    INVALID_DATES: { value: 'invalid-dates', description: 'Data.BeginTime or Data.EndTime is not a date: `invalidFields`.' },
    FUTURE_DATES: {
      value: 'future-dates',
      description: "A run time lies further after this server's clock than REPORT_MAX_FUTURE_SECONDS.",
    },
    INVALID_DURATION: { value: 'invalid-duration', description: 'Data.Duration is not a time span.' },
    INVALID_VALUES: {
      value: 'invalid-values',
      description: 'Values no Duplicati report carries (type, length, range): `invalidFields`, as paths.',
    },
  } as const,
});

const ReportSectionEnum = builder.enumType('ReportSection', {
  description: 'A top-level section of a Duplicati report.',
  values: {
    DATA: { value: 'Data', description: 'The run itself: statistics, times, status.' },
    EXTRA: { value: 'Extra', description: 'What Duplicati adds about the machine and job (machine-id, backup name).' },
  } as const,
});

builder.objectType(InvalidReportError, {
  name: 'InvalidReportError',
  description: 'The report failed the checks /api/upload answers with 400.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    reason: t.expose('reason', { type: ReportRejectionReasonEnum, description: 'Which check failed.' }),
    section: t.expose('section', {
      type: ReportSectionEnum,
      nullable: true,
      description: 'The section the check is about, when it is about one.',
    }),
    missingFields: t.exposeStringList('missingFields', {
      description: 'Required fields that are missing or empty (MISSING_FIELDS); empty otherwise.',
    }),
    invalidFields: t.exposeStringList('invalidFields', {
      description: 'Fields whose values were refused, as paths (INVALID_DATES, INVALID_VALUES); empty otherwise.',
    }),
  }),
});

builder.objectType(DuplicateReportError, {
  name: 'DuplicateReportError',
  description: 'The run is already stored (/api/upload answers 409).',
  interfaces: [ErrorInterface],
});

const ReportBackupInput = builder.inputType('ReportBackupInput', {
  description: 'One Duplicati report.',
  fields: (t) => ({
    report: t.field({
      type: 'JSONObject',
      required: true,
      description: 'The JSON body Duplicati posts to /api/upload ({Data, Extra, LogLines, Exception}).',
    }),
  }),
});

interface ReportBackupPayload {
  backupId: string;
}

const ReportBackupPayloadRef = builder.objectRef<ReportBackupPayload>('ReportBackupPayload').implement({
  description: 'The outcome of reportBackup.',
  fields: (t) => ({
    backup: t.prismaField({
      type: 'Backup',
      description: 'The stored run.',
      resolve: (query, payload, _args, ctx) => ctx.prisma.backup.findUniqueOrThrow({ ...query, where: { id: payload.backupId } }),
    }),
  }),
});

builder.mutationField('reportBackup', (t) =>
  t.field({
    type: ReportBackupPayloadRef,
    description: 'Stores a Duplicati report exactly as POST /api/upload does.',
    errors: { types: [InvalidReportError, DuplicateReportError] },
    args: { input: t.arg({ type: ReportBackupInput, required: true, description: 'The report to store.' }) },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await ctx.ingest(input.report);
      switch (outcome.kind) {
        case 'stored':
          return { backupId: outcome.run.backupId };
        case 'duplicate':
          throw new DuplicateReportError();
        case 'rejected':
          throw new InvalidReportError(outcome.rejection);
      }
    },
  }),
);
