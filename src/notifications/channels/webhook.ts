import { createHmac } from 'node:crypto';
import { SECRET_PURPOSES } from '../../domain/notifications/channel-settings.ts';
import { postOnce } from '../http-post.ts';
import type { ChannelSender } from './channel.ts';
import { notConfigured } from './channel.ts';

/**
 * The signature a receiver checks (README "Webhooks"): HMAC-SHA256, under the endpoint's secret,
 * of `<timestamp>.<body>`; the timestamp (Unix seconds) is signed with the body so a captured
 * request cannot be replayed later under a fresh one, as GitHub and Stripe do.
 */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export const sendWebhook: ChannelSender = async (delivery, context) => {
  const hook = context.settings.webhooks.find((candidate) => String(candidate.id) === delivery.destination);
  if (!hook?.enabled) return notConfigured(`webhook ${delivery.destination}`);
  const secret = context.secrets.open(hook.sealedSecret, SECRET_PURPOSES.webhookSecret);
  const timestamp = String(Math.floor(Date.now() / 1000));
  return postOnce(
    {
      url: hook.url,
      headers: {
        'Content-Type': 'application/json',
        'X-Dupligraph-Event': delivery.event,
        'X-Dupligraph-Event-Id': delivery.messageId,
        'X-Dupligraph-Timestamp': timestamp,
        'X-Dupligraph-Signature': webhookSignature(secret, timestamp, delivery.body),
      },
      body: delivery.body,
    },
    context.timeoutMs,
    context.signal,
  );
};
