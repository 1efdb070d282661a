import fs from 'node:fs';
import Database from 'better-sqlite3';
import { detectLayout } from './layout.ts';
import type { DatabaseFacts, DetectedLayout } from './layout.ts';

/** Reads what detectLayout needs: tables, their columns, and the db_version stamp (docs/compatibility/legacy-databases.md#version-tracking). */
export function readDatabaseFacts(db: Database.Database): DatabaseFacts {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .pluck()
    .all() as string[];
  const tables = new Map<string, string[]>();
  for (const name of names) {
    const columns = db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(name) as string[];
    tables.set(name, columns);
  }
  let dbVersion: string | null = null;
  if (tables.get('db_version')?.includes('version')) {
    const order = tables.get('db_version')?.includes('applied_at') ? 'applied_at DESC, rowid DESC' : 'rowid DESC';
    const row = db.prepare(`SELECT version FROM db_version ORDER BY ${order} LIMIT 1`).pluck().get();
    dbVersion = row === undefined || row === null ? null : String(row);
  }
  return { tables, dbVersion };
}

/**
 * Detects the layout of the file at `filePath` without changing it. A missing or empty file is
 * fresh. See openWithoutWriting for how the connection avoids writing.
 */
export function inspectDatabaseFile(filePath: string): DetectedLayout {
  if (!fs.existsSync(filePath) || fs.statSync(filePath).size === 0) return { kind: 'fresh' };
  const db = openWithoutWriting(filePath);
  try {
    return detectLayout(readDatabaseFacts(db));
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      return { kind: 'refused', reason: 'it is not an SQLite database' };
    }
    throw error;
  } finally {
    db.close();
  }
}

/**
 * A connection that writes nothing to the file. Read-only when the WAL holds frames, since
 * closing a read-write connection would checkpoint them into the main file. Otherwise read-write,
 * only because a read-only connection leaves the `-wal`/`-shm` side files it created behind,
 * while the last read-write connection removes them (and, with an empty WAL, writes nothing).
 */
export function openWithoutWriting(filePath: string): Database.Database {
  const readonly = walHasFrames(filePath);
  try {
    return new Database(filePath, { readonly, fileMustExist: true, timeout: 30_000 });
  } catch (error) {
    if (readonly) throw error;
    return new Database(filePath, { readonly: true, fileMustExist: true, timeout: 30_000 });
  }
}

export function walHasFrames(filePath: string): boolean {
  try {
    return fs.statSync(`${filePath}-wal`).size > 0;
  } catch {
    return false;
  }
}
