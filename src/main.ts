import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { installProcessGuards } from './process-guards.ts';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await buildApp(config);
  installProcessGuards(process, { logger: app.logger, stop: () => app.stop(), exit: (code) => process.exit(code) });
  const url = await app.start();
  // The pid tells a supervisor (and the tests) which process to signal: the one that listens.
  app.logger.info({ url, graphql: `${url}/graphql`, database: app.database.location, pid: process.pid }, 'dupligraph listening');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        app.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('dupligraph failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
