import { SECRET_PURPOSES } from '../../domain/notifications/channel-settings.ts';
import { postOnce } from '../http-post.ts';
import type { ChannelSender } from './channel.ts';
import { notConfigured, openSecret } from './channel.ts';

/** Gotify's priorities run 0–10; the templates speak ntfy's names (or 1–5). */
const GOTIFY_PRIORITY: Record<string, number> = {
  min: 1,
  '1': 1,
  low: 3,
  '2': 3,
  default: 5,
  '3': 5,
  high: 8,
  '4': 8,
  max: 10,
  urgent: 10,
  '5': 10,
};

/** Gotify: POST <url>/message with the application token in X-Gotify-Key and a JSON body. */
export const sendGotify: ChannelSender = async (delivery, context) => {
  const gotify = context.settings.gotify;
  if (!gotify?.enabled) return notConfigured('Gotify');
  const token = openSecret(context.secrets, gotify.token, SECRET_PURPOSES.gotifyToken);
  return postOnce(
    {
      url: `${gotify.url.replace(/\/+$/, '')}/message`,
      headers: { 'Content-Type': 'application/json', 'X-Gotify-Key': token },
      body: JSON.stringify({ title: delivery.title, message: delivery.body, priority: GOTIFY_PRIORITY[delivery.priority] ?? 5 }),
    },
    context.timeoutMs,
    context.signal,
  );
};
