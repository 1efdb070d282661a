import type http from 'node:http';
import type { Config } from '../config.ts';
import type { DatabaseProbe } from '../db/health-probe.ts';
import type { Db } from '../db/types.ts';
import type { Ingest } from '../domain/ingest.ts';
import { GRAPHQL_PATH } from '../graphql/yoga.ts';
import type { GraphQLServer } from '../graphql/yoga.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import { accessFor } from '../security/tokens.ts';
import type { Access, UrlTokenGrant } from '../security/tokens.ts';
import { corsHeadersFor } from './cors-headers.ts';
import { isDashboardPath, serveDashboard } from './dashboard-files.ts';
import { sendDuplistatusHealth, sendPing } from './duplistatus-monitor-routes.ts';
import { summarizeErrorForLog } from './error-summary.ts';
import { handleExternalApi, matchExternalApiRoute } from './external-api-routes.ts';
import { FAVICON_PATH, graphiqlFavicon } from './graphiql.ts';
import { sendJson } from './json-response.ts';
import { answerPlainJsonOperation, plainJsonOperation } from './plain-json-operation.ts';
import { BodyTooLargeError, ClientGoneError, readBody } from './read-body.ts';
import { requestCredentials, requestIdFor } from './request-identity.ts';
import { hostHeaderProblem, parseRequestTarget } from './request-target.ts';
import type { RequestTarget } from './request-target.ts';
import { handleUpload } from './upload-route.ts';

export interface RequestHandlerDeps {
  config: Config;
  prisma: Db;
  yoga: GraphQLServer;
  ingest: Ingest;
  metrics: Metrics;
  logger: Logger;
  now: () => Date;
  /** For `/api/health` (src/db/health-probe.ts). */
  probeDatabase: () => Promise<DatabaseProbe>;
}

type Route =
  | 'graphql'
  | 'upload'
  | 'health'
  | 'api-health'
  | 'ping'
  | 'metrics'
  | 'external-api'
  | 'favicon'
  | 'dashboard'
  | 'not-found'
  | 'bad-target';

/**
 * Every HTTP request: a request id (echoed in X-Request-Id and every log line), one access
 * decision from its token, then the route. Tokens are never logged: the log gets the path, not
 * the query string.
 *
 * Nothing a request carries may end the process: the target is parsed without throwing, and
 * whatever still throws, synchronously or later, is answered with a 500 and logged under the
 * request id (the last-resort guard below).
 */
export function createRequestHandler(deps: RequestHandlerDeps): http.RequestListener {
  const { logger, metrics } = deps;
  return (req, res) => {
    const requestId = requestIdFor(req);
    res.setHeader('X-Request-Id', requestId);
    const target = parseRequestTarget(req.url);
    const route: Route = target ? routeOf(target.pathname) : 'bad-target';
    const stopTimer = metrics.requestSeconds.startTimer({ route });
    res.once('close', () => {
      stopTimer();
      metrics.requests.inc({ route, status: String(res.statusCode) });
      logger.info({ reqId: requestId, method: req.method, path: target?.pathname ?? null, status: res.statusCode }, 'request');
    });

    const lastResort = (error: unknown) => {
      // An upload's error can quote the report (src/http/error-summary.ts); others are logged whole.
      logger.error(
        { reqId: requestId, route, err: route === 'upload' ? summarizeErrorForLog(error) : error },
        'request failed unexpectedly',
      );
      if (res.headersSent) return void res.destroy();
      // duplistatus's words on /api/upload, which scripts may match on.
      const message = route === 'upload' ? 'Failed to process backup data' : 'Internal server error';
      sendJson(res, 500, { error: message, requestId });
    };
    try {
      const pending = serveRoute(req, res, route, target, { ...deps, requestId });
      pending?.catch(lastResort);
    } catch (error) {
      lastResort(error);
    }
  };
}

type RouteDeps = RequestHandlerDeps & { requestId: string };

