import { formatDurationHms, knownStatus } from '../../domain/report/index.ts';
import { parseStoredStringArray } from '../../domain/stored-arrays.ts';
import { parseStoredTimestamp } from '../../domain/timestamps.ts';
import { builder } from '../builder.ts';
import { machineIdArgument, requestedServerId } from '../deprecation/deprecation-reasons.ts';

/** DOMAIN.md a.7: the five statuses; any other stored value reads as UNKNOWN. */
export const BackupStatusEnum = builder.enumType('BackupStatus', {
  values: {
    SUCCESS: { value: 'Success' },
    WARNING: { value: 'Warning' },
    ERROR: { value: 'Error' },
    FATAL: { value: 'Fatal' },
    UNKNOWN: { value: 'Unknown' },
  } as const,
});


export const BackupRef = builder.prismaNode('Backup', {
  id: { field: 'id' },
  // A record that is gone reads as null in node(id:)/nodes(ids:) (src/graphql/node-lookup.ts).
  nullable: true,
  select: { id: true },
  description: 'One Duplicati report: one run of a backup job.',
  fields: (t) => ({
    serverId: t.exposeString('serverId', { description: "The server's Duplicati machine-id." }),
    server: t.relation('server'),
    backupName: t.exposeString('backupName'),
    job: t.relation('job'),
    duplicatiBackupId: t.exposeString('backupId', { description: "Duplicati's local job id, e.g. DB-2 (informational)." }),
    date: t.field({
      type: 'DateTime',
      description: 'When the run started (Data.BeginTime); "latest" always means the greatest date.',
      select: { date: true },
      resolve: (run) => run.date,
    }),
    status: t.field({
      type: BackupStatusEnum,
      description: 'ParsedResult, but Success with warnings is stored as Warning.',
      select: { status: true },
      resolve: (run) => knownStatus(run.status),
    }),
    parsedResult: t.exposeString('parsedResult', { description: 'Data.ParsedResult exactly as reported.' }),
    mainOperation: t.exposeString('mainOperation'),
    durationSeconds: t.exposeFloat('durationSeconds'),
    duration: t.string({
      description: 'HH:MM:SS from whole seconds, hours not wrapped at 24.',
      select: { durationSeconds: true },
      resolve: (run) => formatDurationHms(run.durationSeconds),
    }),
    beginTime: t.field({ type: 'DateTime', select: { beginTime: true }, resolve: (run) => run.beginTime }),
    endTime: t.field({ type: 'DateTime', select: { endTime: true }, resolve: (run) => run.endTime }),
    version: t.exposeString('version', { nullable: true, description: 'Duplicati version that ran the backup.' }),
    size: t.expose('size', { type: 'SafeInt', description: 'Bytes examined (same as sizeOfExaminedFiles).' }),
    uploadedSize: t.expose('uploadedSize', { type: 'SafeInt' }),
    knownFileSize: t.expose('knownFileSize', { type: 'SafeInt', description: 'Bytes stored at the destination.' }),
    bytesDownloaded: t.expose('bytesDownloaded', { type: 'SafeInt' }),
    examinedFiles: t.exposeInt('examinedFiles'),
    openedFiles: t.exposeInt('openedFiles'),
    addedFiles: t.exposeInt('addedFiles'),
    modifiedFiles: t.exposeInt('modifiedFiles'),
    deletedFiles: t.exposeInt('deletedFiles'),
    sizeOfExaminedFiles: t.expose('sizeOfExaminedFiles', { type: 'SafeInt' }),
    sizeOfOpenedFiles: t.expose('sizeOfOpenedFiles', { type: 'SafeInt' }),
    sizeOfAddedFiles: t.expose('sizeOfAddedFiles', { type: 'SafeInt' }),
    sizeOfModifiedFiles: t.expose('sizeOfModifiedFiles', { type: 'SafeInt' }),
    addedFolders: t.exposeInt('addedFolders'),
    modifiedFolders: t.exposeInt('modifiedFolders'),
    deletedFolders: t.exposeInt('deletedFolders'),
    addedSymlinks: t.exposeInt('addedSymlinks'),
    modifiedSymlinks: t.exposeInt('modifiedSymlinks'),
    deletedSymlinks: t.exposeInt('deletedSymlinks'),
    notProcessedFiles: t.exposeInt('notProcessedFiles'),
    tooLargeFiles: t.exposeInt('tooLargeFiles'),
    filesWithError: t.exposeInt('filesWithError'),
    warnings: t.exposeInt('warnings', { description: 'Number of warnings (Data.WarningsActualLength).' }),
    errors: t.exposeInt('errors', { description: 'Number of errors (Data.ErrorsActualLength).' }),
    warningsActualLength: t.exposeInt('warningsActualLength'),
    errorsActualLength: t.exposeInt('errorsActualLength'),
    messagesActualLength: t.exposeInt('messagesActualLength'),
    partialBackup: t.exposeBoolean('partialBackup'),
    dryrun: t.exposeBoolean('dryrun'),
    interrupted: t.exposeBoolean('interrupted'),
    logLines: t.stringList({
      description: 'The report\'s LogLines (can be very large: select it only when you show it).',
      select: { messagesArray: true },
      resolve: (run) => parseStoredStringArray(run.messagesArray),
    }),
    warningMessages: t.stringList({ select: { warningsArray: true }, resolve: (run) => parseStoredStringArray(run.warningsArray) }),
    errorMessages: t.stringList({ select: { errorsArray: true }, resolve: (run) => parseStoredStringArray(run.errorsArray) }),
    availableVersions: t.field({
      type: ['DateTime'],
      description: 'Backup versions read from the retention-policy log lines, newest first (empty when not reported).',
      select: { availableBackups: true },
      resolve: (run) => parseStoredStringArray(run.availableBackups).filter((v) => parseStoredTimestamp(v) !== null),
    }),
    lastBackupDate: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'BackendStatistics.LastBackupDate.',
      select: { lastBackupDate: true },
      resolve: (run) => run.lastBackupDate,
    }),
    backupListCount: t.exposeInt('backupListCount', { description: 'Versions at the destination (BackendStatistics.BackupListCount).' }),
    reportedQuotaError: t.exposeBoolean('reportedQuotaError'),
    reportedQuotaWarning: t.exposeBoolean('reportedQuotaWarning'),
    backendMainOperation: t.exposeString('backendMainOperation', { nullable: true }),
    backendParsedResult: t.exposeString('backendParsedResult', { nullable: true }),
    backendInterrupted: t.exposeBoolean('backendInterrupted'),
    backendVersion: t.exposeString('backendVersion', { nullable: true }),
    backendBeginTime: t.field({
      type: 'DateTime',
      nullable: true,
      select: { backendBeginTime: true },
      resolve: (run) => run.backendBeginTime,
    }),
    backendDuration: t.exposeString('backendDuration', { nullable: true, description: 'Raw TimeSpan text.' }),
    backendWarningsActualLength: t.exposeInt('backendWarningsActualLength'),
    backendErrorsActualLength: t.exposeInt('backendErrorsActualLength'),
    receivedAt: t.field({
      type: 'DateTime',
      description: 'When this server stored the report (created_at).',
      select: { createdAt: true },
      resolve: (run) => run.createdAt,
    }),
  }),
});

