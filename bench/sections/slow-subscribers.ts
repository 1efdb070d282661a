import path from 'node:path';
import { buildDuplicatiReport } from '../../test/support/report-builder.ts';
import { openRawWsSubscriber, openSseSubscriber } from '../../test/support/stoppable-subscribers.ts';
import type { RawWsSubscriber, SseSubscriber } from '../../test/support/stoppable-subscribers.ts';
import { HttpClient } from '../lib/http-client.ts';
import { metric, metricTotal, waitForMetric } from '../lib/metrics.ts';
import { createMigratedFile } from '../lib/raw-store.ts';
import { startServerProcess } from '../lib/server-process.ts';
import { formatBytes, loadAverage, monotonicMs } from '../lib/stats.ts';
import type { Row } from '../lib/table.ts';

export interface SlowSubscribersOptions {
  dir: string;
  /** Reports of about 50 KB uploaded while the subscribers are stopped. */
  uploads: number;
  /** Subscribers that stop reading, half over WebSocket, half over SSE. */
  stopped: number;
  log: (line: string) => void;
}

/** The README's bound on what stopped subscribers may add to the server's memory. */
const GROWTH_TARGET = 256 * 1024 ** 2;
const CONCURRENT_UPLOADS = 4;
const READER_SELECTION = /* GraphQL */ `subscription { backupReceived { backup { id } } }`;
/** About 50 KB per event, the worst a dashboard would select. */
const STOPPED_SELECTION = /* GraphQL */ `subscription { backupReceived { backup { id logLines } } }`;

interface Scenario {
  rssBefore: number;
  rssPeak: number;
  seconds: number;
  readerEvents: number;
  droppedByBound: number;
  stillOpen: number;
}

/**
 * The server's memory while subscribers that stopped reading sit on it during a stream of uploads
 * (README, "Slow subscribers"), beside the same uploads with no one stopped: the difference is
 * what the stopped subscribers cost. Default limits, so a stopped WebSocket may be cut by
 * graphql-ws' keep-alive (12–24 s) before it passes SUBSCRIPTION_MAX_PENDING_EVENTS.
 */
export async function benchSlowSubscribers(options: SlowSubscribersOptions): Promise<Row[]> {
  const alone = await runScenario(options, 0);
  options.log(
    `slow subscribers: ${options.uploads} uploads alone: RSS ${formatBytes(alone.rssBefore)} → peak ${formatBytes(alone.rssPeak)}`,
  );
  const loaded = await runScenario(options, options.stopped);
  options.log(
    `slow subscribers: ${options.uploads} uploads with ${options.stopped} stopped: RSS ${formatBytes(loaded.rssBefore)} → peak ${formatBytes(loaded.rssPeak)}, ${loaded.droppedByBound} dropped by a bound, ${loaded.stillOpen} still open (load ${loadAverage()})`,
  );

  const uploads = options.uploads.toLocaleString('en');
  const growthAlone = alone.rssPeak - alone.rssBefore;
  const growth = loaded.rssPeak - loaded.rssBefore;
  const stoppedCost = growth - growthAlone;
  const stoppedWs = Math.ceil(options.stopped / 2);
  return [
    {
      section: 'slow subscribers',
      measure: `server RSS before / peak, ${uploads} uploads of 50 KB, 1 reading subscriber`,
      value: `${formatBytes(alone.rssBefore)} / ${formatBytes(alone.rssPeak)}`,
    },
    {
      section: 'slow subscribers',
      measure: `the same with ${options.stopped} stopped subscribers (${stoppedWs} WebSocket, ${options.stopped - stoppedWs} SSE, 50 KB per event)`,
      value: `${formatBytes(loaded.rssBefore)} / ${formatBytes(loaded.rssPeak)}`,
      baseline: `+${formatBytes(growthAlone)} with none stopped`,
      ratio: `+${formatBytes(growth)} (${stoppedCost >= 0 ? '+' : '−'}${formatBytes(Math.abs(stoppedCost))} for the stopped)`,
      target: `growth ≤ ${formatBytes(GROWTH_TARGET)}`,
      met: growth <= GROWTH_TARGET,
    },
    {
      section: 'slow subscribers',
      measure: `stopped subscribers dropped by a bound / cut by the keep-alive / still open; reader's events`,
      value: `${loaded.droppedByBound} / ${options.stopped - loaded.droppedByBound - loaded.stillOpen} / ${loaded.stillOpen}; ${loaded.readerEvents.toLocaleString('en')} of ${uploads}`,
      target: 'reader gets every event',
      met: loaded.readerEvents === options.uploads && alone.readerEvents === options.uploads,
    },
  ];
}

async function runScenario(options: SlowSubscribersOptions, stoppedCount: number): Promise<Scenario> {
  const file = path.join(options.dir, `slow-subscribers-${stoppedCount}.db`);
  createMigratedFile(file);
  const server = await startServerProcess(file);
  const client = new HttpClient(server.url, CONCURRENT_UPLOADS);
  const stoppedWs: RawWsSubscriber[] = [];
  const stoppedSse: SseSubscriber[] = [];
  let reader: RawWsSubscriber | undefined;
  try {
    // Warm up (code paths, the servers and jobs) before the baseline is taken.
    for (let n = 0; n < 20; n++) await upload(client, options.uploads + n);
    reader = await openRawWsSubscriber(server.url, [READER_SELECTION]);
    for (let i = 0; i < stoppedCount; i++) {
      if (i % 2 === 0) stoppedWs.push(await openRawWsSubscriber(server.url, [STOPPED_SELECTION]));
      else stoppedSse.push(await openSseSubscriber(server.url, STOPPED_SELECTION, { reading: false }));
    }
    for (const subscriber of stoppedWs) subscriber.stopReading();
    await waitForMetric(server.url, 'dupligraph_open_subscriptions', (value) => value === 1 + stoppedCount);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const rssBefore = server.rssBytes();
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, server.rssBytes());
    }, 100);
    const started = monotonicMs();
    let next = 0;
    try {
      await Promise.all(
        Array.from({ length: CONCURRENT_UPLOADS }, async () => {
          while (next < options.uploads) await upload(client, next++);
        }),
      );
      const deadline = Date.now() + 60_000;
      while (reader.nextMessages() < options.uploads && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      clearInterval(sampler);
    }
    rssPeak = Math.max(rssPeak, server.rssBytes());
    return {
      rssBefore,
      rssPeak,
      seconds: (monotonicMs() - started) / 1000,
      readerEvents: reader.nextMessages(),
      droppedByBound: await metricTotal(server.url, 'dupligraph_slow_subscribers_dropped_total'),
      stillOpen: (await metric(server.url, 'dupligraph_open_subscriptions')) - 1,
    };
  } finally {
    for (const subscriber of [...stoppedWs, ...(reader ? [reader] : [])]) subscriber.terminate();
    for (const subscriber of stoppedSse) subscriber.abort();
    client.close();
    await server.stop();
  }
}

async function upload(client: HttpClient, n: number): Promise<void> {
  const body = JSON.stringify(
    buildDuplicatiReport({
      serverId: `be000000000000000000000000000${String(n % 8).padStart(3, '0')}`,
      serverName: `bench-slow-${n % 8}`,
      backupName: `Job ${n % 3}`,
      beginTime: new Date(Date.UTC(2025, 0, 1) + n * 60_000),
      logLines: 250,
    }),
  );
  const response = await client.post('/api/upload', body);
  if (response.status !== 200) throw new Error(`upload answered ${response.status}: ${response.body}`);
}