function serveRoute(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  route: Route,
  target: RequestTarget | null,
  deps: RouteDeps,
): Promise<unknown> | void {
  const { config, logger, requestId } = deps;
  if (route === 'bad-target' || !target) {
    return sendJson(
      res,
      400,
      { error: 'Invalid request target: expected a path such as /graphql or /api/upload' },
      { Connection: 'close' },
    );
  }
  const access = accessFor(requestCredentials(req, target.searchParams, urlTokenGrant(route, req.method)), config.tokens);

  switch (route) {
    case 'graphql':
      return serveGraphQL(req, res, target, { ...deps, access });
    case 'health':
      if (!isReadMethod(req.method)) return sendReadOnlyMethodError(res);
      return deps.prisma.$queryRaw`SELECT 1`.then(
        () => sendJson(res, 200, { status: 'ok' }),
        (error: unknown) => {
          logger.error({ reqId: requestId, err: error }, 'health check failed');
          sendJson(res, 503, { status: 'unavailable', database: 'down', error: 'database is not answering' });
        },
      );
    case 'api-health':
      if (!isReadMethod(req.method)) return sendReadOnlyMethodError(res);
      return sendDuplistatusHealth(res, {
        probe: deps.probeDatabase,
        now: deps.now,
        logger,
        requestId,
        exposeErrorDetails: config.exposeErrorDetails,
      });
    case 'ping':
      if (!isReadMethod(req.method)) return sendReadOnlyMethodError(res);
      return sendPing(res);
    case 'metrics':
      if (!isReadMethod(req.method)) return sendReadOnlyMethodError(res);
      if (!access.read) return sendJson(res, 401, { error: readTokenMessage(target) });
      return deps.metrics.registry.metrics().then((text) => {
        res.writeHead(200, { 'Content-Type': deps.metrics.registry.contentType });
        res.end(text);
      });
    case 'upload':
      if (!access.upload) return sendJson(res, 401, { error: uploadTokenMessage(target, config) });
      return handleUpload(req, res, { maxBytes: config.uploadMaxBytes, ingest: deps.ingest, logger, requestId });
    case 'external-api': {
      if (!access.read) return sendJson(res, 401, { error: readTokenMessage(target) });
      const match = matchExternalApiRoute(target.pathname)!;
      return handleExternalApi(req, res, match, { db: deps.prisma, now: deps.now, logger });
    }
    case 'favicon':
      if (!isReadMethod(req.method)) return sendReadOnlyMethodError(res);
      // Browsers ask for it on every page of this server, GraphiQL's included; it holds no data.
      return graphiqlFavicon().then((icon) => {
        res.writeHead(200, { 'Content-Type': 'image/x-icon', 'Content-Length': icon.length, 'Cache-Control': 'public, max-age=86400' });
        res.end(req.method === 'HEAD' ? undefined : icon);
      });
    case 'dashboard':
      return serveDashboard(req, res, target.pathname);
    case 'not-found':
      return sendJson(res, 404, { error: `Not found: ${target.pathname}` });
  }
}

/** The one right a `?token=` may carry on this request (src/security/tokens.ts), if any. */
function urlTokenGrant(route: Route, method: string | undefined): UrlTokenGrant | null {
  if (route === 'upload') return 'upload';
  if (route === 'graphql' && method === 'GET') return 'read';
  return null;
}

function readTokenMessage(target: RequestTarget): string {
  const base = 'This server requires a read token: send "Authorization: Bearer <READ_TOKEN>"';
  return target.searchParams.has('token')
    ? `${base}. A token in the URL is accepted only on GET /graphql (for EventSource), never the admin token`
    : `${base} (or ?token=<READ_TOKEN> on GET /graphql, for EventSource)`;
}

