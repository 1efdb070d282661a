import { useEffect, useState } from 'preact/hooks';

/** The admin page's tabs. */
export type AdminSection = 'general' | 'notifications';

/** Hash routes: the server serves one page, and a bookmark or a reload keeps the view. */
export type Route =
  | { page: 'overview' }
  | { page: 'server'; id: string }
  | { page: 'job'; id: string }
  | { page: 'admin'; section: AdminSection }
  | { page: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const [, section, id] = path.split('/');
  if (path === '/' || section === '') return { page: 'overview' };
  if (section === 'server' && id) return { page: 'server', id: decodeURIComponent(id) };
  if (section === 'job' && id) return { page: 'job', id: decodeURIComponent(id) };
  if (section === 'admin') return { page: 'admin', section: id === 'notifications' ? 'notifications' : 'general' };
  return { page: 'not-found', path };
}

export const hrefFor = {
  overview: () => '#/',
  server: (id: string) => `#/server/${encodeURIComponent(id)}`,
  job: (id: string) => `#/job/${encodeURIComponent(id)}`,
  admin: (section: AdminSection = 'general') => (section === 'general' ? '#/admin' : `#/admin/${section}`),
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
