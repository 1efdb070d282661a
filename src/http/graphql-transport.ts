import type { Config } from '../config.ts';
import type { GraphQLTransport } from '../graphql/yoga.ts';
import { yogaCorsOptions } from './cors-headers.ts';
import { useCrossSiteRequestCheck } from './cross-site-requests.ts';
import { graphiqlOptions, renderOfflineGraphiQL } from './graphiql.ts';

/** What browsers meet on /graphql besides the schema: CORS, the cross-site request check, GraphiQL. */
export function graphQLTransport(config: Config): GraphQLTransport {
  return {
    cors: yogaCorsOptions(config.corsOrigins),
    graphiql: graphiqlOptions,
    renderGraphiQL: renderOfflineGraphiQL,
    plugins: [useCrossSiteRequestCheck()],
    // Every GraphQL body is read, within GRAPHQL_MAX_BYTES, by src/http/read-body.ts; Yoga's own
    // count would turn that buffer back into a stream only to count it again.
    maxRequestBodySize: false,
  };
}
