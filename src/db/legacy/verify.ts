import Database from 'better-sqlite3';
import { applyMigrations, readMigrations } from '../migrate.ts';
import type { DuplistatusLayout } from './layout.ts';

/** `backups` columns holding byte counts (BIGINT in our schema): their sums must survive exactly. */
export const BYTE_COLUMNS = [
  'size',
  'uploaded_size',
  'size_of_examined_files',
  'size_of_opened_files',
  'size_of_added_files',
  'size_of_modified_files',
  'bytes_downloaded',
  'known_file_size',
] as const;

export interface Figures {
  /** Rows per table, under our table names (`servers` counts `machines` in a 0.6 source). */
  rows: Record<string, number>;
  /** Sum of each byte column over all runs. */
  bytes: Record<string, bigint>;
}

/**
 * What the repairs changed on purpose (repairs.ts): rows added or removed per table, and the
 * bytes of removed runs, each with the reason shown next to the check.
 */
export interface FigureAdjustment {
  rows: Record<string, { change: number; reason: string }>;
  bytes: { removed: Record<string, bigint>; reason: string } | null;
}

export const NO_ADJUSTMENT: FigureAdjustment = { rows: {}, bytes: null };

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** Figures of the untouched source (the consistent copy), in its own layout. */
export function sourceFigures(db: Database.Database, layout: DuplistatusLayout): Figures {
  const count = (sql: string) => Number(db.prepare(sql).pluck().get());
  const rows: Record<string, number> = {
    servers: count(`SELECT COUNT(*) FROM "${layout.serverTable}"`),
    backups: count('SELECT COUNT(*) FROM backups'),
    backup_jobs: count(`SELECT COUNT(*) FROM (SELECT DISTINCT "${layout.serverColumn}", backup_name FROM backups)`),
    configurations: layout.hasConfigurations ? count('SELECT COUNT(*) FROM configurations') : 0,
  };
  for (const table of layout.untouchedTables) rows[table] = count(`SELECT COUNT(*) FROM "${table}"`);
  return { rows, bytes: byteSums(db) };
}

/** The same figures read from the upgraded working copy. */
export function resultFigures(db: Database.Database, layout: DuplistatusLayout): Figures {
  const count = (table: string) => Number(db.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get());
  const rows: Record<string, number> = {};
  for (const table of ['servers', 'backups', 'backup_jobs', 'configurations', ...layout.untouchedTables]) rows[table] = count(table);
  return { rows, bytes: byteSums(db) };
}

function byteSums(db: Database.Database): Record<string, bigint> {
  const sums = db
    .prepare(`SELECT ${BYTE_COLUMNS.map((column) => `COALESCE(SUM("${column}"), 0) AS "${column}"`).join(', ')} FROM backups`)
    .safeIntegers(true)
    .get() as Record<string, bigint | number>;
  return Object.fromEntries(BYTE_COLUMNS.map((column) => [column, BigInt(sums[column] ?? 0)]));
}

/**
 * Everything that must hold before the upgraded copy may replace the original: the same rows and
 * byte totals as the source (give or take exactly what the repairs changed), a sound file, no
 * dangling reference, our migrations recorded, and exactly the schema a fresh database gets (plus
 * the tables left as they were).
 */
export function verifyUpgrade(
  db: Database.Database,
  layout: DuplistatusLayout,
  source: Figures,
  adjustment: FigureAdjustment = NO_ADJUSTMENT,
): { result: Figures; checks: Check[] } {
  const result = resultFigures(db, layout);
  const checks: Check[] = [];
  for (const [table, inSource] of Object.entries(source.rows)) {
    const actual = result.rows[table];
    const repaired = adjustment.rows[table];
    const expected = inSource + (repaired?.change ?? 0);
    const detail = repaired
      ? `source ${inSource}, ${repaired.reason}: expected ${expected}, upgraded ${actual}`
      : `source ${inSource}, upgraded ${actual}`;
    checks.push({ name: `rows in ${table}`, ok: actual === expected, detail });
  }
  for (const column of BYTE_COLUMNS) {
    const inSource = source.bytes[column]!;
    const actual = result.bytes[column];
    const removed = adjustment.bytes?.removed[column] ?? 0n;
    const expected = inSource - removed;
    const detail = adjustment.bytes
      ? `source ${inSource}, minus ${removed} ${adjustment.bytes.reason}: expected ${expected}, upgraded ${actual}`
      : `source ${inSource}, upgraded ${actual}`;
    checks.push({ name: `sum of backups.${column}`, ok: actual === expected, detail });
  }

  const integrity = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
  checks.push({
    name: 'PRAGMA integrity_check',
    ok: integrity.length === 1 && integrity[0] === 'ok',
    detail: integrity.slice(0, 5).join('; '),
  });

  const dangling = db.prepare('PRAGMA foreign_key_check').all() as { table: string; rowid: number; parent: string }[];
  checks.push({
    name: 'PRAGMA foreign_key_check',
    ok: dangling.length === 0,
    detail:
      dangling.length === 0
        ? 'no dangling references'
        : `${dangling.length} dangling, e.g. ${dangling
            .slice(0, 3)
            .map((d) => `${d.table} row ${d.rowid} → missing ${d.parent}`)
            .join(', ')}`,
  });

  const expectedMigrations = readMigrations().map((migration) => migration.name);
  const recorded = new Set(
    db
      .prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL')
      .pluck()
      .all() as string[],
  );
  const missing = expectedMigrations.filter((name) => !recorded.has(name));
  checks.push({
    name: 'migrations recorded',
    ok: missing.length === 0,
    detail: missing.length === 0 ? `${expectedMigrations.length} of ${expectedMigrations.length}` : `missing ${missing.join(', ')}`,
  });

  const differences = schemaDifferences(db, layout);
  checks.push({
    name: 'schema equals a fresh database',
    ok: differences.length === 0,
    detail: differences.length === 0 ? 'identical' : differences.slice(0, 5).join('; '),
  });
  return { result, checks };
}

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

function schemaDifferences(db: Database.Database, layout: DuplistatusLayout): string[] {
  const read = (connection: Database.Database) =>
    new Map(
      (
        connection
          .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
          .all() as SchemaObject[]
      ).map((object) => [object.name, object]),
    );
  const fresh = new Database(':memory:');
  let expected: Map<string, SchemaObject>;
  try {
    applyMigrations(fresh);
    expected = read(fresh);
  } finally {
    fresh.close();
  }
  const actual = read(db);
  const differences: string[] = [];
  for (const [name, object] of expected) {
    const found = actual.get(name);
    if (!found) differences.push(`${object.type} ${name} is missing`);
    else if (found.sql !== object.sql) differences.push(`${object.type} ${name} differs from a fresh database`);
  }
  const keptTables = new Set(layout.untouchedTables);
  for (const [name, object] of actual) {
    if (!expected.has(name) && !keptTables.has(object.tbl_name)) differences.push(`unexpected ${object.type} ${name}`);
  }
  return differences;
}
