import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSecretBox, isSealedSecret, SecretUnreadableError } from '../../../src/security/secret-box.ts';
import { keyFileIsExposed, resolveSecretKey, SECRET_KEY_FILE_NAME, SecretKeyError } from '../../../src/security/secret-key.ts';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dupligraph-secrets-'));

describe('secret box (AES-256-GCM)', () => {
  const box = createSecretBox(Buffer.alloc(32, 7));

  it('seals a value that opens again, never shows the plain text, and differs each time', () => {
    const first = box.seal('p@ssw0rd – ünïcode ✓', 'smtp.password');
    const second = box.seal('p@ssw0rd – ünïcode ✓', 'smtp.password');
    expect(isSealedSecret(first)).toBe(true);
    expect(first).not.toContain('p@ssw0rd');
    expect(first).not.toBe(second);
    expect(box.open(first, 'smtp.password')).toBe('p@ssw0rd – ünïcode ✓');
  });

  it('refuses a value sealed for another purpose, under another key, altered, or never sealed', () => {
    const sealed = box.seal('token', 'ntfy.token');
    expect(() => box.open(sealed, 'smtp.password')).toThrow(SecretUnreadableError);
    expect(() => createSecretBox(Buffer.alloc(32, 8)).open(sealed, 'ntfy.token')).toThrow(/sealed under another key/);
    const parts = sealed.split(':');
    const last = parts.at(-1) ?? '';
    const altered = [...parts.slice(0, -1), `${last.slice(0, -1)}${last.endsWith('A') ? 'B' : 'A'}`].join(':');
    expect(() => box.open(altered, 'ntfy.token')).toThrow(/altered/);
    expect(() => box.open('plain-text-password', 'ntfy.token')).toThrow(/not a value this server sealed/);
    expect(() => box.open('aes256gcm:v1:only-one-part', 'ntfy.token')).toThrow(/damaged/);
  });

  it('takes only 32-byte keys', () => {
    expect(() => createSecretBox(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});

describe('secret key', () => {
  it('stretches SECRET_KEY to the same 32 bytes every time', () => {
    const a = resolveSecretKey({ secretKey: 'x'.repeat(40) });
    const b = resolveSecretKey({ secretKey: 'x'.repeat(40), sqliteFile: '/nonexistent/db.sqlite' });
    expect(a.key).toHaveLength(32);
    expect(a.key.equals(b.key)).toBe(true);
    expect(b.source).toEqual({ kind: 'environment' });
    expect(resolveSecretKey({ secretKey: 'y'.repeat(40) }).key.equals(a.key)).toBe(false);
  });

  it('creates a key file with mode 0600 beside the SQLite file once, and reuses it', () => {
    const dir = tempDir();
    const sqliteFile = path.join(dir, 'dupligraph.db');
    const first = resolveSecretKey({ sqliteFile });
    const file = path.join(dir, SECRET_KEY_FILE_NAME);
    expect(first.source).toEqual({ kind: 'key-file', file, created: true });
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(keyFileIsExposed(file)).toBe(false);
    const again = resolveSecretKey({ sqliteFile });
    expect(again.source).toEqual({ kind: 'key-file', file, created: false });
    expect(again.key.equals(first.key)).toBe(true);
  });

  it('says what is wrong with a damaged key file, and when there is nowhere to keep one', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, SECRET_KEY_FILE_NAME), 'not a key\n', { mode: 0o644 });
    expect(() => resolveSecretKey({ sqliteFile: path.join(dir, 'x.db') })).toThrow(SecretKeyError);
    expect(() => resolveSecretKey({ sqliteFile: path.join(dir, 'x.db') })).toThrow(/does not hold a 32-byte base64 key/);
    if (process.platform !== 'win32') expect(keyFileIsExposed(path.join(dir, SECRET_KEY_FILE_NAME))).toBe(true);
    expect(() => resolveSecretKey({})).toThrow(/SECRET_KEY is required/);
  });
});
