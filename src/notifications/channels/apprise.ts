import { SECRET_PURPOSES } from '../../domain/notifications/channel-settings.ts';
import { postOnce } from '../http-post.ts';
import type { ChannelSender } from './channel.ts';
import { notConfigured, openSecret } from './channel.ts';

/** Apprise's message types: how each event looks in the services it forwards to. */
function appriseType(event: string): 'info' | 'success' | 'warning' | 'failure' {
  if (event === 'BACKUP_FAILED') return 'failure';
  if (event === 'BACKUP_SUCCEEDED' || event === 'RECOVERED') return 'success';
  if (event === 'BACKUP_WARNING' || event === 'OVERDUE' || event === 'OVERDUE_REMINDER') return 'warning';
  return 'info';
}

/**
 * apprise-api: POST <url>/notify/<key> for a configuration stored on that server, or POST
 * <url>/notify with the Apprise URLs themselves; JSON `title`, `body`, `type`.
 */
export const sendApprise: ChannelSender = async (delivery, context) => {
  const apprise = context.settings.apprise;
  if (!apprise?.enabled) return notConfigured('Apprise');
  const base = apprise.url.replace(/\/+$/, '');
  const message = { title: delivery.title, body: delivery.body, type: appriseType(delivery.event) };
  const request = apprise.key
    ? { url: `${base}/notify/${encodeURIComponent(apprise.key)}`, body: JSON.stringify(message) }
    : {
        url: `${base}/notify`,
        body: JSON.stringify({ urls: openSecret(context.secrets, apprise.urls, SECRET_PURPOSES.appriseUrls), ...message }),
      };
  return postOnce({ ...request, headers: { 'Content-Type': 'application/json' } }, context.timeoutMs, context.signal);
};
