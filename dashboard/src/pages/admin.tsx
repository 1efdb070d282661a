import { useState } from 'preact/hooks';
import { payloadOf, request } from '../api/client.ts';
import { forgetToken, tokenFor } from '../api/tokens.ts';
import { useQuery } from '../api/use-query.ts';
import { TokenPrompt } from '../components/token-prompt.tsx';
import { Outcome, useAction } from '../components/use-action.tsx';
import { formatDateTime } from '../format.ts';
import { AdminPageDocument, PruneRunsDocument, RunOverdueCheckDocument, SetMonitoringDocument } from '../generated/graphql.ts';
import type { AdminPageQuery, ReminderFrequency } from '../generated/graphql.ts';
import { useStore } from '../store.ts';
import { tokenVersion } from '../api/tokens.ts';
import { hrefFor } from '../router.ts';
import type { AdminSection } from '../router.ts';
import { DuplicateGroups, ServerSettings } from './admin-servers.tsx';
import { NotificationsAdmin } from './admin-notifications.tsx';

const admin = { admin: true };
/** In minutes, as duplistatus offers them; the API takes milliseconds. */
const TOLERANCES = [0, 5, 15, 30, 60, 120, 240, 360, 720, 1440];
const FREQUENCIES: ReminderFrequency[] = ['ONETIME', 'EVERY_DAY', 'EVERY_WEEK', 'EVERY_MONTH'];

export function AdminPage({ section }: { section: AdminSection }) {
  useStore(tokenVersion);
  const hasToken = tokenFor('admin') !== null;
  const { data, error, refetch } = useQuery(AdminPageDocument, {}, { admin: true, skip: !hasToken || section !== 'general' });

  if (!hasToken) {
    return (
      <>
        <h1>Admin</h1>
        <TokenPrompt kind="admin" />
      </>
    );
  }
  return (
    <>
      <h1>Admin</h1>
      <p>
        <button type="button" onClick={() => forgetToken('admin')}>
          Forget the admin token
        </button>
      </p>
      {error && (
        <>
          <p class="error" role="alert">
            {error.message}
          </p>
          <TokenPrompt kind="admin" />
        </>
      )}
      <nav class="tabs" aria-label="Admin sections">
        <a href={hrefFor.admin('general')} aria-current={section === 'general' ? 'page' : undefined}>
          Servers and monitoring
        </a>
        <a href={hrefFor.admin('notifications')} aria-current={section === 'notifications' ? 'page' : undefined}>
          Notifications
        </a>
      </nav>
      {section === 'notifications' ? <NotificationsAdmin /> : data && <AdminSections data={data} refetch={refetch} />}
    </>
  );
}

function AdminSections({ data, refetch }: { data: AdminPageQuery; refetch(): void }) {
  return (
    <>
      <section aria-labelledby="admin-monitoring">
        <h2 id="admin-monitoring">Monitoring settings</h2>
        <MonitoringForm settings={data.monitoringSettings} onChange={refetch} />
      </section>
      <section aria-labelledby="admin-servers">
        <h2 id="admin-servers">Servers and job schedules</h2>
        {data.servers.nodes.length === 0 && <p class="muted">No servers.</p>}
        {data.servers.nodes.map((server) => (
          <ServerSettings key={server.id} server={server} onChange={refetch} />
        ))}
      </section>
      <section aria-labelledby="admin-duplicates">
        <h2 id="admin-duplicates">Duplicate servers</h2>
        <DuplicateGroups groups={data.duplicateServers} onChange={refetch} />
      </section>
      <section aria-labelledby="admin-prune">
        <h2 id="admin-prune">Prune old runs</h2>
        <PruneForm onChange={refetch} />
      </section>
      <section aria-labelledby="admin-usage">
        <h2 id="admin-usage">Deprecated fields still in use</h2>
        <DeprecatedUsage usage={data.deprecatedFieldUsage} />
      </section>
    </>
  );
}

function MonitoringForm({ settings, onChange }: { settings: AdminPageQuery['monitoringSettings']; onChange(): void }) {
  const [tolerance, setTolerance] = useState(settings.defaultToleranceMilliseconds / 60_000);
  const [frequency, setFrequency] = useState(settings.reminderFrequency);
  const save = useAction(onChange);
  const check = useAction(onChange);
  return (
    <form
      class="card"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(
          async () =>
            payloadOf(
              (
                await request(
                  SetMonitoringDocument,
                  { input: { defaultToleranceMilliseconds: tolerance * 60_000, reminderFrequency: frequency } },
                  admin,
                )
              ).setMonitoringSettings,
              'SetMonitoringSettingsPayload',
            ),
          () => 'Settings saved.',
        );
      }}
    >
      <div class="field">
        <label for="default-tolerance">Default tolerance</label>
        <select id="default-tolerance" value={tolerance} onChange={(event) => setTolerance(Number(event.currentTarget.value))}>
          {TOLERANCES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes} min
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="reminder-frequency">Overdue reminders</label>
        <select
          id="reminder-frequency"
          value={frequency}
          onChange={(event) => setFrequency(event.currentTarget.value as ReminderFrequency)}
        >
          {FREQUENCIES.map((value) => (
            <option key={value} value={value}>
              {value.toLowerCase().replace('_', ' ')}
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        <button type="submit" class="primary" disabled={save.busy}>
          Save settings
        </button>
        <button
          type="button"
          disabled={check.busy}
          onClick={() =>
            void check.run(
              async () => payloadOf((await request(RunOverdueCheckDocument, {}, admin)).runOverdueCheck, 'RunOverdueCheckPayload'),
              (payload) => payload.check.message,
            )
          }
        >
          Run the overdue check now
        </button>
      </div>
      <Outcome state={save} />
      <Outcome state={check} />
    </form>
  );
}

function PruneForm({ onChange }: { onChange(): void }) {
  const [date, setDate] = useState('');
  const prune = useAction(onChange);
  return (
    <form
      class="card"
      onSubmit={(event) => {
        event.preventDefault();
        if (!date || !confirm(`Delete every run that ended before ${date}?`)) return;
        void prune.run(
          async () =>
            payloadOf(
              (await request(PruneRunsDocument, { olderThan: new Date(`${date}T00:00:00Z`).toISOString() }, admin)).pruneBackups,
              'PruneBackupsPayload',
            ),
          (payload) => `Deleted ${payload.deleted.runs} runs of ${payload.deleted.jobsAffected} jobs.`,
        );
      }}
    >
      <div class="field">
        <label for="prune-before">Delete runs that ended before (UTC date)</label>
        <input id="prune-before" type="date" required value={date} onInput={(event) => setDate(event.currentTarget.value)} />
      </div>
      <button type="submit" class="danger" disabled={prune.busy}>
        Prune
      </button>
      <Outcome state={prune} />
    </form>
  );
}

function DeprecatedUsage({ usage }: { usage: AdminPageQuery['deprecatedFieldUsage'] }) {
  if (usage.length === 0) return <p class="muted">No client has used a deprecated field since the server started.</p>;
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">Deprecated fields by client</caption>
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Field</th>
            <th scope="col">Uses</th>
            <th scope="col">Last used</th>
          </tr>
        </thead>
        <tbody>
          {usage.map((row) => (
            <tr key={`${row.client}|${row.clientVersion}|${row.coordinate}`}>
              <td>
                {row.client}
                {row.clientVersion && ` ${row.clientVersion}`}
              </td>
              <td>
                <code>{row.coordinate}</code>
              </td>
              <td>{row.count}</td>
              <td>{formatDateTime(row.lastSeenAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
