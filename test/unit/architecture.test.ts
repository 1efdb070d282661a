import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/repo-process.ts';
import { importSpecifiers, resolveSpecifier, typeScriptFiles } from '../support/source-imports.ts';

/**
 * The parts of src and what each may import besides itself: the README's "Architecture" section,
 * as a check. A part is a folder under src, or one of the files directly under it; `src/*.ts`
 * stands for the other files there (logger, metrics, timers: services of the process). An entry
 * may name one file of a part instead of the whole part.
 */
const ANY_PART = 'any part';
const RULES: Record<string, readonly string[] | typeof ANY_PART> = {
  'src/generated': [],
  'src/security': [],
  'src/config.ts': ['src/security', 'src/upgrade/steps.ts', 'src/domain/report/report-limits.ts'],
  'src/*.ts': ['src/config.ts'],
  'src/db': ['src/generated'],
  'src/events': ['src/*.ts'],
  'src/domain': ['src/db', 'src/generated', 'src/events'],
  'src/upgrade': ['src/db', 'src/domain'],
  'src/duplicati': ['src/domain', 'src/db', 'src/events', 'src/security'],
  'src/notifications': ['src/domain', 'src/db', 'src/generated', 'src/events', 'src/security', 'src/config.ts', 'src/*.ts'],
  'src/graphql': [
    'src/domain',
    'src/duplicati',
    'src/db',
    'src/generated',
    'src/events',
    'src/security',
    'src/notifications',
    'src/config.ts',
    'src/*.ts',
  ],
  'src/http': ['src/graphql', 'src/domain', 'src/db', 'src/events', 'src/security', 'src/config.ts', 'src/*.ts'],
  'src/app.ts': ANY_PART,
  'src/main.ts': ANY_PART,
  'src/db-upgrade.ts': ANY_PART,
};

/** The part a repository-relative path under src belongs to; null outside src. */
function partOf(file: string): string | null {
  const [top, first, ...rest] = file.split('/');
  if (top !== 'src' || first === undefined) return null;
  if (rest.length > 0) return `src/${first}`;
  return file in RULES ? file : 'src/*.ts';
}

interface SourceFile {
  file: string;
  source: string;
}

/** One line per import that breaks RULES: importer, part, target. */
function violations(files: readonly SourceFile[]): string[] {
  const found: string[] = [];
  for (const { file, source } of files) {
    const part = partOf(file);
    const allowed = part === null ? undefined : RULES[part];
    if (part === null || allowed === undefined) {
      found.push(`${file}: part ${part ?? '(outside src)'} is not in the architecture (add it to RULES and the README)`);
      continue;
    }
    for (const specifier of importSpecifiers(source)) {
      const target = resolveSpecifier(file, specifier);
      if (target === null) continue;
      const targetPart = partOf(target);
      if (targetPart === null) {
        found.push(`${file} imports ${specifier}: nothing under src imports from outside it`);
        continue;
      }
      if (targetPart === part || allowed === ANY_PART || allowed.includes(targetPart) || allowed.includes(target)) continue;
      found.push(`${file} (${part}) imports ${target} (${targetPart}); ${part} may import ${allowed.join(', ') || 'nothing of ours'}`);
    }
  }
  return found;
}

