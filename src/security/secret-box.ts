import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Secrets at rest (SMTP passwords, ntfy and Gotify tokens, webhook signing secrets, Duplicati
 * passwords): AES-256-GCM under one 32-byte key. A sealed value names its format, so a plain
 * value left by an older version is never mistaken for ciphertext.
 */
export interface SecretBox {
  /** `purpose` (e.g. "smtp.password") is authenticated with the value: a sealed value copied into another setting does not open there. */
  seal(plain: string, purpose: string): string;
  open(sealed: string, purpose: string): string;
}

export const SECRET_KEY_BYTES = 32;
const FORMAT = 'aes256gcm:v1';
const IV_BYTES = 12;

export class SecretUnreadableError extends Error {
  constructor(purpose: string, why: string) {
    super(`The stored secret for ${purpose} cannot be read: ${why}`);
    this.name = 'SecretUnreadableError';
  }
}

export function isSealedSecret(value: string): boolean {
  return value.startsWith(`${FORMAT}:`);
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== SECRET_KEY_BYTES) throw new Error(`A secret key is ${SECRET_KEY_BYTES} bytes; this one has ${key.length}`);
  return {
    seal(plain, purpose) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(purpose, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [FORMAT, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join(':');
    },
    open(sealed, purpose) {
      if (!isSealedSecret(sealed)) throw new SecretUnreadableError(purpose, 'it is not a value this server sealed');
      const [ivText, tagText, ciphertextText] = sealed.slice(FORMAT.length + 1).split(':');
      if (ivText === undefined || tagText === undefined || ciphertextText === undefined) {
        throw new SecretUnreadableError(purpose, 'the sealed value is damaged');
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64url'));
        decipher.setAAD(Buffer.from(purpose, 'utf8'));
        decipher.setAuthTag(Buffer.from(tagText, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(ciphertextText, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretUnreadableError(
          purpose,
          'it was sealed under another key (SECRET_KEY, or the key file beside the database, changed) or has been altered',
        );
      }
    },
  };
}
