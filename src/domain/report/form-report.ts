/**
 * Reads the report Duplicati's send-http module posts when its output format is the default
 * `Duplicati` (or the URL is listed in `--send-http-form-urls`): docs/compatibility/upload.md#form-encoded-reports.
 *
 * Wire format (Duplicati SendHttpMessage, ReportHelper, DuplicatiFormatSerializer and
 * Utility.PrintSerializeObject, read in duplicati/duplicati up to 2.3.x):
 *
 *   Content-Type: application/x-www-form-urlencoded
 *   message=<Uri.EscapeDataString(text)>[&<--send-http-extra-parameters, appended as given>]
 *
 * and `text` is the expanded `--send-http-message` template, by default
 *
 *   Duplicati Backup report for <backup-name> (<machine-id>, <backup-id>, <machine-name>)
 *   <empty line>
 *   [Failed: <exception message>
 *    Details: <exception.ToString(), several lines>
 *    <empty line>]                                  only when the operation threw
 *   DeletedFiles: 0                                 one `Name: value` line per property of the
 *   ...                                             result object, in reflection order
 *   PartialBackup: False                            bool  -> True / False
 *   MainOperation: Backup                           enum  -> name
 *   BeginTime: 4/22/2025 12:45:46 AM (1745279146)   DateTime -> local time in the host's culture
 *   Duration: 00:00:51.3856057                                  + " (unix seconds)"
 *   LimitedWarnings: [                              IEnumerable -> bracketed list, 4-space indented
 *       2025-04-22 00:45:47 +01 - [Warning-…]: …,   items, "," after all but the last, at most
 *       …                                           10 items then a "..." line
 *   ]
 *   Log data:                                       only when log lines were captured
 *   2025-04-22 00:45:47 +01 - [Warning-…]: …
 *
 * Lines end with Environment.NewLine, so CRLF on Windows hosts.
 *
 * What the text cannot carry: the serializer does not recurse into nested objects, so
 * `BackendStatistics`, `CompactResults`, `DeleteResults`, … never appear in a real send-http
 * text report; the `Warnings`/`Errors`/`Messages` properties themselves are filtered out (their
 * `Limited*` twins, which the JSON format calls `Warnings`/`Errors`/`Messages`, are printed, capped at
 * 10 items); the extra keys Duplicati ≥ 2.2 adds to the JSON `Extra` (operating-system, …) only exist
 * here when the template mentions them; sub-second precision of BeginTime/EndTime is lost.
 * We never invent those: they are simply absent from the result.
 *
 * The parser still understands indented nested objects (`BackendStatistics:` followed by deeper
 * `Name: value` lines, as Duplicati's recursive `BasicResults.ToString()` prints them), so a sender
 * or a future Duplicati that renders them gets them back as nested objects.
 */

/** The JSON report shape (docs/compatibility/upload.md#report-structure); the form parser produces the same shape. */
export type DuplicatiJsonReport = {
  Data?: Record<string, unknown>;
  /** Text, except values of a JSON `--send-http-extra-parameters` that are objects or arrays. */
  Extra?: Record<string, unknown>;
  LogLines?: string[];
  Exception?: string | null;
};

/** What the form parser returns: every section is always present. */
export type FormReport = Required<DuplicatiJsonReport>;

export type FormReportParseResult = { ok: true; report: FormReport } | { ok: false; error: string };

export interface FormReportOptions {
  /** `--send-http-message-parameter-name`; Duplicati falls back to `message` when it is empty. */
  messageParameter?: string;
}

export const DEFAULT_MESSAGE_PARAMETER = 'message';

/**
 * Decodes an `application/x-www-form-urlencoded` body posted by Duplicati and turns the plain-text
 * report it carries into the JSON report shape. Every form parameter other than the message is
 * copied into `Extra`, overriding the values read from the header, because that is what Duplicati
 * ≥ 2.2 does with `--send-http-extra-parameters` in its JSON format.
 */
export function parseFormEncodedReport(body: string, options: FormReportOptions = {}): FormReportParseResult {
  const parameter = options.messageParameter?.trim() || DEFAULT_MESSAGE_PARAMETER;
  if (typeof body !== 'string' || body.trim() === '') {
    return fail(`The request body is empty; expected a form-encoded Duplicati report ("${parameter}=…").`);
  }

  const form = splitFormBody(body, parameter);
  if (form.message === undefined) {
    return fail(
      `The form body has no "${parameter}" parameter, so it does not carry a Duplicati report ` +
        '(check --send-http-message-parameter-name).',
    );
  }

  const parsed = parsePlainTextReport(form.message);
  if (!parsed.ok) return parsed;
  for (const [key, value] of form.extra) setOwn(parsed.report.Extra, key, value);
  return parsed;
}

