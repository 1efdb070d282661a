import type { IncomingMessage } from 'node:http';
import { BodyTooLargeError } from './read-body.ts';

/**
 * A GraphQL POST's body, read here rather than by Yoga: Yoga's Node adapter would wrap the socket
 * in a WHATWG ReadableStream, pipe it through a TransformStream that counts bytes, and collect it
 * again, several times the CPU of the operation itself for a small query. Handed over as the
 * request's `body`, it goes to Yoga as one buffer (src/http/request-handler.ts).
 *
 * The caller has checked Content-Length against the limit already; the running total is checked
 * too, so the limit holds whatever the header said. Null when the client went away (reset or
 * timed out) before sending it all: there is no one left to answer.
 */
export function readGraphQLBody(req: IncomingMessage, limitBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const settle = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onGone);
      req.off('close', onGone);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total <= limitBytes) {
        chunks.push(chunk);
        return;
      }
      settle();
      req.pause();
      reject(new BodyTooLargeError(limitBytes));
    };
    const onEnd = () => {
      settle();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total));
    };
    const onGone = () => {
      settle();
      resolve(null);
    };
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onGone);
    req.once('close', onGone);
  });
}
