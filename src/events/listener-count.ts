import type { EventTargetForBus } from './event-bus.ts';

export interface CountedEventTarget {
  target: EventTargetForBus;
  /** Listeners registered right now: one per live subscription on this process. */
  listenerCount(): number;
}

/**
 * Wraps an event target to count its listeners, so "a client that went away left nothing behind"
 * is a number the server can report (and the tests can check), not a hope.
 */
export function countListeners(inner: EventTargetForBus): CountedEventTarget {
  const live = new Set<unknown>();
  const target: EventTargetForBus = {
    addEventListener(type, listener) {
      live.add(listener);
      inner.addEventListener(type, listener);
    },
    removeEventListener(type, listener) {
      live.delete(listener);
      inner.removeEventListener(type, listener);
    },
    dispatchEvent: (event) => inner.dispatchEvent(event),
  };
  return { target, listenerCount: () => live.size };
}
