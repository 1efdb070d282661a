import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DuplistatusSecretError,
  decryptDuplistatusSecret,
  decryptLegacySmtpCredentials,
  isDuplistatusSecret,
} from '../../../src/domain/notifications/duplistatus-secrets.ts';
import { encryptLikeDuplistatus } from '../../support/duplistatus-encryption.ts';

const keyFile = randomBytes(32);

describe('decryptDuplistatusSecret', () => {
  it('reads a value duplistatus encrypted with its key file, Unicode included', () => {
    const stored = encryptLikeDuplistatus(keyFile, 'pä$$wörd 🔑');
    expect(isDuplistatusSecret(stored)).toBe(true);
    expect(decryptDuplistatusSecret(keyFile, stored)).toBe('pä$$wörd 🔑');
  });

  it('reads an empty stored value as not set', () => {
    expect(decryptDuplistatusSecret(keyFile, '')).toBe('');
  });

  it('says the key file is wrong or the value damaged when another key file is given', () => {
    const stored = encryptLikeDuplistatus(keyFile, 'secret');
    const attempt = () => decryptDuplistatusSecret(randomBytes(32), stored);
    expect(attempt).toThrow(DuplistatusSecretError);
    expect(attempt).toThrow(
      /does not decrypt under this \.duplistatus\.key: the key file is not the one that encrypted it, or the value is damaged/,
    );
  });

  it('says so too when one byte of the ciphertext or tag was changed', () => {
    const stored = encryptLikeDuplistatus(keyFile, 'secret');
    const flipLast = (hex: string) => hex.slice(0, -1) + (hex.endsWith('0') ? '1' : '0');
    const [salt, iv, tag, data] = stored.split(':') as [string, string, string, string];
    for (const damaged of [
      [salt, iv, tag, flipLast(data)],
      [salt, iv, flipLast(tag), data],
    ]) {
      try {
        decryptDuplistatusSecret(keyFile, damaged.join(':'));
        expect.unreachable();
      } catch (error) {
        expect((error as DuplistatusSecretError).problem).toBe('wrong-key-or-damaged');
      }
    }
  });

  it('refuses a value that is not salt:iv:tag:ciphertext hex of the right lengths', () => {
    for (const stored of ['plain text', 'aa:bb:cc:dd', `${'0'.repeat(64)}:${'0'.repeat(24)}:${'0'.repeat(32)}:zz`]) {
      expect(() => decryptDuplistatusSecret(keyFile, stored)).toThrow(/not a duplistatus secret: expected four hex parts/);
      expect(isDuplistatusSecret(stored)).toBe(false);
    }
  });

  it('refuses a key file that is not 32 bytes, saying how long it is', () => {
    const stored = encryptLikeDuplistatus(keyFile, 'secret');
    expect(() => decryptDuplistatusSecret(Buffer.alloc(16), stored)).toThrow(/must hold exactly 32 bytes; this one holds 16/);
  });

  it('decrypts the SMTP username and password of a legacy smtp_config', () => {
    const smtp = {
      encryptedUsername: encryptLikeDuplistatus(keyFile, 'mailer@example.com'),
      encryptedPassword: encryptLikeDuplistatus(keyFile, 'pw'),
    };
    expect(decryptLegacySmtpCredentials(keyFile, smtp)).toEqual({ username: 'mailer@example.com', password: 'pw' });
    expect(decryptLegacySmtpCredentials(keyFile, {})).toEqual({ username: '', password: '' });
  });
});
