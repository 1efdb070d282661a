import { useState } from 'preact/hooks';
import { payloadOf, request } from '../api/client.ts';
import { CheckField, SelectField, TextField } from '../components/fields.tsx';
import { Outcome, useAction } from '../components/use-action.tsx';
import { WEEKDAYS } from '../format.ts';
import {
  ConfigureJobDocument,
  DeleteJobDocument,
  DeleteServerDocument,
  MergeServersDocument,
  UpdateServerDocument,
} from '../generated/graphql.ts';
import type { AdminPageQuery, NotificationLevel, UpdateServerInput } from '../generated/graphql.ts';

type AdminServer = AdminPageQuery['servers']['nodes'][number];
type AdminJob = AdminServer['backupJobs'][number];
type DuplicateGroup = AdminPageQuery['duplicateServers'][number];

const admin = { admin: true };

export function ServerSettings({ server, onChange }: { server: AdminServer; onChange(): void }) {
  const [alias, setAlias] = useState(server.alias);
  const [note, setNote] = useState(server.note);
  const [url, setUrl] = useState(server.url);
  const save = useAction(onChange);
  const remove = useAction(onChange);
  const prefix = `server-${server.id}`;
  return (
    <details class="card admin-server">
      <summary>
        <strong>{server.alias || server.name}</strong> <span class="muted">{server.serverId}</span>
      </summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save.run(
            async () =>
              payloadOf(
                (await request(UpdateServerDocument, { input: serverUpdate(server.id, { alias, note, url }) }, admin)).updateServer,
                'UpdateServerPayload',
              ),
            (payload) => (payload.changed ? 'Saved.' : 'Nothing to change.'),
          );
        }}
      >
        <div class="field">
          <label for={`${prefix}-alias`}>Alias</label>
          <input id={`${prefix}-alias`} value={alias} onInput={(event) => setAlias(event.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={`${prefix}-note`}>Note</label>
          <textarea id={`${prefix}-note`} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={`${prefix}-url`}>Duplicati web UI URL</label>
          <input id={`${prefix}-url`} type="url" value={url} onInput={(event) => setUrl(event.currentTarget.value)} />
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={save.busy}>
            Save server
          </button>
          <button
            type="button"
            class="danger"
            disabled={remove.busy}
            onClick={() => {
              if (!confirm(`Delete ${server.name} with all its jobs, runs and alerts?`)) return;
              void remove.run(
                async () => payloadOf((await request(DeleteServerDocument, { id: server.id }, admin)).deleteServer, 'DeleteServerPayload'),
                (payload) => `Deleted ${payload.name}: ${payload.deleted.jobs} jobs, ${payload.deleted.runs} runs.`,
              );
            }}
          >
            Delete server
          </button>
        </div>
        <Outcome state={save} />
        <Outcome state={remove} />
      </form>
      {server.backupJobs.map((job) => (
        <JobSettings key={job.id} job={job} onChange={onChange} />
      ))}
    </details>
  );
}

/** Filled fields are set, emptied ones cleared (the new form never reads "" or null as clear). */
function serverUpdate(id: string, values: { alias: string; note: string; url: string }): UpdateServerInput {
  const trimmed = { alias: values.alias.trim(), note: values.note, url: values.url.trim() };
  return {
    id,
    set: { alias: trimmed.alias || null, note: trimmed.note || null, url: trimmed.url || null },
    clearAlias: trimmed.alias === '',
    clearNote: trimmed.note === '',
    clearUrl: trimmed.url === '',
  };
}

const LEVELS: NotificationLevel[] = ['ALL', 'WARNINGS', 'ERRORS', 'OFF'];

