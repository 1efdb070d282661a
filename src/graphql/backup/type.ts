import { millisecondsFromSeconds } from '../../domain/durations.ts';
import { formatDurationHms, knownStatus, parseDurationSeconds } from '../../domain/report/index.ts';
import { parseStoredStringArray } from '../../domain/stored-arrays.ts';
import { isIsoInstantText, parseStoredTimestamp } from '../../domain/timestamps.ts';
import { builder } from '../builder.ts';
import { replacedBy } from '../deprecation/deprecation-reasons.ts';

/** docs/compatibility/upload.md#status-rule: the five statuses; any other stored value reads as UNKNOWN. */
export const BackupStatusEnum = builder.enumType('BackupStatus', {
  description: 'How a run ended.',
  values: {
    SUCCESS: { value: 'Success', description: 'Finished with no warnings or errors.' },
    WARNING: { value: 'Warning', description: 'Finished, with warnings.' },
    ERROR: { value: 'Error', description: 'Finished, with errors: some files may not be backed up.' },
    FATAL: { value: 'Fatal', description: 'Stopped by an error before finishing.' },
    UNKNOWN: { value: 'Unknown', description: 'Any status Duplicati sent that is not one of the others.' },
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
    server: t.relation('server', { description: 'The server that sent the report.' }),
    backupName: t.exposeString('backupName', { description: 'The name of the backup job in Duplicati.' }),
    job: t.relation('job', { description: 'The backup job this run belongs to.' }),
    duplicatiBackupId: t.exposeString('backupId', { description: "Duplicati's local job id, e.g. DB-2 (informational)." }),
    startedAt: t.field({
      type: 'DateTime',
      description: 'When the run started (Data.BeginTime); "latest" always means the greatest startedAt.',
      select: { date: true },
      resolve: (run) => run.date,
    }),
    endedAt: t.field({
      type: 'DateTime',
      description: 'When the run ended (Data.EndTime).',
      select: { endTime: true },
      resolve: (run) => run.endTime,
    }),
    date: t.field({
      type: 'DateTime',
      description: 'When the run started (Data.BeginTime); "latest" always means the greatest date.',
      deprecationReason: replacedBy('Backup.startedAt', 'times are named …At'),
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
    mainOperation: t.exposeString('mainOperation', { description: 'The operation Duplicati ran (Data.MainOperation), usually Backup.' }),
    durationMilliseconds: t.field({
      type: 'SafeInt',
      description: "How long the run took (Data.Duration), in whole milliseconds, rounded: the API's one duration form.",
      select: { durationSeconds: true },
      resolve: (run) => millisecondsFromSeconds(run.durationSeconds),
    }),
    durationSeconds: t.exposeFloat('durationSeconds', {
      description: 'How long the run took, in seconds (Data.Duration).',
      deprecationReason: replacedBy('Backup.durationMilliseconds', 'durations are whole milliseconds, a SafeInt'),
    }),
    duration: t.string({
      description: 'HH:MM:SS from whole seconds, hours not wrapped at 24.',
      deprecationReason: replacedBy(
        'Backup.durationMilliseconds',
        'durations are whole milliseconds, a SafeInt; format them in the client',
      ),
      select: { durationSeconds: true },
      resolve: (run) => formatDurationHms(run.durationSeconds),
    }),
    beginTime: t.field({
      type: 'DateTime',
      description: 'When the run started (Data.BeginTime); the same instant as date.',
      deprecationReason: replacedBy('Backup.startedAt', 'the same instant, and times are named …At'),
      select: { beginTime: true },
      resolve: (run) => run.beginTime,
    }),
    endTime: t.field({
      type: 'DateTime',
      description: 'When the run ended (Data.EndTime).',
      deprecationReason: replacedBy('Backup.endedAt', 'times are named …At'),
      select: { endTime: true },
      resolve: (run) => run.endTime,
    }),
    version: t.exposeString('version', { nullable: true, description: 'Duplicati version that ran the backup.' }),
    size: t.expose('size', {
      type: 'SafeInt',
      description: 'Bytes examined (same as sizeOfExaminedFiles).',
      deprecationReason: replacedBy('Backup.sizeOfExaminedFiles', 'the same bytes, under the name Duplicati gives them'),
    }),
    uploadedSize: t.expose('uploadedSize', { type: 'SafeInt', description: 'Bytes uploaded to the destination by this run.' }),
    knownFileSize: t.expose('knownFileSize', { type: 'SafeInt', description: 'Bytes stored at the destination.' }),
    bytesDownloaded: t.expose('bytesDownloaded', { type: 'SafeInt', description: 'Bytes downloaded from the destination to verify it.' }),
    examinedFiles: t.exposeInt('examinedFiles', { description: 'Files looked at during the run.' }),
    openedFiles: t.exposeInt('openedFiles', { description: 'Files opened to check for changes.' }),
    addedFiles: t.exposeInt('addedFiles', { description: 'New files since the previous version.' }),
    modifiedFiles: t.exposeInt('modifiedFiles', { description: 'Changed files since the previous version.' }),
    deletedFiles: t.exposeInt('deletedFiles', { description: 'Files gone since the previous version.' }),
    sizeOfExaminedFiles: t.expose('sizeOfExaminedFiles', { type: 'SafeInt', description: 'Bytes in the files looked at.' }),
    sizeOfOpenedFiles: t.expose('sizeOfOpenedFiles', { type: 'SafeInt', description: 'Bytes in the files opened.' }),
    sizeOfAddedFiles: t.expose('sizeOfAddedFiles', { type: 'SafeInt', description: 'Bytes in the new files.' }),
    sizeOfModifiedFiles: t.expose('sizeOfModifiedFiles', { type: 'SafeInt', description: 'Bytes in the changed files.' }),
    addedFolders: t.exposeInt('addedFolders', { description: 'New folders since the previous version.' }),
    modifiedFolders: t.exposeInt('modifiedFolders', { description: 'Changed folders since the previous version.' }),
    deletedFolders: t.exposeInt('deletedFolders', { description: 'Folders gone since the previous version.' }),
    addedSymlinks: t.exposeInt('addedSymlinks', { description: 'New symbolic links since the previous version.' }),
    modifiedSymlinks: t.exposeInt('modifiedSymlinks', { description: 'Changed symbolic links since the previous version.' }),
    deletedSymlinks: t.exposeInt('deletedSymlinks', { description: 'Symbolic links gone since the previous version.' }),
    notProcessedFiles: t.exposeInt('notProcessedFiles', { description: 'Files skipped by the run.' }),
    tooLargeFiles: t.exposeInt('tooLargeFiles', { description: 'Files skipped for exceeding the size limit.' }),
    filesWithError: t.exposeInt('filesWithError', { description: 'Files that could not be read.' }),
    warningCount: t.exposeInt('warnings', { description: 'Number of warnings (Data.WarningsActualLength).' }),
    errorCount: t.exposeInt('errors', { description: 'Number of errors (Data.ErrorsActualLength).' }),
    warnings: t.exposeInt('warnings', {
      description: 'Number of warnings (Data.WarningsActualLength).',
      deprecationReason: replacedBy('Backup.warningCount', 'it is a count, not the messages (those are Backup.warningMessages)'),
    }),
    errors: t.exposeInt('errors', {
      description: 'Number of errors (Data.ErrorsActualLength).',
      deprecationReason: replacedBy('Backup.errorCount', 'it is a count, not the messages (those are Backup.errorMessages)'),
    }),
    warningsActualLength: t.exposeInt('warningsActualLength', {
      description: 'Warnings Duplicati counted (Data.WarningsActualLength); may exceed the messages kept.',
    }),
    errorsActualLength: t.exposeInt('errorsActualLength', {
      description: 'Errors Duplicati counted (Data.ErrorsActualLength); may exceed the messages kept.',
    }),
    messagesActualLength: t.exposeInt('messagesActualLength', {
      description: 'Log messages Duplicati counted (Data.MessagesActualLength).',
    }),
    partialBackup: t.exposeBoolean('partialBackup', { description: 'True when the run stopped before all files were backed up.' }),
    isDryRun: t.exposeBoolean('dryrun', { description: 'True for a dry run, which changes nothing at the destination.' }),
    dryrun: t.exposeBoolean('dryrun', {
      description: 'True for a dry run, which changes nothing at the destination.',
      deprecationReason: replacedBy('Backup.isDryRun', 'booleans are named as questions'),
    }),
    interrupted: t.exposeBoolean('interrupted', { description: 'True when the run was stopped by a user or a shutdown.' }),
    logLines: t.stringList({
      description: "The report's LogLines (can be very large: select it only when you show it).",
      select: { messagesArray: true },
      resolve: (run) => parseStoredStringArray(run.messagesArray),
    }),
    warningMessages: t.stringList({
      description: 'The warning messages kept in the report (Data.Warnings); empty if none.',
      select: { warningsArray: true },
      resolve: (run) => parseStoredStringArray(run.warningsArray),
    }),
    errorMessages: t.stringList({
      description: 'The error messages kept in the report (Data.Errors); empty if none.',
      select: { errorsArray: true },
      resolve: (run) => parseStoredStringArray(run.errorsArray),
    }),
    availableVersions: t.field({
      type: ['DateTime'],
      description: 'Backup versions read from the retention-policy log lines, newest first (empty when not reported).',
      select: { availableBackups: true },
      // The stored versions are ISO instants already: only another form needs parsing to be checked.
      resolve: (run) => parseStoredStringArray(run.availableBackups).filter((v) => isIsoInstantText(v) || parseStoredTimestamp(v) !== null),
    }),
    backendLastBackupAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the newest version at the destination was made (BackendStatistics.LastBackupDate); null if not reported.',
      select: { lastBackupDate: true },
      resolve: (run) => run.lastBackupDate,
    }),
    lastBackupDate: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'BackendStatistics.LastBackupDate.',
      deprecationReason: replacedBy('Backup.backendLastBackupAt', "times are named …At, and it is the destination phase's figure"),
      select: { lastBackupDate: true },
      resolve: (run) => run.lastBackupDate,
    }),
    backupListCount: t.exposeInt('backupListCount', { description: 'Versions at the destination (BackendStatistics.BackupListCount).' }),
    reportedQuotaError: t.exposeBoolean('reportedQuotaError', { description: 'True when the destination reported it is over its quota.' }),
    reportedQuotaWarning: t.exposeBoolean('reportedQuotaWarning', {
      description: 'True when the destination reported it is near its quota.',
    }),
    backendMainOperation: t.exposeString('backendMainOperation', {
      nullable: true,
      description: 'The operation of the destination phase (BackendStatistics.MainOperation); null if not reported.',
    }),
    backendParsedResult: t.exposeString('backendParsedResult', {
      nullable: true,
      description: 'The result of the destination phase (BackendStatistics.ParsedResult); null if not reported.',
    }),
    backendInterrupted: t.exposeBoolean('backendInterrupted', {
      description: 'True when the destination phase was interrupted (BackendStatistics.Interrupted).',
    }),
    backendVersion: t.exposeString('backendVersion', {
      nullable: true,
      description: 'Duplicati version reported by the destination phase; null if not reported.',
    }),
    backendStartedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the destination phase started (BackendStatistics.BeginTime); null if not reported.',
      select: { backendBeginTime: true },
      resolve: (run) => run.backendBeginTime,
    }),
    backendBeginTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the destination phase started (BackendStatistics.BeginTime); null if not reported.',
      deprecationReason: replacedBy('Backup.backendStartedAt', 'times are named …At'),
      select: { backendBeginTime: true },
      resolve: (run) => run.backendBeginTime,
    }),
    backendDurationMilliseconds: t.field({
      type: 'SafeInt',
      nullable: true,
      description:
        'How long the destination phase took (BackendStatistics.Duration), in whole milliseconds; null if not reported or not a TimeSpan.',
      select: { backendDuration: true },
      resolve: (run) => {
        const seconds = run.backendDuration === null ? null : parseDurationSeconds(run.backendDuration);
        return seconds === null ? null : millisecondsFromSeconds(seconds);
      },
    }),
    backendDuration: t.exposeString('backendDuration', {
      nullable: true,
      description: 'Raw TimeSpan text.',
      deprecationReason: replacedBy('Backup.backendDurationMilliseconds', 'durations are whole milliseconds, a SafeInt'),
    }),
    backendWarningsActualLength: t.exposeInt('backendWarningsActualLength', {
      description: 'Warnings from the destination phase (BackendStatistics).',
    }),
    backendErrorsActualLength: t.exposeInt('backendErrorsActualLength', {
      description: 'Errors from the destination phase (BackendStatistics).',
    }),
    receivedAt: t.field({
      type: 'DateTime',
      description: 'When this server stored the report (created_at).',
      select: { createdAt: true },
      resolve: (run) => run.createdAt,
    }),
  }),
});
