import type { DbLike } from '../db/types.ts';
import { readSetting, writeSetting } from './settings.ts';

/** Not a duplistatus key: duplistatus's own secrets are re-sealed under ours when its database is adopted. */
export const SECRET_KEY_CHECK_SETTING = 'dupligraph_secret_key_check';
const CHECK_PURPOSE = 'secret-key-check';
const CHECK_TEXT = 'dupligraph';

interface Sealer {
  seal(plain: string, purpose: string): string;
  open(sealed: string, purpose: string): string;
}

export type SecretKeyCheck = { kind: 'recorded' } | { kind: 'matches' } | { kind: 'differs' };

/**
 * A database remembers a value sealed under the key it was first given, so a start with another
 * key (a lost key file, a mistyped SECRET_KEY) is caught at once instead of at the first
 * notification that cannot open its password.
 */
export async function checkSecretKey(db: DbLike, box: Sealer): Promise<SecretKeyCheck> {
  const recorded = await readSetting(db, SECRET_KEY_CHECK_SETTING);
  if (recorded === null) {
    await writeSetting(db, SECRET_KEY_CHECK_SETTING, box.seal(CHECK_TEXT, CHECK_PURPOSE));
    return { kind: 'recorded' };
  }
  try {
    return box.open(recorded, CHECK_PURPOSE) === CHECK_TEXT ? { kind: 'matches' } : { kind: 'differs' };
  } catch {
    return { kind: 'differs' };
  }
}
