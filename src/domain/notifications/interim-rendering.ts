// Interim: replaced by templates.ts / placeholders.ts of the notification content (branch h17-content) once merged.
import type { NotificationTemplate, TemplateKind } from './channel-settings.ts';
import type { NotificationEvent } from './events.ts';

export const INTERIM_DEFAULT_TEMPLATES: Record<TemplateKind, NotificationTemplate> = {
  success: {
    title: '✅ {status} - {backup_name} @ {server_alias}',
    message: 'Backup {backup_name} on {server_alias} finished with {status} at {backup_date}.',
    priority: 'default',
    tags: 'duplicati, duplistatus, success',
  },
  warning: {
    title: '⚠️ {status} - {backup_name} @ {server_alias}',
    message: 'Backup {backup_name} on {server_alias} finished with {status} at {backup_date}.\n{log_text}',
    priority: 'high',
    tags: 'duplicati, duplistatus, warning, error',
  },
  overdueBackup: {
    title: '🕑 Overdue - {backup_name} @ {server_alias}',
    message: 'Backup {backup_name} on {server_alias} is overdue: expected at {expected_date}, last backup {last_backup_date}.',
    priority: 'default',
    tags: 'duplicati, duplistatus, overdue',
  },
};

export function interimPlaceholders(event: NotificationEvent): Record<string, string> {
  const { server, run } = event;
  const alias = server.alias ? `${server.alias} (${server.name})` : server.name;
  const lines = (value: unknown) => {
    try {
      const parsed: unknown = JSON.parse(String(value ?? '[]'));
      return Array.isArray(parsed) ? parsed.map(String) : [];
    } catch {
      return [];
    }
  };
  return {
    server_name: server.name,
    machine_name: server.name,
    server_alias: alias,
    server_note: server.note,
    server_url: server.url,
    server_id: server.id,
    backup_name: event.job?.name ?? '',
    status: String(run?.status ?? ''),
    backup_date: String(run?.date ?? ''),
    log_text: [...lines(run?.warningsArray), ...lines(run?.errorsArray)].join('\n'),
    expected_date: event.overdue?.expectedAt ?? '',
    last_backup_date: event.overdue?.lastBackupAt ?? '',
  };
}

export function interimRender(text: string, values: Record<string, string>): string {
  return text.replace(/\{([a-z_]+)\}/g, (_whole, name: string) => values[name] ?? '');
}

/** Cuts a text to `maxBytes` of UTF-8, saying so at the end. */
export function interimTruncate(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const marker = '\n… (cut to fit)';
  const room = Math.max(0, maxBytes - Buffer.byteLength(marker, 'utf8'));
  let cut = Buffer.from(text, 'utf8').subarray(0, room).toString('utf8');
  if (cut.endsWith('\uFFFD')) cut = cut.slice(0, -1);
  return cut + marker;
}

export const INTERIM_CHANNEL_LIMITS: Record<string, number> = { NTFY: 4096, GOTIFY: 65_536, APPRISE: 32_768, EMAIL: 1_048_576 };

export function interimHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<div>${escaped.replace(/\n/g, '<br>')}</div>`;
}
