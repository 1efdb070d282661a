import { isAsyncIterable } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';

/**
 * When no response format fits the request's Accept header, Yoga answers 406 with an empty body.
 * The usual case is a subscription POSTed with `Accept: application/json`; the answer says how to
 * subscribe instead. Registered after Yoga's own result processors, so it only steps in when
 * none of them matched.
 */
export function useNotAcceptableExplained(): Plugin {
  return {
    onResultProcess({ result, resultProcessor, acceptableMediaTypes, setResultProcessor }) {
      if (resultProcessor) return;
      const isStream = isAsyncIterable(result);
      const offered = [...new Set(acceptableMediaTypes)];
      setResultProcessor((unsent, fetchAPI) => {
        // The subscription already started: end it, or its event listener stays behind.
        if (isAsyncIterable(unsent)) void unsent[Symbol.asyncIterator]().return?.();
        const message = isStream
          ? 'A subscription over HTTP is sent as Server-Sent Events: send "Accept: text/event-stream", or subscribe over WebSocket (graphql-ws, graphql-transport-ws protocol) on the same path'
          : `None of the media types in the Accept header can carry this answer: accept one of ${offered.join(', ')}`;
        const body = JSON.stringify({ errors: [{ message, extensions: { code: 'NOT_ACCEPTABLE' } }] });
        return new fetchAPI.Response(body, {
          status: 406,
          headers: { 'Content-Type': 'application/json; charset=utf-8', Accept: offered.join(', ') },
        });
      }, 'application/json');
    },
  };
}
