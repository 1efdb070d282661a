/**
 * A live feed of backup reports: one line per event. When the connection drops (server restart,
 * network, the server dropping a slow reader) it reconnects with backoff and resumes after the
 * cursor of the last event it printed, so it prints every report exactly once, none missed.
 *
 *   npx tsx client-examples/live-feed.ts --url ws://localhost:9666/graphql [--server <id|machine-id>] [--status ERROR]... [--after <cursor>]
 */
import { parseArgs } from 'node:util';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'ws://localhost:9666/graphql' },
    server: { type: 'string' },
    status: { type: 'string', multiple: true },
    after: { type: 'string' },
  },
});

const SUBSCRIPTION = /* GraphQL */ `
  subscription LiveFeed($serverId: ID, $statuses: [BackupStatus!], $after: String) {
    backupReceived(serverId: $serverId, statuses: $statuses, after: $after) {
      cursor
      receivedAt
      server { name alias }
      backup { backupName status startedAt durationMilliseconds uploadedSize }
    }
  }
`;

interface LiveFeedEvent {
  cursor: string;
  receivedAt: string;
  server: { name: string; alias: string };
  backup: { backupName: string; status: string; startedAt: string; durationMilliseconds: number; uploadedSize: number };
}

/** The cursor of the last event printed: where the next subscription resumes. */
let lastCursor = values.after;
let failures = 0;
let stopped = false;

// graphql-ws' own retry would subscribe again with the variables of the first subscribe (the old
// cursor) and print events twice: this client reconnects itself, with the newest cursor.
const client = createClient({
  url: values.url,
  webSocketImpl: WebSocket,
  lazy: true,
  retryAttempts: 0,
  on: {
    connected: () => console.error(`connected to ${values.url}${lastCursor ? ', resuming after the last event printed' : ''}`),
  },
});

function subscribe(): void {
  client.subscribe<{ backupReceived: LiveFeedEvent }>(
    {
      query: SUBSCRIPTION,
      variables: {
        serverId: values.server ?? null,
        statuses: values.status?.map((s) => s.toUpperCase()) ?? null,
        after: lastCursor ?? null,
      },
    },
    {
      next: ({ data, errors }) => {
        if (errors?.length) {
          console.error(errors.map((e) => e.message).join('; '));
          return;
        }
        if (!data) return;
        failures = 0;
        const { cursor, server, backup } = data.backupReceived;
        lastCursor = cursor;
        const serverName = server.alias ? `${server.alias} (${server.name})` : server.name;
        console.log(
          `${backup.startedAt} ${backup.status} ${serverName} / ${backup.backupName} ${formatDuration(backup.durationMilliseconds)} uploaded=${backup.uploadedSize}`,
        );
      },
      error: (error) => {
        const code = (error as { code?: number }).code;
        console.error(`disconnected (${code ?? (error as Error).message ?? 'no code'}), reconnecting…`);
        resubscribeLater();
      },
      complete: () => resubscribeLater(),
    },
  );
}

/** 1 s, 2 s, 4 s … capped at 30 s, with jitter so a restarted server is not hit all at once. */
function resubscribeLater(): void {
  if (stopped) return;
  const delay = Math.min(30_000, 1000 * 2 ** failures++) * (0.75 + Math.random() * 0.5);
  setTimeout(subscribe, delay);
}

subscribe();

const stop = () => {
  stopped = true;
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