function uploadTokenMessage(target: RequestTarget, config: Config): string {
  const base = 'Upload token required: add ?token=<UPLOAD_TOKEN> to --send-http-url, or send "Authorization: Bearer <UPLOAD_TOKEN>"';
  const urlToken = target.searchParams.get('token');
  // Saying that the admin token was recognised tells nothing to someone who already holds it.
  if (urlToken && accessFor({ bearer: urlToken }, config.tokens).admin) {
    return `${base}. The admin token is accepted only in the Authorization header, never in a URL (URLs end up in logs)`;
  }
  return base;
}

function isReadMethod(method: string | undefined): boolean {
  return method === 'GET' || method === 'HEAD';
}

function sendReadOnlyMethodError(res: http.ServerResponse): void {
  sendJson(res, 405, { error: 'Method not allowed: this endpoint only answers GET and HEAD' }, { Allow: 'GET, HEAD' });
}

function routeOf(path: string): Route {
  if (path === GRAPHQL_PATH) return 'graphql';
  if (path === '/api/upload') return 'upload';
  if (path === '/health') return 'health';
  if (path === '/api/health') return 'api-health';
  if (path === '/api/ping') return 'ping';
  if (path === '/metrics') return 'metrics';
  if (path === FAVICON_PATH) return 'favicon';
  if (matchExternalApiRoute(path)) return 'external-api';
  if (isDashboardPath(path)) return 'dashboard';
  return 'not-found';
}

function serveGraphQL(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  target: RequestTarget,
  deps: RouteDeps & { access: Access },
): Promise<unknown> | void {
  const { config } = deps;
  const cors = corsHeadersFor(req, config.corsOrigins);
  const badHost = hostHeaderProblem(req, target.originForm);
  if (badHost) return sendGraphQLError(res, 400, badHost, cors);
  // Yoga reads req.url itself; an absolute-form target would become part of its path.
  req.url = target.originForm;
  if (req.method === 'POST') {
    const declared = req.headers['content-length'];
    if (declared === undefined) {
      return sendGraphQLError(res, 411, 'A GraphQL POST needs a Content-Length header (chunked bodies are not accepted)', cors);
    }
    if (Number(declared) > config.graphqlMaxBytes) {
      return sendGraphQLError(res, 413, graphqlBodyTooLarge(config), {
        ...cors,
        Connection: 'close',
      });
    }
  }
  // A CORS preflight carries no token by design (browsers never send credentials on it) and
  // returns no data; Yoga answers it with the CORS headers the real request then needs.
  if (!deps.access.read && req.method !== 'OPTIONS' && !isGraphiQLPage(req, target)) {
    return sendGraphQLError(res, 401, readTokenMessage(target), { ...cors, 'WWW-Authenticate': 'Bearer' });
  }
  const context = { requestId: deps.requestId, access: deps.access };
  if (req.method !== 'POST' || Number(req.headers['content-length']) === 0) return Promise.resolve(deps.yoga(req, res, context));
  return readBody(req, config.graphqlMaxBytes).then(
    (body) => {
      const operation = plainJsonOperation(req, body);
      if (operation) return answerPlainJsonOperation(deps.yoga, req, res, operation, context);
      // @whatwg-node/server (Yoga's Node adapter) takes a `body` already read off the request as is.
      (req as http.IncomingMessage & { body?: Buffer }).body = body;
      return deps.yoga(req, res, context);
    },
    (error: unknown) => {
      // A client that left mid-body has no one to answer.
      if (error instanceof ClientGoneError) return;
      if (!(error instanceof BodyTooLargeError)) throw error;
      sendGraphQLError(res, 413, graphqlBodyTooLarge(config), { ...cors, Connection: 'close' });
    },
  );
}

function graphqlBodyTooLarge(config: Config): string {
  return `Request body too large: the limit is ${config.graphqlMaxBytes} bytes (GRAPHQL_MAX_BYTES)`;
}

/** The GraphiQL page itself holds no data; with a read token the user enters it in its headers tab. */
function isGraphiQLPage(req: http.IncomingMessage, target: RequestTarget): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !target.searchParams.has('query');
}

function sendGraphQLError(res: http.ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code: `HTTP_${status}` } }] }, headers);
}
