/**
 * What goes into the log for a failed upload. Prisma's error messages print the whole query
 * with its arguments, which for an upload are the report's field values (machine names, paths,
 * and whatever else a client sent); the log keeps the kind of error, its Prisma code and where it
 * happened, and the message only for other errors, shortened.
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
  if (type.startsWith('PrismaClient')) return { type, code, stack: frames };
  const message = error.message.length > MAX_MESSAGE_LENGTH ? `${error.message.slice(0, MAX_MESSAGE_LENGTH)}…` : error.message;
  return { type, code, message, stack: frames };
}

/** Only the "at …" lines: the first lines of a stack repeat the message. */
function stackFrames(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return frames.length > 0 ? frames.join('\n') : undefined;
}
