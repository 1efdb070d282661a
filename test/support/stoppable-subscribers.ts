import http from 'node:http';
import type net from 'node:net';
import WebSocket from 'ws';
import { wsUrl } from './live-client.ts';

/**
 * Subscribers that can stop reading, for the slow-subscriber tests and the bench: a raw
 * graphql-transport-ws client on `ws`, and an SSE subscription on a plain HTTP request whose body
 * is read only when asked to. (graphql-ws' own client and fetch always read.)
 */

/** A graphql-transport-ws client on a raw `ws` socket, so a test can stop it reading. */
export interface RawWsSubscriber {
  localPort: number;
  nextMessages(): number;
  stopReading(): void;
  startReading(): void;
  closed: Promise<{ code: number; reason: string }>;
  /** Drops the connection without a closing handshake (a stopped client would never finish one). */
  terminate(): void;
}

export async function openRawWsSubscriber(httpUrl: string, queries: string[]): Promise<RawWsSubscriber> {
  const ws = new WebSocket(wsUrl(httpUrl), 'graphql-transport-ws');
  let nextMessages = 0;
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { type: string };
      if (message.type === 'connection_ack') {
        queries.forEach((query, index) => ws.send(JSON.stringify({ id: String(index + 1), type: 'subscribe', payload: { query } })));
        resolve();
      }
      if (message.type === 'next') nextMessages++;
    });
  });
  // ws.pause() stops reading the socket (and keeps it stopped, unlike pausing the net.Socket,
  // which ws resumes itself when its parser drains).
  const socket = (ws as unknown as { _socket: net.Socket })._socket;
  return {
    localPort: socket.localPort!,
    nextMessages: () => nextMessages,
    stopReading: () => ws.pause(),
    startReading: () => ws.resume(),
    closed,
    terminate: () => ws.terminate(),
  };
}

export interface SseEnd {
  /** True when the server cut the connection instead of ending the stream. */
  cut: boolean;
  nextEvents: number;
  /** The last `next` result that carried errors. */
  finalResult?: { errors?: unknown[] };
  completed: boolean;
}

/** An SSE subscription on a plain HTTP request: until `startReading`, nothing of the body is read. */
export interface SseSubscriber {
  localPort: number;
  startReading(): void;
  ended: Promise<SseEnd>;
  nextEvents(): number;
  abort(): void;
}

export async function openSseSubscriber(httpUrl: string, query: string, options: { reading: boolean }): Promise<SseSubscriber> {
  const body = JSON.stringify({ query });
  const request = http.request(`${httpUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream', 'Content-Length': Buffer.byteLength(body) },
  });
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    request.once('error', reject);
    request.once('response', resolve);
    request.end(body);
  });
  if (response.statusCode !== 200) throw new Error(`SSE answered ${response.statusCode}`);
  request.on('error', () => {});
  response.setEncoding('utf8');
  let pending = '';
  let nextEvents = 0;
  let finalResult: SseEnd['finalResult'];
  let completed = false;
  let reading = false;
  const startReading = () => {
    if (reading) return;
    reading = true;
    response.on('data', (chunk: string) => {
      const parts = (pending + chunk).split('\n\n');
      pending = parts.pop()!;
      for (const part of parts) {
        if (part.startsWith('event: complete')) completed = true;
        if (!part.startsWith('event: next')) continue;
        nextEvents++;
        const data = part.split('\n').find((line) => line.startsWith('data:'));
        if (data?.includes('"errors"')) finalResult = JSON.parse(data.slice(5));
      }
    });
  };
  const ended = new Promise<SseEnd>((resolve) => {
    const end = (cut: boolean) => resolve({ cut, nextEvents, finalResult, completed });
    response.once('end', () => end(false));
    response.once('aborted', () => end(true));
    response.once('error', () => end(true));
  });
  if (options.reading) startReading();
  return { localPort: request.socket!.localPort!, startReading, ended, nextEvents: () => nextEvents, abort: () => request.destroy() };
}
