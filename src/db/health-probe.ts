import type { Db } from './types.ts';

/**
 * A closer look at the database than `SELECT 1`, for health endpoints that report what works
 * and what does not (duplistatus's `/api/health`). Every step is cheap: catalog reads, one-row
 * reads, settings; nothing scans a table.
 */
export type DatabaseProbe = { reachable: false; error: unknown } | ({ reachable: true } & ReachableDatabase);

export interface ReachableDatabase {
  /** Tables in the database (SQLite) or in the server's schema (PostgreSQL), by name. */
  tables: string[];
  /** Tables the server needs that are not there: the migrations did not all run, or one was dropped. */
  missingTables: string[];
  /** Why reading a row from each table the API reads failed; null when all reads work. */
  readsError: unknown;
  connection: ConnectionCheck;
}

export type ConnectionCheck =
  | { healthy: true; details: Record<string, unknown> }
  /** `problem` is our own words, safe to show anyone; `error` is the database's, if one was thrown. */
  | { healthy: false; problem: string; error?: unknown; details?: Record<string, unknown> };

/** The tables of prisma/schema.prisma, under their SQL names. */
export const REQUIRED_TABLES = [
  'alerts',
  'backup_jobs',
  'backups',
  'configurations',
  'live_event_counter',
  'live_events',
  'servers',
] as const;

export async function probeDatabase(prisma: Db, kind: 'sqlite' | 'postgres'): Promise<DatabaseProbe> {
  let tables: string[];
  try {
    await prisma.$queryRaw`SELECT 1 AS ok`;
    tables = await listTables(prisma, kind);
  } catch (error) {
    return { reachable: false, error };
  }
  const [readsError, connection] = await Promise.all([
    readOneRowOfEach(prisma).then(
      () => null,
      (error: unknown) => error,
    ),
    kind === 'sqlite' ? checkSqliteConnection(prisma) : checkPostgresConnection(prisma),
  ]);
  const missingTables = REQUIRED_TABLES.filter((table) => !tables.includes(table));
  return { reachable: true, tables, missingTables, readsError, connection };
}

/** PostgreSQL's catalog names are of type `name`, which the pg adapter cannot read: cast to text. */
async function listTables(prisma: Db, kind: 'sqlite' | 'postgres'): Promise<string[]> {
  const rows =
    kind === 'sqlite'
      ? await prisma.$queryRaw<{ name: string }[]>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`
      : await prisma.$queryRaw<{ name: string }[]>`
          SELECT table_name::text AS name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  return rows.map((row) => row.name);
}

/** The model API the routes use, one row from each table: what fails here fails for clients. */
async function readOneRowOfEach(prisma: Db): Promise<void> {
  await Promise.all([
    prisma.server.findFirst({ select: { id: true } }),
    prisma.backupJob.findFirst({ select: { id: true } }),
    prisma.backup.findFirst({ select: { id: true } }),
    prisma.alert.findFirst({ select: { id: true } }),
    prisma.setting.findFirst({ select: { key: true } }),
  ]);
}

/** The settings src/db/open-database.ts sets, read back: WAL journal and the busy timeout. */
async function checkSqliteConnection(prisma: Db): Promise<ConnectionCheck> {
  try {
    const [journal] = await prisma.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode');
    const [busy] = await prisma.$queryRawUnsafe<{ timeout: bigint | number }[]>('PRAGMA busy_timeout');
    const details = { walMode: journal?.journal_mode ?? null, busyTimeout: busy ? Number(busy.timeout) : null };
    return { healthy: true, details };
  } catch (error) {
    return { healthy: false, problem: 'the connection settings (journal mode, busy timeout) could not be read', error };
  }
}

/** A read-only session (a hot standby, or a database set read-only) can answer but store no upload. */
async function checkPostgresConnection(prisma: Db): Promise<ConnectionCheck> {
  try {
    const [row] = await prisma.$queryRaw<{ read_only: string }[]>`SELECT current_setting('transaction_read_only') AS read_only`;
    const details = { readOnly: row?.read_only === 'on' };
    if (details.readOnly) return { healthy: false, problem: 'the database is read-only: uploads cannot be stored', details };
    return { healthy: true, details };
  } catch (error) {
    return { healthy: false, problem: 'the session settings could not be read', error };
  }
}
