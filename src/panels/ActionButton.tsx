import { getAction } from '../actions/actions';
import { formatShortcut } from '../actions/keys';

/** A toolbar button for an action: its icon, and its label and shortcut as the accessible name and tooltip. */
export function ActionButton({ id, pressed, text }: { id: string; pressed?: boolean; text?: boolean }) {
  const action = getAction(id);
  const Icon = action.icon;
  const shortcut = action.keys?.[0] ? ` (${formatShortcut(action.keys[0])})` : '';
  return (
    <button
      type="button"
      className={text ? 'tool tool-text' : 'tool'}
      aria-label={action.label}
      aria-pressed={pressed}
      title={action.label + shortcut}
      onClick={() => action.run()}
      data-action={id}
    >
      {Icon ? <Icon size={16} strokeWidth={1.8} aria-hidden /> : null}
      {text ? <span>{action.label}</span> : null}
    </button>
  );
}
