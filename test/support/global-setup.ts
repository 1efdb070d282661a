import pg from 'pg';

/**
 * With TEST_DATABASE_URL set, creates one fresh database for this run on that server (every test
 * server then gets its own schema in it, see test/support/test-database.ts) and drops it at the
 * end. Without it, nothing: SQLite tests make their own files.
 */
export default async function setup(): Promise<(() => Promise<void>) | void> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return;
  const name = `dupligraph_test_${Date.now()}_${process.pid}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const runUrl = new URL(serverUrl);
  runUrl.pathname = `/${name}`;
  process.env.DUPLIGRAPH_TEST_RUN_DATABASE_URL = runUrl.toString();
  console.info(`[test database] PostgreSQL: this run's database is ${name}${process.env.TEST_REDIS_URL ? ', live events through Redis' : ''}`);
  return async () => {
    await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