describe('the import check', () => {
  it('reads every form of import, on one line or several, and skips commented-out ones', () => {
    const source = [
      "import fs from 'node:fs';",
      "import { a,\n  b } from '../domain/a.ts';",
      "import type {\n  T,\n} from '../graphql/t.ts';",
      "export { c } from './c.ts';",
      "export * from '../http/d.ts';",
      "import '../events/e.ts';",
      "type Lazy = import('../upgrade/f.ts').F;",
      "// import { old } from '../http/old.ts';",
      " * import { doc } from '../http/doc.ts';",
      "const text = 'import nothing';",
    ].join('\n');
    expect(importSpecifiers(source).sort()).toEqual(
      ['node:fs', '../domain/a.ts', '../graphql/t.ts', './c.ts', '../http/d.ts', '../events/e.ts', '../upgrade/f.ts'].sort(),
    );
  });

  it('bites: storage importing the domain, the upgrade, GraphQL or HTTP, and the domain importing GraphQL or HTTP', () => {
    const bad: SourceFile[] = [
      { file: 'src/db/legacy/x.ts', source: "import { nextExpectedRun } from '../../domain/job-schedule.ts';" },
      { file: 'src/db/x.ts', source: "import type { UpgradeStep } from '../upgrade/steps.ts';" },
      { file: 'src/db/x.ts', source: "export { builder } from '../graphql/builder.ts';" },
      { file: 'src/db/x.ts', source: "type R = import('../http/read-body.ts').Body;" },
      { file: 'src/domain/report/x.ts', source: "import type {\n  GraphQLContext,\n} from '../../graphql/context.ts';" },
      { file: 'src/domain/x.ts', source: "import { jsonResponse } from '../http/json-response.ts';" },
      { file: 'src/events/x.ts', source: "import type { Db } from '../db/types.ts';" },
      { file: 'src/upgrade/x.ts', source: "import { createEventBus } from '../events/event-bus.ts';" },
      { file: 'src/domain/x.ts', source: "import { adoptDatabaseFile } from '../upgrade/adopt.ts';" },
      { file: 'src/config.ts', source: "import { adoptDatabaseFile } from './upgrade/adopt.ts';" },
      { file: 'src/graphql/x.ts', source: "import { readBody } from '../http/read-body.ts';" },
      { file: 'src/db/x.ts', source: "import { REPO_ROOT } from '../../test/support/repo-process.ts';" },
      { file: 'src/reports/x.ts', source: '' },
      { file: 'src/notifications/x.ts', source: "import { graphQLTransport } from '../http/graphql-transport.ts';" },
    ];
    expect(bad.map((file) => violations([file]))).toEqual(bad.map(() => [expect.any(String)]));
    expect(violations([bad[0]!])).toEqual([
      'src/db/legacy/x.ts (src/db) imports src/domain/job-schedule.ts (src/domain); src/db may import src/generated',
    ]);
  });

  it('lets each part import what its rule names, and itself', () => {
    const good: SourceFile[] = [
      {
        file: 'src/domain/x.ts',
        source: "import type { Db } from '../db/types.ts';\nimport { Prisma } from '../generated/prisma/client.ts';",
      },
      {
        file: 'src/upgrade/x.ts',
        source:
          "import { inspectDatabaseFile } from '../db/legacy/inspect.ts';\nimport { nextExpectedRun } from '../domain/job-schedule.ts';",
      },
      { file: 'src/config.ts', source: "import { UPGRADE_STEPS } from './upgrade/steps.ts';" },
      { file: 'src/events/x.ts', source: "import type { Logger } from '../logger.ts';" },
      { file: 'src/db/legacy/x.ts', source: "import { applyMigrations } from '../migrate.ts';" },
      { file: 'src/app.ts', source: "import { upgradeBeforeOpening } from './upgrade/before-open.ts';" },
    ];
    expect(violations(good)).toEqual([]);
  });
});

describe('src', () => {
  const files = typeScriptFiles(REPO_ROOT, 'src').map((file) => ({ file, source: fs.readFileSync(path.join(REPO_ROOT, file), 'utf8') }));

  it('keeps every import within the architecture in the README', () => {
    // Guards the guard: a reader that found nothing would pass vacuously.
    expect(files.length).toBeGreaterThan(100);
    expect(importSpecifiers(files.find((f) => f.file === 'src/app.ts')!.source)).toContain('./upgrade/before-open.ts');
    expect(violations(files)).toEqual([]);
  });

  it('has an Architecture section in the README that states exactly these rules', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.split(/^## /m).find((part) => part.startsWith('Architecture\n'));
    expect(section, 'README.md has no "## Architecture" section').toBeDefined();
    const stated: Record<string, string[] | typeof ANY_PART> = {};
    for (const row of section!.split('\n').filter((line) => /^\|\s*`src/.test(line))) {
      const cells = row.split('|').slice(1, -1);
      const parts = [...cells[0]!.matchAll(/`(src\/[^`]+)`/g)].map((match) => match[1]!);
      const last = cells[cells.length - 1]!;
      const allowed = last.includes(ANY_PART) ? ANY_PART : [...last.matchAll(/`(src\/[^`]+)`/g)].map((match) => match[1]!).sort();
      for (const part of parts) stated[part] = allowed;
    }
    const expected = Object.fromEntries(
      Object.entries(RULES).map(([part, allowed]) => [part, allowed === ANY_PART ? ANY_PART : [...allowed].sort()]),
    );
    expect(stated).toEqual(expected);
  });
});
