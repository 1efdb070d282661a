import { useState } from 'preact/hooks';
import { payloadOf, request } from '../api/client.ts';
import { CheckField, SecretField, SelectField, TextField } from '../components/fields.tsx';
import { Outcome, useAction } from '../components/use-action.tsx';
import { SetAppriseDocument, SetEmailDocument, SetGotifyDocument, SetNtfyDocument } from '../generated/graphql.ts';
import type { NotificationSettingsViewFragment, SmtpConnectionType } from '../generated/graphql.ts';

const admin = { admin: true };
type Settings = NotificationSettingsViewFragment;

/** Every channel's form saves through its own mutation, whose answer is the settings as stored. */
export interface ChannelProps {
  settings: Settings;
  onSaved(settings: Settings): void;
}

export function NtfyForm({ settings, onSaved }: ChannelProps) {
  const [url, setUrl] = useState(settings.ntfy?.url ?? 'https://ntfy.sh/');
  const [topic, setTopic] = useState(settings.ntfy?.topic ?? '');
  const [token, setToken] = useState('');
  const [removeToken, setRemoveToken] = useState(false);
  const save = useAction();
  return (
    <form
      class="card channel"
      aria-labelledby="channel-ntfy"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(
          async () => {
            const accessToken = removeToken ? '' : token || undefined;
            const next = payloadOf(
              (await request(SetNtfyDocument, { input: { url, topic, accessToken } }, admin)).setNtfySettings,
              'NotificationSettings',
            );
            setToken('');
            setRemoveToken(false);
            onSaved(next);
            return next;
          },
          () => 'ntfy saved.',
        );
      }}
    >
      <h3 id="channel-ntfy">ntfy</h3>
      <TextField id="ntfy-url" label="Server URL" type="url" required value={url} onInput={setUrl} />
      <TextField id="ntfy-topic" label="Topic" required value={topic} onInput={setTopic} />
      <SecretField
        id="ntfy-token"
        label="Access token"
        isSet={settings.ntfy?.hasAccessToken ?? false}
        value={token}
        onInput={setToken}
        remove={{ checked: removeToken, onChange: setRemoveToken }}
      />
      <button type="submit" class="primary" disabled={save.busy}>
        Save ntfy
      </button>
      <Outcome state={save} />
    </form>
  );
}

const CONNECTIONS: { value: SmtpConnectionType; label: string }[] = [
  { value: 'STARTTLS', label: 'STARTTLS (TLS required)' },
  { value: 'SSL', label: 'SSL/TLS from the start' },
  { value: 'PLAIN', label: 'Plain (no TLS)' },
];

export function EmailForm({ settings, onSaved }: ChannelProps) {
  const email = settings.email;
  const [host, setHost] = useState(email?.host ?? '');
  const [port, setPort] = useState(String(email?.port ?? 587));
  const [connectionType, setConnectionType] = useState<SmtpConnectionType>(email?.connectionType ?? 'STARTTLS');
  const [requireAuth, setRequireAuth] = useState(email?.requireAuth ?? true);
  const [username, setUsername] = useState(email?.username ?? '');
  const [password, setPassword] = useState('');
  const [removePassword, setRemovePassword] = useState(false);
  const [mailto, setMailto] = useState(email?.mailto ?? '');
  const [fromAddress, setFromAddress] = useState(email?.fromAddress ?? '');
  const [senderName, setSenderName] = useState(email?.senderName ?? '');
  const save = useAction();
  return (
    <form
      class="card channel"
      aria-labelledby="channel-email"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(
          async () => {
            const input = {
              host,
              port: Number(port),
              connectionType,
              requireAuth,
              username,
              password: removePassword ? '' : password || undefined,
              mailto,
              fromAddress,
              senderName: senderName || undefined,
            };
            const next = payloadOf((await request(SetEmailDocument, { input }, admin)).setEmailSettings, 'NotificationSettings');
            setPassword('');
            setRemovePassword(false);
            onSaved(next);
            return next;
          },
          () => 'E-mail saved.',
        );
      }}
    >
      <h3 id="channel-email">E-mail</h3>
      {email?.passwordMustBeSetAgain && <p class="error">The upgrade could not carry duplistatus's password over: enter it again.</p>}
      <TextField id="email-host" label="SMTP host" required value={host} onInput={setHost} />
      <TextField id="email-port" label="Port" type="number" required value={port} onInput={setPort} />
      <SelectField<SmtpConnectionType>
        id="email-connection"
        label="Connection"
        value={connectionType}
        options={CONNECTIONS}
        onChange={setConnectionType}
      />
      <CheckField label="The server needs a login" checked={requireAuth} onChange={setRequireAuth} />
      <TextField id="email-username" label="Username" value={username} onInput={setUsername} />
      <SecretField
        id="email-password"
        label="Password"
        isSet={email?.hasPassword ?? false}
        value={password}
        onInput={setPassword}
        remove={{ checked: removePassword, onChange: setRemovePassword }}
      />
      <TextField id="email-to" label="Recipient" type="email" required value={mailto} onInput={setMailto} />
      <TextField id="email-from" label="Sender address (empty: the username)" value={fromAddress} onInput={setFromAddress} />
      <TextField id="email-sender" label="Sender name" placeholder="duplistatus" value={senderName} onInput={setSenderName} />
      <button type="submit" class="primary" disabled={save.busy}>
        Save e-mail
      </button>
      <Outcome state={save} />
    </form>
  );
}

