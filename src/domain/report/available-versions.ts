import { isoTimestampsJson } from './iso-json.ts';
import { versionInstantIn } from './version-timestamp.ts';
import { zoneOfLogLine } from './log-line-zone.ts';

const CANDIDATES_MARKER = 'Backups to consider:';
const REMOVALS_MARKER = 'All backups to delete:';

/**
 * The backup versions still on the destination, newest first, read from the retention-policy
 * lines of a stored `messages_array` (docs/compatibility/upload.md#available-versions): the "Backups to consider" list minus the
 * "All backups to delete" list. Empty when the job does not use `--retention-policy`.
 *
 * Mirrors duplistatus 1.4.1+ in the details that change results: a later line replaces an
 * earlier list only when it has text after the marker; when the JSON is not an array of lines,
 * a JSON string or non-JSON text is searched line by line and that result is *not* sorted.
 */
export function extractAvailableVersions(messagesArrayText: string | null, timeZone: string, timeZoneIsExplicit = true): string[] {
  const text = messagesArrayText?.trim() ?? '';
  if (text === '') return [];
  const zones = { timeZone, timeZoneIsExplicit };

  let messages: unknown;
  try {
    messages = JSON.parse(text);
  } catch {
    return toIsoTexts(inLogOrder(text.split('\n'), zones));
  }
  return toIsoTexts(availableInstantsOf(messages, zones));
}

/**
 * Which zone reads a line's zone-less stamps: `timeZone` when it was set explicitly, else the
 * offset the line's own prefix carries (the Duplicati host's, log-line-zone.ts), else `timeZone`.
 */
interface StampZones {
  timeZone: string;
  timeZoneIsExplicit: boolean;
}

/**
 * The `available_backups` column (JSON text of the same list) from the value whose JSON text is
 * stored as `messages_array` (the report's `LogLines` or `Data.Messages`), so the ingest neither
 * parses back the text it has just written nor builds a string per version.
 */
export function availableVersionsJson(messages: unknown, timeZone: string, timeZoneIsExplicit = true): string {
  return isoTimestampsJson(availableInstantsOf(messages, { timeZone, timeZoneIsExplicit }));
}

function availableInstantsOf(messages: unknown, zones: StampZones): Float64Array {
  if (typeof messages === 'string') return inLogOrder(messages.split('\n'), zones);
  if (!Array.isArray(messages)) return new Float64Array(0);
  return newestFirst(
    messages.filter((message): message is string => typeof message === 'string'),
    zones,
  );
}

/*
 * Linear in the size of the lines (a report may list hundreds of thousands of versions): each
 * list is read from the one line that decides it, and stamps are compared as numbers.
 */

/** Candidates minus removals, in the candidates' order (the branch upstream does not sort). */
function inLogOrder(lines: readonly string[], zones: StampZones): Float64Array {
  const candidates = instantsIn(lastListAfter(lines, CANDIDATES_MARKER), zones);
  const removals = instantsIn(lastListAfter(lines, REMOVALS_MARKER), zones).sort();
  if (removals.length === 0) return candidates;
  return candidates.filter((version) => !containsSorted(removals, version));
}

/**
 * Candidates minus removals, newest first: both sorted, then walked together. Instants of years
 * 1900–2100 order as their ISO texts do, which upstream sorts.
 */
function newestFirst(lines: readonly string[], zones: StampZones): Float64Array {
  const candidates = instantsIn(lastListAfter(lines, CANDIDATES_MARKER), zones).sort();
  const removals = instantsIn(lastListAfter(lines, REMOVALS_MARKER), zones).sort();
  const kept = new Float64Array(candidates.length);
  let count = 0;
  let r = removals.length - 1;
  for (let c = candidates.length - 1; c >= 0; c--) {
    const version = candidates[c]!;
    while (r >= 0 && removals[r]! > version) r--;
    if (r >= 0 && removals[r] === version) continue;
    kept[count++] = version;
  }
  return kept.subarray(0, count);
}

function containsSorted(sorted: Float64Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = sorted[middle]!;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

function toIsoTexts(instants: ArrayLike<number>): string[] {
  return Array.from(instants, (instant) => new Date(instant).toISOString());
}

/** The text after `marker` on the last line that has some there (an empty list replaces nothing), with that line. */
function lastListAfter(lines: readonly string[], marker: string): { list: string; line: string } | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const list = listAfter(lines[i]!, marker);
    if (list) return { list, line: lines[i]! };
  }
  return undefined;
}

/** Up to a second occurrence of the marker, as upstream's `line.split(marker)[1]` reads it. */
function listAfter(line: string, marker: string): string | undefined {
  const at = line.indexOf(marker);
  if (at === -1) return undefined;
  const start = at + marker.length;
  const next = line.indexOf(marker, start);
  return line.slice(start, next === -1 ? undefined : next).trim() || undefined;
}

/** The stamps of a comma-separated list that read as versions (the others are dropped). */
function instantsIn(found: { list: string; line: string } | undefined, zones: StampZones): Float64Array {
  if (found === undefined) return new Float64Array(0);
  const { list } = found;
  const timeZone = zones.timeZoneIsExplicit ? zones.timeZone : (zoneOfLogLine(found.line) ?? zones.timeZone);
  const instants = new GrowingFloat64Array();
  for (let start = 0; start <= list.length; ) {
    const comma = list.indexOf(',', start);
    const end = comma === -1 ? list.length : comma;
    const instant = versionInstantIn(list, start, end, timeZone);
    if (instant !== null) instants.push(instant);
    start = end + 1;
  }
  return instants.toArray();
}

class GrowingFloat64Array {
  private buffer = new Float64Array(64);
  private length = 0;

  push(value: number): void {
    if (this.length === this.buffer.length) {
      const larger = new Float64Array(this.buffer.length * 2);
      larger.set(this.buffer);
      this.buffer = larger;
    }
    this.buffer[this.length++] = value;
  }

  toArray(): Float64Array {
    return this.buffer.subarray(0, this.length);
  }
}
