import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import type PrismaTypes from '../generated/pothos-types.ts';
import { getDatamodel } from '../generated/pothos-types.ts';
import type { GraphQLContext } from './context.ts';

/** Rows of a connection page when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  AuthScopes: { admin: boolean; uploader: boolean };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    SafeInt: { Input: number; Output: number | bigint };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
  };
}>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({ admin: ctx.access.admin, uploader: ctx.access.upload }),
    unauthorizedError: (_parent, ctx, info) => unauthorized(ctx, `${info.parentType.name}.${info.fieldName}`),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
    // The configured MAX_PAGE_SIZE is enforced with a clear 400 by src/graphql/plugins/page-size.ts;
    // this only lifts Pothos' own silent cap of 100 above any value that check lets through.
    maxConnectionSize: Number.MAX_SAFE_INTEGER,
    // Stated here, not left to Pothos, because the cost limit prices a page without first/last at it.
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
    // Query.node and Query.nodes are defined in node-lookup.ts: null for any id that names nothing.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    nodeTypeOptions: { description: 'An object with a global id, which Query.node and Query.nodes look up.' },
    idFieldOptions: { description: 'Global id: opaque, stable, and accepted by Query.node.' },
    firstArgOptions: { description: 'Rows to return from the start of the page window (at most MAX_PAGE_SIZE).' },
    lastArgOptions: { description: 'Rows to return from the end of the page window (at most MAX_PAGE_SIZE).' },
    afterArgOptions: { description: 'Cursor from a previous page: return rows after it.' },
    beforeArgOptions: { description: 'Cursor from a previous page: return rows before it.' },
  },
  errors: {
    directResult: true,
    // One generic description, because the union's name already says which field it answers.
    defaultUnionOptions: {
      description: "The field's result or one of its typed errors; select __typename to tell them apart.",
    },
  },
});

builder.queryType({});
builder.mutationType({ authScopes: { admin: true } });
builder.subscriptionType({
  description: 'Live events over graphql-ws (WebSocket) or SSE on /graphql; filters run on the server.',
});

function unauthorized(ctx: GraphQLContext, coordinate: string): GraphQLError {
  const message = ctx.config.tokens.admin
    ? `${coordinate} needs the admin token: send it as "Authorization: Bearer <ADMIN_TOKEN>"`
    : `${coordinate} is disabled: changes need an admin token, and none is configured. Set ADMIN_TOKEN on the server and send it as "Authorization: Bearer <ADMIN_TOKEN>"`;
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}
