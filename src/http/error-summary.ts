/**
 * What goes into the log for a failed upload. Prisma's error messages print the whole query
 * with its arguments, which for an upload are the report's field values (machine names, paths,
 * and whatever else a client sent); of those the log keeps only the last line, where Prisma puts
 * the database's reason, plus the kind of error, its Prisma code and where it happened. Other
 * errors keep their message, shortened.
 */
export interface ErrorSummary {
  type: string;
  code?: string;
  message?: string;
  stack?: string;
}

const MAX_MESSAGE_LENGTH = 300;

export function summarizeErrorForLog(error: unknown): ErrorSummary {
  if (!(error instanceof Error)) return { type: typeof error };
  const type = error.name || error.constructor?.name || 'Error';
  const rawCode: unknown = (error as Error & { code?: unknown }).code;
  const code = typeof rawCode === 'string' ? rawCode : undefined;
  const frames = stackFrames(error.stack);
  const text = isPrismaClientError(error, type) ? lastLine(error.message) : error.message;
  const message = text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;
  return { type, code, message, stack: frames };
}

/** Every Prisma client error carries the client's version; the name says which kind it is. */
function isPrismaClientError(error: Error, type: string): boolean {
  return type.startsWith('PrismaClient') || 'clientVersion' in error;
}

function lastLine(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.at(-1) ?? '';
}

/** Only the "at …" lines: the first lines of a stack repeat the message. */
function stackFrames(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return frames.length > 0 ? frames.join('\n') : undefined;
}
