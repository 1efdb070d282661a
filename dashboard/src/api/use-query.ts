import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TypedDocumentString } from '../generated/graphql.ts';
import { useStore } from '../store.ts';
import { request } from './client.ts';
import { dataVersion } from './live.ts';
import { tokenVersion } from './tokens.ts';

export interface QueryState<T> {
  data?: T;
  error?: Error;
  loading: boolean;
  refetch(): void;
}

/**
 * Runs `load`, and again whenever `key` changes, a live event arrives or a token is entered. The
 * last answer stays on screen while the next one loads, so live updates do not flicker.
 */
export function useLoader<T>(load: () => Promise<T>, key: string, options: { skip?: boolean } = {}): QueryState<T> {
  const version = useStore(dataVersion);
  const tokens = useStore(tokenVersion);
  const [manual, setManual] = useState(0);
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // `key` stands for what `load` reads.
  useEffect(() => {
    if (options.skip) return;
    const call = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    loadRef.current().then(
      (data) => call === latest.current && setState({ data, loading: false }),
      (error: Error) => call === latest.current && setState((previous) => ({ data: previous.data, error, loading: false })),
    );
  }, [key, version, tokens, manual, options.skip]);

  const refetch = useCallback(() => setManual((n) => n + 1), []);
  return { ...state, refetch };
}

export function useQuery<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: { admin?: boolean; skip?: boolean } = {},
): QueryState<Result> {
  return useLoader(() => request(document, variables, { admin: options.admin }), `${JSON.stringify(variables)}|${options.admin}`, options);
}
