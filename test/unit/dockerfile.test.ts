import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copiesOf, execForm, instructions, readDockerfile } from '../support/dockerfile.ts';
import { REPO_ROOT, SERVER_ENTRY } from '../support/repo-process.ts';

/**
 * Node's LTS lines: when each became LTS and when it reaches its end of life (the Node.js release
 * schedule). A line missing here fails the test below until its dates are added.
 */
const NODE_LTS_LINES: Record<number, { lts: string; endOfLife: string }> = {
  20: { lts: '2023-10-24', endOfLife: '2026-04-30' },
  22: { lts: '2024-10-29', endOfLife: '2027-04-30' },
  24: { lts: '2025-10-28', endOfLife: '2028-04-30' },
  26: { lts: '2026-10-28', endOfLife: '2029-04-30' },
};

const stages = readDockerfile();
const runtime = stages.at(-1)!;
const build = stages.find((stage) => stage.name === 'build');

function nodeMajorOf(image: string): number {
  const match = /^node:(\d+)(?:\.\d+){0,2}-(bookworm|trixie)-slim$/.exec(image);
  if (!match) throw new Error(`${image}: expected node:<major>-bookworm-slim or node:<major>-trixie-slim`);
  return Number(match[1]);
}

describe('the Dockerfile', () => {
  it('builds and runs on one Node LTS line that is still supported today', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const stage of stages) {
      const major = nodeMajorOf(stage.image);
      const line = NODE_LTS_LINES[major];
      expect(
        line,
        `${stage.image}: Node ${major} is not a known LTS line (odd lines never are; add a new one's dates to NODE_LTS_LINES)`,
      ).toBeDefined();
      expect(today >= line!.lts, `${stage.image}: Node ${major} becomes LTS only on ${line!.lts}`).toBe(true);
      expect(
        today < line!.endOfLife,
        `${stage.image}: Node ${major} reached its end of life on ${line!.endOfLife}; move the image to a supported LTS`,
      ).toBe(true);
    }
    // better-sqlite3 is compiled in the build stage for the Node that runs it.
    expect(new Set(stages.map((stage) => stage.image)).size, 'every stage on the same Node image').toBe(1);
  });

  it('starts the compiled server with node itself: no npm, tsx or shell between the stop signal and the server', () => {
    const cmd = instructions(runtime, 'CMD').at(-1);
    expect(cmd, 'the runtime stage has a CMD').toBeDefined();
    expect(execForm(cmd!.args), 'CMD in exec form, so no shell is in between').toEqual(['node', ...SERVER_ENTRY]);
    // The base image's entrypoint execs its arguments; one of our own would come in between.
    expect(instructions(runtime, 'ENTRYPOINT')).toEqual([]);
    expect(instructions(runtime, 'STOPSIGNAL').map(({ args }) => args)).toEqual(['SIGTERM']);
  });

  it('runs the file the build makes of src/main.ts', () => {
    const buildConfig = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'tsconfig.build.json'), 'utf8')) as {
      compilerOptions: { rootDir: string; outDir: string };
    };
    const { rootDir, outDir } = buildConfig.compilerOptions;
    expect(path.join(rootDir, 'main.ts')).toBe(path.join('src', 'main.ts'));
    expect(SERVER_ENTRY.at(-1)).toEqual(path.posix.join(outDir, 'main.js'));
    const scripts = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
      .scripts;
    expect(scripts.build).toContain('tsc -p tsconfig.build.json');
  });

  it('compiles before it drops the dev dependencies, and ships only what the server runs', () => {
    expect(build, 'a stage named build').toBeDefined();
    const runs = instructions(build!, 'RUN').map(({ args }) => args);
    const compiled = runs.findIndex((args) => args.includes('npm run build'));
    const pruned = runs.findIndex((args) => /npm prune --omit=dev/.test(args));
    expect(compiled, 'RUN npm run build').toBeGreaterThanOrEqual(0);
    expect(pruned, 'npm prune --omit=dev after the build (TypeScript is a dev dependency)').toBeGreaterThan(compiled);

    const shipped = copiesOf(runtime).flatMap((copy) => {
      expect(copy.from, `${copy.sources.join(' ')}: the runtime stage takes files from the build stage only`).toBe('build');
      return copy.sources;
    });
    expect(shipped.sort()).toEqual([
      '/app/dashboard/dist',
      '/app/dist',
      '/app/node_modules',
      '/app/package.json',
      '/app/prisma/migrations',
      '/app/prisma/postgres/migrations',
    ]);
  });

  it('runs as the unprivileged node user, keeps its data on a volume and has a health check', () => {
    expect(instructions(runtime, 'USER').at(-1)?.args).toBe('node');
    expect(instructions(runtime, 'VOLUME').map(({ args }) => args)).toEqual(['["/data"]']);
    expect(instructions(runtime, 'HEALTHCHECK').at(-1)?.args).toContain('/health');
  });
});
