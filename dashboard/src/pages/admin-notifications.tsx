import { useEffect, useState } from 'preact/hooks';
import { payloadOf, request } from '../api/client.ts';
import { useQuery } from '../api/use-query.ts';
import { DeliveryList } from '../components/delivery-list.tsx';
import { CheckField, TextField } from '../components/fields.tsx';
import { Outcome, useAction } from '../components/use-action.tsx';
import { NotificationSettingsPageDocument, SetNotificationOptionsDocument } from '../generated/graphql.ts';
import type { NotificationSettingsViewFragment } from '../generated/graphql.ts';
import { AppriseForm, EmailForm, GotifyForm, NtfyForm } from './notification-channels.tsx';
import { Templates } from './notification-templates.tsx';
import { TestSend } from './notification-test.tsx';
import { Webhooks } from './notification-webhooks.tsx';

type Settings = NotificationSettingsViewFragment;

/** Admin → Notifications: channels, webhooks, options, templates, a test send and the outbox. */
export function NotificationsAdmin() {
  const { data, error, refetch } = useQuery(NotificationSettingsPageDocument, {}, { admin: true });
  // A form's save answers with the settings as stored; they replace the last read at once.
  const [saved, setSaved] = useState<Settings | null>(null);
  useEffect(() => setSaved(null), [data]);
  const settings = saved ?? data?.notificationSettings;

  if (error && !settings) return <p class="error">Could not read the notification settings: {error.message}</p>;
  if (!settings) return <p aria-busy="true">Loading notification settings…</p>;
  return (
    <>
      <section aria-labelledby="notifications-channels">
        <h2 id="notifications-channels">Channels</h2>
        <p class="muted">Secrets are write-only: the page only says whether one is stored.</p>
        <div class="channels">
          <NtfyForm settings={settings} onSaved={setSaved} />
          <EmailForm settings={settings} onSaved={setSaved} />
          <GotifyForm settings={settings} onSaved={setSaved} />
          <AppriseForm settings={settings} onSaved={setSaved} />
        </div>
      </section>
      <section aria-labelledby="notifications-test">
        <h2 id="notifications-test">Test</h2>
        <TestSend />
      </section>
      <section aria-labelledby="notifications-webhooks">
        <h2 id="notifications-webhooks">Webhooks</h2>
        <Webhooks webhooks={settings.webhooks} onChange={refetch} />
      </section>
      <section aria-labelledby="notifications-options">
        <h2 id="notifications-options">Options</h2>
        <OptionsForm settings={settings} onSaved={setSaved} />
      </section>
      <section aria-labelledby="notifications-templates">
        <h2 id="notifications-templates">Templates</h2>
        <p class="muted">Language: {settings.templateLanguage}. Preview renders the text as edited, before it is saved.</p>
        <Templates templates={settings.templates} onChange={refetch} />
      </section>
      <section aria-labelledby="notifications-deliveries">
        <h2 id="notifications-deliveries">Deliveries</h2>
        <DeliveryList />
      </section>
    </>
  );
}

function OptionsForm({ settings, onSaved }: { settings: Settings; onSaved(settings: Settings): void }) {
  const [notifyNewServer, setNotifyNewServer] = useState(settings.notifyNewServer);
  const [threshold, setThreshold] = useState(String(settings.overdueDigestThreshold));
  const save = useAction();
  return (
    <form
      class="card"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(
          async () => {
            const input = { notifyNewServer, overdueDigestThreshold: Number(threshold) };
            const next = payloadOf(
              (await request(SetNotificationOptionsDocument, { input }, { admin: true })).setNotificationOptions,
              'NotificationSettings',
            );
            onSaved(next);
            return next;
          },
          () => 'Options saved.',
        );
      }}
    >
      <CheckField label="Notify the first report of a new server" checked={notifyNewServer} onChange={setNotifyNewServer} />
      <TextField
        id="overdue-digest"
        label="Overdue notifications in one check before they become one digest"
        type="number"
        required
        value={threshold}
        onInput={setThreshold}
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={save.busy}>
          Save options
        </button>
      </div>
      <Outcome state={save} />
    </form>
  );
}
