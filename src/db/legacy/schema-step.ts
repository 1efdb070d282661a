import type Database from 'better-sqlite3';
import { applyMigrations } from '../migrate.ts';
import type { DuplistatusLayout } from './layout.ts';

/** Where a legacy table waits while ours is created under its name; dropped at the end of the data step. */
export function movedAsideName(table: string): string {
  return `_dupligraph_legacy_${table}`;
}

/** The duplistatus tables whose data moves into ours; every other table stays exactly as it is. */
export function replacedTables(layout: DuplistatusLayout): string[] {
  return ['backups', layout.serverTable, ...(layout.hasConfigurations ? ['configurations'] : [])];
}

/**
 * Moves the replaced tables aside and creates dupligraph's schema with the very migrations a
 * fresh database gets, recording them in `_prisma_migrations`, so the result cannot differ from
 * what the migrations create and the normal runner finds nothing left to do. Returns the
 * migrations applied. Runs inside the caller's transaction (the runner's own ones nest as
 * savepoints).
 */
export function createCurrentSchema(db: Database.Database, layout: DuplistatusLayout): string[] {
  for (const table of replacedTables(layout)) {
    // Index names (idx_backups_date, …) are global and ours reuse them.
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
      .pluck()
      .all(table) as string[];
    for (const index of indexes) db.exec(`DROP INDEX "${index}"`);
    db.exec(`ALTER TABLE "${table}" RENAME TO "${movedAsideName(table)}"`);
  }
  return applyMigrations(db);
}
