/**
 * client-examples/codegen: graphql-codegen runs on the committed SDL in this test, its output must
 * equal the committed generated files, and that output plus the example script must type-check.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generate } from '@graphql-codegen/cli';
import { beforeAll, describe, expect, it } from 'vitest';
import { codegenConfig, GENERATED_DIR } from '../../client-examples/codegen/codegen.ts';
import { makeTempDir } from '../support/test-server.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const exampleDir = path.join(repoRoot, 'client-examples', 'codegen');

function readTree(dir: string): Record<string, string> {
  if (!fs.existsSync(dir)) return {};
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
  }
  return files;
}

describe('graphql-codegen client example', () => {
  // The repository's layout, so the example's imports (../../schema/possible-types.json) resolve.
  let workDir: string;
  let exampleCopy: string;
  let generatedDir: string;

  beforeAll(async () => {
    workDir = makeTempDir('dupligraph-codegen-');
    exampleCopy = path.join(workDir, 'client-examples', 'codegen');
    generatedDir = path.join(exampleCopy, 'generated');
    const outputs = await generate({ ...codegenConfig(generatedDir), silent: true }, false);
    for (const output of outputs) {
      fs.mkdirSync(path.dirname(output.filename), { recursive: true });
      fs.writeFileSync(output.filename, output.content);
    }
  }, 60_000);

  it('generates typed operations from schema/schema.graphql', () => {
    const generated = readTree(generatedDir);
    expect(Object.keys(generated).sort()).toEqual(['gql.ts', 'graphql.ts', 'index.ts']);
    for (const name of ['DashboardOverviewDocument', 'JobDetailDocument', 'LiveFeedDocument', 'RenameServerDocument']) {
      expect(generated['graphql.ts']).toContain(`export const ${name} = new TypedDocumentString(`);
    }
  });

  it('matches the committed generated files (run `npm run codegen` after changing the schema or operations)', () => {
    expect(readTree(GENERATED_DIR)).toEqual(readTree(generatedDir));
  });

  it('type-checks the fresh output together with the example script', async () => {
    for (const file of fs.readdirSync(exampleDir)) {
      if (file.endsWith('.ts') && file !== 'codegen.ts') fs.copyFileSync(path.join(exampleDir, file), path.join(exampleCopy, file));
    }
    fs.cpSync(path.join(repoRoot, 'schema'), path.join(workDir, 'schema'), { recursive: true });
    // Package imports (graphql-ws, ws, @apollo/client, @graphql-typed-document-node/core, @types/node) resolve
    // from the repository's own node_modules.
    fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(workDir, 'node_modules'), 'dir');
    // ESM, like the repository (top-level await in the script).
    fs.writeFileSync(path.join(workDir, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
    const repoTsconfig = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tsconfig.json'), 'utf8'));
    fs.writeFileSync(
      path.join(workDir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: repoTsconfig.compilerOptions, include: ['client-examples/codegen/**/*.ts'] }, null, 2),
    );

    const tsc = path.join(repoRoot, 'node_modules', '.bin', 'tsc');
    const result = await promisify(execFile)(tsc, ['--noEmit', '-p', path.join(workDir, 'tsconfig.json')], { cwd: workDir }).then(
      () => ({ ok: true, output: '' }),
      (error: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
    );
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 60_000);
});
