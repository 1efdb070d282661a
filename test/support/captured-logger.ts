import { pino } from 'pino';
import type { Logger } from '../../src/logger.ts';

/** A real pino logger whose every line is kept, to check what the server writes to its log. */
export function capturedLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
  return { logger, lines };
}
