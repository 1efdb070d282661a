import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECRET_KEY_CHECK_SETTING } from '../../src/domain/secret-key-check.ts';
import { SECRET_KEY_FILE_NAME } from '../../src/security/secret-key.ts';
import { onPostgres, TEST_SECRET_KEY } from '../support/test-database.ts';
import { makeTempDir, startTestServer } from '../support/test-server.ts';

describe('the key of the secrets at rest', () => {
  it.skipIf(onPostgres)('on SQLite: creates a 0600 key file beside the database on first start and opens with it again', async () => {
    const databaseFile = path.join(makeTempDir(), 'dupligraph.db');
    const first = await startTestServer({ databaseFile });
    const keyFile = path.join(path.dirname(databaseFile), SECRET_KEY_FILE_NAME);
    const sealed = first.app.secrets.seal('hunter2', 'test.secret');
    await first.stop();
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);

    const second = await startTestServer({ databaseFile });
    try {
      expect(second.app.secrets.open(sealed, 'test.secret')).toBe('hunter2');
    } finally {
      await second.stop();
    }
  });

  it('refuses to start, saying why, when the key differs from the one the database was first given', async () => {
    const databaseFile = path.join(makeTempDir(), 'dupligraph.db');
    const first = await startTestServer({ databaseFile });
    const check = await first.app.database.prisma.setting.findUnique({ where: { key: SECRET_KEY_CHECK_SETTING } });
    expect(check?.value).toMatch(/^aes256gcm:v1:/);
    await first.stop();

    const otherKey = `${TEST_SECRET_KEY}-but-another-one`;
    await expect(startTestServer({ databaseFile, env: { SECRET_KEY: otherKey } })).rejects.toThrow(
      /secrets in this database were sealed under another key than SECRET_KEY/,
    );
    const again = await startTestServer({ databaseFile });
    await again.stop();
  });
});
