import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { REPO_ROOT, SERVER_ENTRY } from '../support/repo-process.ts';

const SOME_SECRET_KEY = 'k'.repeat(32);

describe('loadConfig', () => {
  it('requires SECRET_KEY with PostgreSQL (instances share the key of their secrets) and takes a key file on SQLite', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://db/dupligraph' })).toThrow(/SECRET_KEY: required with PostgreSQL/);
    expect(loadConfig({}).secretKey).toBeUndefined();
    expect(() => loadConfig({ SECRET_KEY: 'short' })).toThrow(/SECRET_KEY: must be at least 32 printable characters/);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/dupligraph', SECRET_KEY: SOME_SECRET_KEY }).secretKey).toBe(SOME_SECRET_KEY);
  });

  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 9666,
      host: '0.0.0.0',
      databaseUrl: 'file:./data/dupligraph.db',
      uploadMaxBytes: 20 * 1024 * 1024,
    });
  });

  it('lists every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', UPLOAD_MAX_BYTES: '-1', REPORT_TIME_ZONE: 'Mars/Olympus' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'UPLOAD_MAX_BYTES', 'REPORT_TIME_ZONE']) expect(problems).toContain(name);
  });

  it('takes a PostgreSQL DATABASE_URL and a REDIS_URL for several instances, and refuses a bad REDIS_URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://u:p@db:5432/dupligraph?schema=app',
      REDIS_URL: 'redis://cache:6379',
      SECRET_KEY: SOME_SECRET_KEY,
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgresql://u:p@db:5432/dupligraph?schema=app',
      redisUrl: 'redis://cache:6379',
      redisChannelPrefix: 'dupligraph:',
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/dupligraph', SECRET_KEY: SOME_SECRET_KEY }).redisUrl).toBeUndefined();
    expect(() => loadConfig({ REDIS_URL: 'cache:6379' })).toThrow(/REDIS_URL/);
  });

  it('accepts DB_UPGRADE_FAULT only with NODE_ENV=test, so no real upgrade can be made to fail', () => {
    expect(loadConfig({ NODE_ENV: 'test', DB_UPGRADE_FAULT: 'verify' }).dbUpgradeFault).toBe('verify');
    expect(() => loadConfig({ NODE_ENV: 'production', DB_UPGRADE_FAULT: 'verify' })).toThrow(
      /DB_UPGRADE_FAULT: only allowed with NODE_ENV=test/,
    );
    expect(() => loadConfig({ NODE_ENV: 'test', DB_UPGRADE_FAULT: 'everything' })).toThrow(/DB_UPGRADE_FAULT/);
  });

  it('reads the report limits, with defaults far above what Duplicati sends, and refuses nonsense', () => {
    expect(loadConfig({}).reportLimits).toEqual({ maxIdLength: 1024, maxNameLength: 4096, maxFutureSeconds: 86_400 });
    expect(loadConfig({ REPORT_MAX_ID_LENGTH: '64', REPORT_MAX_NAME_LENGTH: '256', REPORT_MAX_FUTURE_SECONDS: '0' }).reportLimits).toEqual({
      maxIdLength: 64,
      maxNameLength: 256,
      maxFutureSeconds: 0,
    });
    expect(() => loadConfig({ REPORT_MAX_ID_LENGTH: '0', REPORT_MAX_NAME_LENGTH: 'long', REPORT_MAX_FUTURE_SECONDS: '-1' })).toThrow(
      /REPORT_MAX_ID_LENGTH[\s\S]*REPORT_MAX_NAME_LENGTH[\s\S]*REPORT_MAX_FUTURE_SECONDS/,
    );
  });

  it('makes the server exit 1 with the list when the environment is bad', () => {
    const result = spawnSync(process.execPath, [...SERVER_ENTRY], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: 'not-a-port', DATABASE_URL: 'postgres-not-yet' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('DATABASE_URL');
  });
});
