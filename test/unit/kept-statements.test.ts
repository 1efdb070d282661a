import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { keepingStatements } from '../../src/db/kept-statements.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import type { OpenDatabase } from '../../src/db/open-database.ts';
import { queryRowArrays } from '../../src/db/row-arrays.ts';
import { isUniqueViolation } from '../../src/db/types.ts';
import { Prisma } from '../../src/generated/prisma/client.ts';
import { makeTempDir } from '../support/test-server.ts';

const closers: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A real connection that counts the statements SQLite is asked to prepare. */
function countingConnection() {
  const connection = new Database(path.join(makeTempDir(), 'kept.db'));
  closers.push(() => connection.close());
  connection.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
  let prepared = 0;
  const prepare = connection.prepare.bind(connection);
  connection.prepare = ((sql: string) => {
    prepared++;
    return prepare(sql);
  }) as typeof connection.prepare;
  return { connection, prepared: () => prepared };
}

describe('statements kept for the SQLite adapter', () => {
  it('prepares a statement once and binds each call its own values', () => {
    const { connection, prepared } = countingConnection();
    const kept = keepingStatements(connection);
    const insert = 'INSERT INTO t (id, name) VALUES (?, ?)';
    for (const [id, name] of [
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ] as const) {
      expect(kept.prepare(insert).bind([id, name]).run().changes).toBe(1);
    }
    // Bound together, run in the other order: each run has the values it was bound with.
    const select = 'SELECT id, name FROM t WHERE id = ?';
    const first = kept.prepare(select).bind([1]);
    const third = kept.prepare(select).bind([3]);
    expect(third.raw().all()).toEqual([[3, 'c']]);
    expect(first.raw().all()).toEqual([[1, 'a']]);
    expect(first.reader).toBe(true);
    expect(first.columns().map((column) => column.name)).toEqual(['id', 'name']);
    expect(prepared()).toBe(2);
  });

  it('runs a statement without values as the adapter begins a transaction', () => {
    const { connection } = countingConnection();
    const kept = keepingStatements(connection);
    kept.prepare('BEGIN').run();
    kept.prepare('INSERT INTO t (id, name) VALUES (?, ?)').bind([1, 'a']).run();
    kept.prepare('ROLLBACK').run();
    expect(kept.prepare('SELECT COUNT(*) FROM t').bind([]).raw().all()).toEqual([[0]]);
  });

  it('passes a statement SQLite refuses as the same error, and does not keep it', () => {
    const { connection } = countingConnection();
    const kept = keepingStatements(connection);
    expect(() => kept.prepare('SELECT nope FROM t')).toThrow(/no such column: nope/);
    connection.exec('ALTER TABLE t ADD COLUMN nope TEXT');
    expect(kept.prepare('SELECT nope FROM t').bind([]).raw().all()).toEqual([]);
  });

  it('keeps a bounded number of statements', () => {
    const { connection, prepared } = countingConnection();
    const kept = keepingStatements(connection);
    for (let i = 0; i < 1_000; i++) kept.prepare(`SELECT ${i} AS n`).bind([]).raw().all();
    const afterMany = prepared();
    kept.prepare('SELECT 0 AS n').bind([]).raw().all();
    // The first text was dropped when the store filled up: it is prepared again.
    expect(prepared()).toBe(afterMany + 1);
  });
});

describe('Prisma on the kept statements', () => {
  async function database(): Promise<OpenDatabase> {
    const opened = await openDatabase(`file:${path.join(makeTempDir(), 'prisma.db')}`);
    closers.push(() => opened.close());
    return opened;
  }

  it('reads, writes, rolls back and reports constraint errors as before', async () => {
    const { prisma } = await database();
    await prisma.setting.create({ data: { key: 'a', value: '1' } });
    const duplicate = await prisma.setting.create({ data: { key: 'a', value: '2' } }).catch((error: unknown) => error);
    expect(isUniqueViolation(duplicate)).toBe(true);
    await prisma
      .$transaction(async (tx) => {
        await tx.setting.update({ where: { key: 'a' }, data: { value: 'uncommitted' } });
        throw new Error('rolled back');
      })
      .catch(() => {});
    for (const key of ['a', 'b', 'a']) {
      const rows = await prisma.$queryRaw<{ value: string }[]>`SELECT value FROM configurations WHERE key = ${key}`;
      expect(rows).toEqual(key === 'a' ? [{ value: '1' }] : []);
    }
  });

  it("runs a transaction's raw query inside it, and the client's own after it, in its turn", async () => {
    const { prisma } = await database();
    const seen = await prisma.$transaction(async (tx) => {
      await tx.setting.create({ data: { key: 'inside', value: 'uncommitted' } });
      const outside = prisma.$queryRaw<{ key: string }[]>`SELECT key FROM configurations WHERE key = 'inside'`;
      const inside = await tx.$queryRaw<{ key: string }[]>`SELECT key FROM configurations WHERE key = 'inside'`;
      return { inside, outside };
    });
    expect(seen.inside).toEqual([{ key: 'inside' }]);
    // The client's query waited for the commit: it sees the row, committed.
    expect(await seen.outside).toEqual([{ key: 'inside' }]);
  });

  it('reads rows as arrays in select order, from the client and inside a transaction alike, and the same text as objects after', async () => {
    const { prisma } = await database();
    await prisma.setting.createMany({
      data: [
        { key: 'b', value: '2' },
        { key: 'a', value: '1' },
      ],
    });
    const read = Prisma.sql`SELECT value AS "v", key AS "k", ${'x'} AS "x" FROM configurations WHERE key IN ('a', 'b') ORDER BY key`;
    const expected = [
      ['1', 'a', 'x'],
      ['2', 'b', 'x'],
    ];
    expect(await queryRowArrays(prisma, read, ['v', 'k', 'x'])).toEqual(expected);
    expect(await prisma.$transaction((tx) => queryRowArrays(tx, read, ['v', 'k', 'x']))).toEqual(expected);
    // The statement read as arrays is kept by its text: read as objects it still gives objects.
    expect(await prisma.$queryRaw(read)).toEqual([
      { v: '1', k: 'a', x: 'x' },
      { v: '2', k: 'b', x: 'x' },
    ]);
    expect(await queryRowArrays(prisma, read, ['v', 'k', 'x'])).toEqual(expected);
  });
});
