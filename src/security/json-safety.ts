/**
 * Checks a value that came out of JSON.parse before anything else walks it.
 *
 * V8's JSON.parse is iterative, so it returns arrays nested 100,000 deep without complaint; the
 * recursive code after it (report parsing, GraphQL variable coercion, JSON.stringify, the
 * database driver) then overflows the stack, which is a 500 that Duplicati retries forever.
 * A lone UTF-16 surrogate (`"\ud800"` in JSON) is valid JSON but no character: it cannot be
 * encoded as UTF-8, so the database refuses it deep inside a write, again as a 500.
 * Both are found here, with the path of the offending value: the caller refuses with a 400 the
 * client can act on, or (a lone surrogate, where the caller allows it) replaces it with U+FFFD.
 */

/** Far above anything real: a Duplicati report is about 4 levels deep, GraphQL variables fewer. */
export const MAX_JSON_DEPTH = 64;

export type JsonSafetyProblem =
  | { kind: 'too-deep'; path: string; maxDepth: number }
  | { kind: 'lone-surrogate'; path: string; inKey: boolean };

// Without the u flag the pattern sees UTF-16 code units, which is what a lone surrogate is.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_GLOBAL = new RegExp(LONE_SURROGATE.source, 'g');

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

export type PathSegment = string | number;

export interface JsonSafetyOptions {
  maxDepth?: number;
  /**
   * Where a lone surrogate in a string value may be replaced by U+FFFD (the replacement
   * character) instead of refusing the whole value. Property names are never repaired.
   */
  mayRepairSurrogateAt?: (path: readonly PathSegment[]) => boolean;
}

export interface JsonSafetyResult {
  problem: JsonSafetyProblem | null;
  /** Where lone surrogates were replaced (the value was changed in place). */
  repaired: string[];
}

/**
 * Walks the value once. Iterative (an explicit stack), so a hostile depth cannot overflow this
 * walk either. Stops at the first problem; repairs, where allowed, change the value in place
 * (it is JSON.parse's fresh output, owned by the caller).
 */
export function checkJsonSafety(value: unknown, options: JsonSafetyOptions = {}): JsonSafetyResult {
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  const repaired: string[] = [];
  const result = (problem: JsonSafetyProblem | null): JsonSafetyResult => ({ problem, repaired });
  if (typeof value === 'string') {
    return result(hasLoneSurrogate(value) ? { kind: 'lone-surrogate', path: '', inKey: false } : null);
  }
  const pending: { container: object; path: PathSegment[] }[] = [];
  if (value !== null && typeof value === 'object') pending.push({ container: value, path: [] });
  while (pending.length > 0) {
    const { container, path } = pending.pop()!;
    if (path.length >= maxDepth) return result({ kind: 'too-deep', path: formatPath(path), maxDepth });
    // By index and by key, not through [key, value] pairs: a report is walked on every upload, and
    // a pair per property was a tenth of what an upload allocates.
    const keys = Array.isArray(container) ? null : Object.keys(container);
    const count = keys ? keys.length : (container as unknown[]).length;
    for (let index = 0; index < count; index++) {
      const key: PathSegment = keys ? keys[index]! : index;
      const child = (container as Record<PathSegment, unknown>)[key];
      if (typeof key === 'string' && hasLoneSurrogate(key)) {
        return result({ kind: 'lone-surrogate', path: formatPath([...path, key]), inKey: true });
      }
      if (child !== null && typeof child === 'object') {
        pending.push({ container: child, path: [...path, key] });
      } else if (typeof child === 'string' && hasLoneSurrogate(child)) {
        const childPath = [...path, key];
        if (!options.mayRepairSurrogateAt?.(childPath)) {
          return result({ kind: 'lone-surrogate', path: formatPath(childPath), inKey: false });
        }
        (container as Record<PathSegment, unknown>)[key] = replaceLoneSurrogates(child);
        repaired.push(formatPath(childPath));
      }
    }
  }
  return result(null);
}

/** The first problem, refusing every lone surrogate. */
export function findJsonSafetyProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): JsonSafetyProblem | null {
  return checkJsonSafety(value, { maxDepth }).problem;
}

export function replaceLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE_GLOBAL, '\uFFFD');
}

/** One sentence naming the place and the rule; `subject` says what was checked ("Report", "Variables"). */
export function describeJsonSafetyProblem(problem: JsonSafetyProblem, subject: string): string {
  const where = problem.path === '' ? '' : ` at ${problem.path}`;
  if (problem.kind === 'too-deep') {
    return `${subject} is nested more than ${problem.maxDepth} levels deep${where}; no valid request is nested that deep`;
  }
  const what = problem.inKey ? 'a property name' : 'the text';
  return `${subject} contains a lone UTF-16 surrogate in ${what}${where}: that is not a Unicode character and cannot be stored; send valid Unicode text`;
}

/** `Extra.machine-id`, `Data.Messages[3]`; only the first levels of a very deep path are shown. */
function formatPath(path: PathSegment[]): string {
  const shown = path
    .slice(0, 8)
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${truncate(segment)}`));
  return shown.join('') + (path.length > 8 ? '…' : '');
}

/** A key is client text: keep it short in a message and without the surrogate that was refused. */
function truncate(key: string): string {
  const safe = replaceLoneSurrogates(key);
  return safe.length > 64 ? `${safe.slice(0, 64)}…` : safe;
}
