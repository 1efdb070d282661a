import http from 'node:http';
import https from 'node:https';
import { DuplicatiError } from './errors.ts';

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export interface HttpRequestOptions {
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Accept a certificate no authority signed (the user chose to trust this server's). */
  trustSelfSigned: boolean;
  timeoutMs: number;
  /** A larger answer is refused rather than held in memory (a log page is a few MB at most). */
  maxBytes: number;
}

/** Node's codes for a certificate it would not accept. */
const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
]);

/**
 * One request with node:http(s), whose agent options (unlike Node 20's fetch) can trust one
 * server's self-signed certificate without trusting every other. Network failures become
 * DuplicatiError: `tls` for a certificate, `plain-http-refused` for a server that answered https
 * with plain http, `unreachable` for the rest.
 */
export function httpRequest(url: string, options: HttpRequestOptions): Promise<HttpAnswer> {
  const target = new URL(url);
  const isHttps = target.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const request = (isHttps ? https : http).request(
      target,
      {
        method: options.method,
        headers: { Accept: 'application/json', ...options.headers },
        timeout: options.timeoutMs,
        // A fresh connection per request: a kept-alive socket that the server closed while a page
        // was being stored (seconds, for 500 runs) fails the next request with ECONNRESET.
        agent: false,
        ...(isHttps ? { rejectUnauthorized: !options.trustSelfSigned } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            response.destroy();
            reject(
              new DuplicatiError(
                'failed',
                `${target.origin} sent more than ${options.maxBytes} bytes for ${target.pathname}`,
                target.origin,
              ),
            );
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', (error) => reject(networkFailure(error, target)));
      },
    );
    request.on('timeout', () => request.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
    request.on('error', (error) => reject(networkFailure(error, target)));
    if (options.body !== undefined) request.end(options.body);
    else request.end();
  });
}

function networkFailure(error: Error & { code?: string }, target: URL): DuplicatiError {
  if (error instanceof DuplicatiError) return error;
  const code = error.code ?? '';
  if (CERTIFICATE_CODES.has(code)) {
    return new DuplicatiError(
      'tls',
      `The certificate of ${target.origin} is not trusted (${code}): trust this server's self-signed certificate, or give it one a known authority signed`,
      target.origin,
    );
  }
  if (code === 'EPROTO' || code === 'ERR_SSL_WRONG_VERSION_NUMBER' || /wrong version number|packet length too long/i.test(error.message)) {
    return new DuplicatiError(
      'plain-http-refused',
      `${target.host} answers plain http, not https: give the address as http://${target.host} or allow http for this server (the password then travels unencrypted)`,
      target.origin,
    );
  }
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS')) {
    return new DuplicatiError('tls', `The TLS handshake with ${target.origin} failed (${code})`, target.origin);
  }
  return new DuplicatiError('unreachable', `${target.origin} cannot be reached (${code || error.message})`, target.origin);
}