const BackupFilter = builder.inputType('BackupFilter', {
  fields: (t) => ({
    serverId: t.id({ required: false, description: 'Global id or machine-id.' }),
    machineId: t.id(machineIdArgument('BackupFilter.serverId')),
    backupName: t.string({ required: false }),
    statuses: t.field({ type: [BackupStatusEnum], required: false }),
    from: t.field({ type: 'DateTime', required: false, description: 'Runs whose date is at or after this instant.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Runs whose date is before this instant.' }),
  }),
});

type BackupFilterInput = typeof BackupFilter.$inferInput;

function backupWhere(filter: BackupFilterInput | null | undefined) {
  return {
    serverId: requestedServerId(filter?.serverId, filter?.machineId) ?? undefined,
    backupName: filter?.backupName ?? undefined,
    status: filter?.statuses?.length ? { in: [...filter.statuses] } : undefined,
    date: {
      gte: filter?.from ? filter.from.toISOString() : undefined,
      lt: filter?.to ? filter.to.toISOString() : undefined,
    },
  };
}

builder.queryFields((t) => ({
  backups: t.prismaConnection({
    type: 'Backup',
    cursor: 'id',
    description: 'Runs, newest first.',
    args: { filter: t.arg({ type: BackupFilter, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.backup.findMany({ ...query, where: backupWhere(args.filter), orderBy: [{ date: 'desc' }, { id: 'asc' }] }),
    totalCount: (_root, args, ctx) => ctx.prisma.backup.count({ where: backupWhere(args.filter) }),
  }),
}));
