// Configuration for the Prisma CLI on the PostgreSQL side (generate, migrate diff), run from the
// repository root: `npx prisma <command> --config prisma/postgres/prisma.config.ts`. The server
// never runs the CLI: it applies prisma/postgres/migrations itself (src/db/migrate.ts).
//
// Commands that touch a database (migrate diff --from-migrations, migrate dev) connect to
// PRISMA_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres) through the JS
// schema engine, with the three workarounds STACK.md records for it:
// - catalog columns of type `name` and "char" do not deserialize (prisma/orm#27403): the client
//   below reports them as text;
// - host, port, user and database are passed separately, never as a connectionString, or the
//   shadow database silently becomes the real one (the adapter spreads its config and only
//   overrides `database`);
// - idleTimeoutMillis: 1, so the shadow database's connections are gone when it is dropped.
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { defineConfig } from 'prisma/config';

const TEXT_OID = 25;
const NAME_OID = 19;
const CHAR_OID = 18;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function catalogTypesAsText<T>(result: T): T {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

/** A pg.Client whose results call `name`/"char" columns text (the values already are strings). */
class CatalogSafeClient extends pg.Client {
  override query(...args: unknown[]): any {
    // pg.Pool calls query(text, values, callback); direct callers may use the promise form.
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (error: unknown, result: unknown) => callback(error, error ? result : catalogTypesAsText(result));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      return (result as Promise<unknown>).then(catalogTypesAsText);
    }
    return result;
  }
}

function connectionConfig(): pg.PoolConfig {
  const url = new URL(process.env.PRISMA_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  return {
    host: decodeURIComponent(url.hostname),
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || 'postgres'),
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres',
    idleTimeoutMillis: 1,
    Client: CatalogSafeClient as unknown as typeof pg.Client,
  };
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  // Absolute: the CLI resolves relative paths against this file's folder.
  schema: fileURLToPath(new URL('./schema.prisma', import.meta.url)),
  migrations: { path: fileURLToPath(new URL('./migrations', import.meta.url)) },
  async adapter() {
    return new PrismaPg(connectionConfig());
  },
});
