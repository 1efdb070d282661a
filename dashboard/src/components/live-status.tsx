import { dismissToast, liveState, toasts } from '../api/live.ts';
import { useStore } from '../store.ts';

/** Said while the live connection is down; the page keeps showing what it last read. */
export function ConnectionBanner() {
  const state = useStore(liveState);
  if (state !== 'reconnecting') return null;
  return (
    <div class="banner" role="alert">
      Disconnected — reconnecting… Live updates resume by themselves; the page shows what it last read.
    </div>
  );
}

export function Toasts() {
  const list = useStore(toasts);
  return (
    <div class="toasts" role="status" aria-live="polite">
      {list.map((toast) => (
        <div key={toast.id} class={`toast toast-${toast.level}`}>
          {toast.href ? <a href={toast.href}>{toast.text}</a> : <span>{toast.text}</span>}
          <button type="button" class="link" aria-label="Dismiss notification" onClick={() => dismissToast(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
