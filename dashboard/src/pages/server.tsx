import { useQuery } from '../api/use-query.ts';
import { AlertList } from '../components/alert-list.tsx';
import { HistoryCharts } from '../components/history-charts.tsx';
import { JobTable } from '../components/job-table.tsx';
import { RunHistory } from '../components/run-history.tsx';
import { formatDateTime } from '../format.ts';
import { ServerPageDocument } from '../generated/graphql.ts';
import type { ServerPageQuery } from '../generated/graphql.ts';
import { hrefFor } from '../router.ts';

type Server = Extract<NonNullable<ServerPageQuery['node']>, { serverId: string }>;

/** Only http(s) links are followed: the URL is whatever an admin typed. */
function safeUrl(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}

export function ServerPage({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(ServerPageDocument, { id });
  const server = data?.node && 'serverId' in data.node ? (data.node as Server) : null;
  if (!data) return error ? <p class="error">Could not read the server: {error.message}</p> : <p aria-busy="true">Loading…</p>;
  if (!server) return <p class="card">No server has this id (it may have been deleted or merged).</p>;
  const link = safeUrl(server.url);
  return (
    <>
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <a href={hrefFor.overview()}>Overview</a> /
      </nav>
      <h1>{server.alias || server.name}</h1>
      <section class="card" aria-labelledby="details-title">
        <h2 id="details-title">Details</h2>
        <dl>
          <dt>Machine name</dt>
          <dd>{server.name}</dd>
          <dt>Machine id</dt>
          <dd>
            <code>{server.serverId}</code>
          </dd>
          <dt>First report</dt>
          <dd>{formatDateTime(server.createdAt)}</dd>
          {server.note && (
            <>
              <dt>Note</dt>
              <dd>{server.note}</dd>
            </>
          )}
          {link && (
            <>
              <dt>Duplicati</dt>
              <dd>
                <a href={link} rel="noreferrer noopener" target="_blank">
                  {link}
                </a>
              </dd>
            </>
          )}
        </dl>
      </section>
      <section class="card" aria-labelledby="jobs-title">
        <h2 id="jobs-title">Backup jobs</h2>
        <JobTable jobs={server.backupJobs} caption={`Backup jobs of ${server.alias || server.name}`} />
      </section>
      <HistoryCharts points={server.history} />
      <section aria-labelledby="alerts-title">
        <h2 id="alerts-title">Open alerts</h2>
        <AlertList alerts={data.alerts.nodes} onChange={refetch} />
      </section>
      <section aria-labelledby="runs-title">
        <h2 id="runs-title">Run history</h2>
        <RunHistory owner="server" id={server.id} />
      </section>
    </>
  );
}
