import type { ExecutionResult, GraphQLError } from 'graphql';
import { isAsyncIterable } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';
import { decodeLiveCursor } from '../../events/live-cursor.ts';
import { isRefusedCursorError } from '../live-events.ts';

/**
 * Server-Sent Events that resume by themselves. A browser's EventSource reconnects on its own
 * after a drop, sending the `id:` of the last event it received as the Last-Event-ID header. So:
 *
 * - each event whose result has a `cursor` beside its root field's other fields (every resumable
 *   subscription, when the selection asks for `cursor`) carries that cursor as its `id:`;
 * - a request with Last-Event-ID gets it as the variable `after`, which an operation that declares
 *   `$after` passes to the subscription: the reconnected stream starts with exactly what was missed.
 *
 * A cursor the server refuses (pruned, from another database) ends the stream with the error, and
 * an empty `id:` first, so the browser's next reconnect starts from now instead of repeating it.
 * The events are otherwise written as Yoga writes them (`event: next`, `event: complete`, a
 * comment first and every `pingIntervalMs`), so graphql-sse clients read them unchanged.
 */
export function useResumableEventStreams(pingIntervalMs = 12_000): Plugin {
  return {
    onParams({ request, params, setParams }) {
      const lastEventId = request.headers.get('last-event-id');
      if (!lastEventId || !acceptsEventStream(request)) return;
      setParams({ ...params, variables: { ...params.variables, after: lastEventId } });
    },
    onResultProcess({ request, result, setResultProcessor }) {
      if (!acceptsEventStream(request)) return;
      let results: AsyncIterable<ExecutionResult>;
      if (isAsyncIterable(result)) results = result as AsyncIterable<ExecutionResult>;
      else if (!Array.isArray(result) && refusedCursor(result)) results = once(result);
      else return;
      setResultProcessor((_result, fetchAPI) => eventStream(results, fetchAPI, pingIntervalMs), 'text/event-stream');
    },
  };
}

async function* once(result: ExecutionResult): AsyncGenerator<ExecutionResult> {
  yield result;
}

function acceptsEventStream(request: Request): boolean {
  return request.headers.get('accept')?.includes('text/event-stream') ?? false;
}

const STREAM_HEADERS = {
  'Content-Type': 'text/event-stream',
  Connection: 'keep-alive',
  'Cache-Control': 'no-cache',
  'Content-Encoding': 'none',
};

function eventStream(
  results: AsyncIterable<ExecutionResult>,
  fetchAPI: { ReadableStream: typeof ReadableStream; Response: typeof Response; TextEncoder: typeof TextEncoder },
  pingIntervalMs: number,
): Response {
  const encoder = new fetchAPI.TextEncoder();
  const iterator = results[Symbol.asyncIterator]();
  let ping: ReturnType<typeof setInterval> | undefined;
  const body = new fetchAPI.ReadableStream<Uint8Array>({
    start(controller) {
      // Some clients report the stream open only once a first byte arrives.
      controller.enqueue(encoder.encode(':\n\n'));
      ping = setInterval(() => {
        if (controller.desiredSize === null) clearInterval(ping);
        else if (controller.desiredSize > 0) controller.enqueue(encoder.encode(':\n\n'));
      }, pingIntervalMs);
    },
    async pull(controller) {
      try {
        const step = await iterator.next();
        if (step.done) {
          clearInterval(ping);
          controller.enqueue(encoder.encode('event: complete\ndata:\n\n'));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(eventText(step.value)));
      } catch (error) {
        clearInterval(ping);
        controller.error(error);
      }
    },
    async cancel() {
      clearInterval(ping);
      await iterator.return?.();
    },
  });
  return new fetchAPI.Response(body, { status: 200, headers: STREAM_HEADERS });
}

function eventText(result: ExecutionResult): string {
  const cursor = cursorOf(result);
  const id = cursor !== undefined ? `id: ${cursor}\n` : refusedCursor(result) ? 'id:\n' : '';
  // After the event line, where readers that look for `event: next` first still find it.
  return `event: next\n${id}data: ${JSON.stringify(withoutInternals(result))}\n\n`;
}

/** The `cursor` of the one root field a subscription result has, when it is a plain cursor. */
function cursorOf(result: ExecutionResult): string | undefined {
  const roots = result.data ? Object.values(result.data) : [];
  if (roots.length !== 1) return undefined;
  const cursor = (roots[0] as { cursor?: unknown } | null)?.cursor;
  // Only one of ours: anything else (a line break above all) must not reach the id line.
  return typeof cursor === 'string' && decodeLiveCursor(cursor) !== undefined ? cursor : undefined;
}

function refusedCursor(result: ExecutionResult): boolean {
  return result.errors?.some(isRefusedCursorError) ?? false;
}

/** Yoga's own HTTP hints (`extensions.http`, `unexpected`) are for the transport, never the client. */
function withoutInternals(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length && !result.extensions?.http) return result;
  const copy: Record<string, unknown> = { ...result };
  if (result.errors) copy.errors = result.errors.map(publicError);
  if (result.extensions) {
    const { http: _http, ...extensions } = result.extensions;
    copy.extensions = Object.keys(extensions).length > 0 ? extensions : undefined;
  }
  return copy as ExecutionResult;
}

function publicError(error: GraphQLError): unknown {
  const json = typeof error.toJSON === 'function' ? error.toJSON() : error;
  const { http: _http, unexpected: _unexpected, ...extensions } = (json.extensions ?? {}) as Record<string, unknown>;
  return { ...json, extensions: Object.keys(extensions).length > 0 ? extensions : undefined };
}
