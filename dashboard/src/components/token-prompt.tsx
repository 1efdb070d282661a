import { useState } from 'preact/hooks';
import { isRemembered, setToken } from '../api/tokens.ts';
import type { TokenKind } from '../api/tokens.ts';

const TEXT: Record<TokenKind, { title: string; why: string; label: string }> = {
  read: {
    title: 'This server needs its read token',
    why: 'Reads on this server are protected. Enter the READ_TOKEN (or the admin token) to see the backups.',
    label: 'Read token',
  },
  admin: {
    title: 'Admin token needed',
    why: 'Changes need the ADMIN_TOKEN of this server.',
    label: 'Admin token',
  },
};

/** Asks once; the token is kept for this tab only, unless "remember" is ticked. */
export function TokenPrompt({ kind, onCancel, onSaved }: { kind: TokenKind; onCancel?: () => void; onSaved?: () => void }) {
  const [value, setValue] = useState('');
  const [remember, setRemember] = useState(isRemembered(kind));
  const text = TEXT[kind];
  const inputId = `token-${kind}`;
  return (
    <form
      class="card token-prompt"
      aria-labelledby={`${inputId}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!value.trim()) return;
        setToken(kind, value.trim(), remember);
        onSaved?.();
      }}
    >
      <h2 id={`${inputId}-title`}>{text.title}</h2>
      <p>{text.why}</p>
      <label for={inputId}>{text.label}</label>
      <input
        id={inputId}
        name={inputId}
        type="password"
        autocomplete="off"
        required
        value={value}
        onInput={(event) => setValue(event.currentTarget.value)}
      />
      <label class="check">
        <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.currentTarget.checked)} />
        Remember on this device
      </label>
      <div class="actions">
        <button type="submit" class="primary">
          Use token
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
