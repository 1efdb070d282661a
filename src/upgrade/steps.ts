/**
 * The steps of a duplistatus upgrade a fault can be injected into (tests, `DB_UPGRADE_FAULT`), in
 * the order they run (upgrade-database.ts). Nothing imported here: src/config.ts builds its enum
 * from this list.
 */
export const UPGRADE_STEPS = ['copy', 'repair', 'schema', 'data', 'verify'] as const;

export type UpgradeStep = (typeof UPGRADE_STEPS)[number];
