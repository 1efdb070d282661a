import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './repo-process.ts';

/**
 * The repository's Dockerfile read as text, enough to check it and to lay out its runtime stage
 * without a Docker engine (none runs on these machines): instructions with their continuation
 * lines joined, grouped by stage.
 */
export interface DockerInstruction {
  keyword: string;
  args: string;
}

export interface DockerStage {
  /** The image after FROM, e.g. `node:24-bookworm-slim`. */
  image: string;
  name: string | undefined;
  instructions: DockerInstruction[];
}

export function readDockerfile(file = path.join(REPO_ROOT, 'Dockerfile')): DockerStage[] {
  const stages: DockerStage[] = [];
  for (const { keyword, args } of instructionsOf(fs.readFileSync(file, 'utf8'))) {
    if (keyword === 'FROM') {
      const match = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!match) throw new Error(`unreadable FROM: ${args}`);
      stages.push({ image: match[1]!, name: match[2], instructions: [] });
    } else {
      const stage = stages.at(-1);
      if (!stage) throw new Error(`${keyword} before any FROM`);
      stage.instructions.push({ keyword, args });
    }
  }
  return stages;
}

function instructionsOf(text: string): DockerInstruction[] {
  const instructions: DockerInstruction[] = [];
  let pending = '';
  for (const line of text.split('\n')) {
    // Comment lines, parser directives included, are dropped even inside a continued instruction.
    if (/^\s*#/.test(line)) continue;
    const continued = /\\\s*$/.test(line);
    pending += `${continued ? line.replace(/\\\s*$/, '') : line} `;
    if (continued) continue;
    const whole = pending.trim();
    pending = '';
    if (!whole) continue;
    const [keyword, ...rest] = whole.split(/\s+/);
    instructions.push({ keyword: keyword!.toUpperCase(), args: rest.join(' ') });
  }
  return instructions;
}

export function instructions(stage: DockerStage, keyword: string): DockerInstruction[] {
  return stage.instructions.filter((instruction) => instruction.keyword === keyword);
}

/** The arguments of a JSON (exec) form such as `["node", "dist/main.js"]`; null for the shell form. */
export function execForm(args: string): string[] | null {
  if (!args.trimStart().startsWith('[')) return null;
  const parsed: unknown = JSON.parse(args);
  return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : null;
}

/** The variables a stage's ENV instructions set (`KEY=value` pairs, unquoted). */
export function environmentOf(stage: DockerStage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { args } of instructions(stage, 'ENV')) {
    for (const pair of args.split(/\s+/)) {
      const at = pair.indexOf('=');
      if (at <= 0) throw new Error(`ENV with something other than KEY=value pairs: ${args}`);
      env[pair.slice(0, at)] = pair.slice(at + 1);
    }
  }
  return env;
}

export interface DockerCopy {
  from: string | undefined;
  sources: string[];
  destination: string;
}

export function copiesOf(stage: DockerStage): DockerCopy[] {
  return instructions(stage, 'COPY').map(({ args }) => {
    const words = args.split(/\s+/);
    const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length);
    const paths = words.filter((word) => !word.startsWith('--'));
    return { from, sources: paths.slice(0, -1), destination: paths.at(-1)! };
  });
}

/** The last WORKDIR of a stage: where relative paths of COPY and CMD point. */
export function workdirOf(stage: DockerStage): string {
  const workdir = instructions(stage, 'WORKDIR').at(-1)?.args;
  if (!workdir) throw new Error(`stage ${stage.name ?? stage.image} has no WORKDIR`);
  return workdir;
}
