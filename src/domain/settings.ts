import type { DbLike } from '../db/types.ts';
import { isUniqueViolation } from '../db/types.ts';
import { minutesToTolerance, OVERDUE_TOLERANCES, parseReminderFrequency, toleranceToMinutes } from './overdue/index.ts';
import type { ReminderFrequency } from './overdue/index.ts';

/** Keys and value formats are duplistatus's own (docs/compatibility/legacy-databases.md#configuration-keys), so adopted settings keep working. */
export const SETTING_KEYS = {
  overdueTolerance: 'overdue_tolerance',
  notificationFrequency: 'notification_frequency',
  lastOverdueCheck: 'last_overdue_check',
} as const;

export async function readSetting(db: DbLike, key: string): Promise<string | null> {
  const row = await db.setting.findUnique({ where: { key } });
  return row?.value ?? null;
}

export async function globalToleranceMinutes(db: DbLike): Promise<number> {
  return (await readMonitoringSettings(db)).defaultToleranceMinutes;
}

export async function writeSetting(db: DbLike, key: string, value: string): Promise<void> {
  try {
    await db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
  } catch (error) {
    // Two processes creating the same key at once: the loser's value is written over it.
    if (!isUniqueViolation(error)) throw error;
    await db.setting.update({ where: { key }, data: { value } });
  }
}

export interface MonitoringSettings {
  defaultToleranceMinutes: number;
  reminderFrequency: ReminderFrequency;
}

/**
 * Both settings in one raw statement: every operation that shows an overdue state reads them, and
 * two model reads cost a query compilation in Prisma on every request.
 */
export async function readMonitoringSettings(db: DbLike): Promise<MonitoringSettings> {
  const rows = await db.$queryRaw<{ key: string; value: string | null }[]>`
    SELECT "key", "value" FROM configurations
    WHERE "key" IN (${SETTING_KEYS.overdueTolerance}, ${SETTING_KEYS.notificationFrequency})`;
  const stored = (key: string) => rows.find((row) => row.key === key)?.value ?? null;
  return {
    defaultToleranceMinutes: toleranceToMinutes(stored(SETTING_KEYS.overdueTolerance)),
    reminderFrequency: parseReminderFrequency(stored(SETTING_KEYS.notificationFrequency)),
  };
}

/** The default tolerances duplistatus's setting can hold, in minutes, shortest first. */
export function allowedDefaultToleranceMinutes(): number[] {
  return OVERDUE_TOLERANCES.map(toleranceToMinutes);
}

export type MonitoringSettingsUpdate =
  | { kind: 'updated'; settings: MonitoringSettings }
  | { kind: 'invalid'; field: string; message: string };

/**
 * Stored in duplistatus's own keys and value formats (docs/compatibility/legacy-databases.md#configuration-keys), so the tolerance must be one of the
 * values its enum can say.
 */
export async function updateMonitoringSettings(
  db: DbLike,
  changes: { defaultToleranceMinutes?: number; reminderFrequency?: ReminderFrequency },
): Promise<MonitoringSettingsUpdate> {
  if (changes.defaultToleranceMinutes !== undefined) {
    const tolerance = minutesToTolerance(changes.defaultToleranceMinutes);
    if (!tolerance) {
      const allowed = allowedDefaultToleranceMinutes().join(', ');
      return { kind: 'invalid', field: 'defaultToleranceMinutes', message: `defaultToleranceMinutes must be one of ${allowed}` };
    }
    await writeSetting(db, SETTING_KEYS.overdueTolerance, tolerance);
  }
  if (changes.reminderFrequency !== undefined) {
    await writeSetting(db, SETTING_KEYS.notificationFrequency, changes.reminderFrequency);
  }
  return { kind: 'updated', settings: await readMonitoringSettings(db) };
}
