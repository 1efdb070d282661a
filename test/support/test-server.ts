import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/app.ts';
import type { App, AppOptions } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { testStorageEnv } from './test-database.ts';

export interface TestServer {
  app: App;
  url: string;
  /** The SQLite file; on the PostgreSQL pass it only names the server's schema (test-database.ts). */
  databaseFile: string;
  /** DATABASE_URL (and REDIS_URL when Redis is on) for another process on the same data. */
  storageEnv: Record<string, string>;
  stop(): Promise<void>;
  /** POSTs a JSON body (or a raw string) to /api/upload. */
  upload(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  /** Runs a GraphQL operation over HTTP and returns the parsed response. */
  graphql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Every test server has this admin token, and `graphql()` sends it unless told otherwise. */
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789';
export const adminHeaders = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

export function makeTempDir(prefix = 'dupligraph-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * A real server on a real SQLite file (or, with TEST_DATABASE_URL, its own PostgreSQL schema and
 * Redis channels: test/support/test-database.ts) and an ephemeral port.
 */
export async function startTestServer(
  options: AppOptions & { databaseFile?: string; env?: Record<string, string>; port?: number } = {},
): Promise<TestServer> {
  const databaseFile = options.databaseFile ?? path.join(makeTempDir(), 'dupligraph.db');
  const storageEnv = testStorageEnv(databaseFile);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    REPORT_TIME_ZONE: 'UTC',
    // Tests drive the overdue check with app.checkOverdue() at their own clock.
    OVERDUE_CHECK_INTERVAL_SECONDS: '0',
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    ...storageEnv,
    ...options.env,
  });
  const app = await buildApp(config, options);
  const url = await app.start(options.port ?? 0, '127.0.0.1');

  return {
    app,
    url,
    databaseFile,
    storageEnv,
    stop: () => app.stop(),
    async upload(body, headers = {}) {
      const response = await fetch(`${url}/api/upload`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...adminHeaders, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await response.json()) as GraphQLResponse<any>;
      return { ...json, status: response.status };
    },
  };
}

/** Fails with the query and the whole response in the message, not just "undefined". */
export function expectData<T>(response: GraphQLResponse<T>, query?: string): T {
  if (response.errors?.length || !response.data) {
    throw new Error(
      `GraphQL request failed (HTTP ${response.status})\n${query ? `query: ${query}\n` : ''}response: ${JSON.stringify(response, null, 2)}`,
    );
  }
  return response.data;
}
