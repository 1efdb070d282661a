import { useState } from 'preact/hooks';
import { payloadOf, request } from '../api/client.ts';
import { SelectField } from '../components/fields.tsx';
import { NotificationTemplatePreviewDocument } from '../generated/graphql.ts';
import type { NotificationTemplateKind, NotificationTemplatePreviewQuery, TemplatePreviewJobsQuery } from '../generated/graphql.ts';
import { CHANNEL_LABELS } from './notification-labels.ts';

export type PreviewJob = TemplatePreviewJobsQuery['backupJobs']['nodes'][number];
type Preview = Extract<NotificationTemplatePreviewQuery['notificationTemplatePreview'], { __typename: 'NotificationTemplatePreview' }>;
export interface TemplateText {
  title: string;
  message: string;
  priority: string;
  tags: string;
}

function jobLabel(job: PreviewJob): string {
  const server = job.server.alias || job.server.name;
  const run = job.latestBackup ? ` (latest run: ${job.latestBackup.status.toLowerCase()})` : ' (no run stored)';
  return `${server} · ${job.backupName}${run}`;
}

/**
 * Renders the text being edited, unsaved, against a stored run: a run's template takes the job's
 * latest run, the overdue template the job itself (as if it were overdue now).
 */
export function TemplatePreview({ kind, text, jobs }: { kind: NotificationTemplateKind; text: TemplateText; jobs: readonly PreviewJob[] }) {
  const usable = kind === 'OVERDUE_BACKUP' ? jobs : jobs.filter((job) => job.latestBackup);
  const [jobId, setJobId] = useState(usable[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const prefix = `template-${kind.toLowerCase()}`;
  const job = usable.find((candidate) => candidate.id === jobId);

  async function render(): Promise<void> {
    if (!job) return;
    setBusy(true);
    setProblem(null);
    try {
      const source = kind === 'OVERDUE_BACKUP' ? { jobId: job.id } : { backupId: job.latestBackup!.id };
      const template = { title: text.title, message: text.message, priority: text.priority || null, tags: text.tags || null };
      const answer = await request(NotificationTemplatePreviewDocument, { input: { kind, template, ...source } }, { admin: true });
      setPreview(payloadOf(answer.notificationTemplatePreview, 'NotificationTemplatePreview'));
    } catch (error) {
      setPreview(null);
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  if (usable.length === 0) return <p class="muted">No stored run to preview this template with yet.</p>;
  return (
    <section class="template-preview" aria-labelledby={`${prefix}-preview`}>
      <h4 id={`${prefix}-preview`}>Preview</h4>
      <SelectField
        id={`${prefix}-preview-job`}
        label={kind === 'OVERDUE_BACKUP' ? 'Job (as if overdue now)' : "Job (its latest run's values)"}
        value={jobId}
        options={usable.map((candidate) => ({ value: candidate.id, label: jobLabel(candidate) }))}
        onChange={setJobId}
      />
      <div class="actions">
        <button type="button" disabled={busy || !text.message || !text.title} onClick={() => void render()}>
          {busy ? 'Rendering…' : 'Preview'}
        </button>
      </div>
      <div role="status">
        {problem && <p class="error">{problem}</p>}
        {preview && preview.deprecatedPlaceholders.length > 0 && (
          <p class="muted">Deprecated placeholders (still rendered): {preview.deprecatedPlaceholders.join(', ')}</p>
        )}
        {preview && preview.channels.length === 0 && <p class="muted">No channel sends text.</p>}
        {preview?.channels.map((channel) => (
          <div key={channel.channel} class="preview-channel" data-channel={channel.channel} data-truncated={String(channel.truncated)}>
            <strong>{CHANNEL_LABELS[channel.channel]}</strong>
            {channel.truncated && <span class="error"> — cut to the channel's size limit</span>}
            <dl>
              <dt>Title</dt>
              <dd class="preview-title">{channel.title}</dd>
              <dt>Message</dt>
              <dd>
                <pre class="preview-message">{channel.message}</pre>
              </dd>
              <dt>Priority</dt>
              <dd>{channel.priority}</dd>
              <dt>Tags</dt>
              <dd>{channel.tags || '—'}</dd>
            </dl>
          </div>
        ))}
      </div>
    </section>
  );
}
