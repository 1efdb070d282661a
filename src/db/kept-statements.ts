import type Database from 'better-sqlite3';

/**
 * The part of a better-sqlite3 connection that Prisma's SQLite adapter uses: it prepares every
 * statement it runs again (`prepare(sql).bind(args)`, then `run()` or `raw().all()`), and
 * SQLite's prepare is a good share of a short read. This connection keeps the statements it
 * prepared, by their text, and binds each call's values to the kept statement at its run, so
 * the adapter's calls behave as before.
 */
export interface AdapterConnection {
  /** Run as it is (`BEGIN`), or with values bound. */
  prepare(sql: string): BoundStatement & { bind(args: unknown[]): BoundStatement };
  exec(script: string): unknown;
  close(): unknown;
}

interface BoundStatement {
  readonly reader: boolean;
  columns(): Database.ColumnDefinition[];
  raw(): { all(): unknown[][] };
  run(): Database.RunResult;
}

/** Statements differ by their text mostly through the number of values in an IN list: a few hundred. */
const MAX_KEPT_STATEMENTS = 256;

export function keepingStatements(connection: Database.Database): AdapterConnection {
  const kept = new Map<string, Database.Statement>();
  const statementFor = (sql: string): Database.Statement => {
    let statement = kept.get(sql);
    if (!statement) {
      if (kept.size >= MAX_KEPT_STATEMENTS) kept.clear();
      statement = connection.prepare(sql);
      kept.set(sql, statement);
    }
    return statement;
  };
  return {
    prepare(sql) {
      const statement = statementFor(sql);
      const bound = (args: unknown[]): BoundStatement => ({
        reader: statement.reader,
        columns: () => statement.columns(),
        raw: () => ({ all: () => statement.raw(true).all(...args) as unknown[][] }),
        run: () => statement.run(...args),
      });
      return { ...bound([]), bind: bound };
    },
    exec: (script) => connection.exec(script),
    close: () => connection.close(),
  };
}
