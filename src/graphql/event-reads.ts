/**
 * One database read per event and selection, however many subscribers receive the event.
 *
 * An event reaches every subscriber as the same payload object (the pubsub hands each listener the
 * one it published, or the one it decoded from Redis), and each subscriber then reads the backup,
 * server or job with its own selection. A thousand dashboards with the same subscription would
 * run a thousand identical queries; here the first one runs it and the others share its promise.
 * The memo hangs off the payload in a WeakMap, so it lives exactly as long as the event is being
 * delivered, and a later event reads fresh rows. Only the data is shared: each subscriber still
 * executes its own operation, with its own context and authorisation.
 */
const readsByEvent = new WeakMap<object, Map<string, Promise<unknown>>>();

export function readOncePerEvent<T>(event: object, what: string, query: unknown, read: () => Promise<T>): Promise<T> {
  let reads = readsByEvent.get(event);
  if (!reads) {
    reads = new Map();
    readsByEvent.set(event, reads);
  }
  // Pothos builds the query from the selection in a fixed order: equal selections, equal keys.
  const key = `${what}:${JSON.stringify(query)}`;
  let pending = reads.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = read();
    reads.set(key, pending);
  }
  return pending;
}
