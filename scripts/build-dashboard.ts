/**
 * Builds the dashboard (dashboard/src, Preact) into dashboard/dist: index.html plus one script and
 * one stylesheet named by their content's hash, so the server can let browsers keep them for good.
 * The output is committed (the server and the Docker image serve it with no build step of their
 * own) and depends only on the sources: no timestamps, the same bytes on every machine.
 *
 *   npm run build:dashboard
 *
 * test/unit/dashboard-build.test.ts rebuilds into a temporary folder and fails when the committed
 * files differ, and checks the script's gzipped size against its budget.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DASHBOARD_DIR = path.join(repoRoot, 'dashboard');
export const DASHBOARD_DIST = path.join(DASHBOARD_DIR, 'dist');

export async function buildDashboard(outDir: string = DASHBOARD_DIST): Promise<string[]> {
  const result = await esbuild.build({
    absWorkingDir: repoRoot,
    entryPoints: { app: path.join(DASHBOARD_DIR, 'src', 'main.tsx') },
    outdir: outDir,
    entryNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
    // The hash in a file's name covers its inputs' paths: a node_modules reached through a
    // symlink (a git worktree) must not name the same bundle differently.
    preserveSymlinks: true,
  });
  const files = new Map<string, Uint8Array>();
  for (const output of result.outputFiles) files.set(path.basename(output.path), output.contents);
  const js = [...files.keys()].find((name) => name.endsWith('.js'));
  const css = [...files.keys()].find((name) => name.endsWith('.css'));
  if (!js || !css) throw new Error(`esbuild produced ${[...files.keys()].join(', ')}: expected one .js and one .css`);
  const template = fs.readFileSync(path.join(DASHBOARD_DIR, 'index.html'), 'utf8');
  files.set('index.html', new TextEncoder().encode(template.replace('{{js}}', js).replace('{{css}}', css)));

  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, contents] of files) fs.writeFileSync(path.join(outDir, name), contents);
  return [...files.keys()].sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await buildDashboard();
  for (const name of files) {
    const size = fs.statSync(path.join(DASHBOARD_DIST, name)).size;
    console.log(`dashboard/dist/${name}  ${(size / 1024).toFixed(1)} KiB`);
  }
}
