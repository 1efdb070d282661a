import { createCipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';

/** Encrypts as duplistatus's `encryptData` does: PBKDF2-SHA256 (100,000) per value, AES-256-GCM, `salt:iv:tag:ciphertext` in hex. */
export function encryptLikeDuplistatus(keyFile: Buffer, plaintext: string): string {
  const salt = randomBytes(32);
  const iv = randomBytes(12);
  const key = pbkdf2Sync(keyFile, salt, 100_000, 32, 'sha256');
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const encrypted = cipher.update(plaintext, 'utf8', 'hex') + cipher.final('hex');
  return [salt.toString('hex'), iv.toString('hex'), cipher.getAuthTag().toString('hex'), encrypted].join(':');
}