/**
 * Parses the decoded plain text of a Duplicati report (header line plus `Name: value` rendering).
 * Exported separately because the same text also reaches us outside a form body (e.g. pasted).
 */
export function parsePlainTextReport(text: string): FormReportParseResult {
  // Duplicati writes Environment.NewLine, which is CRLF on Windows hosts.
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let pos = skipBlankLines(lines, 0);
  const header = parseHeader(lines[pos] ?? '');
  if (!header) {
    const first = (lines[pos] ?? '').slice(0, 80);
    return fail(
      'The message is not a Duplicati report: its first line should read ' +
        `"Duplicati <operation> report for <backup-name> (<machine-id>, <backup-id>, <machine-name>)", got "${first}".`,
    );
  }
  pos += 1;

  const logStart = lines.indexOf(LOG_DATA_MARKER, pos);
  const resultEnd = logStart === -1 ? lines.length : logStart;

  let exception: string | null = null;
  pos = skipBlankLines(lines, pos);
  if (pos < resultEnd && (lines[pos] ?? '').startsWith(FAILED_PREFIX)) {
    const preamble = readExceptionPreamble(lines, pos, resultEnd);
    exception = preamble.exception;
    pos = preamble.next;
  }

  // At indent 0 parseObject only stops at the end of the result section.
  const data = parseObject({ lines, pos, end: resultEnd }, 0);

  const logLines = logStart === -1 ? [] : groupLogLines(lines.slice(logStart + 1));
  return { ok: true, report: { Data: data, Extra: header, LogLines: logLines, Exception: exception } };
}

// ---------------------------------------------------------------------------------------------
// Form body

interface FormParts {
  message: string | undefined;
  extra: Array<[string, unknown]>;
}

/**
 * Splits the body on `&` ourselves instead of handing it all to URLSearchParams: Duplicati escapes
 * the message with Uri.EscapeDataString (so it never contains a raw `&`), but since 2.2 it appends
 * `--send-http-extra-parameters` verbatim, and that option may be a JSON object whose values contain
 * `&` or `=`. Keeping the raw remainder lets us recognise that JSON form.
 */
function splitFormBody(body: string, parameter: string): FormParts {
  const segments = body.split('&');
  const index = segments.findIndex((segment) => decodePair(segment)?.[0] === parameter);
  if (index === -1) return { message: undefined, extra: [] };
  const message = decodePair(segments[index] ?? '')?.[1] ?? '';
  const extra = [...parseExtraParameters(segments.slice(0, index).join('&')), ...parseExtraParameters(segments.slice(index + 1).join('&'))];
  return { message, extra };
}

/** Form-decodes one `key=value` segment (`+` is a space, bad `%` escapes are kept as written). */
function decodePair(segment: string): [string, string] | undefined {
  if (segment === '') return undefined;
  return new URLSearchParams(segment).entries().next().value;
}

/** `--send-http-extra-parameters` is a query string or (Duplicati ≥ 2.2) a JSON key/value object. */
function parseExtraParameters(raw: string): Array<[string, unknown]> {
  const trimmed = raw.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('{') || trimmed.startsWith('%7B') || trimmed.startsWith('%7b')) {
    const json = parseJsonObject(trimmed) ?? parseJsonObject(safeDecode(trimmed));
    if (json) return json;
  }
  // Duplicati drops blank keys when it builds Extra from the query string; do the same.
  return [...new URLSearchParams(raw)].filter(([key]) => key.trim() !== '');
}

function parseJsonObject(text: string | undefined): Array<[string, unknown]> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    // Duplicati reads the object as Dictionary<string, string>: numbers and booleans become text,
    // an object or array cannot be read. Those are kept as they are, so the ingest refuses them
    // where they matter (Extra.machine-id, …) instead of storing their JSON text as a name.
    return Object.entries(value as Record<string, unknown>).map(([key, v]) => [
      key,
      typeof v === 'object' && v !== null ? v : typeof v === 'string' ? v : JSON.stringify(v),
    ]);
  } catch {
    return undefined;
  }
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Header

const HEADER = /^Duplicati (\S*) report for (.*)$/;

