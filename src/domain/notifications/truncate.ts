/**
 * Cutting text to a channel's size limit. `{log_text}` can be a whole Duplicati log
 * (docs/compatibility/known-problems.md#log-text-can-be-the-whole-log), megabytes that ntfy would refuse or turn into an attachment, so
 * the text is cut on a character boundary and says how much was left out (docs/compatibility/notifications.md#size-limits).
 */
import { placeholdersIn, renderTemplate } from './templates.ts';
import type { PlaceholderValues } from './placeholders.ts';

/**
 * ntfy's message limit: 4,096 bytes by default (ntfy 1.11+; a server may be configured otherwise).
 * A longer body is turned into an `attachment.txt` when the server keeps attachments, and refused
 * with 413 when it does not.
 */
export const NTFY_MESSAGE_MAX_BYTES = 4096;

/**
 * Gotify documents no limit; it stores messages in a `text` column, which holds 65,535 bytes on
 * MySQL, the smallest of its databases.
 */
export const GOTIFY_MESSAGE_MAX_BYTES = 65_535;

/** RFC 5322 §2.1.1: a header line is at most 998 characters; a subject within that needs no folding by any mailer. */
export const EMAIL_SUBJECT_MAX_BYTES = 998;

/** A webhook receives the whole text: its receiver is ours to choose, and JSON carries any size. */
export const WEBHOOK_MESSAGE_MAX_BYTES: number | null = null;

/** Apprise cuts or splits per service itself (its `body_maxlen`), so dupligraph sends the whole text. */
export const APPRISE_MESSAGE_MAX_BYTES: number | null = null;

const utf8Length = (text: string) => Buffer.byteLength(text, 'utf8');

/** UTF-8 bytes of one code point as iterated from a string; a lone surrogate is sent as U+FFFD, 3 bytes. */
function codePointBytes(char: string): number {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/** The marker appended to cut text. */
export function truncationMarker(omittedBytes: number): string {
  return `… [truncated: ${omittedBytes} bytes omitted]`;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` unchanged when its UTF-8 form fits in `maxBytes`; otherwise its longest beginning that
 * fits together with the marker saying how many bytes were left out. The cut never splits a code
 * point, a surrogate pair or a grapheme (an emoji sequence, a letter with its accents); a lone
 * surrogate in the input counts as the 3 bytes of the U+FFFD it is sent as. When even the marker
 * does not fit, the text is cut to `maxBytes` with no marker.
 */
export function truncateForChannel(text: string, maxBytes: number): string {
  if (!Number.isInteger(maxBytes) || maxBytes < 0) {
    throw new RangeError(`maxBytes must be a whole number of bytes, 0 or more; got ${maxBytes}`);
  }
  const total = utf8Length(text);
  if (total <= maxBytes) return text;

  let keep = cutToBytes(text, maxBytes);
  let marker = '';
  // The marker's own length depends on the number it shows, so settle the two together.
  for (let room = maxBytes; room >= 0; ) {
    const candidate = cutToBytes(text, room);
    const candidateMarker = truncationMarker(total - utf8Length(candidate));
    const size = utf8Length(candidate) + utf8Length(candidateMarker);
    if (size <= maxBytes) {
      keep = candidate;
      marker = candidateMarker;
      break;
    }
    if (room === 0) break;
    room = Math.max(0, room - (size - maxBytes));
  }
  return keep + marker;
}

/** The longest beginning of `text` whose UTF-8 form fits in `maxBytes`, ending on a grapheme boundary. */
function cutToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = codePointBytes(char);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return backToGraphemeBoundary(text, end);
}

/** Graphemes are short, so looking at a few dozen characters before the cut is enough. */
function backToGraphemeBoundary(text: string, end: number): string {
  if (end === 0 || end === text.length) return text.slice(0, end);
  // Between two ASCII characters other than CR LF there is always a boundary: the common case, without segmenting.
  const before = text.charCodeAt(end - 1);
  const after = text.charCodeAt(end);
  if (before < 0x7f && after < 0x7f && !(before === 0x0d && after === 0x0a)) return text.slice(0, end);
  const windowStart = Math.max(0, end - 64);
  let boundary = windowStart;
  for (const { index, segment } of graphemes.segment(text.slice(windowStart, end + 64))) {
    const segmentEnd = windowStart + index + segment.length;
    if (segmentEnd > end) break;
    boundary = segmentEnd;
  }
  return text.slice(0, boundary);
}

/**
 * A template rendered to fit `maxBytes` (null: no limit). When the whole text is too long and it
 * shows `{log_text}`, the log is cut first, so the lines after it (the server's address in the
 * default warning template) still arrive; only when that is not enough is the whole text cut.
 */
export function renderTemplateWithinLimit(text: string, values: PlaceholderValues, maxBytes: number | null): string {
  const rendered = renderTemplate(text, values);
  if (maxBytes === null || utf8Length(rendered) <= maxBytes) return rendered;
  const log = values.log_text ?? '';
  if (log !== '') {
    const occurrences = placeholdersIn(text).filter((name) => name === 'log_text').length;
    if (occurrences > 0) {
      const withoutLog = renderTemplate(text, { ...values, log_text: '' });
      const room = Math.floor((maxBytes - utf8Length(withoutLog)) / occurrences);
      if (room >= utf8Length(truncationMarker(utf8Length(log)))) {
        const shortened = renderTemplate(text, { ...values, log_text: truncateForChannel(log, room) });
        if (utf8Length(shortened) <= maxBytes) return shortened;
      }
    }
  }
  return truncateForChannel(rendered, maxBytes);
}
