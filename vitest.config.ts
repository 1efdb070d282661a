import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships ESM and CJS builds; loading both breaks instanceof checks
    // ("Cannot use GraphQLScalarType from another module or realm").
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // A registry of the processes tests start, checked at the end; with TEST_DATABASE_URL, one
    // fresh PostgreSQL database per run (test/support/test-database.ts).
    globalSetup: ['test/support/global-setup.ts'],
    // After each file: no process it started may still run.
    setupFiles: ['test/support/leftover-processes.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC' },
  },
});
