/** The operations the reads section times, shared by the bench client and the hand-answer server (bench/hand-answers.ts). */

export const SUMMARY_QUERY = /* GraphQL */ `
  query Summary {
    summary {
      totalServers totalBackupsRuns totalBackups totalUploadedSize totalStorageUsed totalBackupSize
      overdueBackupsCount lastBackupAt
    }
  }`;

export const LAST_BACKUPS_QUERY = /* GraphQL */ `
  query LastBackups($server: String!) {
    lastBackups(server: $server) {
      __typename
      ... on LastBackups {
        server { serverId name }
        backupNames
        latestBackups { id backupName date status durationSeconds uploadedSize knownFileSize warnings errors availableVersions }
      }
    }
  }`;

export const DASHBOARD_QUERY = /* GraphQL */ `
  query Dashboard {
    servers(first: 100) {
      totalCount
      edges {
        node {
          serverId name alias
          backupJobs {
            backupName lastBackupAt
            latestBackup { id date status durationSeconds uploadedSize warnings errors }
            overdue { isOverdue nextExpectedAt deadline overdueSince }
          }
        }
      }
    }
  }`;
