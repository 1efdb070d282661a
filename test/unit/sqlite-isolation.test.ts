import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';
import type { OpenDatabase } from '../../src/db/open-database.ts';
import { makeTempDir } from '../support/test-server.ts';

const opened: OpenDatabase[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
});

async function sqlite(): Promise<OpenDatabase> {
  const database = await openDatabase(`file:${path.join(makeTempDir(), 'isolation.db')}`);
  opened.push(database);
  return database;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A transaction that writes, lets other requests run for a while, then fails and rolls back. */
function failingTransaction(database: OpenDatabase, key: string) {
  return database.prisma
    .$transaction(async (tx) => {
      await tx.setting.create({ data: { key, value: 'uncommitted' } });
      await pause(150);
      throw new Error('the store failed');
    })
    .catch((error: Error) => error.message);
}

describe('one SQLite connection shared by concurrent requests', () => {
  it('a read outside a transaction never sees rows another transaction has not committed', async () => {
    const database = await sqlite();
    const failing = failingTransaction(database, 'in-flight');
    await pause(30);
    const seen = await database.prisma.setting.findUnique({ where: { key: 'in-flight' } });
    expect(await failing).toBe('the store failed');
    expect(seen).toBeNull();
  });

  it('a write outside a transaction is kept when another transaction open at the same time rolls back', async () => {
    const database = await sqlite();
    const failing = failingTransaction(database, 'rolled-back');
    await pause(30);
    await database.prisma.setting.create({ data: { key: 'acknowledged', value: 'kept' } });
    await database.prisma.$executeRaw`UPDATE configurations SET value = 'raw too' WHERE key = 'acknowledged'`;
    expect(await failing).toBe('the store failed');
    const rows = await database.prisma.setting.findMany({ where: { key: { in: ['rolled-back', 'acknowledged'] } } });
    expect(rows).toEqual([{ key: 'acknowledged', value: 'raw too' }]);
  });
});
