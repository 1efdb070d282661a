import fs from 'node:fs';
import path from 'node:path';

/**
 * Module specifiers a TypeScript file imports: `import … from`, `import type … from`,
 * `export … from` (each may span lines), side-effect `import '…'`, and `import('…')` (calls and
 * type positions). Read as text rather than parsed: a statement at the start of a line is what
 * counts, so commented-out imports (`//`, ` * `) are not; an `import('…')` inside a comment is,
 * which can only make the check stricter.
 */
export function importSpecifiers(source: string): string[] {
  const statements = /^[ \t]*(?:import|export)\b[^;'"`]*?\bfrom\s*['"]([^'"\n]+)['"]/gm;
  const sideEffects = /^[ \t]*import\s*['"]([^'"\n]+)['"]/gm;
  const dynamic = /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;
  return [statements, sideEffects, dynamic].flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!));
}

/**
 * The repository-relative path (`src/db/open-database.ts`) a relative specifier of `file` points
 * at; null for packages and `node:` modules.
 */
export function resolveSpecifier(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
}

/** Every `.ts` file under `dir` (repository-relative, `/`-separated), in a stable order. */
export function typeScriptFiles(repoRoot: string, dir: string): string[] {
  return (fs.readdirSync(path.join(repoRoot, dir), { recursive: true }) as string[])
    .map((name) => path.posix.join(dir, name.split(path.sep).join('/')))
    .filter((file) => file.endsWith('.ts'))
    .sort();
}
