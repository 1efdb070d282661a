import { useState } from 'preact/hooks';

export interface ActionState {
  busy: boolean;
  outcome: { ok: boolean; text: string } | null;
  /** Runs a change and says how it went; `done` gives the text shown on success. */
  run<T>(change: () => Promise<T>, done: (result: T) => string): Promise<void>;
}

export function useAction(onDone?: () => void): ActionState {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ActionState['outcome']>(null);
  return {
    busy,
    outcome,
    async run(change, done) {
      setBusy(true);
      setOutcome(null);
      try {
        setOutcome({ ok: true, text: done(await change()) });
        onDone?.();
      } catch (error) {
        setOutcome({ ok: false, text: (error as Error).message });
      } finally {
        setBusy(false);
      }
    },
  };
}

export function Outcome({ state }: { state: ActionState }) {
  return (
    <p class={state.outcome?.ok === false ? 'error' : 'ok'} role="status">
      {state.outcome?.text ?? ''}
    </p>
  );
}
