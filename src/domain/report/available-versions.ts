import { parseVersionTimestamp } from './version-timestamp.ts';

const CANDIDATES_MARKER = 'Backups to consider:';
const REMOVALS_MARKER = 'All backups to delete:';

/**
 * The backup versions still on the destination, newest first, read from the retention-policy
 * lines of a stored `messages_array` (DOMAIN.md a.11): the "Backups to consider" list minus the
 * "All backups to delete" list. Empty when the job does not use `--retention-policy`.
 *
 * Mirrors duplistatus 1.4.1+ in the details that change results: a later line replaces an
 * earlier list only when it has text after the marker; when the JSON is not an array of lines,
 * a JSON string or non-JSON text is searched line by line and that result is *not* sorted.
 */
export function extractAvailableVersions(messagesArrayText: string | null, timeZone: string): string[] {
  const text = messagesArrayText?.trim() ?? '';
  if (text === '') return [];

  let messages: unknown;
  try {
    messages = JSON.parse(text);
  } catch {
    return availableFrom(text.split('\n'), timeZone);
  }
  if (typeof messages === 'string') return availableFrom(messages.split('\n'), timeZone);
  if (!Array.isArray(messages)) return [];

  const lines = messages.filter((message): message is string => typeof message === 'string');
  return availableFrom(lines, timeZone).sort(newestFirst);
}

function availableFrom(lines: readonly string[], timeZone: string): string[] {
  let candidates: string[] = [];
  let removals: string[] = [];
  for (const line of lines) {
    candidates = listAfter(line, CANDIDATES_MARKER, timeZone) ?? candidates;
    removals = listAfter(line, REMOVALS_MARKER, timeZone) ?? removals;
  }
  return candidates.filter((version) => !removals.includes(version));
}

/** The converted stamps after `marker`, or undefined when the line has no list there. */
function listAfter(line: string, marker: string, timeZone: string): string[] | undefined {
  if (!line.includes(marker)) return undefined;
  const list = line.split(marker)[1]?.trim();
  if (!list) return undefined;
  return list
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
    .map((item) => parseVersionTimestamp(item, timeZone))
    .filter((iso): iso is string => iso !== null);
}

/** ISO stamps with four-digit years (1900–2100) sort as text. */
function newestFirst(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
