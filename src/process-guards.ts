import type { EventEmitter } from 'node:events';
import type { Logger } from './logger.ts';

export interface ProcessGuardOptions {
  logger: Logger;
  /** Graceful shutdown (close sockets, let committed work finish, close the database). */
  stop: () => Promise<void>;
  exit: (code: number) => void;
  /** How long the shutdown after an uncaught exception may take before the process exits anyway. */
  stopDeadlineMs?: number;
}

/**
 * Last-resort policy for errors no code handled (requests have their own guard in
 * src/http/request-handler.ts; this is for everything else).
 *
 * - An unhandled promise rejection is logged and the server keeps running. The promise's own
 *   operation has already failed, and nothing else was cut short: the code after it ran. Node's
 *   default (exit) would turn one forgotten `.catch` in a rarely used path into a stopped
 *   monitor; the log line says it is a bug to report.
 * - An uncaught exception is logged at fatal level and the process stops, gracefully within a
 *   deadline, with exit code 1. A throw that escaped to the event loop cut a callback short at an
 *   unknown point, and Node documents that resuming after it is unsafe; committed reports are on
 *   disk, so a supervisor's restart (Docker's restart policy, systemd) loses nothing.
 */
export function installProcessGuards(target: EventEmitter, options: ProcessGuardOptions): void {
  const { logger } = options;
  let stopping = false;
  target.on('unhandledRejection', (reason: unknown) => {
    logger.error({ err: reason }, 'unhandled promise rejection (a bug: please report it); the server keeps running');
  });
  target.on('uncaughtException', (error: unknown) => {
    logger.fatal({ err: error }, 'uncaught exception (a bug: please report it); stopping so a supervisor can restart the server');
    if (stopping) return;
    stopping = true;
    const deadline = setTimeout(() => options.exit(1), options.stopDeadlineMs ?? 5_000);
    options.stop().then(
      () => {
        clearTimeout(deadline);
        options.exit(1);
      },
      (stopError: unknown) => {
        clearTimeout(deadline);
        logger.error({ err: stopError }, 'shutdown after the uncaught exception failed');
        options.exit(1);
      },
    );
  });
}
