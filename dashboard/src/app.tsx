import { useEffect } from 'preact/hooks';
import { startLive } from './api/live.ts';
import { tokenRequest, tokenVersion } from './api/tokens.ts';
import { ConnectionBanner, Toasts } from './components/live-status.tsx';
import { TokenPrompt } from './components/token-prompt.tsx';
import { AdminPage } from './pages/admin.tsx';
import { JobPage } from './pages/job.tsx';
import { OverviewPage } from './pages/overview.tsx';
import { ServerPage } from './pages/server.tsx';
import { hrefFor, useRoute } from './router.ts';
import type { Route } from './router.ts';
import { useStore } from './store.ts';
import { nextTheme, theme } from './theme.ts';

export function App() {
  const route = useRoute();
  const asking = useStore(tokenRequest);
  const tokens = useStore(tokenVersion);
  const currentTheme = useStore(theme);

  // The live connection starts over with each new token (graphql-ws sends it once, in connection_init).
  useEffect(() => startLive(), [tokens]);
  useEffect(() => {
    document.title = `${titleOf(route)} · dupligraph`;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [route]);

  return (
    <>
      <button type="button" class="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <a class="brand" href={hrefFor.overview()}>
          dupligraph
        </a>
        <nav aria-label="Main">
          <a href={hrefFor.overview()} aria-current={route.page === 'overview' ? 'page' : undefined}>
            Overview
          </a>
          <a href={hrefFor.admin()} aria-current={route.page === 'admin' ? 'page' : undefined}>
            Admin
          </a>
          <a href="/graphql">GraphiQL</a>
        </nav>
        <button type="button" class="theme-toggle" onClick={nextTheme} aria-label={`Colour theme: ${currentTheme}. Change`}>
          Theme: {currentTheme}
        </button>
      </header>
      <ConnectionBanner />
      <main id="main" tabIndex={-1}>
        {asking === 'read' ? <TokenPrompt kind="read" /> : <Page route={route} />}
      </main>
      <Toasts />
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'overview':
      return <OverviewPage />;
    case 'server':
      return <ServerPage key={route.id} id={route.id} />;
    case 'job':
      return <JobPage key={route.id} id={route.id} />;
    case 'admin':
      return <AdminPage section={route.section} />;
    case 'not-found':
      return (
        <p class="card">
          Nothing here (<code>{route.path}</code>). <a href={hrefFor.overview()}>Back to the overview</a>
        </p>
      );
  }
}

function titleOf(route: Route): string {
  return { overview: 'Overview', server: 'Server', job: 'Backup job', admin: 'Admin', 'not-found': 'Not found' }[route.page];
}
