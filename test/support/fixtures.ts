import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The real duplistatus databases and Duplicati reports live beside the project in CI
 * (../shared/fixtures, or SHARED_FIXTURES_DIR for a checkout elsewhere) and are never copied
 * into it. Suites that read them run only when the folder exists and say so plainly when it does
 * not.
 */
export const sharedFixturesDir = process.env.SHARED_FIXTURES_DIR
  ? path.resolve(process.env.SHARED_FIXTURES_DIR)
  : path.resolve(repoRoot, '..', 'shared', 'fixtures');

export function sharedFixturesAvailable(subfolder: string): boolean {
  const available = fs.existsSync(path.join(sharedFixturesDir, subfolder));
  if (!available) {
    console.info(`[fixtures] ${path.join(sharedFixturesDir, subfolder)} is absent: the suites on real fixture files are left out.`);
  }
  return available;
}

export function readSharedReport(fileName: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(sharedFixturesDir, 'duplicati-reports', fileName), 'utf8'));
}
