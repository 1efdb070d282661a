/** Notification content (docs/compatibility/notifications.md): events, templates, placeholder values, size limits, legacy settings. Pure. */
export * from './duplistatus-secrets.ts';
export * from './event-rules.ts';
export * from './html-body.ts';
export * from './legacy-settings.ts';
export * from './overdue-digest.ts';
export * from './placeholders.ts';
export * from './templates.ts';
export * from './truncate.ts';
export {
  formatBytes,
  formatDateTime,
  formatDurationHuman,
  formatInteger,
  formatRelativeTime,
  formatTolerance,
  translateStatus,
} from './formatting.ts';
