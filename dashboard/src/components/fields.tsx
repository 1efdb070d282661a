/** Labelled inputs for the admin forms: each label names its input, so screen readers and tests find it. */

export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  type?: 'text' | 'url' | 'email' | 'number';
  required?: boolean;
  placeholder?: string;
  hint?: string;
  autoComplete?: string;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        // Preact types each input type apart; any of these takes a text value.
        type={(props.type ?? 'text') as 'text'}
        value={props.value}
        required={props.required}
        placeholder={props.placeholder}
        autoComplete={props.autoComplete ?? 'off'}
        aria-describedby={hintId}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      {props.hint && (
        <span id={hintId} class="muted hint">
          {props.hint}
        </span>
      )}
    </div>
  );
}

export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <label class="check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      {label}
    </label>
  );
}

export function SelectField<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value as T)}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A write-only secret: the server says only whether one is stored. Empty keeps the stored one;
 * `onRemove`, when the channel allows it, offers to remove it.
 */
export function SecretField(props: {
  id: string;
  label: string;
  isSet: boolean;
  value: string;
  onInput(value: string): void;
  remove?: { checked: boolean; onChange(checked: boolean): void };
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="password"
        value={props.value}
        autoComplete="new-password"
        placeholder={props.isSet ? 'Stored; leave empty to keep it' : 'Not set'}
        aria-describedby={`${props.id}-state`}
        disabled={props.remove?.checked}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <span id={`${props.id}-state`} class="muted hint" data-secret-state={props.isSet ? 'set' : 'unset'}>
        {props.isSet ? 'Set (never shown)' : 'Not set'}
      </span>
      {props.isSet && props.remove && <CheckField label="Remove it" checked={props.remove.checked} onChange={props.remove.onChange} />}
    </div>
  );
}
