import { getAction, runAction, type ActionId } from '../actions/actions';
import { formatShortcut } from '../actions/keys';
import { useActionState } from '../actions/useActionState';

/**
 * A toolbar button for an action: its icon, and its label and shortcut as the accessible name and tooltip. Greyed
 * out (aria-disabled, still focusable, so the focus stays put when its action runs out) and pressed from the table.
 */
export function ActionButton({ id, text, className }: { id: ActionId; text?: boolean; className?: string }) {
  const action = getAction(id);
  const { enabled, checked } = useActionState(id);
  const Icon = action.icon;
  const shortcut = action.keys?.[0] ? ` (${formatShortcut(action.keys[0])})` : '';
  return (
    <button
      type="button"
      className={[text ? 'tool tool-text' : 'tool', className].filter(Boolean).join(' ')}
      aria-label={text ? undefined : action.label}
      aria-pressed={checked}
      aria-disabled={enabled ? undefined : true}
      title={action.label + shortcut}
      onClick={() => runAction(id)}
      data-action={id}
    >
      {Icon ? <Icon size={16} strokeWidth={1.8} aria-hidden /> : null}
      {text ? <span>{action.label}</span> : null}
    </button>
  );
}
