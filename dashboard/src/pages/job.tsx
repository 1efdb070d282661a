import { useQuery } from '../api/use-query.ts';
import { AlertList } from '../components/alert-list.tsx';
import { OverdueBadge } from '../components/badges.tsx';
import { HistoryCharts } from '../components/history-charts.tsx';
import { RunHistory } from '../components/run-history.tsx';
import { formatDateTime, formatRelative, WEEKDAYS } from '../format.ts';
import { JobPageDocument } from '../generated/graphql.ts';
import type { JobPageQuery } from '../generated/graphql.ts';
import { hrefFor } from '../router.ts';

type Job = Extract<NonNullable<JobPageQuery['node']>, { backupName: string }>;

export function JobPage({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(JobPageDocument, { id });
  const job = data?.node && 'backupName' in data.node ? (data.node as Job) : null;
  if (!data) return error ? <p class="error">Could not read the job: {error.message}</p> : <p aria-busy="true">Loading…</p>;
  if (!job) return <p class="card">No backup job has this id (it may have been deleted).</p>;
  const { schedule, overdue } = job;
  const serverName = job.server.alias || job.server.name;
  return (
    <>
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <a href={hrefFor.overview()}>Overview</a> / <a href={hrefFor.server(job.server.id)}>{serverName}</a> /
      </nav>
      <h1>
        {job.backupName} {overdue.isOverdue && <OverdueBadge since={overdue.becameOverdueAt} />}
      </h1>
      <div class="columns">
        <section class="card" aria-labelledby="state-title">
          <h2 id="state-title">State</h2>
          <dl>
            <dt>Last run</dt>
            <dd title={formatDateTime(job.lastBackupAt)}>{formatRelative(job.lastBackupAt)}</dd>
            <dt>Next expected</dt>
            <dd>{formatDateTime(overdue.nextExpectedAt)}</dd>
            <dt>Late after</dt>
            <dd>{formatDateTime(overdue.deadlineAt)}</dd>
            <dt>Overdue</dt>
            <dd>{overdue.isOverdue ? `yes, since ${formatDateTime(overdue.becameOverdueAt)}` : 'no'}</dd>
            <dt>Runs stored</dt>
            <dd>{job.runCount}</dd>
          </dl>
        </section>
        <section class="card" aria-labelledby="schedule-title">
          <h2 id="schedule-title">Schedule</h2>
          <dl>
            <dt>Expected every</dt>
            <dd>{schedule.expectedInterval}</dd>
            <dt>On</dt>
            <dd>
              {schedule.allowedWeekdays.length === 7 || schedule.allowedWeekdays.length === 0
                ? 'every day'
                : schedule.allowedWeekdays.map((day) => WEEKDAYS[day]).join(', ')}{' '}
              (UTC)
            </dd>
            <dt>Tolerance</dt>
            <dd>
              {schedule.effectiveToleranceMilliseconds / 60_000} min{schedule.toleranceOverrideMilliseconds === null && ' (global default)'}
            </dd>
            <dt>Overdue check</dt>
            <dd>{schedule.overdueCheckEnabled ? 'on' : 'off'}</dd>
            <dt>Warning alerts</dt>
            <dd>{schedule.notificationLevel.toLowerCase()}</dd>
          </dl>
          <p>
            <a href={hrefFor.admin()}>Change in Admin</a>
          </p>
        </section>
      </div>
      <HistoryCharts points={job.history} />
      <section aria-labelledby="alerts-title">
        <h2 id="alerts-title">Alerts</h2>
        <AlertList alerts={job.alerts.nodes} onChange={refetch} />
      </section>
      <section aria-labelledby="runs-title">
        <h2 id="runs-title">Run history</h2>
        <RunHistory owner="job" id={job.id} />
      </section>
    </>
  );
}
