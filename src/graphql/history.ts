import { GraphQLError } from 'graphql';
import { millisecondsFromSeconds } from '../domain/durations.ts';
import { historyRequest, isEmptyRange, readHistory } from '../domain/history.ts';
import type { HistoryArguments, HistoryPoint, HistoryScope } from '../domain/history.ts';
import { BackupJobRef } from './backup-job/type.ts';
import { builder } from './builder.ts';
import type { GraphQLContext } from './context.ts';
import { replacedBy } from './deprecation/deprecation-reasons.ts';
import { ServerRef } from './server/type.ts';

/** Chart series (docs/compatibility/operations.md#chart-data); the aggregation rules are in src/domain/history.ts. */

const HistoryBucketEnum = builder.enumType('HistoryBucket', {
  description: 'How runs are grouped into points.',
  values: {
    RUN: { description: 'One point per run.' },
    DAY: { description: 'One point per UTC day with runs.' },
    WEEK: { description: 'One point per ISO week (from Monday 00:00 UTC) with runs.' },
  } as const,
});

const HistoryPointRef = builder.objectRef<HistoryPoint>('HistoryPoint').implement({
  description:
    'Flows (runs, uploadedSize, durationMilliseconds) are summed over the runs in the bucket; levels (fileCount, fileSize, storageSize, versions) are those of the last run of each job in the bucket, added up over jobs.',
  fields: (t) => ({
    startAt: t.expose('start', { type: 'DateTime', description: "The run's start (RUN), or the bucket's start in UTC." }),
    start: t.expose('start', {
      type: 'DateTime',
      description: "The run's start (RUN), or the bucket's start in UTC.",
      deprecationReason: replacedBy('HistoryPoint.startAt', 'times are named …At'),
    }),
    runs: t.exposeInt('runs', { description: 'Runs in the bucket (1 for RUN).' }),
    uploadedSize: t.expose('uploadedSize', { type: 'SafeInt', description: 'Bytes uploaded, summed.' }),
    durationMilliseconds: t.field({
      type: 'SafeInt',
      description: 'Run time, summed, in whole milliseconds (rounded).',
      resolve: (point) => millisecondsFromSeconds(point.durationSeconds),
    }),
    durationSeconds: t.exposeFloat('durationSeconds', {
      description: 'Run time in seconds, summed.',
      deprecationReason: replacedBy('HistoryPoint.durationMilliseconds', 'durations are whole milliseconds, a SafeInt'),
    }),
    fileCount: t.exposeInt('fileCount', { description: 'Files examined (last run).' }),
    fileSize: t.expose('fileSize', { type: 'SafeInt', description: 'Bytes of the source (last run).' }),
    storageSize: t.expose('storageSize', { type: 'SafeInt', description: 'Bytes at the destination (last run).' }),
    versions: t.exposeInt('versions', { description: 'Versions at the destination (last run).' }),
  }),
});

/** A job's or a whole server's series; a range that holds no instant is refused rather than answered empty. */
function readSeries(ctx: GraphQLContext, scope: HistoryScope, args: HistoryArguments): Promise<HistoryPoint[]> {
  const request = historyRequest(args, ctx.config.limits.maxPageSize);
  if (isEmptyRange(request.range)) throw new GraphQLError('history: `from` must be before `to`.');
  return readHistory(ctx.prisma, scope, request);
}

const historyArgs = builder.args((t) => ({
  from: t.field({ type: 'DateTime', required: false, description: 'Runs that started at or after this instant.' }),
  to: t.field({ type: 'DateTime', required: false, description: 'Runs that started before this instant.' }),
  bucket: t.field({ type: HistoryBucketEnum, required: false, defaultValue: 'DAY', description: 'How runs are grouped into points.' }),
  last: t.int({
    required: false,
    description:
      'At most this many points, the newest (default and maximum: MAX_PAGE_SIZE, 500 unless configured). For older points, pass the oldest `startAt` you got as `to`.',
  }),
}));

builder.prismaObjectFields(BackupJobRef, (t) => ({
  history: t.field({
    type: [HistoryPointRef],
    description: "This job's runs over time, oldest first; only buckets with runs.",
    args: historyArgs,
    select: { serverId: true, backupName: true },
    resolve: (job, args, ctx) => readSeries(ctx, { serverId: job.serverId, backupName: job.backupName }, args),
  }),
}));

builder.prismaObjectFields(ServerRef, (t) => ({
  history: t.field({
    type: [HistoryPointRef],
    description: "All this server's jobs over time: each bucket sums its jobs' points.",
    args: historyArgs,
    select: { id: true },
    resolve: (server, args, ctx) => readSeries(ctx, { serverId: server.id }, args),
  }),
}));
