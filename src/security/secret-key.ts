import { hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SECRET_KEY_BYTES } from './secret-box.ts';

export const SECRET_KEY_FILE_NAME = 'dupligraph.key';

export type SecretKeySource = { kind: 'environment' } | { kind: 'key-file'; file: string; created: boolean };

export interface ResolvedSecretKey {
  key: Buffer;
  source: SecretKeySource;
}

export class SecretKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretKeyError';
  }
}

/**
 * SECRET_KEY when set (any long passphrase: it is stretched to 32 bytes), else, for a SQLite
 * file, a random key kept in `dupligraph.key` beside it (mode 0600), created on first start.
 * PostgreSQL without SECRET_KEY is refused earlier, by the configuration: instances sharing a
 * database must share its key, and no file is shared between them.
 */
export function resolveSecretKey(options: { secretKey?: string; sqliteFile?: string }): ResolvedSecretKey {
  if (options.secretKey !== undefined) return { key: stretchPassphrase(options.secretKey), source: { kind: 'environment' } };
  if (options.sqliteFile === undefined)
    throw new SecretKeyError('SECRET_KEY is required: there is no database file to keep a key file beside');
  const file = path.join(path.dirname(options.sqliteFile), SECRET_KEY_FILE_NAME);
  const created = createKeyFileIfMissing(file);
  return { key: readKeyFile(file), source: { kind: 'key-file', file, created } };
}

function stretchPassphrase(passphrase: string): Buffer {
  return Buffer.from(hkdfSync('sha256', passphrase, 'dupligraph', 'secrets at rest', SECRET_KEY_BYTES));
}

function createKeyFileIfMissing(file: string): boolean {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx' fails when the file exists, so two processes starting together keep the first key.
    fs.writeFileSync(file, `${randomBytes(SECRET_KEY_BYTES).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new SecretKeyError(`The secret key file ${file} could not be created: ${(error as Error).message}`);
  }
}

function readKeyFile(file: string): Buffer {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new SecretKeyError(`The secret key file ${file} could not be read: ${(error as Error).message}`);
  }
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== SECRET_KEY_BYTES) {
    throw new SecretKeyError(
      `The secret key file ${file} does not hold a ${SECRET_KEY_BYTES}-byte base64 key: restore the original file, or set SECRET_KEY`,
    );
  }
  return key;
}

/** A key file others can read protects nothing: the caller logs this. */
export function keyFileIsExposed(file: string): boolean {
  if (process.platform === 'win32') return false;
  return (fs.statSync(file).mode & 0o077) !== 0;
}
