import http from 'node:http';
import https from 'node:https';
import type { DeliveryOutcome } from './delivery-outcome.ts';
import { outcomeOfNetworkError, outcomeOfStatus } from './delivery-outcome.ts';

export interface HttpPost {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * node:http rather than fetch: a notification is one small POST, and fetch's stream and
 * Request/Response machinery cost several times the CPU of the request itself. Connections are
 * kept open between sends to the same channel.
 */
const agents = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};

/** Enough of an error answer to say what went wrong; the rest is read and dropped so the socket is freed. */
const KEPT_ANSWER_BYTES = 4_096;

/** One POST with a deadline; never throws. A redirect is an answer like any other 3xx: not followed, not retried. */
export function postOnce(request: HttpPost, timeoutMs: number, signal?: AbortSignal): Promise<DeliveryOutcome> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return Promise.resolve({ ok: false, retryable: false, responseCode: null, error: `not a URL: ${request.url}` });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.resolve({ ok: false, retryable: false, responseCode: null, error: `not an http(s) URL: ${request.url}` });
  }
  const body = Buffer.from(request.body, 'utf8');
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const outgoing = transport.request(url, {
      method: 'POST',
      agent: agents[url.protocol as keyof typeof agents],
      headers: { 'User-Agent': 'dupligraph', ...request.headers, 'Content-Length': String(body.length) },
      ...(signal ? { signal } : {}),
    });
    const deadline = setTimeout(() => outgoing.destroy(Object.assign(new Error('timed out'), { name: 'TimeoutError' })), timeoutMs);
    const settle = (outcome: DeliveryOutcome) => {
      clearTimeout(deadline);
      resolve(outcome);
    };
    outgoing.on('response', (answer) => {
      const status = answer.statusCode ?? 0;
      let kept = '';
      answer.setEncoding('utf8');
      answer.on('data', (chunk: string) => {
        if (kept.length < KEPT_ANSWER_BYTES) kept += chunk;
      });
      answer.on('end', () => settle(outcomeOfStatus(status, status >= 200 && status < 300 ? '' : kept)));
      answer.on('error', (error) => settle(outcomeOfNetworkError(error)));
    });
    outgoing.on('error', (error) => settle(outcomeOfNetworkError(error)));
    outgoing.end(body);
  });
}
