import { buildDuplicatiReport, versionStamp } from './report-builder.ts';
import type { DuplicatiReportBody } from './report-builder.ts';

/**
 * The worst report for the retention-line parser that fits a size: many log lines, earlier
 * "Backups to consider" lines that a later one replaces, then one candidate list and one removal
 * list holding as many distinct version stamps as the size allows (every other candidate is
 * deleted). Used by the parse test and by `npm run bench` (parse time per report size).
 */
export interface RetentionHeavyReport {
  body: DuplicatiReportBody;
  /** The JSON text as posted; its length is close to (and never above) the requested size. */
  text: string;
  candidates: number;
  removals: number;
  /** How many versions the parser must return. */
  expectedVersions: number;
}

const HOUR_PLUS_SECOND_MS = 3_601_000;
/** Newest version; stamps go back from here and stay inside 1900–2100, the range they are read in. */
const NEWEST = Date.UTC(2099, 11, 31, 23, 0, 0);
const RETENTION = 'Information-Duplicati.Library.Main.Operation.DeleteHandler:RetentionPolicy';
/** Share of the size spent on ordinary log lines and superseded retention lines. */
const FILLER_SHARE = 0.1;

export function buildRetentionHeavyReport(targetBytes: number): RetentionHeavyReport {
  const skeleton = JSON.stringify(buildDuplicatiReport({ logLines: [] })).length;
  const fillerBytes = Math.floor(targetBytes * FILLER_SHARE);
  const filler = fillerLines(fillerBytes);
  const fillerLength = filler.reduce((sum, line) => sum + line.length + 3, 0);
  // Each stamp costs its 19 characters and ", "; candidates and removals come 2 : 1.
  const stampBytes = versionStamp(new Date(NEWEST)).length + 2;
  const overhead = skeleton + fillerLength + 400;
  const candidates = Math.max(2, Math.floor(((targetBytes - overhead) / stampBytes) * (2 / 3)));

  const build = (count: number) => {
    const stamps = Array.from({ length: count }, (_, i) => versionStamp(new Date(NEWEST - i * HOUR_PLUS_SECOND_MS)));
    const deleted = stamps.filter((_, i) => i % 2 === 1);
    const body = buildDuplicatiReport({
      logLines: [
        ...filler,
        logLine(`${RETENTION}-BackupList`, `Backups to consider: ${stamps.join(', ')}`),
        logLine(`${RETENTION}-AllBackupsToDelete`, `All backups to delete: ${deleted.join(', ')}`),
      ],
    });
    return { body, text: JSON.stringify(body), candidates: count, removals: deleted.length, expectedVersions: count - deleted.length };
  };

  let report = build(candidates);
  // The estimate is close; trim until the text fits.
  while (report.text.length > targetBytes && report.candidates > 2) {
    const excess = report.text.length - targetBytes;
    report = build(report.candidates - Math.ceil(excess / stampBytes) - 1);
  }
  return report;
}

/** Short log lines, every tenth an earlier retention list that the last one replaces. */
function fillerLines(bytes: number): string[] {
  const lines: string[] = [];
  let used = 0;
  for (let i = 0; used < bytes; i++) {
    const line =
      i % 10 === 9
        ? logLine(`${RETENTION}-BackupList`, `Backups to consider: ${versionStamp(new Date(Date.UTC(2001, 0, 1) + i * 1000))}`)
        : logLine(
            'Information-Duplicati.Library.Main.BasicResults-BackendEvent',
            `Backend event: Get - Completed: duplicati-i${i}.dindex.zip.aes (1.2 KB)`,
          );
    lines.push(line);
    used += line.length + 3;
  }
  return lines;
}

function logLine(tag: string, message: string): string {
  return `2099-12-31 23:00:00 +00 - [${tag}]: ${message}`;
}
