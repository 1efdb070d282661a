import { STATUS_LABELS } from '../format.ts';
import type { StatusName } from '../format.ts';

/** Status as a word and a colour: the word carries the meaning, the colour helps scanning. */
export function StatusBadge({ status }: { status: StatusName | null | undefined }) {
  const key = status ?? 'NONE';
  return <span class={`badge status-${key.toLowerCase()}`}>{STATUS_LABELS[key]}</span>;
}

export function OverdueBadge({ since }: { since?: string | null }) {
  return (
    <span class="badge overdue" title={since ? `Overdue since ${new Date(since).toLocaleString()}` : 'Overdue'}>
      Overdue
    </span>
  );
}
