import type { TestServer } from './test-server.ts';

/**
 * Makes every `event` (e.g. 'INSERT') on `table` fail inside the database with `message`, through
 * the server's own connection: a SQLite trigger with RAISE(ABORT), or a PostgreSQL trigger whose
 * function raises. A real fault in the real transaction, on whichever database the suite runs.
 */
export async function failEveryRow(
  server: TestServer,
  table: string,
  event: 'INSERT' | 'UPDATE' | 'DELETE',
  message: string,
): Promise<void> {
  const db = server.app.database.prisma;
  const name = `inject_failure_${table}_${event.toLowerCase()}`;
  const quoted = message.replace(/'/g, "''");
  if (server.app.database.kind === 'postgres') {
    await db.$executeRawUnsafe(
      `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${quoted}'; END $$`,
    );
    await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE ${event} ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`);
  } else {
    await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE ${event} ON ${table} BEGIN SELECT RAISE(ABORT, '${quoted}'); END`);
  }
}
