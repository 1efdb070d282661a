import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copiesOf, environmentOf, execForm, instructions, readDockerfile, workdirOf } from '../support/dockerfile.ts';
import { buildDuplicatiReport } from '../support/report-builder.ts';
import { REPO_ROOT } from '../support/repo-process.ts';
import { startServerProcess } from '../support/server-process.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { databaseKind, onPostgres, testStorageEnv } from '../support/test-database.ts';
import { makeTempDir } from '../support/test-server.ts';

/**
 * What the Docker image runs, without Docker (no engine runs here): the runtime stage's files, laid
 * out as its COPY lines put them (from this checkout, built by the global setup), started as its
 * CMD says, in its WORKDIR, with its ENV. So nothing the server needs may live outside what the
 * image ships: not src/, not the TypeScript toolchain, not a file found only from the repository.
 */
function layOutRuntimeStage(): { root: string; args: string[]; env: Record<string, string> } {
  const stages = readDockerfile();
  const runtime = stages.at(-1)!;
  const workdir = workdirOf(runtime);
  const root = makeTempDir();
  for (const copy of copiesOf(runtime)) {
    const buildWorkdir = workdirOf(stages.find((stage) => stage.name === copy.from)!);
    for (const source of copy.sources) {
      const from = path.join(REPO_ROOT, path.posix.relative(buildWorkdir, source));
      const to = path.join(root, path.posix.relative(workdir, path.posix.resolve(workdir, copy.destination)));
      fs.mkdirSync(path.dirname(to), { recursive: true });
      // node_modules is what `npm prune --omit=dev` leaves; linking the checkout's is enough to
      // run (it has more, never less), and copying it would take minutes.
      if (path.basename(source) === 'node_modules') fs.symlinkSync(from, to, 'dir');
      else fs.cpSync(from, to, { recursive: true });
    }
  }
  const cmd = execForm(instructions(runtime, 'CMD').at(-1)!.args)!;
  expect(cmd[0]).toBe('node');
  return { root, args: cmd.slice(1), env: environmentOf(runtime) };
}

function migrationsLogged(output: string): string[] | undefined {
  const line = output.split('\n').find((text) => text.includes('"msg":"database migrated"'));
  return line ? (JSON.parse(line) as { migrations: string[] }).migrations : undefined;
}

describe(`the Docker image's runtime files, run as its CMD runs them (${databaseKind})`, () => {
  let server: ServerProcess | undefined;
  let root: string | undefined;
  afterEach(async () => {
    await server?.stop('SIGKILL');
    server = undefined;
    // A copy of dist/ each run: not left behind. The node_modules link goes, not what it points to.
    if (root) fs.rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  it('migrate a new database, store and serve a report, and stop with exit code 0 on SIGTERM, as one process', {
    timeout: 120_000,
  }, async () => {
    const image = layOutRuntimeStage();
    root = image.root;
    expect(fs.existsSync(path.join(image.root, 'src')), 'the image ships no sources').toBe(false);
    const databaseFile = path.join(image.root, 'data', 'dupligraph.db');
    fs.mkdirSync(path.dirname(databaseFile));

    server = await startServerProcess({ ...image.env, HOST: '127.0.0.1', PORT: '0', ...testStorageEnv(databaseFile) }, 90_000, {
      args: image.args,
      cwd: image.root,
    });
    // The pid that gets the stop signal is the one that listens: no wrapper in between.
    expect(server.listens()).toBe(true);
    // Every migration the image ships, found from dist/ whatever the working directory.
    const shipped = path.join(image.root, 'prisma', ...(onPostgres ? ['postgres'] : []), 'migrations');
    expect(migrationsLogged(server.output())).toEqual(
      fs
        .readdirSync(shipped, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort(),
    );

    const upload = await fetch(`${server.url}/api/upload`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(buildDuplicatiReport({ serverName: 'image-host', backupName: 'Image job' })),
    });
    expect(await upload.json()).toEqual({ success: true });
    const summary = await fetch(`${server.url}/api/summary`);
    expect(await summary.json()).toMatchObject({ totalServers: 1, totalBackupsRuns: 1 });
    // GraphiQL's assets, inlined into its page, and its icon come from the image's node_modules.
    const graphiql = await fetch(`${server.url}/graphql`, { headers: { Accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toContain('YogaGraphiQL.renderYogaGraphiQL');
    const icon = await fetch(`${server.url}/favicon.ico`);
    expect([icon.status, icon.headers.get('content-type')]).toEqual([200, 'image/x-icon']);
    // The dashboard's committed build, copied into the image and read from beside dist/.
    const dashboard = await fetch(`${server.url}/`);
    expect(dashboard.status).toBe(200);
    const script = /\/dashboard\/(app-[A-Z0-9]+\.js)/.exec(await dashboard.text())?.[1];
    expect(script, 'the page names its script').toBeDefined();
    expect((await fetch(`${server.url}/dashboard/${script}`)).status).toBe(200);

    expect(await server.stop('SIGTERM')).toBe(0);
    expect(server.output()).toContain('"signal":"SIGTERM","msg":"shutting down"');
  });
});

/** The packages a compiled file imports by name (not relative paths), scoped names kept whole. */
function packagesImportedBy(code: string): string[] {
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"./][^'"]*)['"]/g)].map((match) => match[1]!);
  return specifiers
    .filter((specifier) => !isBuiltin(specifier))
    .map((specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    );
}

function compiledFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => path.join(dir, file));
}

describe('the compiled server', () => {
  // The test above runs on this checkout's node_modules, dev dependencies included; the image has
  // only what `npm prune --omit=dev` leaves. What the server imports must be among those.
  it('imports only packages that are production dependencies, which the image keeps', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const imported = new Map<string, string>();
    for (const file of compiledFiles(path.join(REPO_ROOT, 'dist'))) {
      for (const name of packagesImportedBy(fs.readFileSync(file, 'utf8'))) imported.set(name, path.relative(REPO_ROOT, file));
    }
    expect(imported.size, 'dist/ was built by the global setup').toBeGreaterThan(0);
    const missing = [...imported]
      .filter(([name]) => !(name in manifest.dependencies))
      .map(([name, file]) => `${name} (imported by ${file})`);
    expect(missing, 'imported by the server but not in package.json "dependencies"').toEqual([]);
  });
});
