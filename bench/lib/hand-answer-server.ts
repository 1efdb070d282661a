import path from 'node:path';
import { SERVER_ENTRY } from '../../test/support/repo-process.ts';
import { startListeningChild } from './bare-http-server.ts';
import type { BareServer } from './bare-http-server.ts';
import { REPO_ROOT } from './server-process.ts';

/** The V8 flags dupligraph runs with (everything before its script), so both heaps are the same size. */
const SERVER_FLAGS = SERVER_ENTRY.slice(0, -1);

/** bench/hand-answers.ts on `databaseFile`, in its own process like the server it is compared with. */
export function startHandAnswerServer(databaseFile: string): Promise<BareServer> {
  return startListeningChild((port) => [
    ...SERVER_FLAGS,
    '--import',
    'tsx',
    path.join(REPO_ROOT, 'bench', 'hand-answers.ts'),
    databaseFile,
    String(port),
  ]);
}
