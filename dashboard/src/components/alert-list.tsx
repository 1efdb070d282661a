import { useState } from 'preact/hooks';
import { payloadOf, request, TokenRequiredError } from '../api/client.ts';
import { formatDateTime } from '../format.ts';
import { AcknowledgeAlertDocument } from '../generated/graphql.ts';
import type { AlertRowFragment } from '../generated/graphql.ts';
import { TokenPrompt } from './token-prompt.tsx';

const KIND_LABELS: Record<AlertRowFragment['kind'], string> = {
  OVERDUE: 'Overdue',
  BACKUP_FAILED: 'Backup failed',
  BACKUP_WARNING: 'Backup warning',
};

/** Alerts with their history; an open, unacknowledged one can be acknowledged (admin token). */
export function AlertList({
  alerts,
  onChange,
}: {
  alerts: readonly (AlertRowFragment & { job?: { backupName: string } })[];
  onChange(): void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [askToken, setAskToken] = useState(false);
  const [pending, setPending] = useState<string | null>(null);

  async function acknowledge(id: string) {
    setProblem(null);
    setPending(id);
    try {
      payloadOf((await request(AcknowledgeAlertDocument, { id }, { admin: true })).acknowledgeAlert, 'AcknowledgeAlertPayload');
      setAskToken(false);
      onChange();
    } catch (error) {
      setProblem(`Not acknowledged: ${(error as Error).message}`);
      if (error instanceof TokenRequiredError) setAskToken(true);
    } finally {
      setPending(null);
    }
  }

  if (alerts.length === 0) return <p class="muted">No alerts.</p>;
  return (
    <div>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {askToken && <TokenPrompt kind="admin" onCancel={() => setAskToken(false)} onSaved={() => setAskToken(false)} />}
      <ul class="alerts">
        {alerts.map((alert) => (
          <li key={alert.id} class={`alert-item ${alert.active ? 'open' : 'closed'}`} data-alert-id={alert.id}>
            <div>
              <strong>{KIND_LABELS[alert.kind]}</strong>
              {alert.job && <span> · {alert.job.backupName}</span>} · <span>{alert.active ? 'open' : 'resolved'}</span>
              {alert.acknowledgedAt && <span class="ack"> · acknowledged {formatDateTime(alert.acknowledgedAt)}</span>}
            </div>
            <div class="muted">
              {alert.message} — raised {formatDateTime(alert.raisedAt)}
              {alert.reminderCount > 0 && `, ${alert.reminderCount} reminder(s)`}
              {alert.resolvedAt && `, resolved ${formatDateTime(alert.resolvedAt)}`}
            </div>
            {alert.active && !alert.acknowledgedAt && (
              <button type="button" disabled={pending === alert.id} onClick={() => acknowledge(alert.id)}>
                Acknowledge
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
