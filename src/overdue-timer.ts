import type { Logger } from './logger.ts';

export interface OverdueTimer {
  stop(): Promise<void>;
}

/**
 * Runs the overdue check every `intervalMs` in the server process (0 disables it). A pass that is
 * still running when the next is due is not doubled: the next tick is skipped instead.
 */
export function startOverdueTimer(intervalMs: number, check: () => Promise<unknown>, logger: Logger): OverdueTimer {
  return startPeriodicTask(intervalMs, check, logger, 'overdue check');
}

/** Runs `task` every `intervalMs` (0 disables it), never two passes at once; a failure is logged as "<name> failed". */
export function startPeriodicTask(intervalMs: number, task: () => Promise<unknown>, logger: Logger, name: string): OverdueTimer {
  if (intervalMs <= 0) return { stop: async () => {} };
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = task()
      .catch((error: unknown) => logger.error({ err: error }, `${name} failed`))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
