import { flashing } from '../api/live.ts';
import { formatDateTime, formatRelative } from '../format.ts';
import type { JobTileFragment } from '../generated/graphql.ts';
import { hrefFor } from '../router.ts';
import { useStore } from '../store.ts';
import { OverdueBadge, StatusBadge } from './badges.tsx';

/** A server's jobs, one row each: status, last run, next expected run, overdue. */
export function JobTable({ jobs, caption }: { jobs: readonly JobTileFragment[]; caption: string }) {
  const flashes = useStore(flashing);
  if (jobs.length === 0) return <p class="muted">No backup jobs.</p>;
  return (
    <table class="jobs">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Job</th>
          <th scope="col">Status</th>
          <th scope="col">Last run</th>
          <th scope="col">Next expected</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => {
          const status = job.latestBackup?.status;
          return (
            <tr
              key={job.id}
              class={flashes.has(job.id) ? 'flash' : undefined}
              data-job-id={job.id}
              data-job-name={job.backupName}
              data-status={status ?? 'NONE'}
              data-overdue={String(job.overdue.isOverdue)}
            >
              <th scope="row" data-label="Job">
                <a href={hrefFor.job(job.id)}>{job.backupName}</a>
              </th>
              <td data-label="Status">
                <StatusBadge status={status} /> {job.overdue.isOverdue && <OverdueBadge since={job.overdue.becameOverdueAt} />}
              </td>
              <td data-label="Last run" title={formatDateTime(job.lastBackupAt)}>
                {formatRelative(job.lastBackupAt)}
              </td>
              <td data-label="Next expected" title={formatDateTime(job.overdue.nextExpectedAt)}>
                {job.overdue.nextExpectedAt ? formatRelative(job.overdue.nextExpectedAt) : '—'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
