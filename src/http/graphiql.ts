import type { GraphiQLOptions } from 'graphql-yoga';

export const FAVICON_PATH = '/favicon.ico';

/**
 * GraphiQL as this server shows it on GET /graphql. Many installations run on networks that reach
 * no CDN, so every asset comes from this server: @graphql-yoga/render-graphiql inlines GraphiQL's
 * script, styles and editor workers into the page (workers start from blob: URLs of the page
 * itself), and the icon is FAVICON_PATH. Subscriptions go over graphql-ws on the same path.
 */
export const graphiqlOptions: GraphiQLOptions = { title: 'dupligraph', subscriptionsProtocol: 'WS', favicon: FAVICON_PATH };

const pages = new Map<string, Promise<string>>();

/**
 * The page is about 9 MB: it is built once per set of options, and its package is loaded on the
 * first visit rather than at start, so a server nobody opens GraphiQL on never holds it.
 */
export function renderOfflineGraphiQL(options: GraphiQLOptions): Promise<string> {
  const key = JSON.stringify(options);
  let page = pages.get(key);
  if (!page) {
    page = import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) => renderGraphiQL(options));
    pages.set(key, page);
  }
  return page;
}

let favicon: Promise<Buffer> | undefined;

/** GraphiQL's own icon (an .ico file the package carries as a data: URL). */
export function graphiqlFavicon(): Promise<Buffer> {
  favicon ??= import('@graphql-yoga/render-graphiql/graphiql').then(({ favicon: dataUrl }) => {
    const base64 = /^data:image\/x-icon;base64,(.+)$/s.exec(dataUrl)?.[1];
    if (!base64) throw new Error('@graphql-yoga/render-graphiql: the favicon is no longer a base64 data: URL');
    return Buffer.from(base64, 'base64');
  });
  return favicon;
}
