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
  };
}
