import type { ServerResponse } from 'node:http';
import type { DatabaseProbe } from '../db/health-probe.ts';
import type { Logger } from '../logger.ts';
import { sendJson } from './json-response.ts';

/**
 * duplistatus's two monitoring URLs, for the uptime monitors and container health checks written
 * for it (docs/compatibility/operations.md, "Health"): `GET /api/ping` and `GET /api/health`,
 * without login, with duplistatus's bodies, status codes and cache headers. `/health` stays our
 * own short answer.
 */

const NO_CACHE_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store, no-cache, must-revalidate',
  Pragma: 'no-cache',
};

/** The process answers; nothing else is checked (duplistatus's web UI polls it for connectivity). */
export function sendPing(res: ServerResponse): void {
  sendJson(res, 200, { ok: true }, NO_CACHE_HEADERS);
}

export interface DuplistatusHealthDeps {
  probe: () => Promise<DatabaseProbe>;
  now: () => Date;
  logger: Logger;
  requestId: string;
  /** EXPOSE_ERROR_DETAILS: the database's own error messages go out instead of a pointer to the log. */
  exposeErrorDetails: boolean;
}

export async function sendDuplistatusHealth(res: ServerResponse, deps: DuplistatusHealthDeps): Promise<void> {
  const probe = await deps.probe();
  const errorText = (error: unknown) =>
    deps.exposeErrorDetails
      ? error instanceof Error
        ? error.message
        : String(error)
      : `the server log has the details under request id ${deps.requestId}`;
  const answer = describeHealth(probe, deps.now().toISOString(), errorText);
  if (answer.status !== 200) {
    const errors = probe.reachable
      ? { readsError: probe.readsError, connectionError: probe.connection.healthy ? undefined : probe.connection.error }
      : { err: probe.error };
    deps.logger.error({ reqId: deps.requestId, body: answer.body, ...errors }, 'health check found a problem');
  }
  sendJson(res, answer.status, answer.body, NO_CACHE_HEADERS);
}

/**
 * duplistatus's health answer, field for field: "healthy" (200) when the database answers, has
 * every table, serves reads and has a sound connection; "degraded" (503) when it answers but one
 * of those fails, with an `…Error` field per failure; "unhealthy" (503) when it does not answer.
 * Our checks stand in for its own (its prepared statements are our model reads, its
 * initialization our migrations).
 */
export function describeHealth(
  probe: DatabaseProbe,
  timestamp: string,
  errorText: (error: unknown) => string,
): { status: 200 | 503; body: Record<string, unknown> } {
  if (!probe.reachable) {
    return {
      status: 503,
      body: { status: 'unhealthy', error: 'Database connection failed', message: errorText(probe.error), timestamp },
    };
  }
  const preparedStatements = probe.readsError === null;
  const initializationComplete = probe.missingTables.length === 0;
  const connectionHealth = probe.connection.healthy;
  const healthy = preparedStatements && initializationComplete && connectionHealth;
  const body: Record<string, unknown> = {
    status: healthy ? 'healthy' : 'degraded',
    database: 'connected',
    basicConnection: true,
    tablesFound: probe.tables.length,
    tables: probe.tables,
    preparedStatements,
    initializationStatus: initializationComplete ? 'complete' : 'failed',
    initializationComplete,
    connectionHealth,
    timestamp,
  };
  if (!preparedStatements) body.preparedStatementsError = errorText(probe.readsError);
  if (!initializationComplete) {
    body.initializationError = `Missing tables: ${probe.missingTables.join(', ')} (the migrations did not all run, or a table was dropped)`;
  }
  if (!probe.connection.healthy) {
    const { problem, error } = probe.connection;
    body.connectionHealthError = error === undefined ? problem : `${problem}: ${errorText(error)}`;
  }
  if (probe.connection.details) body.connectionDetails = probe.connection.details;
  return { status: healthy ? 200 : 503, body };
}