/**
 * `Duplicati %OPERATIONNAME% report for %backup-name% (%machine-id%, %backup-id%, %machine-name%)`.
 * Older defaults were `… for %backup-name% (%machine-id%, %backup-id%)` (2.0.9 canaries) and
 * `… for %backup-name%` (≤ 2.0.8), so the parenthesised part is optional.
 *
 * The backup name is free text and may itself contain " (", ", " and ")", so we try every " (" whose
 * remainder splits into the expected fields and prefer (1) one whose backup id looks like a real id
 * (`DB-<n>` from the server, or the hex hash the command line computes), then (2) the last one, i.e.
 * the longest backup name: a name like "Photos (2023, 2024)" is more likely than a machine name
 * containing a parenthesised, comma-separated list. The machine name comes last and may contain
 * ", ", so it takes the rest.
 */
function parseHeader(line: string): Record<string, string> | null {
  const match = HEADER.exec(line.trimEnd());
  if (!match) return null;
  const operation = match[1] ?? '';
  const rest = match[2] ?? '';
  const extra: Record<string, string> = {};
  setOwn(extra, 'OperationName', operation);

  const ids = splitHeaderIds(rest);
  setOwn(extra, 'backup-name', ids?.backupName ?? rest);
  if (ids) {
    setOwn(extra, 'machine-id', ids.machineId);
    setOwn(extra, 'backup-id', ids.backupId);
    if (ids.machineName !== undefined) setOwn(extra, 'machine-name', ids.machineName);
  }
  return extra;
}

interface HeaderIds {
  backupName: string;
  machineId: string;
  backupId: string;
  machineName?: string;
}

/**
 * Every " (" is a candidate start of the ids; its inner text (up to the final ")") must read
 * `<machine-id>, <backup-id>, <machine-name>` (ids without commas, the name takes the rest) or
 * `<machine-id>, <backup-id>`. Found from the comma positions, so a header with a hundred
 * thousand " (" is read in one pass instead of one pass per candidate.
 */
function splitHeaderIds(rest: string): HeaderIds | undefined {
  if (!rest.endsWith(')')) return undefined;
  const innerEnd = rest.length - 1;
  const openings: number[] = [];
  for (let at = rest.indexOf(' ('); at !== -1; at = rest.indexOf(' (', at + 1)) openings.push(at);
  const commas: number[] = [];
  for (let at = rest.indexOf(','); at !== -1 && at < innerEnd; at = rest.indexOf(',', at + 1)) commas.push(at);

  const candidateAt = (opening: number, firstComma: number): HeaderIds | undefined => {
    const c1 = commas[firstComma];
    if (c1 === undefined || c1 + 1 >= innerEnd || rest[c1 + 1] !== ' ') return undefined;
    const c2 = commas[firstComma + 1];
    const ids = { backupName: rest.slice(0, opening), machineId: rest.slice(opening + 2, c1) };
    if (c2 === undefined) return { ...ids, backupId: rest.slice(c1 + 2, innerEnd) };
    if (c2 + 1 >= innerEnd || rest[c2 + 1] !== ' ') return undefined;
    return { ...ids, backupId: rest.slice(c1 + 2, c2), machineName: rest.slice(c2 + 2, innerEnd) };
  };

  // Preference, as before: the last candidate with a machine name whose backup id looks real,
  // else the last with a machine name, else the last without one whose backup id looks real.
  // Candidates sharing their first comma share their backup id, so each id is judged once.
  let lastWithName: HeaderIds | undefined;
  let plausibleWithoutName: HeaderIds | undefined;
  let firstComma = commas.length;
  let judged: { comma: number; plausible: boolean } | undefined;
  for (let o = openings.length - 1; o >= 0; o--) {
    const opening = openings[o]!;
    while (firstComma > 0 && commas[firstComma - 1]! >= opening + 2) firstComma--;
    const candidate = candidateAt(opening, firstComma);
    if (!candidate) continue;
    if (judged?.comma !== firstComma) judged = { comma: firstComma, plausible: looksLikeBackupId(candidate.backupId) };
    if (candidate.machineName !== undefined) {
      if (judged.plausible) return candidate;
      lastWithName ??= candidate;
    } else if (judged.plausible) {
      plausibleWithoutName ??= candidate;
    }
  }
  // Without the machine name the pattern is too weak to trust unless the backup id looks real.
  return lastWithName ?? plausibleWithoutName;
}

function looksLikeBackupId(value: string): boolean {
  return /^DB-\d+$/.test(value) || /^[0-9a-f]{16,}$/i.test(value);
}

// ---------------------------------------------------------------------------------------------
// Exception preamble

const FAILED_PREFIX = 'Failed: ';
const DETAILS_PREFIX = 'Details: ';
const LOG_DATA_MARKER = 'Log data:';

