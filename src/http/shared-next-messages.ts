import type { ExecutionResult } from 'graphql';

/**
 * graphql-ws `next` messages whose payload is serialised once per result object, however many
 * sockets it goes to. Subscribers of the same operation are handed the same result object for an
 * event (src/graphql/plugins/shared-subscription-execution.ts); graphql-ws would still turn it
 * into JSON once per socket. Here the payload's JSON is kept beside the result (a WeakMap, so it
 * lives as long as the result) and each socket's message only adds its operation id around it.
 *
 * The bytes are exactly those graphql-ws writes: `{"id":…,"type":"next","payload":…}`, the
 * payload being the result with `errors`, when there are any, moved after the other keys.
 */
const payloads = new WeakMap<object, string>();

export function nextMessage(id: string, result: ExecutionResult): string {
  let payload = payloads.get(result);
  if (payload === undefined) {
    const { errors, ...withoutErrors } = result;
    payload = JSON.stringify(errors ? { ...withoutErrors, errors: errors.map((error) => error.toJSON()) } : withoutErrors);
    payloads.set(result, payload);
  }
  return `{"id":${JSON.stringify(id)},"type":"next","payload":${payload}}`;
}

/**
 * `results`, each handed to `send` (which resolves once the socket has taken it) instead of to
 * its consumer: the consumer (graphql-ws' loop over the operation) sees only the end or the error,
 * in order after the last result sent. Stopping it stops `results`.
 */
export function sentByItself<T>(results: AsyncIterable<T>, send: (result: T) => Promise<void>): AsyncIterableIterator<never> {
  const iterator = results[Symbol.asyncIterator]();
  const sending: AsyncIterableIterator<never> = {
    async next() {
      for (;;) {
        const step = await iterator.next();
        if (step.done) return { value: undefined as never, done: true };
        await send(step.value);
      }
    },
    async return() {
      await iterator.return?.();
      return { value: undefined as never, done: true };
    },
    async throw(error?: unknown) {
      if (iterator.throw) await iterator.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]: () => sending,
  };
  return sending;
}
