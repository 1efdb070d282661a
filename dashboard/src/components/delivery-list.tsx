import { useEffect, useState } from 'preact/hooks';
import { payloadOf, request } from '../api/client.ts';
import { deliveryUpdates, reconnects } from '../api/live.ts';
import { useQuery } from '../api/use-query.ts';
import { formatCount, formatDateTime } from '../format.ts';
import { NotificationDeliveriesDocument, ResendNotificationDocument } from '../generated/graphql.ts';
import type { DeliveryRowFragment, NotificationChannel, NotificationDeliveryStatus, NotificationEventKind } from '../generated/graphql.ts';
import { CHANNEL_LABELS, EVENT_LABELS, STATUS_LABELS } from '../pages/notification-labels.ts';
import { useStore } from '../store.ts';
import { SelectField } from './fields.tsx';

export const DELIVERIES_PER_PAGE = 20;

type Window = { first: number; after?: string } | { last: number; before: string };
interface Filters {
  status: NotificationDeliveryStatus | '';
  channel: NotificationChannel | '';
  event: NotificationEventKind | '';
}

const ANY = { value: '' as const, label: 'Any' };
const options = <T extends string>(labels: Record<T, string>) => [
  ANY,
  ...(Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label })),
];

/**
 * The notification outbox, newest first, a page at a time. Rows change in place as
 * notificationDeliveryChanged reports them; a new delivery reported while the first page is shown
 * reads that page again.
 */