/**
 * When the operation threw, Duplicati prepends `Failed: <message>` and `Details: <exception>`
 * (the full Exception.ToString(), which spans lines) followed by an empty line, then prints the
 * partial result (≥ 2.0.7.102; before that the preamble was the whole report). The JSON format puts
 * the same Exception.ToString() into `Exception`, so that is what we keep.
 */
function readExceptionPreamble(lines: string[], start: number, end: number): { exception: string; next: number } {
  let details = start + 1;
  while (details < end && !(lines[details] ?? '').startsWith(DETAILS_PREFIX)) details += 1;
  if (details >= end) {
    // No Details line: keep the message; the rest is read as the result as usual.
    return { exception: (lines[start] ?? '').slice(FAILED_PREFIX.length), next: start + 1 };
  }

  // The exception text ends at the empty line that is followed by the first result property.
  let stop = end;
  for (let i = details + 1; i < end; i += 1) {
    if (lines[i] !== '') continue;
    const following = lines[i + 1];
    if (following === undefined || i + 1 >= end || PROPERTY.test(following) || following === NULL_RESULT) {
      stop = i;
      break;
    }
  }
  const text = [(lines[details] ?? '').slice(DETAILS_PREFIX.length), ...lines.slice(details + 1, stop)].join('\n').trimEnd();
  return { exception: text, next: stop };
}

// ---------------------------------------------------------------------------------------------
// `Name: value` rendering

/** One property line; `Name:` with nothing after it opens a nested object (recursive rendering). */
const PROPERTY = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;
/** DuplicatiFormatSerializer prints this when the result object itself is null. */
const NULL_RESULT = 'null?';
const INDENT_STEP = 4;

/**
 * The plain-text names of the capped message lists are the C# property names; the JSON format
 * serialises the same properties as `Messages`/`Warnings`/`Errors` (JsonPropertyName attributes).
 * Very old releases printed the uncapped `Messages`/`Warnings`/`Errors` directly.
 */
const RENAMED: Readonly<Record<string, string>> = {
  LimitedMessages: 'Messages',
  LimitedWarnings: 'Warnings',
  LimitedErrors: 'Errors',
};
/** Lists whose items are log-entry strings, never objects, even when an item looks like `A: b`. */
const STRING_LISTS = new Set(['Messages', 'Warnings', 'Errors']);

interface Cursor {
  lines: string[];
  pos: number;
  end: number;
}

/**
 * Reads consecutive `Name: value` lines at exactly `indent` spaces into an object; stops at the
 * first line indented less (the end of a nested block). Lines that are not a property at this
 * level continue the previous string value: a string property whose value spans several lines
 * is printed verbatim, so its later lines look like this.
 */
function parseObject(cursor: Cursor, indent: number): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  let continuing: string | undefined;
  while (cursor.pos < cursor.end) {
    const line = cursor.lines[cursor.pos] ?? '';
    if (line.trim() === '' || line === NULL_RESULT) {
      cursor.pos += 1;
      continue;
    }
    const lineIndent = indentOf(line);
    if (lineIndent < indent) break;
    const property = lineIndent === indent ? PROPERTY.exec(line.slice(indent)) : null;
    cursor.pos += 1;
    if (!property) {
      if (continuing !== undefined) setOwn(result, continuing, `${String(result[continuing])}\n${line}`);
      continue;
    }

    const name = property[1] ?? '';
    const key = RENAMED[name] ?? name;
    const raw = property[2] ?? '';
    continuing = undefined;
    if (raw === '[') {
      setOwn(result, key, parseList(cursor, indent, STRING_LISTS.has(key)));
    } else if (raw === '[]') {
      setOwn(result, key, []);
    } else if (raw.trim() === '' && nestedIndent(cursor, indent) !== undefined) {
      setOwn(result, key, parseObject(cursor, nestedIndent(cursor, indent) ?? indent + INDENT_STEP));
    } else {
      const value = scalar(raw);
      setOwn(result, key, value);
      if (typeof value === 'string') continuing = key;
    }
  }
  return result;
}

/** The indentation of the next non-blank line when it is a deeper property line, else undefined. */
function nestedIndent(cursor: Cursor, indent: number): number | undefined {
  const next = skipBlankLines(cursor.lines, cursor.pos);
  if (next >= cursor.end) return undefined;
  const line = cursor.lines[next] ?? '';
  const lineIndent = indentOf(line);
  return lineIndent > indent && PROPERTY.test(line.slice(lineIndent)) ? lineIndent : undefined;
}

