import { daysInMonth } from './calendar.ts';
import { instantOfLocalTime, localTimeAt } from './time-zone.ts';

const DAY_MS = 86_400_000;

/**
 * One version stamp from a retention-policy log line → UTC ISO (`….000Z`), or null when it has
 * none of the accepted shapes or impossible values (docs/compatibility/upload.md#available-versions, duplistatus 1.4.1+).
 *
 * Duplicati prints `DateTime.ToString()` in the Duplicati host's culture and the offset is not
 * part of the stamp, so the components are read as wall-clock time in `timeZone` (the
 * duplistatus server's zone), not the host's: versions shift when the two zones differ (docs/compatibility/upload.md#available-versions).
 */
export function parseVersionTimestamp(text: string, timeZone: string): string | null {
  const instant = versionInstantIn(text, 0, text.length, timeZone);
  return instant === null ? null : new Date(instant).toISOString();
}

/**
 * `parseVersionTimestamp` of `text.slice(start, end)` as epoch milliseconds, read in place: a
 * report can list hundreds of thousands of stamps, so nothing is allocated per stamp.
 */
export function versionInstantIn(text: string, start: number, end: number, timeZone: string): number | null {
  const count = tokenize(text, start, end);
  if (count <= 0) return null;
  for (const shape of SHAPES) {
    if (matches(shape, count)) return instantOf(shape, timeZone);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Shapes

/**
 * A shape is a token sequence: `4`, `2` and `1-2` are runs of that many digits, `_` is a run of
 * white space (the `\s+` of a regular expression, no-break spaces included), `ap` is AM or PM in
 * any case, other characters stand for themselves. `fields` names what the digit runs are, in
 * order: y(ear), M(onth), d(ay), h(our), m(inute), s(econd), and `a`/`b` for shape 8.
 */
interface ShapeSpec {
  tokens: string;
  fields: string;
}

/** Tried in this order; the first that matches decides, even when its values are then invalid. */
const SHAPE_SPECS: readonly ShapeSpec[] = [
  // 1. yyyy-MM-dd H:mm:ss — ISO-like (sv-SE, en-CA)
  { tokens: '4 - 2 - 2 _ 1-2 : 2 : 2', fields: 'yMdhms' },
  // 2. yyyy.MM.dd H:mm:ss — zh, ja, hu
  { tokens: '4 . 2 . 2 _ 1-2 : 2 : 2', fields: 'yMdhms' },
  // 3. yyyy.MM.dd AM|PM h:mm:ss — ko-KR, the marker precedes the time
  { tokens: '4 . 2 . 2 _ ap _ 1-2 : 2 : 2', fields: 'yMdhms' },
  // 4. yyyy/MM/dd h:mm:ss AM|PM — es-MX
  { tokens: '4 / 2 / 2 _ 1-2 : 2 : 2 _ ap', fields: 'yMdhms' },
  // 5. d/M/yyyy H:mm:ss — en-GB, fr, it, es, pt-BR
  { tokens: '1-2 / 1-2 / 4 _ 1-2 : 2 : 2', fields: 'dMyhms' },
  // 6. d/M/yyyy H.mm.ss — da, nb (dots between the time parts)
  { tokens: '1-2 / 1-2 / 4 _ 1-2 . 2 . 2', fields: 'dMyhms' },
  // 7. d.M.yyyy H:mm:ss — de, ru, tr, fi
  { tokens: '1-2 . 1-2 . 4 _ 1-2 : 2 : 2', fields: 'dMyhms' },
  // 8. a/b/yyyy h:mm:ss AM|PM — en-US month-first or en-AU/en-IN day-first; a value above 12
  //    can only be the day, and when both fit, month-first wins (AM/PM is mostly en-US).
  { tokens: '1-2 / 1-2 / 4 _ 1-2 : 2 : 2 _ ap', fields: 'abyhms' },
];

const DIGITS = 0;
const SPACE = 1;
const MERIDIEM = 2;
const SEPARATOR = 3;

interface Shape {
  kinds: number[];
  /** Digit runs: shortest and longest length; separators: the character code. */
  low: number[];
  high: number[];
  fields: string;
}

const SHAPES: readonly Shape[] = SHAPE_SPECS.map(compileShape);

function compileShape(spec: ShapeSpec): Shape {
  const shape: Shape = { kinds: [], low: [], high: [], fields: spec.fields };
  for (const token of spec.tokens.split(' ')) {
    const digits = /^(\d)(?:-(\d))?$/.exec(token);
    const [kind, low, high] = digits
      ? [DIGITS, Number(digits[1]), Number(digits[2] ?? digits[1])]
      : token === '_'
        ? [SPACE, 0, 0]
        : token === 'ap'
          ? [MERIDIEM, 0, 0]
          : [SEPARATOR, token.charCodeAt(0), token.charCodeAt(0)];
    shape.kinds.push(kind);
    shape.low.push(low);
    shape.high.push(high);
  }
  return shape;
}

// ---------------------------------------------------------------------------------------------
// Tokens: one pass over the characters into reused buffers

/** No shape has more tokens; a longer stamp matches none. */
const MAX_TOKENS = 16;
const tokenKinds = new Int32Array(MAX_TOKENS);
/** Digits: the value; separators: the character code; meridiem: 1 for PM, 0 for AM. */
const tokenValues = new Int32Array(MAX_TOKENS);
const tokenLengths = new Int32Array(MAX_TOKENS);

/**
 * Splits the stamp into tokens, leading and trailing white space dropped (the `trim()` of
 * upstream); -1 when a character or run fits no shape (a letter other than AM/PM, more than four
 * digits, too many tokens).
 */
function tokenize(text: string, start: number, end: number): number {
  let count = 0;
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  let last = end;
  while (last > i && isSpace(text.charCodeAt(last - 1))) last--;
  while (i < last) {
    if (count === MAX_TOKENS) return -1;
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      let value = 0;
      const from = i;
      for (; i < last && isDigit(text.charCodeAt(i)); i++) {
        if (i - from === 4) return -1;
        value = value * 10 + (text.charCodeAt(i) - 48);
      }
      push(count++, DIGITS, value, i - from);
    } else if (isSpace(code)) {
      while (i < last && isSpace(text.charCodeAt(i))) i++;
      push(count++, SPACE, 0, 0);
    } else if (isLetter(code)) {
      const second = i + 1 < last ? text.charCodeAt(i + 1) : -1;
      const upper = code & ~32;
      if ((upper !== 65 && upper !== 80) || (second & ~32) !== 77) return -1; // A|P then M
      if (i + 2 < last && isLetter(text.charCodeAt(i + 2))) return -1;
      push(count++, MERIDIEM, upper === 80 ? 1 : 0, 2);
      i += 2;
    } else {
      push(count++, SEPARATOR, code, 1);
      i++;
    }
  }
  return count;
}

function push(index: number, kind: number, value: number, length: number): void {
  tokenKinds[index] = kind;
  tokenValues[index] = value;
  tokenLengths[index] = length;
}

function matches(shape: Shape, count: number): boolean {
  if (shape.kinds.length !== count) return false;
  for (let t = 0; t < count; t++) {
    const kind = shape.kinds[t]!;
    if (tokenKinds[t] !== kind) return false;
    if (kind === DIGITS && (tokenLengths[t]! < shape.low[t]! || tokenLengths[t]! > shape.high[t]!)) return false;
    if (kind === SEPARATOR && tokenValues[t] !== shape.low[t]) return false;
  }
  return true;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** What `\s` matches in a JavaScript regular expression (and `trim()` removes). */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// ---------------------------------------------------------------------------------------------
// Values

/** The matched tokens' values, named by the shape's fields; the meridiem (if any) shifts the hour. */
function instantOf(shape: Shape, timeZone: string): number | null {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let a = 0;
  let b = 0;
  let meridiem = -1;
  let field = 0;
  for (let t = 0; t < shape.kinds.length; t++) {
    if (shape.kinds[t] === MERIDIEM) meridiem = tokenValues[t]!;
    if (shape.kinds[t] !== DIGITS) continue;
    const value = tokenValues[t]!;
    switch (shape.fields[field++]) {
      case 'y':
        year = value;
        break;
      case 'M':
        month = value;
        break;
      case 'd':
        day = value;
        break;
      case 'h':
        hour = value;
        break;
      case 'm':
        minute = value;
        break;
      case 's':
        second = value;
        break;
      case 'a':
        a = value;
        break;
      case 'b':
        b = value;
        break;
    }
  }
  if (shape.fields.startsWith('ab')) {
    [day, month] = a > 12 ? [a, b] : [b, a];
  }
  if (meridiem !== -1) hour = to24Hour(hour, meridiem === 1);
  return instantOfWallClock(year, month, day, hour, minute, second, timeZone);
}

function to24Hour(hour: number, pm: boolean): number {
  if (!pm && hour === 12) return 0;
  if (pm && hour !== 12) return hour + 12;
  return hour;
}

/**
 * Range checks as duplistatus does them (year 1900–2100, hour 0–23 after AM/PM conversion, …),
 * then the date must exist and survive construction in the zone: no 31 April, no day pushed over
 * midnight by a skipped hour.
 */
function instantOfWallClock(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): number | null {
  const inRange =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    year >= 1900 &&
    year <= 2100 &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59;
  if (!inRange) return null;

  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  const instant = instantOfLocalTime(local, timeZone);
  if (Math.floor(localTimeAt(instant, timeZone) / DAY_MS) !== Math.floor(local / DAY_MS)) return null;
  return instant;
}
