/**
 * npm run db:upgrade -- [--dry-run] [--database <file | file:URL>]
 * node dist/db-upgrade.js [--dry-run] [--database <file | file:URL>]   (compiled; in the Docker image)
 *
 * Upgrades a duplistatus database to dupligraph's layout, as the server does on start. With
 * --dry-run the upgrade runs on a temporary copy and nothing is written next to the database:
 * it prints the detected version, the repairs it would make (duplicate and orphan runs), what
 * would change and the verification figures.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.ts';
import { UnsupportedDatabaseError } from './db/legacy/errors.ts';
import { inspectDatabaseFile } from './db/legacy/inspect.ts';
import { describeLayout } from './db/legacy/layout.ts';
import { sqlitePathFromUrl } from './db/sqlite-file.ts';
import { adoptDatabaseFile } from './upgrade/adopt.ts';
import { LegacyUpgradeError } from './upgrade/errors.ts';
import { upgradeDuplistatusDatabase } from './upgrade/upgrade-database.ts';
import type { UpgradeReport } from './upgrade/upgrade-database.ts';

const USAGE =
  'usage: npm run db:upgrade -- [--dry-run] [--database <file | file:URL>]   (default: DATABASE_URL)\n' +
  '   or: node dist/db-upgrade.js [--dry-run] [--database <file | file:URL>]   (in the Docker image)';

async function main(): Promise<number> {
  let options: { 'dry-run'?: boolean; database?: string; help?: boolean };
  try {
    ({ values: options } = parseArgs({
      options: { 'dry-run': { type: 'boolean' }, database: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }

  const config = loadConfig();
  const file = sqlitePathFromUrl(options.database ?? config.databaseUrl);
  const dryRun = options['dry-run'] ?? false;
  console.log(`Database: ${file}`);

  const layout = inspectDatabaseFile(file);
  switch (layout.kind) {
    case 'fresh':
      console.log('Detected: no database yet (or an empty file); the server creates it on start. Nothing to upgrade.');
      return 0;
    case 'dupligraph':
      console.log("Detected: already dupligraph's layout; pending migrations, if any, run when the server starts. Nothing to upgrade.");
      return 0;
    case 'refused':
      console.error(`Detected: not upgradable: ${layout.reason}. The file was not changed.`);
      return 1;
  }
  console.log(`Detected: ${describeLayout(layout)}`);

  let report: UpgradeReport;
  if (dryRun) {
    report = await upgradeDuplistatusDatabase(file, layout, { timeZone: config.reportTimeZone, dryRun: true });
  } else {
    const outcome = await adoptDatabaseFile(file, {
      timeZone: config.reportTimeZone,
      logger: { info: (_details, message) => console.log(`… ${message}`), warn: (_details, message) => console.log(`! ${message}`) },
    });
    if (outcome.kind !== 'upgraded') {
      console.log('Another process upgraded the database meanwhile. Nothing left to do.');
      return 0;
    }
    report = outcome.report;
  }
  printReport(report);
  return 0;
}

function printReport(report: UpgradeReport): void {
  if (report.repairs.length > 0) {
    console.log(report.dryRun ? '\nRepairs the upgrade would make:' : '\nRepairs made:');
    for (const repair of report.repairs) console.log(`  - ${repair}`);
  } else {
    console.log('\nRepairs: none needed (no duplicate or orphan runs).');
  }
  console.log(report.dryRun ? '\nPlanned changes:' : '\nChanges:');
  for (const change of report.changes) console.log(`  - ${change}`);
  if (report.notes.length > 0) {
    console.log('\nNotes:');
    for (const note of report.notes) console.log(`  - ${note}`);
  }

  console.log(`\nVerification${report.dryRun ? ' (on a temporary copy)' : ''}:`);
  const rows = report.checks.map((check) => [check.ok ? 'ok' : 'FAILED', check.name, check.detail]);
  const width = Math.max(...rows.map((row) => row[1]!.length));
  for (const [status, name, detail] of rows) console.log(`  ${status!.padEnd(6)} ${name!.padEnd(width)}  ${detail}`);

  if (report.dryRun) {
    console.log(`\nDry run: nothing was written to ${report.file} (took ${report.durationMs} ms).`);
  } else {
    console.log(`\nUpgraded in ${report.durationMs} ms. The copy taken before the upgrade is ${report.backupPath}.`);
    console.log('To roll back: stop dupligraph, then put that copy back in place of the database file.');
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof LegacyUpgradeError || error instanceof UnsupportedDatabaseError) {
      console.error(error.message);
    } else {
      console.error('db:upgrade failed:', error);
    }
    process.exit(1);
  },
);
