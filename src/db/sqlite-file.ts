import fs from 'node:fs';
import path from 'node:path';

/** `file:./data/x.db` → absolute path, resolved against the process cwd as Prisma does (STACK.md). */
export function sqlitePathFromUrl(databaseUrl: string): string {
  const withoutScheme = databaseUrl.replace(/^file:/, '');
  const withoutQuery = withoutScheme.split('?')[0] ?? withoutScheme;
  return path.resolve(withoutQuery);
}

export function ensureParentDirectory(filePath: string): void {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
}
