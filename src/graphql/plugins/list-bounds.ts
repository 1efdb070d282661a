import { getNullableType, isInputObjectType, isIntrospectionType, isInterfaceType, isListType, isObjectType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { historyPointBound, historyRequest } from '../../domain/history.ts';
import type { HistoryBucket } from '../../domain/history.ts';
import { OVERDUE_JOBS_DEFAULT_COUNT } from '../backup-job/overdue-jobs-count.ts';
import { DEFAULT_PAGE_SIZE } from '../builder.ts';
import { MAX_COLLECT_ERROR_MESSAGES } from '../../domain/collect/collect-server.ts';
import { MAX_ENTRIES as DEPRECATION_USAGE_MAX_ENTRIES } from '../deprecation/deprecation-usage-store.ts';
import { NOTIFICATION_CHANNELS, NOTIFICATION_EVENT_KINDS } from '../../domain/notifications/events.ts';
import { TEMPLATE_KINDS } from '../../domain/notifications/channel-settings.ts';
import { MAX_WEBHOOK_JOBS, MAX_WEBHOOKS } from '../notification/settings.ts';
import { isConnectionType } from './query-cost.ts';
import type { BoundContext, CostModel } from './query-cost.ts';

/**
 * The most items each list of the schema can return, for the cost limit (query-cost.ts). Every
 * list field is here, is a connection's `edges`/`nodes` (priced by `first`/`last`), or is free
 * text in TEXT_WEIGHTS; a test fails for a list that is none of these.
 */

/**
 * Free text priced as one value of this weight, whatever its number of lines: about 64 bytes per
 * unit, so logLines counts as 64 KB, the size of a long Duplicati log at the Information level.
 */
export const TEXT_WEIGHTS: Readonly<Record<string, number>> = {
  'Backup.logLines': 1000,
  'Backup.warningMessages': 100,
  'Backup.errorMessages': 100,
  'Backup.availableVersions': 50,
};

/** Field names a report is checked for: no list of missing or invalid fields is longer. */
const REPORT_FIELDS_CHECKED = 64;

type ListBound = (context: BoundContext) => number;

/** Longer than any path into this schema's arguments, so a deeper input added later stays priced. */
const INPUT_PATH_LENGTH = 8;

function lengthOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return value === undefined || value === null ? 0 : 1;
}

function historyBound(maxPageSize: number): ListBound {
  return ({ args }) =>
    historyPointBound(
      historyRequest(
        {
          from: args.from instanceof Date ? args.from : null,
          to: args.to instanceof Date ? args.to : null,
          bucket: args.bucket as HistoryBucket | undefined,
          last: typeof args.last === 'number' ? args.last : null,
        },
        maxPageSize,
      ),
    );
}

/** A `first` argument as the resolver applies it: the default when absent, never above the maximum page size. */
function requestedCount(first: unknown, maxPageSize: number): number {
  return Math.min(typeof first === 'number' ? first : OVERDUE_JOBS_DEFAULT_COUNT, maxPageSize);
}

function listBounds(schema: GraphQLSchema, maxPageSize: number): Record<string, ListBound> {
  const byJobs: ListBound = ({ size }) => size('maxJobsPerServer');
  const byNameSharers: ListBound = ({ size }) => size('maxServersPerName');
  const byOverdue: ListBound = ({ size }) => size('overdueCandidates');
  const reportFields: ListBound = () => REPORT_FIELDS_CHECKED;
  const deprecationUsageRows = DEPRECATION_USAGE_MAX_ENTRIES + deprecatedCoordinates(schema);
  return {
    'Query.nodes': ({ args }) => lengthOf(args.ids),
    'Query.overdueJobs': (context) => Math.min(byOverdue(context), requestedCount(context.args.first, maxPageSize)),
    'Query.duplicateServers': ({ size }) => Math.floor(size('servers') / 2),
    'Query.deprecatedFieldUsage': () => deprecationUsageRows,
    'Homepage.overdueJobs': (context) => Math.min(byOverdue(context), requestedCount(context.args.first, maxPageSize)),
    'Homepage.servers': ({ size }) => size('servers'),
    'Server.backupJobs': byJobs,
    'Server.history': historyBound(maxPageSize),
    'BackupJob.history': historyBound(maxPageSize),
    'LastBackups.latestBackups': byJobs,
    'LastBackups.backupNames': byJobs,
    'DuplicateServerGroup.servers': byNameSharers,
    'AmbiguousServerNameError.candidates': byNameSharers,
    'BackupJobSchedule.allowedWeekdays': () => 7,
    'InvalidReportError.invalidFields': reportFields,
    'InvalidReportError.missingFields': reportFields,
    // An argument and the input fields inside it: the deepest, input.job.key.serverId, has four.
    'InvalidInputError.path': () => INPUT_PATH_LENGTH,
    'NotificationSettings.webhooks': () => MAX_WEBHOOKS,
    'NotificationSettings.templates': () => TEMPLATE_KINDS.length,
    'NotificationWebhook.events': () => NOTIFICATION_EVENT_KINDS.length,
    'NotificationWebhook.jobIds': () => MAX_WEBHOOK_JOBS,
    'SendTestNotificationPayload.outcomes': () => NOTIFICATION_CHANNELS.length,
    'MergeServersPayload.mergedServerIds': mergeSources,
    'MergeServersPayload.removedServerIds': mergeSources,
    // A collect reports on each Duplicati job; those with runs are the server's jobs here.
    'CollectBackupsPayload.jobs': byJobs,
    'CollectLastResult.jobs': byJobs,
    'CollectJobResult.errorMessages': () => MAX_COLLECT_ERROR_MESSAGES,
  };
}

const mergeSources: ListBound = ({ ancestors }) => {
  const input = ancestors.find((ancestor) => ancestor.field === 'mergeServers')?.args.input as { sourceIds?: unknown } | undefined;
  return lengthOf(input?.sourceIds);
};

export function createCostModel(schema: GraphQLSchema, maxPageSize: number): CostModel {
  const bounds = listBounds(schema, maxPageSize);
  return {
    defaultPageSize: DEFAULT_PAGE_SIZE,
    listBound: (coordinate, context) => (coordinate in TEXT_WEIGHTS ? 1 : bounds[coordinate]?.(context)),
    weightOf: (coordinate) => TEXT_WEIGHTS[coordinate] ?? 1,
  };
}

/** Schema coordinates of list fields the model cannot price (for the test that keeps it whole). */
export function listFieldsWithoutBound(schema: GraphQLSchema, maxPageSize: number): string[] {
  const bounds = listBounds(schema, maxPageSize);
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    // Interfaces are priced through the object types that implement them.
    if (isIntrospectionType(type) || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const coordinate = `${type.name}.${field.name}`;
      const pagedByConnection = isConnectionType(type) && (field.name === 'edges' || field.name === 'nodes');
      if (!pagedByConnection && !(coordinate in bounds) && !(coordinate in TEXT_WEIGHTS)) missing.push(coordinate);
    }
  }
  return missing;
}

/** Each deprecated field, argument and input field is one coordinate deprecatedFieldUsage can list. */
function deprecatedCoordinates(schema: GraphQLSchema): number {
  let count = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason) count += 1;
        count += field.args.filter((arg) => arg.deprecationReason).length;
      }
    } else if (isInputObjectType(type)) {
      count += Object.values(type.getFields()).filter((field) => field.deprecationReason).length;
    }
  }
  return count;
}
