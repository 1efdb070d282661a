import { parseDuplicatiReport } from '../../src/domain/report/index.ts';
import { buildRetentionHeavyReport } from '../../test/support/retention-heavy-report.ts';
import { loadAverage, median, monotonicMs } from '../lib/stats.ts';
import type { Row } from '../lib/table.ts';

export interface ParseOptions {
  /** Report sizes in MiB; the largest should be UPLOAD_MAX_BYTES (20 MiB by default). */
  sizesMiB: number[];
  iterations: number;
  log: (line: string) => void;
}

const MIB = 1024 * 1024;
/** The duplistatus image's zone: stamps are read across its summer-time changes. */
const TIME_ZONE = 'Europe/London';
const RECEIVED_AT = new Date('2026-06-01T00:00:00Z');

/**
 * What parsing one report costs as it grows, on the worst report for the parser (retention lines
 * listing as many version stamps as the size holds: test/support/retention-heavy-report.ts),
 * beside JSON.parse of the same text, the floor any JSON ingest pays. Linear parsing shows as a
 * constant cost per MiB. In process: the HTTP and database parts are in the ingest section.
 */
export async function benchParse(options: ParseOptions): Promise<Row[]> {
  const { sizesMiB, iterations, log } = options;
  const measured: Array<{ mib: number; stamps: number; parseMs: number; jsonMs: number }> = [];
  for (const mib of sizesMiB) {
    const report = buildRetentionHeavyReport(mib * MIB);
    const parseTimes: number[] = [];
    const jsonTimes: number[] = [];
    // One more round than measured: the first warms up the JIT and the time-zone offsets.
    for (let round = 0; round <= iterations; round++) {
      let started = monotonicMs();
      const body = JSON.parse(report.text);
      const jsonMs = monotonicMs() - started;
      started = monotonicMs();
      const result = parseDuplicatiReport(body, { timeZone: TIME_ZONE, now: RECEIVED_AT });
      const parseMs = monotonicMs() - started;
      if (!result.ok) throw new Error(`parse bench: report refused: ${result.rejection.message}`);
      if (round === 0) {
        const versions = (JSON.parse(result.report.run.availableBackups ?? '[]') as unknown[]).length;
        if (versions !== report.expectedVersions) throw new Error(`parse bench: ${versions} versions, expected ${report.expectedVersions}`);
        continue;
      }
      jsonTimes.push(jsonMs);
      parseTimes.push(parseMs);
    }
    const entry = { mib, stamps: report.candidates + report.removals, parseMs: median(parseTimes), jsonMs: median(jsonTimes) };
    measured.push(entry);
    log(
      `parse: ${mib} MiB, ${entry.stamps} stamps: JSON.parse ${entry.jsonMs.toFixed(0)} ms + parseDuplicatiReport ${entry.parseMs.toFixed(0)} ms (load ${loadAverage()})`,
    );
  }

  const rows: Row[] = [];
  const largest = measured.at(-1);
  for (const entry of measured) {
    const total = entry.jsonMs + entry.parseMs;
    const isLargest = entry === largest;
    rows.push({
      section: 'parse',
      measure: `report of ${entry.mib} MiB (${entry.stamps.toLocaleString('en')} version stamps): JSON.parse + parser`,
      value: `${total.toFixed(0)} ms (${(total / entry.mib).toFixed(0)} ms/MiB)`,
      baseline: `JSON.parse ${entry.jsonMs.toFixed(0)} ms`,
      ratio: `×${(total / entry.jsonMs).toFixed(1)}`,
      target: isLargest ? '< 1 s' : undefined,
      met: isLargest ? total < 1_000 : undefined,
    });
  }
  const smallest = measured[0];
  if (smallest && largest && largest !== smallest) {
    const perMiB = (entry: typeof smallest) => (entry.jsonMs + entry.parseMs) / entry.mib;
    const growth = perMiB(largest) / perMiB(smallest);
    rows.push({
      section: 'parse',
      measure: `cost per MiB at ${largest.mib} MiB against ${smallest.mib} MiB (linear: ×1)`,
      value: `×${growth.toFixed(2)}`,
      target: '≤ ×1.5',
      met: growth <= 1.5,
    });
  }
  return rows;
}
