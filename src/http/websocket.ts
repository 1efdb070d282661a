import type http from 'node:http';
import { GraphQLError } from 'graphql';
import type { DocumentNode, ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import { graphqlParamsProblem } from '../graphql/plugins/params-safety.ts';

export interface WebSocketOptions {
  path: string;
  /** A client that opens a socket and never sends connection_init is closed after this. */
  connectionInitTimeoutMs: number;
  keepAliveMs: number;
  maxPayloadBytes: number;
  maxSubscriptionsPerConnection: number;
  /** Debugging only: an internal error's message becomes the close reason instead of a generic one. */
  exposeErrorDetails: boolean;
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
  rootValue: { execute: (args: ExecutionArgs) => unknown; subscribe: (args: ExecutionArgs) => unknown };
};

/**
 * graphql-ws on the HTTP server's own port and path, routed through Yoga's envelop so HTTP, SSE
 * and WebSocket operations share one context factory and one plugin chain.
 */
export function attachGraphQLWebSocket(
  httpServer: http.Server,
  yoga: YogaServerInstance<any, any>,
  options: WebSocketOptions,
): GraphQLWebSocket {
  const wsServer = new WebSocketServer({ server: httpServer, path: options.path, maxPayload: options.maxPayloadBytes });
  const graphqlWs = useServer(
    {
      // graphql-ws otherwise decides from NODE_ENV whether an internal error's message is sent.
      isProd: !options.exposeErrorDetails,
      connectionInitWaitTimeout: options.connectionInitTimeoutMs,
      // false closes the socket with 4403 Forbidden.
      onConnect: (ctx) => options.authorize(ctx.connectionParams),
      execute: (args) => (args as EnvelopedExecutionArgs).rootValue.execute(args) as never,
      subscribe: (args) => (args as EnvelopedExecutionArgs).rootValue.subscribe(args) as never,
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
          rootValue: { execute, subscribe },
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
