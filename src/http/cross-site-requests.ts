import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';

/** A custom header a browser only sends after a preflight, as a JSON content type is; Yoga's name for it. */
export const CROSS_SITE_OVERRIDE_HEADER = 'x-graphql-yoga-csrf';

/**
 * A GraphQL POST must be one a browser would have asked permission for (a CORS preflight): a JSON
 * content type, or a custom header. A form on another site, or its script's `no-cors` fetch, can
 * send neither, so such a page cannot make a visitor's browser run an operation here. Every
 * GraphQL client sends JSON already.
 *
 * GET is not checked. Yoga runs no mutation over GET, so a GET can only read, and a read from
 * another site gains that site nothing: this server takes no cookies or other credentials a
 * browser adds on its own (tokens are bearer headers a page must set itself), and whether the
 * other site may see the answer is CORS's decision (CORS_ORIGINS). Checking GET would break
 * exactly the clients that use it: urql sends queries as GET, and a browser EventSource (SSE) can
 * set no header at all.
 */
export function useCrossSiteRequestCheck(): Plugin {
  const { onRequestParse: requirePreflightedRequest } = useCSRFPrevention({ requestHeaders: [CROSS_SITE_OVERRIDE_HEADER] });
  return {
    onRequestParse(payload) {
      if (payload.request.method === 'GET') return;
      try {
        requirePreflightedRequest?.(payload);
      } catch {
        throw createGraphQLError(
          'A GraphQL POST needs "Content-Type: application/json" (or an x-graphql-yoga-csrf header): ' +
            'a browser form from another site can send neither, so requests without them are refused',
          { extensions: { http: { status: 403 }, code: 'CROSS_SITE_REQUEST_REFUSED' } },
        );
      }
    },
  };
}
