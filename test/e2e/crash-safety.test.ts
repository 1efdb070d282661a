import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { startServerProcess } from '../support/server-process.ts';
import { describeSqliteOnly } from '../support/test-database.ts';
import { makeTempDir } from '../support/test-server.ts';

// SQLite's WAL durability, read back from the file itself; PostgreSQL's is PostgreSQL's business.
describeSqliteOnly('crash safety', () => {
  it('keeps every acknowledged report when the server is killed with SIGKILL mid-run', async () => {
    const databaseFile = path.join(makeTempDir(), 'crash.db');
    const env = { DATABASE_URL: `file:${databaseFile}` };
    const server = await startServerProcess(env);

    const acknowledged: string[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed) {
        const n = next++;
        const report = buildDuplicatiReport({
          serverId: `c0${String(n % 7).padStart(30, '0')}`,
          serverName: `crash-${n % 7}`,
          backupName: `Job ${n % 3}`,
          beginTime: new Date(Date.UTC(2024, 0, 1) + n * 60_000),
          logLines: 50,
        });
        try {
          const response = await fetch(`${server.url}/api/upload`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(report),
          });
          if (response.status === 200) acknowledged.push(report.Data.BeginTime as string);
        } catch {
          // The connection died with the server: this report was never acknowledged.
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    // Let the uploads run, then kill without warning while they are in flight.
    while (acknowledged.length < 150) await new Promise((resolve) => setTimeout(resolve, 10));
    server.child.kill('SIGKILL');
    killed = true;
    await server.exited;
    await Promise.all(workers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);

    const restarted = await startServerProcess(env);
    await restarted.stop();
    const db = new Database(databaseFile, { readonly: true });
    try {
      const stored = new Set((db.prepare('SELECT begin_time FROM backups').all() as { begin_time: string }[]).map((row) => row.begin_time));
      const lost = acknowledged.map((time) => new Date(time).toISOString()).filter((time) => !stored.has(time));
      expect(lost).toEqual([]);
      expect((db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check).toBe('ok');
    } finally {
      db.close();
    }
  });
});
