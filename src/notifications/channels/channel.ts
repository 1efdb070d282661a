import type { NotificationSettings } from '../../domain/notifications/channel-settings.ts';
import type { ClaimedDelivery } from '../../domain/notifications/outbox.ts';
import type { SecretBox } from '../../security/secret-box.ts';
import type { DeliveryOutcome } from '../delivery-outcome.ts';

export interface ChannelContext {
  settings: NotificationSettings;
  secrets: SecretBox;
  timeoutMs: number;
  /** NTFY_URL_OVERRIDE: the ntfy server to use instead of the stored one (the stored topic stays). */
  ntfyUrlOverride?: string;
  signal?: AbortSignal;
}

export type DeliveryToSend = Pick<
  ClaimedDelivery,
  'messageId' | 'event' | 'channel' | 'destination' | 'title' | 'body' | 'priority' | 'tags' | 'createdAt'
>;

export type ChannelSender = (delivery: DeliveryToSend, context: ChannelContext) => Promise<DeliveryOutcome>;

export const notConfigured = (channel: string): DeliveryOutcome => ({
  ok: false,
  retryable: false,
  responseCode: null,
  error: `${channel} is not configured any more`,
});

/** A value sealed by this server, or (left by duplistatus, not yet sealed) the plain value itself. */
export function openSecret(secrets: SecretBox, stored: string, purpose: string): string {
  if (stored === '') return '';
  return stored.startsWith('aes256gcm:') ? secrets.open(stored, purpose) : stored;
}
