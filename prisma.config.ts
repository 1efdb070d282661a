// Configuration for the Prisma CLI only (generate, migrate diff). The server never runs the CLI:
// it applies prisma/migrations itself (src/db/migrate.ts). The JS engine with a driver adapter is
// what lets these commands run offline (see STACK.md).
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.PRISMA_CLI_DATABASE_URL ?? 'file:./data/prisma-cli.db' });
  },
});
