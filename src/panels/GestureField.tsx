import { useEffect, useRef } from 'react';
import { beginGesture, endGesture } from '../store/board-store';

/** Typing in one field, from focus to blur, is one undo step. */
export function useTypingGesture() {
  const open = useRef(false);
  useEffect(
    () => () => {
      if (open.current) endGesture();
    },
    [],
  );
  return {
    onFocus: () => {
      if (!open.current) beginGesture();
      open.current = true;
    },
    onBlur: () => {
      if (open.current) endGesture();
      open.current = false;
    },
  };
}

type FieldProps = {
  id?: string;
  label: string;
  value: string;
  multiline?: boolean;
  placeholder?: string;
  suggestions?: readonly string[];
  /** A closed list: drawn as a select whose first entry (the placeholder) is the empty value. */
  options?: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
};

export function GestureField({ id, label, value, multiline, placeholder, suggestions, options, onChange }: FieldProps) {
  const gesture = useTypingGesture();
  const listId = suggestions?.length ? `${id ?? label}-suggestions` : undefined;
  const known = !value || options?.some((o) => o.value === value);
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      {options ? (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...gesture}>
          <option value="">{placeholder ?? '—'}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {known ? null : <option value={value}>{value}</option>}
        </select>
      ) : multiline ? (
        <textarea id={id} value={value} placeholder={placeholder} rows={3} onChange={(e) => onChange(e.target.value)} {...gesture} />
      ) : (
        <input id={id} type="text" value={value} placeholder={placeholder} list={listId} onChange={(e) => onChange(e.target.value)} {...gesture} />
      )}
      {listId ? (
        <datalist id={listId}>
          {suggestions!.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
    </label>
  );
}
