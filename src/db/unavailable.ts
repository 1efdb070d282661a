/**
 * Whether an error means the database could not be reached or went away mid-statement (a restart,
 * a network cut), as opposed to a fault in what was asked. Such a failure is temporary: routes
 * answer 503 with what happened, and nothing needs fixing but waiting. Errors arrive wrapped
 * (Prisma around the driver adapter around pg or better-sqlite3), so the whole `cause` chain is
 * looked at.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    if (typeof current !== 'object') break;
    const { code, kind, message } = current as { code?: unknown; kind?: unknown; message?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof kind === 'string' && UNAVAILABLE_KINDS.has(kind)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

const UNAVAILABLE_CODES = new Set([
  // Node sockets
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  // Prisma: can't reach, timed out, closed, no connection from the pool in time
  'P1001',
  'P1002',
  'P1017',
  'P2024',
  // better-sqlite3 itself (src/db/raw-sql.ts), still locked by another process after the busy
  // timeout: what Prisma's adapter reports as SocketTimeout
  'SQLITE_BUSY',
  // PostgreSQL SQLSTATE: connection exceptions, shutdown, starting up
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
]);

/** Prisma driver-adapter error kinds. */
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /terminating connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /Can't reach database server/i,
  /connect ECONNREFUSED/i,
  /Client has encountered a connection error/i,
];