export function GotifyForm({ settings, onSaved }: ChannelProps) {
  const [url, setUrl] = useState(settings.gotify?.url ?? '');
  const [enabled, setEnabled] = useState(settings.gotify?.enabled ?? true);
  const [token, setToken] = useState('');
  const save = useAction();
  return (
    <form
      class="card channel"
      aria-labelledby="channel-gotify"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(
          async () => {
            const input = { url, enabled, token: token || undefined };
            const next = payloadOf((await request(SetGotifyDocument, { input }, admin)).setGotifySettings, 'NotificationSettings');
            setToken('');
            onSaved(next);
            return next;
          },
          () => 'Gotify saved.',
        );
      }}
    >
      <h3 id="channel-gotify">Gotify</h3>
      <TextField id="gotify-url" label="Server URL" type="url" required value={url} onInput={setUrl} />
      <SecretField
        id="gotify-token"
        label="Application token"
        isSet={settings.gotify?.hasToken ?? false}
        value={token}
        onInput={setToken}
      />
      <CheckField label="Send through Gotify" checked={enabled} onChange={setEnabled} />
      <div class="actions">
        <button type="submit" class="primary" disabled={save.busy}>
          Save Gotify
        </button>
      </div>
      <Outcome state={save} />
    </form>
  );
}

export function AppriseForm({ settings, onSaved }: ChannelProps) {
  const [url, setUrl] = useState(settings.apprise?.url ?? '');
  const [key, setKey] = useState(settings.apprise?.key ?? '');
  const [enabled, setEnabled] = useState(settings.apprise?.enabled ?? true);
  const [urls, setUrls] = useState('');
  const save = useAction();
  return (
    <form
      class="card channel"
      aria-labelledby="channel-apprise"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(
          async () => {
            const input = { url, key, enabled, urls: urls || undefined };
            const next = payloadOf((await request(SetAppriseDocument, { input }, admin)).setAppriseSettings, 'NotificationSettings');
            setUrls('');
            onSaved(next);
            return next;
          },
          () => 'Apprise saved.',
        );
      }}
    >
      <h3 id="channel-apprise">Apprise API</h3>
      <TextField id="apprise-url" label="Apprise API server" type="url" required value={url} onInput={setUrl} />
      <TextField id="apprise-key" label="Configuration key (empty: send the URLs below)" value={key} onInput={setKey} />
      <SecretField id="apprise-urls" label="Apprise URLs" isSet={settings.apprise?.hasUrls ?? false} value={urls} onInput={setUrls} />
      <CheckField label="Send through Apprise" checked={enabled} onChange={setEnabled} />
      <div class="actions">
        <button type="submit" class="primary" disabled={save.busy}>
          Save Apprise
        </button>
      </div>
      <Outcome state={save} />
    </form>
  );
}
