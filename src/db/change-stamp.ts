import type Database from 'better-sqlite3';

/**
 * A value that stays the same only while no row of the database has changed, read without waiting
 * for the connection's turn: what a cache of something read from the tables (the cost limit's
 * collection sizes) checks before it trusts what it holds. SQLite only: `total_changes()` counts
 * every row this connection has inserted, updated or deleted (rolled back or not, so a change
 * always moves it), and `data_version` moves when another connection commits. PostgreSQL has no
 * such cheap value; a client without a stamp is read every time.
 */
export type ChangeStamp = () => string;

const stamps = new WeakMap<object, ChangeStamp>();

/** The stamp of the client `db`, or undefined when it has none (PostgreSQL, a transaction's client). */
export function changeStampOf(db: object): ChangeStamp | undefined {
  return stamps.get(db);
}

/** Gives `client` the change stamp of the SQLite connection it runs on. */
export function stampSqliteChanges(client: object, connection: () => Database.Database, onQuery?: (sql: string) => void): void {
  let statement: Database.Statement | undefined;
  let preparedFor: Database.Database | undefined;
  stamps.set(client, () => {
    const database = connection();
    // A reconnect (after $disconnect) opens a new connection, whose count starts again at 0: the
    // connection's identity is part of the stamp.
    if (database !== preparedFor) {
      statement = database.prepare(STAMP_SQL).pluck(false).safeIntegers(false);
      preparedFor = database;
      generation += 1;
    }
    onQuery?.(STAMP_SQL);
    const row = statement!.get() as { changes: number; version: number };
    return `${generation}:${row.changes}:${row.version}`;
  });
}

let generation = 0;

const STAMP_SQL = 'SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version';
