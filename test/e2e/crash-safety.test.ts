import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { acceptsConnections, listeningSocketInodes } from '../support/listening-sockets.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { startServerProcess } from '../support/server-process.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { describeSqliteOnly } from '../support/test-database.ts';
import { makeTempDir } from '../support/test-server.ts';

// SQLite's WAL durability, read back from the file itself; PostgreSQL's is PostgreSQL's business.
describeSqliteOnly('crash safety', () => {
  const started: ServerProcess[] = [];
  afterEach(async () => {
    // A failed assertion must not leave a server behind.
    await Promise.all(started.splice(0).map((server) => server.stop('SIGKILL')));
  });

  it('keeps every acknowledged report when the listening server process is killed with SIGKILL under 16 concurrent uploads', async () => {
    const databaseFile = path.join(makeTempDir(), 'crash.db');
    const env = { DATABASE_URL: `file:${databaseFile}` };
    const server = await startServerProcess(env);
    started.push(server);
    // The pid about to be killed holds the listening socket itself: no wrapper process in between.
    expect(server.listens()).toBe(true);

    const acknowledged: string[] = [];
    let next = 0;
    let killed = false;
    let inFlight = 0;
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
        inFlight += 1;
        try {
          const response = await fetch(`${server.url}/api/upload`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(report),
          });
          if (response.status === 200) acknowledged.push(report.Data.BeginTime as string);
        } catch {
          // The connection died with the server: this report was never acknowledged.
        } finally {
          inFlight -= 1;
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    // Let the uploads run, then kill without warning while they are in flight.
    while (acknowledged.length < 150) await new Promise((resolve) => setTimeout(resolve, 10));
    const inFlightAtKill = inFlight;
    process.kill(server.pid, 'SIGKILL');
    killed = true;
    expect(await server.exited).toBe('SIGKILL');
    await Promise.all(workers);
    expect(inFlightAtKill).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);
    // The server itself is gone, not only the process we held: nothing listens on its port.
    expect(listeningSocketInodes(server.port).size).toBe(0);
    expect(await acceptsConnections(server.port)).toBe(false);

    const restarted = await startServerProcess(env);
    started.push(restarted);
    expect(await restarted.stop()).toBe(0);
    const db = new Database(databaseFile, { readonly: true });
    try {
      const stored = new Set((db.prepare('SELECT begin_time FROM backups').all() as { begin_time: string }[]).map((row) => row.begin_time));
      const lost = acknowledged.map((time) => new Date(time).toISOString()).filter((time) => !stored.has(time));
      expect(lost).toEqual([]);
      // Reports commit in groups (src/domain/group-commit.ts): a run and its live event commit together or not at all.
      const runIds = (db.prepare('SELECT id FROM backups').all() as { id: string }[]).map((row) => row.id).sort();
      const announced = (db.prepare("SELECT payload FROM live_events WHERE topic = 'backup:received'").all() as { payload: string }[])
        .map((row) => JSON.parse(row.payload).backupId as string)
        .sort();
      expect(announced).toEqual(runIds);
      expect((db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check).toBe('ok');
    } finally {
      db.close();
    }
  });
});
