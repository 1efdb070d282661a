import type { UpgradeStep } from './steps.ts';

export type UpgradeStage = 'lock' | UpgradeStep | 'replace';

const STAGE_DESCRIPTIONS: Record<UpgradeStage, string> = {
  lock: 'taking the upgrade lock',
  copy: 'writing a consistent backup copy',
  repair: 'repairing duplicate and orphan runs',
  schema: "creating dupligraph's tables",
  data: 'copying servers, runs, jobs and settings',
  verify: 'verifying the upgraded copy',
  replace: 'replacing the original with the verified copy',
};

/**
 * The upgrade of a duplistatus database stopped. Its message is meant for the operator as it is:
 * which step, why, that the original is unchanged, and where the backup copy is.
 */
export class LegacyUpgradeError extends Error {
  readonly stage: UpgradeStage;
  readonly file: string;
  readonly backupPath: string | null;

  constructor(details: { file: string; from: string; stage: UpgradeStage; cause: unknown; backupPath: string | null; dryRun: boolean }) {
    const why = details.cause instanceof Error ? details.cause.message : String(details.cause);
    const what = details.dryRun ? 'The dry run of the upgrade of' : 'Upgrading';
    const copy = details.dryRun
      ? 'Nothing was written next to it.'
      : details.backupPath
        ? `A consistent copy taken before the upgrade is at ${details.backupPath}.`
        : 'No backup copy was kept.';
    super(
      `${what} the ${details.from} database ${details.file} failed at step "${details.stage}" ` +
        `(${STAGE_DESCRIPTIONS[details.stage]}): ${why}. The original file was not changed. ${copy}`,
      { cause: details.cause },
    );
    this.name = 'LegacyUpgradeError';
    this.stage = details.stage;
    this.file = details.file;
    this.backupPath = details.backupPath;
  }
}

/** What an injected fault throws, so a test can tell it from a real failure. */
export class InjectedFaultError extends Error {
  constructor(readonly step: UpgradeStep) {
    super(`fault injected at step "${step}" for testing`);
    this.name = 'InjectedFaultError';
  }
}
