/** How numbers, sizes, times and ages read on the page. */

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${UNITS[unit]}`;
}

export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  if (h) return `${h} h ${m} min`;
  if (m) return `${m} min ${s} s`;
  return `${s} s`;
}

/** For chart axes: one unit, one decimal. */
export function formatDurationShort(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${(seconds / 60).toFixed(1)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

export function formatCount(value: number): string {
  return value.toLocaleString('en');
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "5 min ago", "in 3 h": coarse on purpose, the exact time is in the title. */
export function formatRelative(iso: string | null | undefined, now: number = Date.now()): string {
  if (!iso) return 'never';
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const size = Math.abs(seconds);
  let text: string;
  if (size < 45) return 'just now';
  if (size < 3600) text = `${Math.round(size / 60)} min`;
  else if (size < 86_400 * 2) text = `${Math.round(size / 3600)} h`;
  else text = `${Math.round(size / 86_400)} days`;
  return seconds < 0 ? `${text} ago` : `in ${text}`;
}

export type StatusName = 'SUCCESS' | 'WARNING' | 'ERROR' | 'FATAL' | 'UNKNOWN';

export const STATUS_LABELS: Record<StatusName | 'NONE', string> = {
  SUCCESS: 'Success',
  WARNING: 'Warning',
  ERROR: 'Error',
  FATAL: 'Fatal',
  UNKNOWN: 'Unknown',
  NONE: 'No runs',
};

export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
