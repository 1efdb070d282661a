import { useState } from 'preact/hooks';
import { payloadOf, request } from '../api/client.ts';
import { CheckField, TextField } from '../components/fields.tsx';
import { SendTestNotificationDocument } from '../generated/graphql.ts';
import type { NotificationChannel, SendTestNotificationMutation } from '../generated/graphql.ts';
import { CHANNEL_LABELS } from './notification-labels.ts';

const admin = { admin: true };
type Outcomes = Extract<SendTestNotificationMutation['sendTestNotification'], { __typename: 'SendTestNotificationPayload' }>['outcomes'];

/** The channels a test reaches; a webhook only ever gets real events. */
const TESTABLE: NotificationChannel[] = ['NTFY', 'EMAIL', 'GOTIFY', 'APPRISE'];

/** Sends a test now and shows what each channel answered. */
export function TestSend() {
  const [channels, setChannels] = useState<NotificationChannel[]>([]);
  const [toEmail, setToEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcomes | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      class="card"
      aria-labelledby="notification-test"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setProblem(null);
        try {
          const answer = await request(
            SendTestNotificationDocument,
            { channels: channels.length ? channels : null, toEmail: toEmail || null },
            admin,
          );
          setOutcomes(payloadOf(answer.sendTestNotification, 'SendTestNotificationPayload').outcomes);
        } catch (error) {
          setOutcomes(null);
          setProblem((error as Error).message);
        } finally {
          setBusy(false);
        }
      }}
    >
      <h3 id="notification-test">Send a test</h3>
      <fieldset>
        <legend>Channels (none ticked: every configured one)</legend>
        {TESTABLE.map((channel) => (
          <CheckField
            key={channel}
            label={CHANNEL_LABELS[channel]}
            checked={channels.includes(channel)}
            onChange={(checked) => setChannels(checked ? [...channels, channel] : channels.filter((other) => other !== channel))}
          />
        ))}
      </fieldset>
      <TextField id="test-email" label="Send the e-mail test to (empty: the recipient)" type="email" value={toEmail} onInput={setToEmail} />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Sending…' : 'Send test'}
        </button>
      </div>
      <div role="status">
        {problem && <p class="error">{problem}</p>}
        {outcomes && outcomes.length === 0 && <p class="muted">No channel is configured.</p>}
        {outcomes && outcomes.length > 0 && (
          <ul class="plain test-outcomes">
            {outcomes.map((outcome) => (
              <li key={outcome.channel} data-channel={outcome.channel} data-delivered={String(outcome.delivered)}>
                <strong>{CHANNEL_LABELS[outcome.channel]}</strong>
                {outcome.destination && ` (${outcome.destination})`}:{' '}
                <span class={outcome.delivered ? 'ok' : 'error'}>{outcome.delivered ? 'delivered' : 'failed'}</span>
                {outcome.responseCode !== null && outcome.responseCode !== undefined && `, answered ${outcome.responseCode}`}
                {outcome.error && ` — ${outcome.error}`}
              </li>
            ))}
          </ul>
        )}
      </div>
    </form>
  );
}
