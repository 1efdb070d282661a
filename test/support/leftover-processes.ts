import { afterAll } from 'vitest';
import { killLeftoverProcesses } from './server-process.ts';

/**
 * After every test file (vitest.config.ts setupFiles): a process the file started and did not
 * stop is killed, and the file fails naming it. The global teardown checks the whole run again.
 */
afterAll(async () => {
  const leftovers = await killLeftoverProcesses();
  if (leftovers.length > 0) {
    throw new Error(
      `this file left ${leftovers.length} process(es) running; killed now:\n${leftovers.map((line) => `  ${line}`).join('\n')}`,
    );
  }
});
