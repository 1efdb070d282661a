import { SECRET_PURPOSES } from '../../domain/notifications/channel-settings.ts';
import { postOnce } from '../http-post.ts';
import type { ChannelSender } from './channel.ts';
import { notConfigured, openSecret } from './channel.ts';

/**
 * docs/compatibility/notifications.md#channels: POST <url>/<topic>, title, priority and tags in
 * the query (URL-encoded, so emoji survive), the message as UTF-8 text, a bearer token when set.
 * X-Sequence-ID carries the delivery's stable id: ntfy 2.16+ then replaces a repeated message in
 * place instead of showing it twice (older servers ignore the header).
 */
export const sendNtfy: ChannelSender = async (delivery, context) => {
  const ntfy = context.settings.ntfy;
  if (!ntfy) return notConfigured('ntfy');
  const base = (context.ntfyUrlOverride ?? ntfy.url).replace(/\/+$/, '');
  const query = new URLSearchParams({ title: delivery.title, priority: delivery.priority, tags: delivery.tags });
  const token = openSecret(context.secrets, ntfy.accessToken, SECRET_PURPOSES.ntfyToken);
  const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8', 'X-Sequence-ID': delivery.messageId };
  if (token) headers.Authorization = `Bearer ${token}`;
  return postOnce(
    { url: `${base}/${encodeURIComponent(delivery.destination)}?${query}`, headers, body: delivery.body },
    context.timeoutMs,
    context.signal,
  );
};
