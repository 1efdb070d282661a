import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { makeTempDir } from './test-server.ts';

export interface ReceivedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A local HTTP receiver standing in for ntfy, Gotify, an Apprise API or a webhook endpoint: it
 * records every request, and answers with `status` (settable: 503 to play a channel that is down;
 * `hang` to never answer).
 */
export interface HttpReceiver {
  url: string;
  /** The requests it answered 200. */
  requests: ReceivedRequest[];
  /** Every request, whatever the answer (or none). */
  received: ReceivedRequest[];
  respond: { status: number; hang: boolean };
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

export async function startHttpReceiver(): Promise<HttpReceiver> {
  const requests: ReceivedRequest[] = [];
  const received: ReceivedRequest[] = [];
  const respond = { status: 200, hang: false };
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const request = { method: req.method!, url: req.url!, headers: req.headers, body };
      received.push(request);
      if (respond.hang) return;
      if (respond.status === 200) requests.push(request);
      res.writeHead(respond.status, { 'Content-Type': 'application/json' });
      res.end(respond.status === 200 ? '{"id":"ok"}' : '{"error":"down"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    received,
    respond,
    async waitFor(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (requests.length < count) {
        if (Date.now() > deadline) throw new Error(`receiver got ${requests.length} of ${count} requests within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A self-signed certificate for 127.0.0.1, made now with the openssl command (node:crypto makes no X.509). */
export function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = makeTempDir('dupligraph-cert-');
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=127.0.0.1'],
    {
      stdio: 'ignore',
    },
  );
  return { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) };
}

export interface ReceivedMail {
  mail: ParsedMail;
  /** The login used, and whether the session was upgraded to TLS before the message. */
  user: string | undefined;
  secure: boolean;
  envelopeTo: string[];
}

/** A real SMTP server (nodemailer's smtp-server) with STARTTLS and AUTH, on 127.0.0.1. */
export async function startSmtpReceiver(credentials: { user: string; pass: string }) {
  const mails: ReceivedMail[] = [];
  const { key, cert } = selfSignedCertificate();
  const server = new SMTPServer({
    key,
    cert,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.pass) return callback(null, { user: auth.username });
      return callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push({
            mail,
            user: session.user as string | undefined,
            secure: session.secure,
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    mails,
    async waitFor(count: number, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (mails.length < count) {
        if (Date.now() > deadline) throw new Error(`SMTP receiver got ${mails.length} of ${count} mails`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return mails;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
