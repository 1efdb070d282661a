import { useState } from 'preact/hooks';
import { payloadOf, request } from '../api/client.ts';
import { CheckField, TextField } from '../components/fields.tsx';
import { Outcome, useAction } from '../components/use-action.tsx';
import { AddWebhookDocument, RemoveWebhookDocument } from '../generated/graphql.ts';
import type { NotificationEventKind, NotificationSettingsViewFragment } from '../generated/graphql.ts';
import { EVENT_LABELS } from './notification-labels.ts';

const admin = { admin: true };
type Webhook = NotificationSettingsViewFragment['webhooks'][number];

/** What a new endpoint receives unless told otherwise: the server's default, every event but success. */
const DEFAULT_EVENTS = (Object.keys(EVENT_LABELS) as NotificationEventKind[]).filter(
  (event) => event !== 'BACKUP_SUCCEEDED' && event !== 'TEST',
);
const MIN_SECRET_LENGTH = 16;

export function Webhooks({ webhooks, onChange }: { webhooks: readonly Webhook[]; onChange(): void }) {
  const remove = useAction(onChange);
  return (
    <div class="card">
      {webhooks.length === 0 ? (
        <p class="muted">No webhook endpoints.</p>
      ) : (
        <div class="table-scroll">
          <table class="webhooks">
            <caption class="visually-hidden">Webhook endpoints</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">URL</th>
                <th scope="col">Events</th>
                <th scope="col">Secret</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {webhooks.map((webhook) => (
                <tr key={webhook.id} data-webhook-id={webhook.id}>
                  <td>
                    {webhook.name || '—'}
                    {!webhook.enabled && <span class="muted"> (off)</span>}
                  </td>
                  <td>
                    <code>{webhook.url}</code>
                  </td>
                  <td>{webhook.events.map((event) => EVENT_LABELS[event]).join(', ')}</td>
                  <td>{webhook.hasSecret ? 'set' : 'not set'}</td>
                  <td>
                    <button
                      type="button"
                      class="danger"
                      disabled={remove.busy}
                      aria-label={`Remove the webhook ${webhook.name || webhook.url}`}
                      onClick={() => {
                        if (!confirm(`Remove the webhook ${webhook.name || webhook.url}?`)) return;
                        void remove.run(
                          async () =>
                            payloadOf(
                              (await request(RemoveWebhookDocument, { id: webhook.id }, admin)).removeNotificationWebhook,
                              'RemoveNotificationWebhookPayload',
                            ),
                          () => 'Webhook removed.',
                        );
                      }}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Outcome state={remove} />
      <AddWebhookForm onChange={onChange} />
    </div>
  );
}

function AddWebhookForm({ onChange }: { onChange(): void }) {
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [events, setEvents] = useState<NotificationEventKind[]>(DEFAULT_EVENTS);
  const [legacyMachineKeys, setLegacyMachineKeys] = useState(false);
  const add = useAction(onChange);
  return (
    <form
      aria-labelledby="webhook-add"
      onSubmit={(event) => {
        event.preventDefault();
        void add.run(
          async () => {
            const input = { name, url, secret, events, legacyMachineKeys };
            const created = payloadOf((await request(AddWebhookDocument, { input }, admin)).addNotificationWebhook, 'NotificationWebhook');
            setName('');
            setUrl('');
            setSecret('');
            return created;
          },
          () => 'Webhook added.',
        );
      }}
    >
      <h3 id="webhook-add">Add a webhook</h3>
      <TextField id="webhook-name" label="Name" value={name} onInput={setName} />
      <TextField id="webhook-url" label="URL (http or https)" type="url" required value={url} onInput={setUrl} />
      <div class="field">
        <label for="webhook-secret">Signing secret (at least {MIN_SECRET_LENGTH} characters; never shown again)</label>
        <input
          id="webhook-secret"
          type="password"
          required
          minLength={MIN_SECRET_LENGTH}
          autoComplete="new-password"
          value={secret}
          onInput={(event) => setSecret(event.currentTarget.value)}
        />
      </div>
      <fieldset>
        <legend>Events</legend>
        {(Object.keys(EVENT_LABELS) as NotificationEventKind[])
          .filter((kind) => kind !== 'TEST')
          .map((kind) => (
            <CheckField
              key={kind}
              label={EVENT_LABELS[kind]}
              checked={events.includes(kind)}
              onChange={(checked) => setEvents(checked ? [...events, kind] : events.filter((other) => other !== kind))}
            />
          ))}
      </fieldset>
      <CheckField label="Add machine keys beside server (older receivers)" checked={legacyMachineKeys} onChange={setLegacyMachineKeys} />
      <div class="actions">
        <button type="submit" class="primary" disabled={add.busy}>
          Add webhook
        </button>
      </div>
      <Outcome state={add} />
    </form>
  );
}
