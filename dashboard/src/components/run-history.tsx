import { useState } from 'preact/hooks';
import { request } from '../api/client.ts';
import { useQuery } from '../api/use-query.ts';
import { formatBytes, formatCount, formatDateTime, formatDuration } from '../format.ts';
import { JobRunsDocument, RunLogDocument, ServerRunsDocument } from '../generated/graphql.ts';
import type { RunPageFragment, RunRowFragment } from '../generated/graphql.ts';
import { StatusBadge } from './badges.tsx';

export const RUNS_PER_PAGE = 10;

/** Where the page window is: the newest runs, or before/after a cursor. */
type Window = { first: number; after?: string } | { last: number; before: string };

/** A job's or a server's runs, newest first, a page at a time, each with its messages and log on demand. */
export function RunHistory({ owner, id }: { owner: 'job' | 'server'; id: string }) {
  const [pageWindow, setPageWindow] = useState<Window>({ first: RUNS_PER_PAGE });
  const [page, setPage] = useState(1);
  const jobRuns = useQuery(JobRunsDocument, { id, ...pageWindow }, { skip: owner !== 'job' });
  const serverRuns = useQuery(ServerRunsDocument, { id, ...pageWindow }, { skip: owner !== 'server' });
  const state = owner === 'job' ? jobRuns : serverRuns;
  const node = state.data?.node as { backups?: RunPageFragment } | null | undefined;
  const runs = node?.backups;

  if (state.error && !runs) return <p class="error">Could not read the runs: {state.error.message}</p>;
  if (!runs) return <p aria-busy="true">Loading runs…</p>;
  const pages = Math.max(1, Math.ceil(runs.totalCount / RUNS_PER_PAGE));
  return (
    <div class="run-history">
      <div class="table-scroll">
        <table class="runs">
          <caption class="visually-hidden">Runs, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Status</th>
              <th scope="col">Duration</th>
              <th scope="col">Uploaded</th>
              <th scope="col">Stored</th>
              <th scope="col">Files</th>
              <th scope="col">Warnings / errors</th>
              <th scope="col">
                <span class="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {runs.nodes.map((run) => (
              <RunRow key={run.id} run={run} showJob={owner === 'server'} />
            ))}
          </tbody>
        </table>
      </div>
      <nav class="pager" aria-label="Run history pages">
        <button
          type="button"
          disabled={page === 1}
          onClick={() => {
            setPageWindow({ last: RUNS_PER_PAGE, before: runs.pageInfo.startCursor! });
            setPage(page - 1);
          }}
        >
          Newer runs
        </button>
        <span class="page-number">
          Page {page} of {pages} ({formatCount(runs.totalCount)} runs)
        </span>
        <button
          type="button"
          disabled={!runs.pageInfo.hasNextPage}
          onClick={() => {
            setPageWindow({ first: RUNS_PER_PAGE, after: runs.pageInfo.endCursor! });
            setPage(page + 1);
          }}
        >
          Older runs
        </button>
      </nav>
    </div>
  );
}

function RunRow({ run, showJob }: { run: RunRowFragment; showJob: boolean }) {
  const [open, setOpen] = useState(false);
  const detailsId = `run-details-${run.id}`;
  return (
    <>
      <tr data-run-id={run.id}>
        <td>
          {formatDateTime(run.startedAt)}
          {showJob && <div class="muted">{run.backupName}</div>}
        </td>
        <td>
          <StatusBadge status={run.status} />
        </td>
        <td>{formatDuration(run.durationMilliseconds / 1000)}</td>
        <td>{formatBytes(run.uploadedSize)}</td>
        <td>{formatBytes(run.knownFileSize)}</td>
        <td>{formatCount(run.examinedFiles)}</td>
        <td>
          {run.warningCount} / {run.errorCount}
        </td>
        <td>
          <button type="button" class="link" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
            {open ? 'Hide' : 'Details'}
          </button>
        </td>
      </tr>
      {open && (
        <tr id={detailsId} class="run-details">
          <td colSpan={8}>
            <RunDetails run={run} />
          </td>
        </tr>
      )}
    </>
  );
}

function RunDetails({ run }: { run: RunRowFragment }) {
  const [log, setLog] = useState<readonly string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div class="details">
      <p>
        Ended {formatDateTime(run.endedAt)} · examined {formatBytes(run.sizeOfExaminedFiles)} · Duplicati {run.version ?? 'unknown'}
      </p>
      {run.errorMessages.length > 0 && <Messages title="Errors" lines={run.errorMessages} />}
      {run.warningMessages.length > 0 && <Messages title="Warnings" lines={run.warningMessages} />}
      {log === null ? (
        <button
          type="button"
          onClick={() =>
            request(RunLogDocument, { id: run.id }).then(
              (data) => setLog((data.node as { logLines?: string[] } | null)?.logLines ?? []),
              (error: Error) => setProblem(error.message),
            )
          }
        >
          Show log
        </button>
      ) : (
        <pre class="log">{log.length ? log.join('\n') : 'No log lines were reported.'}</pre>
      )}
      {problem && <p class="error">{problem}</p>}
    </div>
  );
}

function Messages({ title, lines }: { title: string; lines: readonly string[] }) {
  return (
    <div>
      <h4>{title}</h4>
      <ul class="messages">
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
