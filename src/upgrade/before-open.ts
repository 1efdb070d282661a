import { isPostgresUrl } from '../db/postgres-url.ts';
import { sqlitePathFromUrl } from '../db/sqlite-file.ts';
import { adoptDatabaseFile } from './adopt.ts';
import type { AdoptOutcome } from './adopt.ts';
import type { UpgradeOptions } from './upgrade-database.ts';

/**
 * What the server does with DATABASE_URL before openDatabase may run our migrations on it
 * (src/app.ts): a duplistatus file is upgraded, an unknown one refused untouched. PostgreSQL
 * needs nothing, since duplistatus databases are SQLite files (null).
 */
export async function upgradeBeforeOpening(databaseUrl: string, options: UpgradeOptions): Promise<AdoptOutcome | null> {
  if (isPostgresUrl(databaseUrl)) return null;
  return adoptDatabaseFile(sqlitePathFromUrl(databaseUrl), options);
}
