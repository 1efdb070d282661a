/**
 * A fleet of graphql-ws subscribers in one process (forked by bench/sections/fanout.ts): one
 * socket per subscriber, as separate dashboards would open them, speaking graphql-transport-ws
 * directly over `ws` so that thousands of them stay cheap. It records when each subscriber
 * receives each event, on the system's monotonic clock, and hands the times to its parent.
 *
 *   parent → { type: 'collect', key, expected } → { type: 'receipts', key, times } (key: the run's date)
 *   parent → { type: 'close' }                      → exits
 */
import WebSocket from 'ws';

interface FleetArgs {
  url: string;
  count: number;
  query: string;
  /** Sockets opening at once. */
  openConcurrency: number;
}

const args = JSON.parse(process.argv[2] ?? '{}') as FleetArgs;
const monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;
const receipts = new Map<string, number[]>();
const sockets: WebSocket[] = [];
let failures = 0;

function send(message: unknown): void {
  process.send!(message);
}

function openSubscriber(index: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = new WebSocket(args.url, 'graphql-transport-ws', { perMessageDeflate: false });
    sockets.push(socket);
    let settled = false;
    const settle = () => {
      if (!settled) {
        settled = true;
        resolve();
      }
    };
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.on('message', (data: WebSocket.RawData) => {
      const at = monotonicMs();
      const message = JSON.parse(data.toString()) as { type: string; payload?: any };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: `s${index}`, type: 'subscribe', payload: { query: args.query } }));
        settle();
      } else if (message.type === 'next') {
        // Keyed by the run's start time: the uploader knows it, the backup's id it never sees.
        const key = message.payload?.data?.backupReceived?.backup?.date as string | undefined;
        if (!key) {
          failures++;
          return;
        }
        let times = receipts.get(key);
        if (!times) receipts.set(key, (times = []));
        times.push(at);
      } else if (message.type === 'error') {
        failures++;
      }
    });
    socket.on('error', () => {
      failures++;
      settle();
    });
    socket.on('close', settle);
  });
}

async function main(): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(args.openConcurrency, args.count) }, async () => {
      while (next < args.count) await openSubscriber(next++);
    }),
  );
  send({ type: 'ready', open: sockets.filter((socket) => socket.readyState === WebSocket.OPEN).length, failures });

  process.on('message', (message: { type: string; key?: string; expected?: number; timeoutMs?: number }) => {
    if (message.type === 'collect') {
      const deadline = Date.now() + (message.timeoutMs ?? 30_000);
      const poll = () => {
        const times = receipts.get(message.key!) ?? [];
        if (times.length >= message.expected! || Date.now() > deadline) {
          send({ type: 'receipts', key: message.key, times, failures });
          receipts.delete(message.key!);
        } else {
          setTimeout(poll, 5);
        }
      };
      poll();
    } else if (message.type === 'close') {
      for (const socket of sockets) socket.close(1000);
      setTimeout(() => process.exit(0), 200);
    }
  });
}

process.on('disconnect', () => process.exit(0));
void main();
