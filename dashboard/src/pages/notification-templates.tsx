import { useState } from 'preact/hooks';
import { payloadOf, request } from '../api/client.ts';
import { SelectField, TextField } from '../components/fields.tsx';
import { Outcome, useAction } from '../components/use-action.tsx';
import { useQuery } from '../api/use-query.ts';
import { SetNotificationTemplateDocument, TemplatePreviewJobsDocument } from '../generated/graphql.ts';
import type { NotificationSettingsViewFragment, NotificationTemplateKind } from '../generated/graphql.ts';
import { TEMPLATE_LABELS } from './notification-labels.ts';
import { TemplatePreview } from './notification-template-preview.tsx';
import type { PreviewJob } from './notification-template-preview.tsx';

const admin = { admin: true };
type Template = NotificationSettingsViewFragment['templates'][number];

const KINDS = Object.keys(TEMPLATE_LABELS) as NotificationTemplateKind[];
const PRIORITIES = ['min', 'low', 'default', 'high', 'max'].map((value) => ({ value, label: value }));

/** duplistatus's three templates; a kind never stored renders with the built-in default. */
export function Templates({ templates, onChange }: { templates: readonly Template[]; onChange(): void }) {
  const jobs = useQuery(TemplatePreviewJobsDocument, {}).data?.backupJobs.nodes ?? [];
  return (
    <>
      {KINDS.map((kind) => (
        <TemplateForm
          key={kind}
          kind={kind}
          template={templates.find((template) => template.kind === kind)}
          jobs={jobs}
          onChange={onChange}
        />
      ))}
    </>
  );
}

function TemplateForm({
  kind,
  template,
  jobs,
  onChange,
}: {
  kind: NotificationTemplateKind;
  template?: Template;
  jobs: readonly PreviewJob[];
  onChange(): void;
}) {
  const [title, setTitle] = useState(template?.title ?? '');
  const [message, setMessage] = useState(template?.message ?? '');
  const [priority, setPriority] = useState(template?.priority ?? 'default');
  const [tags, setTags] = useState(template?.tags ?? '');
  const save = useAction(onChange);
  const prefix = `template-${kind.toLowerCase()}`;
  return (
    <details class="card template" data-template-kind={kind}>
      <summary>
        <strong>{TEMPLATE_LABELS[kind]}</strong> <span class="muted">{template ? 'stored' : 'built-in default in use'}</span>
      </summary>
      <form
        aria-label={`Template: ${TEMPLATE_LABELS[kind]}`}
        onSubmit={(event) => {
          event.preventDefault();
          void save.run(
            async () =>
              payloadOf(
                (await request(SetNotificationTemplateDocument, { input: { kind, title, message, priority, tags } }, admin))
                  .setNotificationTemplate,
                'NotificationSettings',
              ),
            () => 'Template saved.',
          );
        }}
      >
        <TextField id={`${prefix}-title`} label="Title (e-mail subject)" required value={title} onInput={setTitle} />
        <div class="field">
          <label for={`${prefix}-message`}>Message ({'{placeholder}'}s are filled per event)</label>
          <textarea id={`${prefix}-message`} required rows={6} value={message} onInput={(event) => setMessage(event.currentTarget.value)} />
        </div>
        <SelectField id={`${prefix}-priority`} label="ntfy priority" value={priority} options={PRIORITIES} onChange={setPriority} />
        <TextField id={`${prefix}-tags`} label="ntfy tags (comma-separated)" value={tags} onInput={setTags} />
        <div class="actions">
          <button type="submit" class="primary" disabled={save.busy}>
            Save template
          </button>
        </div>
        <Outcome state={save} />
      </form>
      <TemplatePreview kind={kind} text={{ title, message, priority, tags }} jobs={jobs} />
    </details>
  );
}
