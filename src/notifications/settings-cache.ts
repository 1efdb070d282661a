import type { NotificationSettings } from '../domain/notifications/channel-settings.ts';

/**
 * The channel settings as the ingest and the dispatcher read them: at most one database read per
 * `ttlMs`, so notifying adds no read to each upload. A change made through this process is seen at
 * once (`invalidate`); one made through another instance on the same database within `ttlMs`.
 */
export function cachedSettings(read: () => Promise<NotificationSettings>, ttlMs: number, now: () => number = Date.now) {
  let cached: { value: Promise<NotificationSettings>; readAt: number } | null = null;
  return {
    get(): Promise<NotificationSettings> {
      if (!cached || now() - cached.readAt > ttlMs) {
        const value = read();
        cached = { value, readAt: now() };
        value.catch(() => {
          cached = null;
        });
      }
      return cached.value;
    },
    invalidate(): void {
      cached = null;
    },
  };
}
