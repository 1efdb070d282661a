/**
 * A live feed of backup reports: one line per event, reconnecting with backoff.
 *
 *   npx tsx client-examples/live-feed.ts --url ws://localhost:9666/graphql [--server <id|machine-id>] [--status ERROR]...
 */
import { parseArgs } from 'node:util';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'ws://localhost:9666/graphql' },
    server: { type: 'string' },
    status: { type: 'string', multiple: true },
  },
});

const SUBSCRIPTION = /* GraphQL */ `
  subscription LiveFeed($serverId: ID, $statuses: [BackupStatus!]) {
    backupReceived(serverId: $serverId, statuses: $statuses) {
      receivedAt
      server { name alias }
      backup { backupName status startedAt durationMilliseconds uploadedSize }
    }
  }
`;

interface LiveFeedEvent {
  receivedAt: string;
  server: { name: string; alias: string };
  backup: { backupName: string; status: string; startedAt: string; durationMilliseconds: number; uploadedSize: number };
}

const client = createClient({
  url: values.url,
  webSocketImpl: WebSocket,
  lazy: false,
  retryAttempts: Infinity,
  shouldRetry: () => true,
  // 1 s, 2 s, 4 s … capped at 30 s, with jitter so a restarted server is not hit all at once.
  retryWait: async (retries) => {
    const delay = Math.min(30_000, 1000 * 2 ** retries) * (0.75 + Math.random() * 0.5);
    await new Promise((resolve) => setTimeout(resolve, delay));
  },
  on: {
    connected: () => console.error(`connected to ${values.url}`),
    closed: (event) => console.error(`disconnected (${(event as { code?: number }).code ?? 'no code'}), reconnecting…`),
  },
});

client.subscribe<{ backupReceived: LiveFeedEvent }>(
  {
    query: SUBSCRIPTION,
    variables: { serverId: values.server ?? null, statuses: values.status?.map((s) => s.toUpperCase()) ?? null },
  },
  {
    next: ({ data, errors }) => {
      if (errors?.length) {
        console.error(errors.map((e) => e.message).join('; '));
        return;
      }
      if (!data) return;
      const { server, backup } = data.backupReceived;
      const serverName = server.alias ? `${server.alias} (${server.name})` : server.name;
      console.log(
        `${backup.startedAt} ${backup.status} ${serverName} / ${backup.backupName} ${formatDuration(backup.durationMilliseconds)} uploaded=${backup.uploadedSize}`,
      );
    },
    error: (error) => console.error('subscription error:', error),
    complete: () => console.error('subscription completed'),
  },
);

const stop = () => {
  void client.dispose();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

/** Durations arrive as whole milliseconds; shown as HH:MM:SS. */
function formatDuration(milliseconds: number): string {
  const seconds = Math.floor(milliseconds / 1000);
  return [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');
}
