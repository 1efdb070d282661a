import { ingestReport } from '../domain/ingest.ts';
import { builder } from './builder.ts';
import { ErrorInterface } from './errors.ts';

export class InvalidReportError extends Error {
  constructor(
    message: string,
    readonly missingFields: string[],
    readonly invalidFields: string[],
  ) {
    super(message);
    this.name = 'InvalidReportError';
  }
}

export class DuplicateReportError extends Error {
  constructor() {
    super('ignored, duplicated data: this server already has a run of this job with the same BeginTime');
    this.name = 'DuplicateReportError';
  }
}

builder.objectType(InvalidReportError, {
  name: 'InvalidReportError',
  description: 'The report failed the checks /api/upload answers with 400.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    missingFields: t.exposeStringList('missingFields'),
    invalidFields: t.exposeStringList('invalidFields'),
  }),
});

builder.objectType(DuplicateReportError, {
  name: 'DuplicateReportError',
  description: 'The run is already stored (/api/upload answers 409).',
  interfaces: [ErrorInterface],
});

const ReportBackupInput = builder.inputType('ReportBackupInput', {
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
  fields: (t) => ({
    backup: t.prismaField({
      type: 'Backup',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.backup.findUniqueOrThrow({ ...query, where: { id: payload.backupId } }),
    }),
  }),
});

builder.mutationField('reportBackup', (t) =>
  t.field({
    type: ReportBackupPayloadRef,
    description: 'Stores a Duplicati report exactly as POST /api/upload does.',
    errors: { types: [InvalidReportError, DuplicateReportError] },
    args: { input: t.arg({ type: ReportBackupInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await ingestReport(ctx.prisma, input.report, {
        timeZone: ctx.config.reportTimeZone,
        now: ctx.now,
        events: ctx.events,
        limits: ctx.config.reportLimits,
      });
      switch (outcome.kind) {
        case 'stored':
          return { backupId: outcome.run.backupId };
        case 'duplicate':
          throw new DuplicateReportError();
        case 'rejected': {
          const body = outcome.rejection.body;
          throw new InvalidReportError(
            String(body.error),
            stringList(body.missingFields),
            stringList(body.invalidFields),
          );
        }
      }
    },
  }),
);

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
