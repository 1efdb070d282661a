import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/db/unavailable.ts';
import { makeTempDir } from '../support/test-server.ts';

// The ingest runs its statements on better-sqlite3 directly (src/db/raw-sql.ts): a file still
// locked by another process after the busy timeout must read as "unavailable" (503), as it does
// through Prisma's adapter, and not as a fault in the report.
it('reads a SQLite file locked by another writer as unavailable, and a broken statement as not', () => {
  const file = path.join(makeTempDir(), 'locked.db');
  const holder = new Database(file);
  const writer = new Database(file, { timeout: 0 });
  try {
    holder.exec('CREATE TABLE t (x INTEGER)');
    holder.exec('BEGIN IMMEDIATE');
    const busy = captureError(() => writer.exec('INSERT INTO t VALUES (1)'));
    expect((busy as { code?: string }).code).toBe('SQLITE_BUSY');
    expect(isDatabaseUnavailable(busy)).toBe(true);
    holder.exec('ROLLBACK');
    expect(isDatabaseUnavailable(captureError(() => writer.exec('INSERT INTO missing VALUES (1)')))).toBe(false);
  } finally {
    writer.close();
    holder.close();
  }
});

function captureError(work: () => void): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
