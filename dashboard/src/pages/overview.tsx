import { useMemo, useState } from 'preact/hooks';
import { request } from '../api/client.ts';
import { useLoader } from '../api/use-query.ts';
import { JobTable } from '../components/job-table.tsx';
import { formatBytes, formatCount, formatDateTime, formatRelative, STATUS_LABELS } from '../format.ts';
import type { StatusName } from '../format.ts';
import { OverviewDocument, OverviewServersDocument } from '../generated/graphql.ts';
import type { OverviewQuery, ServerTileFragment } from '../generated/graphql.ts';
import { hrefFor } from '../router.ts';

type Overview = Omit<OverviewQuery, 'servers'> & { servers: ServerTileFragment[] };

/** The first page with its totals, then the later pages of servers, so that every server shows. */
async function loadOverview(): Promise<Overview> {
  const first = await request(OverviewDocument, {});
  const servers = [...first.servers.nodes];
  let pageInfo = first.servers.pageInfo;
  while (pageInfo.hasNextPage && pageInfo.endCursor) {
    const next = await request(OverviewServersDocument, { after: pageInfo.endCursor });
    servers.push(...next.servers.nodes);
    pageInfo = next.servers.pageInfo;
  }
  return { ...first, servers };
}

type StatusFilter = StatusName | 'NONE' | 'ALL';

export function OverviewPage() {
  const { data, error } = useLoader(loadOverview, 'overview');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('ALL');
  const [onlyOverdue, setOnlyOverdue] = useState(false);
  const [serverId, setServerId] = useState('ALL');

  const shown = useMemo(() => {
    const words = search.trim().toLowerCase();
    return (data?.servers ?? [])
      .filter((server) => serverId === 'ALL' || server.id === serverId)
      .map((server) => {
        const serverMatches = !words || `${server.name} ${server.alias}`.toLowerCase().includes(words);
        const jobs = server.backupJobs.filter(
          (job) =>
            (serverMatches || job.backupName.toLowerCase().includes(words)) &&
            (status === 'ALL' || (job.latestBackup?.status ?? 'NONE') === status) &&
            (!onlyOverdue || job.overdue.isOverdue),
        );
        // A server without jobs still shows until a filter is set.
        const filtering = words || status !== 'ALL' || onlyOverdue;
        return { server, jobs, visible: !filtering || jobs.length > 0 };
      })
      .filter((entry) => entry.visible);
  }, [data, search, status, onlyOverdue, serverId]);

  if (!data) return error ? <p class="error">Could not read the overview: {error.message}</p> : <p aria-busy="true">Loading…</p>;
  const { summary } = data;
  return (
    <>
      <h1>Overview</h1>
      {error && (
        <p class="error" role="alert">
          Could not refresh: {error.message}
        </p>
      )}
      <ul class="tiles" aria-label="Summary">
        <Tile label="Servers" value={formatCount(summary.totalServers)} />
        <Tile label="Backup jobs" value={formatCount(summary.totalBackupJobs)} />
        <Tile label="Runs stored" value={formatCount(summary.totalBackupRuns)} />
        <Tile label="Overdue jobs" value={formatCount(summary.overdueBackupJobCount)} alert={summary.overdueBackupJobCount > 0} />
        <Tile label="Open alerts" value={formatCount(data.activeAlerts.totalCount)} alert={data.activeAlerts.totalCount > 0} />
        <Tile label="Stored at destinations" value={formatBytes(summary.totalStorageUsed)} />
        <Tile label="Uploaded" value={formatBytes(summary.totalUploadedSize)} />
        <Tile label="Last backup" value={formatRelative(summary.lastBackupAt)} title={formatDateTime(summary.lastBackupAt)} />
      </ul>

      <form class="filters" aria-label="Filter jobs" onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for="filter-search">Search</label>
          <input
            id="filter-search"
            type="search"
            placeholder="Server or job name"
            value={search}
            onInput={(event) => setSearch(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="filter-status">Status</label>
          <select id="filter-status" value={status} onChange={(event) => setStatus(event.currentTarget.value as StatusFilter)}>
            <option value="ALL">All</option>
            {(Object.keys(STATUS_LABELS) as (StatusName | 'NONE')[]).map((key) => (
              <option key={key} value={key}>
                {STATUS_LABELS[key]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-server">Server</label>
          <select id="filter-server" value={serverId} onChange={(event) => setServerId(event.currentTarget.value)}>
            <option value="ALL">All servers</option>
            {data.servers.map((server) => (
              <option key={server.id} value={server.id}>
                {server.alias || server.name}
              </option>
            ))}
          </select>
        </div>
        <label class="check">
          <input type="checkbox" checked={onlyOverdue} onChange={(event) => setOnlyOverdue(event.currentTarget.checked)} />
          Only overdue
        </label>
      </form>

      {data.servers.length === 0 && (
        <p class="card">
          No server has reported yet. Point Duplicati at <code>{`${location.origin}/api/upload`}</code> (see the README).
        </p>
      )}
      {data.servers.length > 0 && shown.length === 0 && <p class="muted">No job matches these filters.</p>}
      <div class="servers">
        {shown.map(({ server, jobs }) => (
          <section key={server.id} class="card server" data-server-id={server.id} aria-labelledby={`server-${server.id}`}>
            <h2 id={`server-${server.id}`}>
              <a href={hrefFor.server(server.id)}>{server.alias || server.name}</a>
              {server.alias && <span class="muted"> ({server.name})</span>}
            </h2>
            <JobTable jobs={jobs} caption={`Backup jobs of ${server.alias || server.name}`} />
          </section>
        ))}
      </div>
    </>
  );
}

function Tile({ label, value, alert, title }: { label: string; value: string; alert?: boolean; title?: string }) {
  return (
    <li class={`tile${alert ? ' tile-alert' : ''}`} title={title}>
      <span class="tile-value">{value}</span>
      <span class="tile-label">{label}</span>
    </li>
  );
}
