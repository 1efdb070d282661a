import { sendApprise } from './channels/apprise.ts';
import type { ChannelContext, ChannelSender, DeliveryToSend } from './channels/channel.ts';
import { sendEmail } from './channels/email.ts';
import { sendGotify } from './channels/gotify.ts';
import { sendNtfy } from './channels/ntfy.ts';
import { sendWebhook } from './channels/webhook.ts';
import type { DeliveryOutcome } from './delivery-outcome.ts';

const SENDERS: Record<string, ChannelSender> = {
  NTFY: sendNtfy,
  EMAIL: sendEmail,
  GOTIFY: sendGotify,
  APPRISE: sendApprise,
  WEBHOOK: sendWebhook,
};

/** One attempt at one delivery on its channel; never throws (a secret that cannot be opened is a permanent failure). */
export async function sendDelivery(delivery: DeliveryToSend, context: ChannelContext): Promise<DeliveryOutcome> {
  const sender = SENDERS[delivery.channel];
  if (!sender) return { ok: false, retryable: false, responseCode: null, error: `unknown channel ${delivery.channel}` };
  try {
    return await sender(delivery, context);
  } catch (error) {
    return { ok: false, retryable: false, responseCode: null, error: (error as Error)?.message ?? String(error) };
  }
}
