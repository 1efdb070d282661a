/**
 * duplistatus's channel settings rewritten into the form the delivery side reads
 * (channel-settings.ts), once, after an upgraded database is opened and our secret key is known:
 *
 * - ntfy and the templates of the 0.6/0.7 combined `notifications` key → `ntfy_config` and
 *   `notification_templates` (0.8+ has them there already; its former default texts are replaced
 *   by the current defaults, as duplistatus does when it reads them);
 * - the ntfy token sealed under our key;
 * - the SMTP username and password duplistatus encrypted with `.duplistatus.key` decrypted and the
 *   password sealed under our key; without that file (or with another one) they cannot be read,
 *   and the settings say the password must be set again.
 *
 * Pure: the caller reads the key file and writes the result. Problems never quote a secret.
 */
import type { NtfySettings, SmtpSettings } from './channel-settings.ts';
import { NOTIFICATION_SETTING_KEYS, SECRET_PURPOSES } from './channel-settings.ts';
import { DUPLISTATUS_KEY_FILE_NAME, DuplistatusSecretError, decryptLegacySmtpCredentials } from './duplistatus-secrets.ts';
import { readLegacyNotificationSettings } from './legacy-settings.ts';
import type { LegacySettingsProblem, LegacySmtpSettings } from './legacy-settings.ts';
import { TEMPLATE_KINDS } from './template-types.ts';

export type SmtpCredentialsOutcome =
  /** No `smtp_config`, or one without a stored username or password. */
  { kind: 'none' } | { kind: 'carried-over' } | { kind: 'must-be-set-again'; reason: string };

export interface AdoptedChannelSettings {
  /** Configuration keys to write, with their values. */
  settings: Record<string, string>;
  smtpCredentials: SmtpCredentialsOutcome;
  problems: LegacySettingsProblem[];
}

export interface AdoptOptions {
  /** The bytes of `.duplistatus.key` from the database's folder; null when there is none. */
  duplistatusKey: Buffer | null;
  seal(plain: string, purpose: string): string;
}

export function adoptLegacyChannelSettings(configurations: Record<string, string>, options: AdoptOptions): AdoptedChannelSettings {
  const legacy = readLegacyNotificationSettings(configurations);
  const settings: Record<string, string> = {};

  if (legacy.ntfy) {
    const token = legacy.ntfy.accessToken ?? '';
    const ntfy: NtfySettings = {
      url: legacy.ntfy.url,
      topic: legacy.ntfy.topic,
      accessToken: token === '' || token.startsWith('aes256gcm:') ? token : options.seal(token, SECRET_PURPOSES.ntfyToken),
    };
    settings[NOTIFICATION_SETTING_KEYS.ntfy] = JSON.stringify(ntfy);
  }

  const stored = TEMPLATE_KINDS.filter((kind) => legacy.templateOrigins[kind] !== 'missing');
  if (stored.length > 0) {
    const templates: Record<string, unknown> = { language: legacy.language };
    for (const kind of stored) templates[kind] = legacy.templates[kind];
    settings[NOTIFICATION_SETTING_KEYS.templates] = JSON.stringify(templates);
  }

  let smtpCredentials: SmtpCredentialsOutcome = { kind: 'none' };
  if (legacy.smtp) {
    const { smtp, outcome } = adoptSmtp(legacy.smtp, options);
    settings[NOTIFICATION_SETTING_KEYS.smtp] = JSON.stringify(smtp);
    smtpCredentials = outcome;
  }
  return { settings, smtpCredentials, problems: legacy.problems };
}

function adoptSmtp(legacy: LegacySmtpSettings, options: AdoptOptions): { smtp: SmtpSettings; outcome: SmtpCredentialsOutcome } {
  const smtp: SmtpSettings = {
    host: legacy.host,
    port: legacy.port,
    connectionType: legacy.connectionType,
    requireAuth: legacy.requireAuth,
    username: '',
    password: '',
    passwordMustBeSetAgain: false,
    mailto: legacy.mailto,
    senderName: legacy.senderName,
    fromAddress: legacy.fromAddress ?? '',
  };
  if (legacy.encryptedUsername === undefined && legacy.encryptedPassword === undefined) return { smtp, outcome: { kind: 'none' } };

  const mustBeSetAgain = (reason: string) => ({
    smtp: { ...smtp, passwordMustBeSetAgain: true },
    outcome: { kind: 'must-be-set-again', reason } as const,
  });
  if (options.duplistatusKey === null) {
    return mustBeSetAgain(
      `no ${DUPLISTATUS_KEY_FILE_NAME} beside the database, so duplistatus's encrypted SMTP username and password cannot be read`,
    );
  }
  try {
    const { username, password } = decryptLegacySmtpCredentials(options.duplistatusKey, legacy);
    return {
      smtp: { ...smtp, username, password: password === '' ? '' : options.seal(password, SECRET_PURPOSES.smtpPassword) },
      outcome: { kind: 'carried-over' },
    };
  } catch (error) {
    if (!(error instanceof DuplistatusSecretError)) throw error;
    return mustBeSetAgain(`duplistatus's SMTP username and password cannot be read: ${error.message}`);
  }
}
