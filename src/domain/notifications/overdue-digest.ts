/**
 * One overdue check may find many jobs due at once: a database restored after a long outage, or
 * a Duplicati host that was off for a week. Past a threshold they go out as one digest instead
 * of one notification each, so a phone is not flooded. (duplistatus has no digest; it sends
 * every one; docs/compatibility/notifications.md#overdue-digest.)
 */
import type { TemplateLanguage } from './language.ts';
import type { PlaceholderValues } from './placeholders.ts';
import type { NotificationTemplate } from './template-types.ts';
import { WORDS } from './translations.ts';
import { formatInteger } from './formatting.ts';

/** One overdue notification that is due: its job and the values placeholdersForOverdue made for it. */
export interface OverdueNotice {
  serverId: string;
  backupName: string;
  values: PlaceholderValues;
}

export type OverduePlan =
  | { kind: 'separate'; notices: OverdueNotice[] }
  /** `notices` are all the jobs the digest stands for: each counts as notified. */
  | { kind: 'digest'; notices: OverdueNotice[]; notification: NotificationTemplate };

/** A digest names at most this many jobs and counts the rest, so it stays readable (and within ntfy's 4 kB). */
export const DIGEST_MAX_LISTED_JOBS = 30;

/**
 * The notices as they are when at most `maxSeparate` are due, else one digest listing them (in
 * the given order). The digest's words follow `language`; its priority and tags are those of
 * the default overdue template.
 */
export function planOverdueNotifications(
  due: readonly OverdueNotice[],
  maxSeparate: number,
  language: TemplateLanguage = 'en-GB',
): OverduePlan {
  if (!Number.isInteger(maxSeparate) || maxSeparate < 1) {
    throw new RangeError(`maxSeparate must be a whole number of notifications, 1 or more; got ${maxSeparate}`);
  }
  if (due.length <= maxSeparate) return { kind: 'separate', notices: [...due] };
  return { kind: 'digest', notices: [...due], notification: digestNotification(due, language) };
}

function digestNotification(due: readonly OverdueNotice[], language: TemplateLanguage): NotificationTemplate {
  const words = WORDS[language];
  const count = formatInteger(due.length, language);
  const listed = due.slice(0, DIGEST_MAX_LISTED_JOBS).map(({ backupName, values }) => {
    const job = `${backupName} @ ${values.server_alias ?? values.server_name ?? ''}`;
    return words.digestLine(job, values.last_backup_date ?? '', values.last_elapsed ?? '');
  });
  const rest = due.length - listed.length;
  const lines = [words.digestIntro(count), '', ...listed, ...(rest > 0 ? [words.digestMore(formatInteger(rest, language))] : [])];
  return {
    title: words.digestTitle(count),
    message: `${lines.join('\n')}\n`,
    priority: 'default',
    tags: 'duplicati, duplistatus, overdue',
  };
}
