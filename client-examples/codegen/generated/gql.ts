/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query DashboardOverview {\n  homepage {\n    totalServers\n    totalBackupJobs\n    totalBackupRuns\n    totalUploadedSize\n    totalStorageUsed\n    overdueBackupJobCount\n    secondsSinceLastBackup\n    lastBackupAt\n    overdueJobs {\n      serverId\n      displayName\n      backupName\n      lastBackupAt\n      expectedAt\n    }\n    servers {\n      serverId\n      displayName\n      backupJobsCount\n      overdueBackupJobCount\n      lastBackupAt\n      lastBackupStatus\n    }\n  }\n}": typeof types.DashboardOverviewDocument,
    "query JobDetail($serverId: ID!, $backupName: String!, $runs: Int = 10) {\n  backupJobs(filter: {serverId: $serverId, backupName: $backupName}, first: 1) {\n    nodes {\n      id\n      backupName\n      runCount\n      lastBackupAt\n      server {\n        name\n        alias\n      }\n      overdue {\n        isOverdue\n        nextExpectedAt\n        deadlineAt\n      }\n      backups(first: $runs) {\n        nodes {\n          id\n          startedAt\n          status\n          durationMilliseconds\n          uploadedSize\n          knownFileSize\n          warningCount\n          errorCount\n          availableVersions\n        }\n      }\n    }\n  }\n}": typeof types.JobDetailDocument,
    "query LiveCursor {\n  liveCursor\n}": typeof types.LiveCursorDocument,
    "subscription LiveFeed($serverId: ID, $statuses: [BackupStatus!], $after: String) {\n  backupReceived(serverId: $serverId, statuses: $statuses, after: $after) {\n    cursor\n    receivedAt\n    server {\n      name\n      alias\n    }\n    backup {\n      backupName\n      status\n      startedAt\n      durationMilliseconds\n      uploadedSize\n    }\n  }\n}": typeof types.LiveFeedDocument,
    "mutation RenameServer($id: ID!, $alias: String!) {\n  updateServer(input: {id: $id, set: {alias: $alias}}) {\n    __typename\n    ... on UpdateServerPayload {\n      changed\n      server {\n        id\n        name\n        alias\n      }\n    }\n    ... on Error {\n      message\n    }\n  }\n}": typeof types.RenameServerDocument,
};
const documents: Documents = {
    "query DashboardOverview {\n  homepage {\n    totalServers\n    totalBackupJobs\n    totalBackupRuns\n    totalUploadedSize\n    totalStorageUsed\n    overdueBackupJobCount\n    secondsSinceLastBackup\n    lastBackupAt\n    overdueJobs {\n      serverId\n      displayName\n      backupName\n      lastBackupAt\n      expectedAt\n    }\n    servers {\n      serverId\n      displayName\n      backupJobsCount\n      overdueBackupJobCount\n      lastBackupAt\n      lastBackupStatus\n    }\n  }\n}": types.DashboardOverviewDocument,
    "query JobDetail($serverId: ID!, $backupName: String!, $runs: Int = 10) {\n  backupJobs(filter: {serverId: $serverId, backupName: $backupName}, first: 1) {\n    nodes {\n      id\n      backupName\n      runCount\n      lastBackupAt\n      server {\n        name\n        alias\n      }\n      overdue {\n        isOverdue\n        nextExpectedAt\n        deadlineAt\n      }\n      backups(first: $runs) {\n        nodes {\n          id\n          startedAt\n          status\n          durationMilliseconds\n          uploadedSize\n          knownFileSize\n          warningCount\n          errorCount\n          availableVersions\n        }\n      }\n    }\n  }\n}": types.JobDetailDocument,
    "query LiveCursor {\n  liveCursor\n}": types.LiveCursorDocument,
    "subscription LiveFeed($serverId: ID, $statuses: [BackupStatus!], $after: String) {\n  backupReceived(serverId: $serverId, statuses: $statuses, after: $after) {\n    cursor\n    receivedAt\n    server {\n      name\n      alias\n    }\n    backup {\n      backupName\n      status\n      startedAt\n      durationMilliseconds\n      uploadedSize\n    }\n  }\n}": types.LiveFeedDocument,
    "mutation RenameServer($id: ID!, $alias: String!) {\n  updateServer(input: {id: $id, set: {alias: $alias}}) {\n    __typename\n    ... on UpdateServerPayload {\n      changed\n      server {\n        id\n        name\n        alias\n      }\n    }\n    ... on Error {\n      message\n    }\n  }\n}": types.RenameServerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardOverview {\n  homepage {\n    totalServers\n    totalBackupJobs\n    totalBackupRuns\n    totalUploadedSize\n    totalStorageUsed\n    overdueBackupJobCount\n    secondsSinceLastBackup\n    lastBackupAt\n    overdueJobs {\n      serverId\n      displayName\n      backupName\n      lastBackupAt\n      expectedAt\n    }\n    servers {\n      serverId\n      displayName\n      backupJobsCount\n      overdueBackupJobCount\n      lastBackupAt\n      lastBackupStatus\n    }\n  }\n}"): typeof import('./graphql.ts').DashboardOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobDetail($serverId: ID!, $backupName: String!, $runs: Int = 10) {\n  backupJobs(filter: {serverId: $serverId, backupName: $backupName}, first: 1) {\n    nodes {\n      id\n      backupName\n      runCount\n      lastBackupAt\n      server {\n        name\n        alias\n      }\n      overdue {\n        isOverdue\n        nextExpectedAt\n        deadlineAt\n      }\n      backups(first: $runs) {\n        nodes {\n          id\n          startedAt\n          status\n          durationMilliseconds\n          uploadedSize\n          knownFileSize\n          warningCount\n          errorCount\n          availableVersions\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.ts').JobDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveCursor {\n  liveCursor\n}"): typeof import('./graphql.ts').LiveCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveFeed($serverId: ID, $statuses: [BackupStatus!], $after: String) {\n  backupReceived(serverId: $serverId, statuses: $statuses, after: $after) {\n    cursor\n    receivedAt\n    server {\n      name\n      alias\n    }\n    backup {\n      backupName\n      status\n      startedAt\n      durationMilliseconds\n      uploadedSize\n    }\n  }\n}"): typeof import('./graphql.ts').LiveFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenameServer($id: ID!, $alias: String!) {\n  updateServer(input: {id: $id, set: {alias: $alias}}) {\n    __typename\n    ... on UpdateServerPayload {\n      changed\n      server {\n        id\n        name\n        alias\n      }\n    }\n    ... on Error {\n      message\n    }\n  }\n}"): typeof import('./graphql.ts').RenameServerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
