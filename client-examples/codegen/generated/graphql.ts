/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How a run ended. */
export type BackupStatus =
  /** Finished, with errors: some files may not be backed up. */
  | 'ERROR'
  /** Stopped by an error before finishing. */
  | 'FATAL'
  /** Finished with no warnings or errors. */
  | 'SUCCESS'
  /** Any status Duplicati sent that is not one of the others. */
  | 'UNKNOWN'
  /** Finished, with warnings. */
  | 'WARNING';

export type DashboardOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardOverviewQuery = { homepage: { totalServers: number, totalBackupJobs: number, totalBackupRuns: number, totalUploadedSize: number, totalStorageUsed: number, overdueBackupJobCount: number, secondsSinceLastBackup: number | null, lastBackupAt: string | null, overdueJobs: Array<{ serverId: string, displayName: string, backupName: string, lastBackupAt: string | null, expectedAt: string }>, servers: Array<{ serverId: string, displayName: string, backupJobsCount: number, overdueBackupJobCount: number, lastBackupAt: string | null, lastBackupStatus: BackupStatus | null }> } };

export type JobDetailQueryVariables = Exact<{
  serverId: string | number;
  backupName: string;
  runs?: number | null | undefined;
}>;


export type JobDetailQuery = { backupJobs: { nodes: Array<{ id: string, backupName: string, runCount: number, lastBackupAt: string | null, server: { name: string, alias: string }, overdue: { isOverdue: boolean, nextExpectedAt: string | null, deadlineAt: string | null }, backups: { nodes: Array<{ id: string, startedAt: string, status: BackupStatus, durationMilliseconds: number, uploadedSize: number, knownFileSize: number, warningCount: number, errorCount: number, availableVersions: Array<string> }> } }> } };

export type LiveCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveCursorQuery = { liveCursor: string };

export type LiveFeedSubscriptionVariables = Exact<{
  serverId?: string | number | null | undefined;
  statuses?: Array<BackupStatus> | BackupStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type LiveFeedSubscription = { backupReceived: { cursor: string, receivedAt: string, server: { name: string, alias: string }, backup: { backupName: string, status: BackupStatus, startedAt: string, durationMilliseconds: number, uploadedSize: number } } };

export type RenameServerMutationVariables = Exact<{
  id: string | number;
  alias: string;
}>;


export type RenameServerMutation = { updateServer:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateServerPayload', changed: boolean, server: { id: string, name: string, alias: string } }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const DashboardOverviewDocument = new TypedDocumentString(`
    query DashboardOverview {
  homepage {
    totalServers
    totalBackupJobs
    totalBackupRuns
    totalUploadedSize
    totalStorageUsed
    overdueBackupJobCount
    secondsSinceLastBackup
    lastBackupAt
    overdueJobs {
      serverId
      displayName
      backupName
      lastBackupAt
      expectedAt
    }
    servers {
      serverId
      displayName
      backupJobsCount
      overdueBackupJobCount
      lastBackupAt
      lastBackupStatus
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardOverviewQuery, DashboardOverviewQueryVariables>;
export const JobDetailDocument = new TypedDocumentString(`
    query JobDetail($serverId: ID!, $backupName: String!, $runs: Int = 10) {
  backupJobs(filter: {serverId: $serverId, backupName: $backupName}, first: 1) {
    nodes {
      id
      backupName
      runCount
      lastBackupAt
      server {
        name
        alias
      }
      overdue {
        isOverdue
        nextExpectedAt
        deadlineAt
      }
      backups(first: $runs) {
        nodes {
          id
          startedAt
          status
          durationMilliseconds
          uploadedSize
          knownFileSize
          warningCount
          errorCount
          availableVersions
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JobDetailQuery, JobDetailQueryVariables>;
export const LiveCursorDocument = new TypedDocumentString(`
    query LiveCursor {
  liveCursor
}
    `) as unknown as TypedDocumentString<LiveCursorQuery, LiveCursorQueryVariables>;
export const LiveFeedDocument = new TypedDocumentString(`
    subscription LiveFeed($serverId: ID, $statuses: [BackupStatus!], $after: String) {
  backupReceived(serverId: $serverId, statuses: $statuses, after: $after) {
    cursor
    receivedAt
    server {
      name
      alias
    }
    backup {
      backupName
      status
      startedAt
      durationMilliseconds
      uploadedSize
    }
  }
}
    `) as unknown as TypedDocumentString<LiveFeedSubscription, LiveFeedSubscriptionVariables>;
export const RenameServerDocument = new TypedDocumentString(`
    mutation RenameServer($id: ID!, $alias: String!) {
  updateServer(input: {id: $id, set: {alias: $alias}}) {
    __typename
    ... on UpdateServerPayload {
      changed
      server {
        id
        name
        alias
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RenameServerMutation, RenameServerMutationVariables>;