function JobSettings({ job, onChange }: { job: AdminJob; onChange(): void }) {
  const { schedule } = job;
  const [interval, setExpectedInterval] = useState(schedule.expectedInterval);
  const [weekdays, setWeekdays] = useState<number[]>(schedule.allowedWeekdays);
  const [tolerance, setTolerance] = useState(
    schedule.toleranceOverrideMilliseconds === null ? '' : String(schedule.toleranceOverrideMilliseconds / 60_000),
  );
  const [checked, setChecked] = useState(schedule.overdueCheckEnabled);
  const [level, setLevel] = useState<NotificationLevel>(schedule.notificationLevel);
  const [choices, setChoices] = useState(job.notificationChoices);
  const save = useAction(onChange);
  const remove = useAction(onChange);
  const prefix = `job-${job.id}`;
  return (
    <form
      class="job-settings"
      aria-label={`Settings of ${job.backupName}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(
          async () =>
            payloadOf(
              (
                await request(
                  ConfigureJobDocument,
                  {
                    input: {
                      job: { id: job.id },
                      expectedInterval: interval,
                      allowedWeekdays: weekdays,
                      ...(tolerance === ''
                        ? { clearToleranceOverride: true }
                        : { toleranceOverrideMilliseconds: Math.round(Number(tolerance) * 60_000) }),
                      overdueCheckEnabled: checked,
                      notificationLevel: level,
                      ntfyEnabled: choices.ntfyEnabled,
                      emailEnabled: choices.emailEnabled,
                      gotifyEnabled: choices.gotifyEnabled,
                      appriseEnabled: choices.appriseEnabled,
                      notifyRecovered: choices.notifyRecovered,
                      additionalNtfyTopic: choices.additionalNtfyTopic,
                      additionalEmails: choices.additionalEmails,
                      additionalNotificationLevel: choices.additionalNotificationLevel,
                    },
                  },
                  admin,
                )
              ).configureBackupJob,
              'ConfigureBackupJobPayload',
            ),
          () => 'Job settings saved.',
        );
      }}
    >
      <h3>{job.backupName}</h3>
      <div class="field">
        <label for={`${prefix}-interval`}>Expected interval (e.g. 1D, 12h, 1W)</label>
        <input id={`${prefix}-interval`} value={interval} onInput={(event) => setExpectedInterval(event.currentTarget.value)} />
      </div>
      <fieldset>
        <legend>Weekdays (UTC; none ticked means every day)</legend>
        {WEEKDAYS.map((name, day) => (
          <label key={name} class="check">
            <input
              type="checkbox"
              checked={weekdays.includes(day)}
              onChange={(event) =>
                setWeekdays(event.currentTarget.checked ? [...weekdays, day].sort() : weekdays.filter((other) => other !== day))
              }
            />
            {name}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for={`${prefix}-tolerance`}>Tolerance in minutes (empty: global default)</label>
        <input
          id={`${prefix}-tolerance`}
          type="number"
          min="0"
          value={tolerance}
          onInput={(event) => setTolerance(event.currentTarget.value)}
        />
      </div>
      <label class="check">
        <input type="checkbox" checked={checked} onChange={(event) => setChecked(event.currentTarget.checked)} />
        Check for overdue runs
      </label>
      <div class="field">
        <label for={`${prefix}-level`}>Warning alerts for</label>
        <select id={`${prefix}-level`} value={level} onChange={(event) => setLevel(event.currentTarget.value as NotificationLevel)}>
          {LEVELS.map((value) => (
            <option key={value} value={value}>
              {value.toLowerCase()}
            </option>
          ))}
        </select>
      </div>
      <JobNotificationChoices prefix={prefix} choices={choices} onChange={setChoices} />
      <div class="actions">
        <button type="submit" class="primary" disabled={save.busy}>
          Save job settings
        </button>
        <button
          type="button"
          class="danger"
          disabled={remove.busy}
          onClick={() => {
            if (!confirm(`Delete the job ${job.backupName} with its runs and alerts?`)) return;
            void remove.run(
              async () =>
                payloadOf(
                  (await request(DeleteJobDocument, { input: { job: { id: job.id } } }, admin)).deleteBackupJob,
                  'DeleteBackupJobPayload',
                ),
              (payload) => `Deleted ${payload.backupName}: ${payload.deleted.runs} runs.`,
            );
          }}
        >
          Delete job
        </button>
      </div>
      <Outcome state={save} />
      <Outcome state={remove} />
    </form>
  );
}

type Choices = AdminJob['notificationChoices'];

/** Which channels this job notifies through, and where its extra notifications go. */
function JobNotificationChoices({ prefix, choices, onChange }: { prefix: string; choices: Choices; onChange(choices: Choices): void }) {
  const set =
    <K extends keyof Choices>(key: K) =>
    (value: Choices[K]) =>
      onChange({ ...choices, [key]: value });
  return (
    <fieldset>
      <legend>Notifications</legend>
      <CheckField label="ntfy" checked={choices.ntfyEnabled} onChange={set('ntfyEnabled')} />
      <CheckField label="E-mail" checked={choices.emailEnabled} onChange={set('emailEnabled')} />
      <CheckField label="Gotify" checked={choices.gotifyEnabled} onChange={set('gotifyEnabled')} />
      <CheckField label="Apprise" checked={choices.appriseEnabled} onChange={set('appriseEnabled')} />
      <CheckField label="Notify when a good run recovers" checked={choices.notifyRecovered} onChange={set('notifyRecovered')} />
      <TextField
        id={`${prefix}-extra-topic`}
        label="Extra ntfy topic"
        value={choices.additionalNtfyTopic}
        onInput={set('additionalNtfyTopic')}
      />
      <TextField
        id={`${prefix}-extra-emails`}
        label="Extra e-mail recipients (comma-separated)"
        value={choices.additionalEmails}
        onInput={set('additionalEmails')}
      />
      <SelectField<NotificationLevel>
        id={`${prefix}-extra-level`}
        label="Runs that reach the extra destinations"
        value={choices.additionalNotificationLevel}
        options={LEVELS.map((value) => ({ value, label: value.toLowerCase() }))}
        onChange={set('additionalNotificationLevel')}
      />
    </fieldset>
  );
}

/** A reinstalled Duplicati reports under a new machine-id: fold the older servers into the newest. */
export function DuplicateGroups({ groups, onChange }: { groups: readonly DuplicateGroup[]; onChange(): void }) {
  const merge = useAction(onChange);
  if (groups.length === 0) return <p class="muted">No two servers share a name.</p>;
  return (
    <>
      <ul class="plain">
        {groups.map((group) => {
          const [target, ...sources] = group.servers;
          return (
            <li key={group.name}>
              <strong>{group.name}</strong>: {group.servers.length} servers ({group.servers.map((server) => server.serverId).join(', ')}){' '}
              <button
                type="button"
                disabled={merge.busy || !target}
                onClick={() => {
                  if (!target || !confirm(`Merge ${sources.length} older server(s) named ${group.name} into the newest one?`)) return;
                  void merge.run(
                    async () =>
                      payloadOf(
                        (
                          await request(
                            MergeServersDocument,
                            { input: { targetId: target.id, sourceIds: sources.map((server) => server.id) } },
                            admin,
                          )
                        ).mergeServers,
                        'MergeServersPayload',
                      ),
                    (payload) => `Merged: ${payload.counts.runsMoved} runs moved, ${payload.counts.servers} servers removed.`,
                  );
                }}
              >
                Merge into newest
              </button>
            </li>
          );
        })}
      </ul>
      <Outcome state={merge} />
    </>
  );
}
