import type { DbLike } from '../db/types.ts';
import { parseReminderFrequency, toleranceToMinutes } from './overdue/index.ts';
import type { ReminderFrequency } from './overdue/index.ts';

/** Keys and value formats are duplistatus's own (DOMAIN.md b.4), so adopted settings keep working. */
export const SETTING_KEYS = {
  overdueTolerance: 'overdue_tolerance',
  notificationFrequency: 'notification_frequency',
} as const;

export async function readSetting(db: DbLike, key: string): Promise<string | null> {
  const row = await db.setting.findUnique({ where: { key } });
  return row?.value ?? null;
}

export async function globalToleranceMinutes(db: DbLike): Promise<number> {
  return toleranceToMinutes(await readSetting(db, SETTING_KEYS.overdueTolerance));
}

export async function reminderFrequency(db: DbLike): Promise<ReminderFrequency> {
  return parseReminderFrequency(await readSetting(db, SETTING_KEYS.notificationFrequency));
}
