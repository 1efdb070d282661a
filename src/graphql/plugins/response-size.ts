import { GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';

/**
 * The backstop behind the cost limit: a result (one HTTP answer, or one event of a subscription)
 * whose JSON would pass GRAPHQL_MAX_RESPONSE_BYTES is replaced by an error saying so, before it
 * is serialised. The cost limit keeps ordinary answers far below it; what it cannot see is the
 * length of stored text (names, log lines), which is measured here.
 */
export function useResponseSizeLimit(maxBytes: number): Plugin {
  const guardQuery = handleResult((result) => jsonBytesExceed(result, maxBytes), maxBytes);
  const guardEvent = handleResult(sharedVerdicts(maxBytes), maxBytes);
  return {
    onExecute: () => ({ onExecuteDone: (payload) => handleStreamOrSingleExecutionResult(payload, guardQuery) }),
    onSubscribe: () => ({ onSubscribeResult: (payload) => handleStreamOrSingleExecutionResult(payload, guardEvent) }),
  };
}

/**
 * Subscribers of the same operation are handed the same result object for an event
 * (shared-subscription-execution.ts): it is measured once, not once per subscriber. A query's
 * result is its own, so it is measured without being remembered.
 */
function sharedVerdicts(maxBytes: number): (result: unknown) => boolean {
  const verdicts = new WeakMap<object, boolean>();
  return (result) => {
    if (typeof result !== 'object' || result === null) return jsonBytesExceed(result, maxBytes);
    let verdict = verdicts.get(result);
    if (verdict === undefined) {
      verdict = jsonBytesExceed(result, maxBytes);
      verdicts.set(result, verdict);
    }
    return verdict;
  };
}

function handleResult(exceeds: (result: unknown) => boolean, maxBytes: number) {
  return ({ result, setResult }: { result: unknown; setResult: (result: { errors: GraphQLError[] }) => void }) => {
    if (exceeds(result)) setResult({ errors: [responseTooLarge(maxBytes)] });
  };
}

export function responseTooLarge(maxBytes: number): GraphQLError {
  return new GraphQLError(
    `Response too large: the answer would pass ${maxBytes} bytes (GRAPHQL_MAX_RESPONSE_BYTES). Ask for fewer items, or leave out large text such as logLines.`,
    { extensions: { code: 'RESPONSE_TOO_LARGE', limit: 'GRAPHQL_MAX_RESPONSE_BYTES', maxBytes, http: { status: 400 } } },
  );
}

const OVER = Symbol('over the limit');

/**
 * Whether JSON.stringify(value) would take more than `maxBytes` bytes of UTF-8, counted by walking
 * the value and stopping as soon as the count passes the limit, so an oversized answer is never
 * turned into one big string.
 */
export function jsonBytesExceed(value: unknown, maxBytes: number): boolean {
  let total = 0;
  const add = (bytes: number) => {
    total += bytes;
    if (total > maxBytes) throw OVER;
  };
  const walkObject = (record: Record<string, unknown>) => {
    add(2);
    let first = true;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      const field = record[key];
      if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
      add(keyBytes(key) + (first ? 1 : 2));
      first = false;
      walk(field);
    }
  };
  const walk = (item: unknown): void => {
    if (typeof item === 'string') add(stringBytes(item));
    else if (typeof item === 'number') add(Number.isFinite(item) ? String(item).length : 4);
    else if (typeof item === 'boolean') add(item ? 4 : 5);
    else if (typeof item === 'bigint') add(String(item).length);
    else if (item === null) add(4);
    else if (typeof item !== 'object')
      return; // undefined, functions and symbols: left out by JSON.stringify
    else if (typeof (item as { toJSON?: unknown }).toJSON === 'function') walk((item as { toJSON: () => unknown }).toJSON());
    else if (Array.isArray(item)) {
      add(2 + Math.max(0, item.length - 1));
      for (const element of item)
        walk(element === undefined || typeof element === 'function' || typeof element === 'symbol' ? null : element);
    } else walkObject(item as Record<string, unknown>);
  };
  try {
    walk(value);
    return false;
  } catch (error) {
    if (error === OVER) return true;
    throw error;
  }
}

/** Printable ASCII other than `"` and `\\`: one byte per character, no escapes. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** Escapes included: quotes, backslashes, control characters, lone surrogates. */
function stringBytes(text: string): number {
  if (text.length < 256 && PLAIN.test(text)) return text.length + 2;
  return Buffer.byteLength(JSON.stringify(text), 'utf8');
}

/** Keys repeat in every item of a list: measure each once. */
const knownKeys = new Map<string, number>();

function keyBytes(key: string): number {
  let bytes = knownKeys.get(key);
  if (bytes === undefined) {
    bytes = stringBytes(key);
    if (knownKeys.size < 10_000) knownKeys.set(key, bytes);
  }
  return bytes;
}
