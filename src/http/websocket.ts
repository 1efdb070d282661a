import type http from 'node:http';
import { GraphQLError } from 'graphql';
import type { DocumentNode, ExecutionArgs, ExecutionResult } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Extra } from 'graphql-ws/use/ws';
import { isAsyncIterable } from 'graphql-yoga';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocket, WebSocketServer } from 'ws';
import type { SubscriberDroppedError } from '../events/subscriber-dropped-error.ts';
import { graphqlParamsProblem } from '../graphql/plugins/params-safety.ts';
import { clientAddress, SLOW_SUBSCRIBER_CLOSE_CODE } from '../events/slow-subscribers.ts';
import type { SlowSubscriberReason, SlowSubscriberReport } from '../events/slow-subscribers.ts';
import { nextMessage, sentByItself } from './shared-next-messages.ts';

export interface WebSocketOptions {
  path: string;
  /** A client that opens a socket and never sends connection_init is closed after this. */
  connectionInitTimeoutMs: number;
  keepAliveMs: number;
  maxPayloadBytes: number;
  maxSubscriptionsPerConnection: number;
  /** Debugging only: an internal error's message becomes the close reason instead of a generic one. */
  exposeErrorDetails: boolean;
  /** Past this many bytes waiting in a socket's send buffer, it is closed as too slow. */
  maxBufferedBytes: number;
  /** Told each time a socket is closed as too slow (metrics, log). */
  onSlowSubscriber: SlowSubscriberReport;
  /** Decides from connection_init's payload whether the socket may read at all. */
  authorize: (connectionParams: Readonly<Record<string, unknown>> | undefined) => boolean;
}

export interface GraphQLWebSocket {
  /** Sockets open right now. */
  connectionCount(): number;
  /** Closes every socket with 1001 (Going Away), then the WebSocket server. */
  close(): Promise<void>;
}

type EnvelopedExecutionArgs = ExecutionArgs & {
  rootValue: {
    execute: (args: ExecutionArgs) => unknown;
    subscribe: (args: ExecutionArgs) => unknown;
    /** Sends one result of the operation as its `next` message, resolving once the socket has taken it. */
    sendNext: (result: ExecutionResult) => Promise<void>;
  };
};

type ConnectionContext = Context<Record<string, unknown> | undefined, Extra>;

/**
 * graphql-ws on the HTTP server's own port and path, routed through Yoga's envelop so HTTP, SSE
 * and WebSocket operations share one context factory and one plugin chain.
 *
 * A connection that falls behind is closed with SLOW_SUBSCRIBER_CLOSE_CODE
 * (src/events/slow-subscribers.ts): when one of its subscriptions has too many events waiting, or
 * when its send buffer holds more than `maxBufferedBytes` after a message was handed to it.
 * graphql-ws sends one message per operation at a time and waits until the socket has taken it,
 * so the send buffer grows with the number of operations and the size of their results, not with
 * the events; the events wait in the bounded subscription instead.
 */
export function attachGraphQLWebSocket(
  httpServer: http.Server,
  yoga: YogaServerInstance<any, any>,
  options: WebSocketOptions,
): GraphQLWebSocket {
  const wsServer = new WebSocketServer({ server: httpServer, path: options.path, maxPayload: options.maxPayloadBytes });
  const bufferChecksDue = new WeakSet<WebSocket>();
  const closeAsTooSlow = (ctx: ConnectionContext, reason: SlowSubscriberReason, text: string) => {
    const socket = ctx.extra.socket;
    if (socket.readyState !== WebSocket.OPEN) return;
    // Queued behind what the socket already holds: a client that reads gets its events, then this.
    socket.close(SLOW_SUBSCRIBER_CLOSE_CODE, text);
    // Its other operations stop listening now, not when the closing handshake ends (ws allows 30 s).
    for (const operation of Object.values(ctx.subscriptions)) {
      const stop = (operation as AsyncGenerator<unknown> | null)?.return;
      if (typeof stop === 'function') Promise.resolve(stop.call(operation, undefined)).catch(() => {});
    }
    options.onSlowSubscriber({ transport: 'websocket', reason, client: clientAddress(ctx.extra.request.socket) });
  };
  // Look once the socket has taken the message (one look per socket and turn, however many
  // operations send in it). After close() the socket is no longer OPEN and nothing more is sent.
  const checkBufferSoon = (ctx: ConnectionContext) => {
    const socket = ctx.extra.socket;
    if (bufferChecksDue.has(socket)) return;
    bufferChecksDue.add(socket);
    setImmediate(() => {
      bufferChecksDue.delete(socket);
      if (socket.bufferedAmount <= options.maxBufferedBytes) return;
      closeAsTooSlow(ctx, 'buffered_bytes', `too slow: over ${options.maxBufferedBytes} bytes waiting to be sent (WS_MAX_BUFFERED_BYTES)`);
    });
  };
  // As graphql-ws' own adapter sends: nothing once the socket is no longer open.
  const send = (socket: WebSocket, data: string) =>
    new Promise<void>((resolve, reject) => {
      if (socket.readyState !== WebSocket.OPEN) return resolve();
      socket.send(data, (error) => (error ? reject(error) : resolve()));
    });
  const graphqlWs = useServer(
    {
      // graphql-ws otherwise decides from NODE_ENV whether an internal error's message is sent.
      isProd: !options.exposeErrorDetails,
      connectionInitWaitTimeout: options.connectionInitTimeoutMs,
      // false closes the socket with 4403 Forbidden.
      onConnect: (ctx) => options.authorize(ctx.connectionParams),
      execute: (args) => (args as EnvelopedExecutionArgs).rootValue.execute(args) as never,
      // A subscription's results go out as messages built around their payload's JSON, made once
      // for every subscriber handed the same result (src/http/shared-next-messages.ts).
      subscribe: async (args) => {
        const { subscribe, sendNext } = (args as EnvelopedExecutionArgs).rootValue;
        const results = await subscribe(args);
        if (!isAsyncIterable(results)) return results as never;
        return sentByItself(results as AsyncIterable<ExecutionResult>, sendNext) as never;
      },
      // graphql-ws hands the message to the socket right after this hook.
      onNext: (ctx) => checkBufferSoon(ctx),
      onSubscribe: async (ctx, id, params) => {
        const others = Object.keys(ctx.subscriptions).filter((key) => key !== id).length;
        if (others >= options.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError(
              `Too many operations on one connection: the limit is ${options.maxSubscriptionsPerConnection} (WS_MAX_SUBSCRIPTIONS_PER_CONNECTION)`,
            ),
          ];
        }
        const unsafe = graphqlParamsProblem(params);
        if (unsafe) return [unsafe];
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
          onSubscriberDropped: (error: SubscriberDroppedError) =>
            closeAsTooSlow(
              ctx,
              'pending_events',
              `too slow: over ${error.maxPendingEvents} events waiting (SUBSCRIPTION_MAX_PENDING_EVENTS)`,
            ),
        });
        let document: DocumentNode;
        try {
          document = parse(params.query);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        const args: EnvelopedExecutionArgs = {
          schema,
          operationName: params.operationName,
          document,
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: {
            execute,
            subscribe,
            sendNext: (result) => {
              const sent = send(ctx.extra.socket, nextMessage(id, result));
              // Now, not once it is taken: a socket that stops reading never takes it.
              checkBufferSoon(ctx);
              return sent;
            },
          },
        };
        return args;
      },
    },
    wsServer,
    options.keepAliveMs,
  );

  return {
    connectionCount: () => wsServer.clients.size,
    async close() {
      await graphqlWs.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
