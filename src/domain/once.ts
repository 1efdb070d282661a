/** A lazy value computed at most once: several readers in one request share one query. */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= compute());
}

/**
 * `once`, remembering the value when it arrives: a reader asked a thousand times in one pass (a
 * job's overdue state) answers without a promise each time once the value is in.
 */
export function onceRemembered<T>(compute: () => Promise<T>): { get: () => Promise<T>; ifRead: () => T | undefined } {
  let result: Promise<T> | undefined;
  let value: T | undefined;
  return {
    get: () =>
      (result ??= compute().then((read) => {
        value = read;
        return read;
      })),
    ifRead: () => value,
  };
}
