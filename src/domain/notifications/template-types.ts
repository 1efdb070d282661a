/** A notification template as duplistatus stores it (`notification_templates`, docs/compatibility/legacy-databases.md#configuration-keys). */

export const TEMPLATE_KINDS = ['success', 'warning', 'overdueBackup'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/**
 * `title` and `message` hold `{placeholder}` text; `priority` is an ntfy priority (`min`, `low`,
 * `default`, `high`, `urgent` or 1–5) and `tags` a comma-separated ntfy tag list, both sent as
 * they are.
 */
export interface NotificationTemplate {
  title: string;
  message: string;
  priority: string;
  tags: string;
}

/** The priorities ntfy takes, by name or number: a template may hold only these. */
const NTFY_PRIORITIES: ReadonlySet<string> = new Set(['min', 'low', 'default', 'high', 'max', 'urgent', '1', '2', '3', '4', '5']);

export function isTemplatePriority(priority: string): boolean {
  return NTFY_PRIORITIES.has(priority);
}
