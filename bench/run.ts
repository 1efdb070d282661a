/**
 * `npm run bench`: ingest, ingest with notification channels on, parse, reads, fan-out, slow-subscriber memory and /health under heavy
 * queries, each beside the limit measured in the same run, printed as one table (Markdown, so it
 * pastes into the README as is).
 *
 *   npm run bench                      # the whole run (≈ 10 min on 2 cores)
 *   npm run bench -- --quick           # small sizes, ≈ 1–2 min: to check the bench itself
 *   npm run bench -- --only reads --sizes 10k,100k
 *   npm run bench -- --with-1m             # reads at 1M runs too (≈ 10 GB of temporary disk, long to build)
 *   npm run bench -- --only fanout --subscribers 1000,10k --idle 10000
 *   npm run bench -- --only fanout --idle 0 --server-cpu-prof /tmp/prof   # a V8 CPU profile of the server
 *   npm run bench -- --only slow-subscribers --slow-uploads 2000 --stopped 20
 *   npm run bench -- --only parse --report-sizes 2,5,10,20   # report sizes in MiB
 *   npm run bench -- --only health --clients 4 --health-seconds 15
 *   npm run bench -- --only notifications --reports 1000 --latency-samples 200
 *   npm run bench -- --only ingest --ingest-long 100k   # latency over a 100k-report run (≈ 5–10 min)
 *
 * Data sets are built from a seed (--seed) in a temporary directory (--data-dir) and deleted
 * afterwards (--keep-data keeps them). Progress goes to stderr, the table to stdout.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeMachine, loadAverage, monotonicMs } from './lib/stats.ts';
import { formatTable } from './lib/table.ts';
import type { Row } from './lib/table.ts';
import { verifyShortcuts } from './lib/verify.ts';
import { benchFanout } from './sections/fanout.ts';
import { benchHealth } from './sections/health.ts';
import { benchIngest } from './sections/ingest.ts';
import { benchNotifications } from './sections/notifications.ts';
import { benchParse } from './sections/parse.ts';
import { benchReads } from './sections/reads.ts';
import { benchSlowSubscribers } from './sections/slow-subscribers.ts';

const SECTIONS = ['ingest', 'notifications', 'parse', 'reads', 'fanout', 'slow-subscribers', 'health'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    sizes: { type: 'string' },
    'report-sizes': { type: 'string' },
    reports: { type: 'string' },
    'ingest-long': { type: 'string' },
    iterations: { type: 'string' },
    'seconds-per-measure': { type: 'string' },
    subscribers: { type: 'string' },
    idle: { type: 'string' },
    events: { type: 'string' },
    'slow-uploads': { type: 'string' },
    stopped: { type: 'string' },
    clients: { type: 'string' },
    'health-seconds': { type: 'string' },
    'latency-samples': { type: 'string' },
    'server-cpu-prof': { type: 'string' },
    seed: { type: 'string', default: 'bench' },
    'data-dir': { type: 'string' },
    'keep-data': { type: 'boolean', default: false },
    'with-1m': { type: 'boolean', default: false },
    'skip-verify': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(fs.readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]);
  process.exit(0);
}

const quick = values.quick;
const number = (text: string | undefined, fallback: number) => (text === undefined ? fallback : parseSize(text));
const options = {
  sections: new Set<Section>(values.only ? (values.only.split(',').map((name) => name.trim()) as Section[]) : SECTIONS),
  sizes: values.sizes
    ? values.sizes.split(',').map(parseSize)
    : quick
      ? [10_000]
      : values['with-1m']
        ? [10_000, 100_000, 1_000_000]
        : [10_000, 100_000],
  // MiB; 20 is UPLOAD_MAX_BYTES, the largest report the server takes.
  reportSizes: values['report-sizes'] ? values['report-sizes'].split(',').map(Number) : quick ? [2, 5] : [2, 5, 10, 20],
  reports: number(values.reports, quick ? 150 : 1_000),
  longReports: number(values['ingest-long'], quick ? 1_500 : 10_000),
  iterations: number(values.iterations, quick ? 20 : 40),
  secondsPerMeasure: number(values['seconds-per-measure'], quick ? 3 : 10),
  subscribers: values.subscribers ? values.subscribers.split(',').map(parseSize) : quick ? [200] : [1_000, 10_000],
  idle: number(values.idle, quick ? 1_000 : 10_000),
  events: number(values.events, quick ? 5 : 20),
  slowUploads: number(values['slow-uploads'], quick ? 300 : 2_000),
  stopped: number(values.stopped, quick ? 4 : 20),
  clients: number(values.clients, 4),
  healthSeconds: number(values['health-seconds'], quick ? 5 : 15),
  latencySamples: number(values['latency-samples'], quick ? 50 : 200),
};
for (const section of options.sections) {
  if (!SECTIONS.includes(section)) throw new Error(`unknown section ${section}: use ${SECTIONS.join(', ')}`);
}

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`not a number: ${text}`);
  const scale = { '': 1, k: 1e3, m: 1e6 }[match[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(match[1]) * scale);
}

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  const dir = values['data-dir'] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'dupligraph-bench-'));
  fs.mkdirSync(dir, { recursive: true });
  const loadAtStart = loadAverage();
  const started = monotonicMs();
  const rows: Row[] = [];
  try {
    if (!values['skip-verify']) {
      await verifyShortcuts(dir);
      log('the bulk builder and the raw ingest write the same rows as the server');
    }
    if (options.sections.has('ingest')) {
      rows.push(...(await benchIngest({ dir, seed: values.seed, reports: options.reports, longReports: options.longReports, log })));
    }
    if (options.sections.has('notifications')) {
      rows.push(
        ...(await benchNotifications({
          dir,
          seed: values.seed,
          reports: options.reports * 2,
          latencySamples: options.latencySamples,
          serverNodeArgs: values['server-cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['server-cpu-prof']}`] : [],
          log,
        })),
      );
    }
    if (options.sections.has('parse')) {
      rows.push(...(await benchParse({ sizesMiB: options.reportSizes, iterations: quick ? 2 : 5, log })));
    }
    if (options.sections.has('reads')) {
      rows.push(
        ...(await benchReads({
          dir,
          seed: values.seed,
          sizes: options.sizes,
          iterations: options.iterations,
          secondsPerMeasure: options.secondsPerMeasure,
          keepData: values['keep-data'],
          log,
        })),
      );
    }
    if (options.sections.has('fanout')) {
      rows.push(
        ...(await benchFanout({
          dir,
          seed: values.seed,
          subscribers: options.subscribers,
          idle: options.idle,
          events: options.events,
          serverNodeArgs: values['server-cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['server-cpu-prof']}`] : [],
          log,
        })),
      );
    }
    if (options.sections.has('slow-subscribers')) {
      rows.push(...(await benchSlowSubscribers({ dir, uploads: options.slowUploads, stopped: options.stopped, log })));
    }
    if (options.sections.has('health')) {
      rows.push(...(await benchHealth({ dir, seed: values.seed, clients: options.clients, seconds: options.healthSeconds, log })));
    }
  } finally {
    if (!values['keep-data'] && !values['data-dir']) fs.rmSync(dir, { recursive: true, force: true });
  }
  const minutes = (monotonicMs() - started) / 60_000;
  console.log(`\nMachine: ${describeMachine()}`);
  console.log(
    `Run: ${new Date().toISOString()}, ${minutes.toFixed(1)} min, load average (1/5/15 min) ${loadAtStart} at start, ${loadAverage()} at end${quick ? ', --quick' : ''}\n`,
  );
  console.log(formatTable(rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
