import type { Logger } from './logger.ts';

export interface OverdueTimer {
  stop(): Promise<void>;
}

/**
 * Runs the overdue check every `intervalMs` in the server process (0 disables it). A pass that is
 * still running when the next is due is not doubled: the next tick is skipped instead.
 */
export function startOverdueTimer(intervalMs: number, check: () => Promise<unknown>, logger: Logger): OverdueTimer {
  if (intervalMs <= 0) return { stop: async () => {} };
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = check()
      .catch((error: unknown) => logger.error({ err: error }, 'overdue check failed'))
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
