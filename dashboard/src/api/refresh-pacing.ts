/**
 * Paces calls into runs of `run`: one once the calls pause for `quietMs`, so a burst of events
 * makes one read, and never later than `maxWaitMs` after the first call it covers, so a burst that
 * does not pause still shows while it lasts.
 */
export function pacedRefresh(run: () => void, quietMs: number, maxWaitMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueBy: number | undefined;
  return () => {
    const now = Date.now();
    dueBy ??= now + maxWaitMs;
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        dueBy = undefined;
        run();
      },
      Math.max(0, Math.min(quietMs, dueBy - now)),
    );
  };
}
