import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';

/**
 * A browser form or a plain GET from another site cannot carry the `x-graphql-yoga-csrf` header
 * or a JSON content type, so it cannot make a logged-in browser run an operation.
 *
 * One exception: a browser's EventSource (SSE) can set no header at all, so a GET asking for
 * `text/event-stream` is let through. That opens nothing: a GET can only read (Yoga refuses
 * mutations over GET), this server uses no cookies or other credentials a browser would add on
 * its own, and whether another site may read the answer is still CORS's decision.
 */
export function useCsrfPrevention(): Plugin {
  const { onRequestParse } = useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] });
  return {
    onRequestParse(payload) {
      if (isEventSourceRequest(payload.request)) return;
      return onRequestParse?.(payload);
    },
  };
}

function isEventSourceRequest(request: Request): boolean {
  return request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/event-stream');
}
