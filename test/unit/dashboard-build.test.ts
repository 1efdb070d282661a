/**
 * dashboard/: its typed operations are generated from schema/schema.graphql and its built files are
 * committed under dashboard/dist, so `npm ci && npm start` and the Docker image serve it with no
 * build step. These tests regenerate and rebuild both into temporary folders and fail when the
 * committed copies are stale, keep the script within its size budget, and keep the operations off
 * deprecated fields.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, NoDeprecatedCustomRule, parse, validate } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { dashboardCodegenConfig, GENERATED_DIR, SCHEMA_FILE } from '../../dashboard/codegen.ts';
import { buildDashboard, DASHBOARD_DIR, DASHBOARD_DIST } from '../../scripts/build-dashboard.ts';
import { deprecatedCoordinatesUsed } from '../../src/graphql/deprecation/deprecation-usage.ts';
import { makeTempDir } from '../support/test-server.ts';

/** What the issue allows the dashboard's JavaScript to weigh, gzipped. */
const JS_BUDGET_GZIP_BYTES = 150 * 1024;

function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!fs.existsSync(dir)) return files;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full).split(path.sep).join('/')] = fs.readFileSync(full, 'latin1');
  }
  return files;
}

describe('the dashboard build', () => {
  let freshDist: string;

  beforeAll(async () => {
    freshDist = path.join(makeTempDir('dupligraph-dashboard-'), 'dist');
    await buildDashboard(freshDist);
  }, 60_000);

  it('has committed typed operations that match schema/schema.graphql (run `npm run codegen:dashboard`)', async () => {
    const outDir = path.join(makeTempDir('dupligraph-dashboard-codegen-'), 'generated');
    const outputs = await generate({ ...dashboardCodegenConfig(outDir), silent: true }, false);
    for (const output of outputs) {
      fs.mkdirSync(path.dirname(output.filename), { recursive: true });
      fs.writeFileSync(output.filename, output.content);
    }
    expect(Object.keys(readTree(outDir)).sort()).toEqual(['gql.ts', 'graphql.ts', 'index.ts']);
    expect(readTree(GENERATED_DIR)).toEqual(readTree(outDir));
  }, 60_000);

  it('has committed files in dashboard/dist that match a fresh build (run `npm run build:dashboard`)', () => {
    const fresh = readTree(freshDist);
    expect(Object.keys(fresh).some((name) => /^app-[A-Z0-9]+\.js$/.test(name))).toBe(true);
    expect(Object.keys(readTree(DASHBOARD_DIST)).sort()).toEqual(Object.keys(fresh).sort());
    expect(readTree(DASHBOARD_DIST)).toEqual(fresh);
  });

  it('keeps its JavaScript within 150 KB gzipped', () => {
    const scripts = Object.entries(readTree(freshDist)).filter(([name]) => name.endsWith('.js'));
    const gzipped = scripts.reduce((total, [, text]) => total + gzipSync(Buffer.from(text, 'latin1'), { level: 9 }).length, 0);
    console.info(`dashboard JavaScript: ${(gzipped / 1024).toFixed(1)} KiB gzipped (budget ${JS_BUDGET_GZIP_BYTES / 1024} KiB)`);
    expect(gzipped).toBeLessThanOrEqual(JS_BUDGET_GZIP_BYTES);
  });

  it('uses no deprecated field, argument, input field or enum value in its operations', () => {
    const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    const operationsDir = path.join(DASHBOARD_DIR, 'src', 'operations');
    const source = fs
      .readdirSync(operationsDir)
      .filter((name) => name.endsWith('.graphql'))
      .map((name) => fs.readFileSync(path.join(operationsDir, name), 'utf8'))
      .join('\n');
    const document = parse(source);
    expect(validate(schema, document, [NoDeprecatedCustomRule]).map((error) => error.message)).toEqual([]);
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    expect(operations.length).toBeGreaterThan(10);
    for (const operation of operations) {
      expect(deprecatedCoordinatesUsed(schema, document, operation.name?.value), operation.name?.value).toEqual([]);
    }
  });
});
