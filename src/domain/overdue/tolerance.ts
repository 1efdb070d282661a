/**
 * The global overdue tolerance (docs/compatibility/overdue.md#where-settings-live, docs/compatibility/legacy-databases.md#configuration-keys `overdue_tolerance`): duplistatus stores an enum,
 * this project stores minutes (`backup_jobs.tolerance_minutes`, null = the global default).
 */

export const OVERDUE_TOLERANCES = ['no_tolerance', '5min', '15min', '30min', '1h', '2h', '4h', '6h', '12h', '1d'] as const;
export type OverdueTolerance = (typeof OVERDUE_TOLERANCES)[number];

/** Default since duplistatus 1.4.1; it was `1h` before and stored values are kept (docs/compatibility/known-problems.md#default-tolerance). */
export const DEFAULT_OVERDUE_TOLERANCE: OverdueTolerance = '2h';

const MINUTES: Record<OverdueTolerance, number> = {
  no_tolerance: 0,
  '5min': 5,
  '15min': 15,
  '30min': 30,
  '1h': 60,
  '2h': 120,
  '4h': 240,
  '6h': 360,
  '12h': 720,
  '1d': 1440,
};

export const DEFAULT_TOLERANCE_MINUTES = MINUTES[DEFAULT_OVERDUE_TOLERANCE];

export function isOverdueTolerance(value: unknown): value is OverdueTolerance {
  return typeof value === 'string' && (OVERDUE_TOLERANCES as readonly string[]).includes(value);
}

/** docs/compatibility/overdue.md#where-settings-live: an unknown stored value reads as the default enum. */
export function parseOverdueTolerance(value: unknown): OverdueTolerance {
  return isOverdueTolerance(value) ? value : DEFAULT_OVERDUE_TOLERANCE;
}

/** Enum (or any stored text) → minutes; unknown → 120. */
export function toleranceToMinutes(value: unknown): number {
  return MINUTES[parseOverdueTolerance(value)];
}

/**
 * Minutes → enum, for writing duplistatus-compatible settings. Minutes with no enum value give
 * null rather than a guess (upstream's setter silently picks `1h`), so the caller decides.
 */
export function minutesToTolerance(minutes: number): OverdueTolerance | null {
  return OVERDUE_TOLERANCES.find((tolerance) => MINUTES[tolerance] === minutes) ?? null;
}

/** A job's own tolerance wins; null (or a nonsensical value) means the global setting. */
export function resolveToleranceMinutes(jobMinutes: number | null | undefined, globalMinutes: number): number {
  return typeof jobMinutes === 'number' && Number.isFinite(jobMinutes) && jobMinutes >= 0 ? jobMinutes : globalMinutes;
}
