/**
 * Reading what duplistatus encrypted (0.8+: the SMTP username and password in `smtp_config`, and
 * `servers.server_password`) with its key file `.duplistatus.key`, so an upgraded database keeps
 * them (docs/compatibility/legacy-databases.md#configuration-keys). duplistatus's scheme, from its `secrets.ts`:
 *
 * - the key file is 32 random bytes;
 * - each value has its own key: PBKDF2-HMAC-SHA256 of the file's bytes with a random 32-byte
 *   salt, 100,000 iterations, 32 bytes;
 * - AES-256-GCM with a random 12-byte IV and a 16-byte tag, over the UTF-8 text;
 * - stored as `salt:iv:tag:ciphertext`, each part lowercase hex.
 *
 * Pure: the caller reads the key file.
 */
import { createDecipheriv, pbkdf2Sync } from 'node:crypto';

export const DUPLISTATUS_KEY_FILE_NAME = '.duplistatus.key';
export const DUPLISTATUS_KEY_BYTES = 32;
export const DUPLISTATUS_SALT_BYTES = 32;
export const DUPLISTATUS_IV_BYTES = 12;
export const DUPLISTATUS_TAG_BYTES = 16;
export const DUPLISTATUS_PBKDF2_ITERATIONS = 100_000;

export type DuplistatusSecretProblem = 'key-file' | 'format' | 'wrong-key-or-damaged';

export class DuplistatusSecretError extends Error {
  override readonly name = 'DuplistatusSecretError';
  constructor(
    readonly problem: DuplistatusSecretProblem,
    message: string,
  ) {
    super(message);
  }
}

const HEX = /^(?:[0-9a-f]{2})*$/i;

/** Whether `stored` has the shape of a duplistatus secret (it may still be for another key). */
export function isDuplistatusSecret(stored: string): boolean {
  return parseStored(stored) !== null;
}

interface StoredParts {
  salt: Buffer;
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

function parseStored(stored: string): StoredParts | null {
  const parts = stored.trim().split(':');
  if (parts.length !== 4 || !parts.every((part) => HEX.test(part))) return null;
  const [salt, iv, tag, ciphertext] = parts.map((part) => Buffer.from(part, 'hex')) as [Buffer, Buffer, Buffer, Buffer];
  if (salt.length !== DUPLISTATUS_SALT_BYTES || iv.length !== DUPLISTATUS_IV_BYTES || tag.length !== DUPLISTATUS_TAG_BYTES) return null;
  return { salt, iv, tag, ciphertext };
}

/**
 * The text duplistatus encrypted into `stored` under the key file with `keyFileContents`. An empty
 * value is duplistatus's "not set" and gives ''. Throws DuplistatusSecretError: `key-file` when the
 * file is not 32 bytes, `format` when the value is not `salt:iv:tag:ciphertext` hex of the right
 * lengths, `wrong-key-or-damaged` when authentication fails (GCM cannot tell the two apart).
 */
export function decryptDuplistatusSecret(keyFileContents: Buffer, stored: string): string {
  if (stored.trim() === '') return '';
  if (keyFileContents.length !== DUPLISTATUS_KEY_BYTES) {
    throw new DuplistatusSecretError(
      'key-file',
      `${DUPLISTATUS_KEY_FILE_NAME} must hold exactly ${DUPLISTATUS_KEY_BYTES} bytes; this one holds ${keyFileContents.length}`,
    );
  }
  const parts = parseStored(stored);
  if (parts === null) {
    throw new DuplistatusSecretError(
      'format',
      `the stored value is not a duplistatus secret: expected four hex parts salt:iv:tag:ciphertext of ${DUPLISTATUS_SALT_BYTES}, ${DUPLISTATUS_IV_BYTES}, ${DUPLISTATUS_TAG_BYTES} and any number of bytes`,
    );
  }
  const key = pbkdf2Sync(keyFileContents, parts.salt, DUPLISTATUS_PBKDF2_ITERATIONS, DUPLISTATUS_KEY_BYTES, 'sha256');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, parts.iv, { authTagLength: DUPLISTATUS_TAG_BYTES });
    decipher.setAuthTag(parts.tag);
    return Buffer.concat([decipher.update(parts.ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new DuplistatusSecretError(
      'wrong-key-or-damaged',
      `the stored value does not decrypt under this ${DUPLISTATUS_KEY_FILE_NAME}: the key file is not the one that encrypted it, or the value is damaged`,
    );
  } finally {
    key.fill(0);
  }
}

/** The SMTP username and password of a legacy `smtp_config`, decrypted ('' for one not stored). */
export function decryptLegacySmtpCredentials(
  keyFileContents: Buffer,
  smtp: { encryptedUsername?: string; encryptedPassword?: string },
): { username: string; password: string } {
  return {
    username: decryptDuplistatusSecret(keyFileContents, smtp.encryptedUsername ?? ''),
    password: decryptDuplistatusSecret(keyFileContents, smtp.encryptedPassword ?? ''),
  };
}