/**
 * `Name: [` … `]`: items start `indent + 4` spaces in; the serializer writes "," after every item
 * but the last and, past 10 items, a bare "..." line (the real count is in `*ActualLength`, so the
 * marker is dropped). A multi-line item (a log entry with its exception) continues on unindented
 * lines, so a trailing "," only ends an item when the next line starts a new item or the list end.
 */
function parseList(cursor: Cursor, indent: number, stringsOnly: boolean): unknown[] {
  const close = `${' '.repeat(indent)}]`;
  const itemPad = ' '.repeat(indent + INDENT_STEP);
  const items: string[][] = [];
  let current: string[] = [];
  while (cursor.pos < cursor.end) {
    const line = cursor.lines[cursor.pos] ?? '';
    cursor.pos += 1;
    if (line === close) break;
    if (current.length === 0 && line === '...') continue;
    const next = cursor.lines[cursor.pos];
    const endsItem = line.endsWith(',') && (next === undefined || next === close || next === '...' || next.startsWith(itemPad));
    if (endsItem) {
      current.push(line.slice(0, -1));
      items.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) items.push(current);
  return items.map((item) => listItem(item, indent + INDENT_STEP, stringsOnly));
}

function listItem(item: string[], indent: number, stringsOnly: boolean): unknown {
  const [first = '', ...more] = item;
  const head = first.startsWith(' '.repeat(indent)) ? first.slice(indent) : first.trimStart();
  if (!stringsOnly && PROPERTY.test(head)) {
    // An object in a list (e.g. a KeyValuePair or a sub-result) prints its properties one per line.
    return parseObject({ lines: item, pos: 0, end: item.length }, indentOf(first));
  }
  if (stringsOnly || more.length > 0) return [head, ...more].join('\n');
  return scalar(head);
}

/**
 * Gives a printed primitive its JSON type. DateTime values are printed as local time in the
 * Duplicati host's culture followed by " (<unix seconds>)"; the culture-dependent part cannot be
 * read reliably, the Unix seconds can, so we turn them into the ISO-8601 UTC string the JSON format
 * would carry (to the second). TimeSpans are already in the JSON's constant format.
 */
function scalar(raw: string): unknown {
  if (raw === 'True') return true;
  if (raw === 'False') return false;
  if (raw === 'null') return null;
  if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(raw)) return Number(raw);
  const unixSeconds = UNIX_SECONDS_SUFFIX.exec(raw);
  if (unixSeconds) {
    const printed = raw.slice(0, unixSeconds.index);
    const millis = Number(unixSeconds[1]) * 1000;
    const looksLikeDateTime = TIME_OF_DAY.test(printed) && !LINE_BREAK.test(printed);
    if (looksLikeDateTime && Number.isFinite(millis) && Math.abs(millis) <= 8.64e15) return new Date(millis).toISOString();
  }
  return raw;
}

/**
 * Checked as two linear searches: one pattern `^(.*<time>.*) \((\d+)\)$` backtracks
 * quadratically on a long value holding many times of day.
 */
const UNIX_SECONDS_SUFFIX = / \((-?\d+)\)$/;
const TIME_OF_DAY = /\d{1,2}[:.]\d{2}[:.]\d{2}/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

// ---------------------------------------------------------------------------------------------
// Log data

/** `yyyy-MM-dd HH:mm:ss zz - [Level-Tag-Id]: message`; ":" is the culture's time separator. */
const LOG_ENTRY_START = /^\d{4}-\d{2}-\d{2} \d{2}[:.]\d{2}[:.]\d{2} /;
/** What Duplicati appends when --send-http-max-log-lines cut the list. */
const LOG_MORE = /^\.\.\. and \d+ more$/;

/**
 * One log entry per element, as in the JSON `LogLines`: an entry with an exception carries the
 * exception text on the following lines, so lines that do not start a new entry are joined back.
 */
function groupLogLines(lines: string[]): string[] {
  const entries: string[] = [];
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end -= 1;
  for (const line of lines.slice(0, end)) {
    const last = entries.length - 1;
    if (last >= 0 && !LOG_ENTRY_START.test(line) && !LOG_MORE.test(line)) entries[last] = `${entries[last]}\n${line}`;
    else entries.push(line);
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Helpers

function skipBlankLines(lines: string[], from: number): number {
  let pos = from;
  while (pos < lines.length && (lines[pos] ?? '').trim() === '') pos += 1;
  return pos;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * Keys come from the sender; defining them as own properties keeps a key such as `__proto__`
 * an ordinary entry instead of changing the object's prototype.
 */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