export function DeliveryList() {
  const [filters, setFilters] = useState<Filters>({ status: '', channel: '', event: '' });
  const [pageWindow, setPageWindow] = useState<Window>({ first: DELIVERIES_PER_PAGE });
  const [page, setPage] = useState(1);
  const updates = useStore(deliveryUpdates);
  const variables = {
    ...pageWindow,
    status: filters.status || null,
    channel: filters.channel || null,
    event: filters.event || null,
  };
  const { data, error, refetch } = useQuery(NotificationDeliveriesDocument, variables, { admin: true });
  const deliveries = data?.notificationDeliveries;
  const unseen = page === 1 && deliveries ? newerThanShown(deliveries.nodes, updates, filters) : false;
  useEffect(() => {
    if (unseen) refetch();
  }, [unseen, refetch]);
  // Delivery changes made while the socket was down are not replayed.
  const reconnected = useStore(reconnects);
  useEffect(() => {
    if (reconnected > 0) refetch();
  }, [reconnected, refetch]);

  const filter =
    <K extends keyof Filters>(key: K) =>
    (value: Filters[K]) => {
      setFilters({ ...filters, [key]: value });
      setPageWindow({ first: DELIVERIES_PER_PAGE });
      setPage(1);
    };
  const filterBar = (
    <fieldset class="filters">
      <legend class="visually-hidden">Filter deliveries</legend>
      <SelectField
        id="deliveries-status"
        label="Status"
        value={filters.status}
        options={options(STATUS_LABELS)}
        onChange={filter('status')}
      />
      <SelectField
        id="deliveries-channel"
        label="Channel"
        value={filters.channel}
        options={options(CHANNEL_LABELS)}
        onChange={filter('channel')}
      />
      <SelectField id="deliveries-event" label="Event" value={filters.event} options={options(EVENT_LABELS)} onChange={filter('event')} />
    </fieldset>
  );
  if (error && !deliveries) return <p class="error">Could not read the deliveries: {error.message}</p>;
  if (!deliveries) return <p aria-busy="true">Loading deliveries…</p>;

  const rows = deliveries.nodes.map((row) => updates.get(row.id) ?? row).filter((row) => matches(row, filters));
  const pages = Math.max(1, Math.ceil(deliveries.totalCount / DELIVERIES_PER_PAGE));
  return (
    <div class="deliveries">
      {filterBar}
      {rows.length === 0 ? (
        <p class="muted">No deliveries{filters.status || filters.channel || filters.event ? ' match these filters' : ' yet'}.</p>
      ) : (
        <div class="table-scroll">
          <table class="deliveries-table">
            <caption class="visually-hidden">Notification deliveries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Created</th>
                <th scope="col">Status</th>
                <th scope="col">Channel</th>
                <th scope="col">Event</th>
                <th scope="col">Attempts</th>
                <th scope="col">Response</th>
                <th scope="col">Last error</th>
                <th scope="col">Delivered / next try</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <DeliveryRow key={row.id} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav class="pager" aria-label="Delivery pages">
        <button
          type="button"
          disabled={page === 1}
          onClick={() => {
            setPageWindow(
              page === 2 ? { first: DELIVERIES_PER_PAGE } : { last: DELIVERIES_PER_PAGE, before: deliveries.pageInfo.startCursor! },
            );
            setPage(page - 1);
          }}
        >
          Newer deliveries
        </button>
        <span class="page-number">
          Page {page} of {pages} ({formatCount(deliveries.totalCount)} deliveries)
        </span>
        <button
          type="button"
          disabled={!deliveries.pageInfo.hasNextPage}
          onClick={() => {
            setPageWindow({ first: DELIVERIES_PER_PAGE, after: deliveries.pageInfo.endCursor! });
            setPage(page + 1);
          }}
        >
          Older deliveries
        </button>
      </nav>
    </div>
  );
}

function matches(row: DeliveryRowFragment, filters: Filters): boolean {
  return (
    (!filters.status || row.status === filters.status) &&
    (!filters.channel || row.channel === filters.channel) &&
    (!filters.event || row.event === filters.event)
  );
}

/** Whether a change reported a delivery that belongs on the first page but is not on it: a new one. */
function newerThanShown(
  shown: readonly DeliveryRowFragment[],
  updates: ReadonlyMap<string, DeliveryRowFragment>,
  filters: Filters,
): boolean {
  const ids = new Set(shown.map((row) => row.id));
  const newest = shown[0]?.createdAt ?? '';
  for (const [id, row] of updates) {
    if (!ids.has(id) && matches(row, filters) && new Date(row.createdAt) >= new Date(newest || 0)) return true;
  }
  return false;
}

const STATUS_CLASS: Record<NotificationDeliveryStatus, string> = {
  DELIVERED: 'status-success',
  PENDING: 'status-none',
  DEAD: 'status-error',
};

function DeliveryRow({ row }: { row: DeliveryRowFragment }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <tr data-delivery-id={row.id} data-status={row.status}>
      <td>{formatDateTime(row.createdAt)}</td>
      <td>
        <span class={`badge ${STATUS_CLASS[row.status]}`}>{STATUS_LABELS[row.status]}</span>
      </td>
      <td>
        {CHANNEL_LABELS[row.channel]}
        {row.destination && <span class="muted"> {row.destination}</span>}
      </td>
      <td title={row.title || undefined}>{EVENT_LABELS[row.event]}</td>
      <td>{row.attempts}</td>
      <td>{row.responseCode ?? '—'}</td>
      <td class="last-error">{row.lastError ?? '—'}</td>
      <td>{row.deliveredAt ? formatDateTime(row.deliveredAt) : row.nextAttemptAt ? `next ${formatDateTime(row.nextAttemptAt)}` : '—'}</td>
      <td>
        {row.status !== 'PENDING' && (
          <button
            type="button"
            disabled={busy}
            aria-label={`Re-send the ${EVENT_LABELS[row.event].toLowerCase()} notification by ${CHANNEL_LABELS[row.channel]}`}
            onClick={async () => {
              setBusy(true);
              setProblem(null);
              try {
                const seenBefore = deliveryUpdates.get().get(row.id);
                const answer = await request(ResendNotificationDocument, { id: row.id }, { admin: true });
                const resent = payloadOf(answer.resendNotification, 'NotificationDelivery');
                // The re-send may be delivered, and announced live, before this answer arrives:
                // a newer live update wins over the answer's older PENDING row.
                if (deliveryUpdates.get().get(row.id) === seenBefore) {
                  deliveryUpdates.set(new Map(deliveryUpdates.get()).set(resent.id, resent));
                }
              } catch (error) {
                setProblem((error as Error).message);
              } finally {
                setBusy(false);
              }
            }}
          >
            Re-send
          </button>
        )}
        {problem && <span class="error"> {problem}</span>}
      </td>
    </tr>
  );
}
