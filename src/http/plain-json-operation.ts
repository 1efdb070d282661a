import type http from 'node:http';
import { isAsyncIterable, processRegularResult } from 'graphql-yoga';
import type { GraphQLParams } from 'graphql-yoga';
import type { GraphQLServer, GraphQLServerContext } from '../graphql/yoga.ts';
import { graphqlParamsProblem } from '../graphql/plugins/params-safety.ts';

/**
 * The common GraphQL POST (JSON in, JSON out, from a script, a widget or a server rather than a
 * browser page, not a subscription) is answered by handing Yoga the parsed parameters: the same
 * `getResultForParams` Yoga runs itself (parameter checks, every envelop plugin, error masking,
 * result hooks), and Yoga's own `processRegularResult` for the status, headers and body. What it
 * skips is Yoga's HTTP layer around them: the Fetch emulation of node's request and response, the
 * request parsers, the cross-site check and content negotiation, which together cost about as much
 * CPU as a small operation itself. For such a request, each of those has one outcome, known here
 * before anything runs (`plainJsonOperation`); every other request goes through Yoga whole.
 */
export interface PlainJsonOperation {
  params: GraphQLParams;
  /** The media type Yoga's negotiation picks for a single result with this Accept header. */
  mediaType: 'application/json' | 'application/graphql-response+json';
}

const PARAM_NAMES = new Set(['query', 'variables', 'operationName', 'extensions']);

/**
 * The operation, when the request is one whose answer Yoga's HTTP layer would not change; null
 * to let Yoga have it. Nothing has run yet, so that costs nothing but the parse of the body.
 */
export function plainJsonOperation(req: http.IncomingMessage, body: Buffer): PlainJsonOperation | null {
  const { headers } = req;
  // With an Origin, CORS adds headers to the answer; without one it adds none.
  if (headers.origin !== undefined) return null;
  // Yoga's JSON parser takes exactly these; the cross-site check lets a JSON body through.
  const contentType = headers['content-type'];
  if (contentType !== 'application/json' && !contentType?.startsWith('application/json;')) return null;
  // For a single result Yoga picks the regular processor with the one type asked for.
  const accept = headers.accept;
  if (accept !== 'application/json' && accept !== 'application/graphql-response+json') return null;

  let params: unknown;
  try {
    params = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (!isPlainObject(params)) return null;
  for (const name in params) if (!PARAM_NAMES.has(name)) return null;
  const { query, variables, operationName, extensions } = params;
  if (typeof query !== 'string') return null;
  if (variables != null && !isPlainObject(variables)) return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  if (extensions != null && !isPlainObject(extensions)) return null;
  // A subscription's answer is a stream or a refusal with its own words: Yoga decides. No
  // subscription can be written without the word.
  if (query.includes('subscription')) return null;
  // Checked again by Yoga's onParams hook; a problem found there would escape getResultForParams.
  if (graphqlParamsProblem(params)) return null;
  return { params: params as GraphQLParams, mediaType: accept };
}

export async function answerPlainJsonOperation(
  yoga: GraphQLServer,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  operation: PlainJsonOperation,
  context: GraphQLServerContext,
): Promise<void> {
  // What Yoga's plugins may read of the request: its URL, method and headers (the body is read).
  const request = new yoga.fetchAPI.Request(`http://${req.headers.host ?? 'localhost'}${req.url}`, {
    method: 'POST',
    headers: req.headers as Record<string, string>,
  });
  const serverContext = { req, res, waitUntil: yoga.waitUntil, ...context };
  const result = await yoga.getResultForParams({ params: operation.params, request }, serverContext);
  if (!result || isAsyncIterable(result)) throw new Error('A query or mutation sent as JSON gave no single result');
  const response = processRegularResult(result, yoga.fetchAPI, operation.mediaType);
  const text = await response.text();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  headers['content-length'] = String(Buffer.byteLength(text));
  res.writeHead(response.status, headers);
  res.end(text);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
