import { describe, expect, it } from 'vitest';
import { isPostgresUrl, parsePostgresUrl } from '../../src/db/open-postgres.ts';

describe('DATABASE_URL for PostgreSQL', () => {
  it('is told from a SQLite one by its scheme', () => {
    expect(['postgres://h/db', 'postgresql://h/db', 'POSTGRESQL://h/db'].map(isPostgresUrl)).toEqual([true, true, true]);
    expect(['file:./data/x.db', 'file:/tmp/postgres://x', 'mysql://h/db'].map(isPostgresUrl)).toEqual([false, false, false]);
  });

  it('keeps the schema and pool size for dupligraph and the rest for pg, and hides the password in logs', () => {
    expect(parsePostgresUrl('postgresql://app:s3cret@db:5432/dupligraph?schema=tenant_1&connection_limit=4&sslmode=require')).toEqual({
      connectionString: 'postgresql://app:s3cret@db:5432/dupligraph?sslmode=require',
      schema: 'tenant_1',
      poolSize: 4,
      redacted: 'postgresql://app:***@db:5432/dupligraph?sslmode=require',
    });
    expect(parsePostgresUrl('postgres://db/dupligraph')).toMatchObject({ schema: 'public', poolSize: 10 });
  });

  it('refuses a schema that is not a plain identifier, and a pool size that is not a positive integer', () => {
    expect(() => parsePostgresUrl('postgresql://db/x?schema=a;drop')).toThrow(/plain identifier/);
    expect(() => parsePostgresUrl('postgresql://db/x?connection_limit=0')).toThrow(/connection_limit/);
  });
});
