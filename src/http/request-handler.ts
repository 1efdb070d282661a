import type http from 'node:http';
import type { Config } from '../config.ts';
import type { Db } from '../db/types.ts';
import type { IngestOutcome } from '../domain/ingest.ts';
import { GRAPHQL_PATH } from '../graphql/yoga.ts';
import type { GraphQLServer } from '../graphql/yoga.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import { accessFor } from '../security/tokens.ts';
import type { Access } from '../security/tokens.ts';
import { handleExternalApi, matchExternalApiRoute } from './external-api-routes.ts';
import { sendJson } from './json-response.ts';
import { requestIdFor, requestToken } from './request-identity.ts';
import { handleUpload } from './upload-route.ts';

export interface RequestHandlerDeps {
  config: Config;
  prisma: Db;
  yoga: GraphQLServer;
  ingest: (report: unknown) => Promise<IngestOutcome>;
  metrics: Metrics;
  logger: Logger;
  now: () => Date;
}

type Route = 'graphql' | 'upload' | 'health' | 'metrics' | 'external-api' | 'not-found';

/**
 * Every HTTP request: a request id (echoed in X-Request-Id and every log line), one access
 * decision from its token, then the route. Tokens are never logged: the log gets the path, not
 * the query string.
 */
export function createRequestHandler(deps: RequestHandlerDeps): http.RequestListener {
  const { config, logger, metrics } = deps;
  return (req, res) => {
    const requestId = requestIdFor(req);
    res.setHeader('X-Request-Id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const access = accessFor(requestToken(req, url), config.tokens);
    const route = routeOf(url.pathname);
    const stopTimer = metrics.requestSeconds.startTimer({ route });
    res.once('close', () => {
      stopTimer();
      metrics.requests.inc({ route, status: String(res.statusCode) });
      logger.info({ reqId: requestId, method: req.method, path: url.pathname, status: res.statusCode }, 'request');
    });

    const fail = (error: unknown, body: Record<string, unknown>) => {
      logger.error({ reqId: requestId, err: error }, `${route} route failed`);
      if (!res.headersSent) sendJson(res, 500, body);
    };

    switch (route) {
      case 'graphql':
        return serveGraphQL(req, res, { ...deps, requestId, access });
      case 'health':
        deps.prisma.$queryRaw`SELECT 1`.then(
          () => sendJson(res, 200, { status: 'ok' }),
          (error: unknown) => {
            logger.error({ reqId: requestId, err: error }, 'health check failed');
            sendJson(res, 503, { status: 'unavailable', error: 'database is not answering' });
          },
        );
        return;
      case 'metrics':
        if (!access.read) return sendJson(res, 401, { error: readTokenMessage });
        metrics.registry.metrics().then(
          (text) => {
            res.writeHead(200, { 'Content-Type': metrics.registry.contentType });
            res.end(text);
          },
          (error: unknown) => fail(error, { error: 'Failed to collect metrics' }),
        );
        return;
      case 'upload':
        if (!access.upload) {
          return sendJson(res, 401, {
            error: 'Upload token required: add ?token=<UPLOAD_TOKEN> to --send-http-url, or send "Authorization: Bearer <UPLOAD_TOKEN>"',
          });
        }
        handleUpload(req, res, { maxBytes: config.uploadMaxBytes, ingest: deps.ingest, logger }).catch((error: unknown) =>
          fail(error, { error: 'Failed to process backup data' }),
        );
        return;
      case 'external-api': {
        if (!access.read) return sendJson(res, 401, { error: readTokenMessage });
        const match = matchExternalApiRoute(url.pathname)!;
        handleExternalApi(req, res, match, { db: deps.prisma, now: deps.now, logger }).catch((error: unknown) =>
          fail(error, { error: 'Internal server error' }),
        );
        return;
      }
      case 'not-found':
        return sendJson(res, 404, { error: `Not found: ${url.pathname}` });
    }
  };
}

const readTokenMessage = 'This server requires a read token: send "Authorization: Bearer <READ_TOKEN>" (or ?token=)';

function routeOf(path: string): Route {
  if (path === GRAPHQL_PATH) return 'graphql';
  if (path === '/api/upload') return 'upload';
  if (path === '/health' || path === '/api/health') return 'health';
  if (path === '/metrics') return 'metrics';
  if (matchExternalApiRoute(path)) return 'external-api';
  return 'not-found';
}

function serveGraphQL(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  deps: RequestHandlerDeps & { requestId: string; access: Access },
): void {
  const { config } = deps;
  if (req.method === 'POST') {
    const declared = req.headers['content-length'];
    if (declared === undefined) {
      return sendGraphQLError(res, 411, 'A GraphQL POST needs a Content-Length header (chunked bodies are not accepted)');
    }
    if (Number(declared) > config.graphqlMaxBytes) {
      return sendGraphQLError(res, 413, `Request body too large: the limit is ${config.graphqlMaxBytes} bytes (GRAPHQL_MAX_BYTES)`, {
        Connection: 'close',
      });
    }
  }
  if (!deps.access.read && !isGraphiQLPage(req)) {
    return sendGraphQLError(res, 401, readTokenMessage, { 'WWW-Authenticate': 'Bearer' });
  }
  void deps.yoga(req, res, { requestId: deps.requestId, access: deps.access });
}

/** The GraphiQL page itself holds no data; with a read token the user enters it in its headers tab. */
function isGraphiQLPage(req: http.IncomingMessage): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !(req.url ?? '').includes('query=');
}

function sendGraphQLError(res: http.ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code: `HTTP_${status}` } }] }, headers);
}
