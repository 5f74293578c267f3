import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import Check from 'lucide-glyph:check';
import { getAction, runAction, type ActionId } from '../actions/actions';
import { formatShortcut } from '../actions/keys';
import { offeredItems } from '../actions/menus';
import { useActionStates } from '../actions/useActionState';
import { useAppStore } from '../store/app-store';
import './context-menu.css';

const close = () => useAppStore.setState({ menu: null });
const MARGIN = 8;
const ITEM = '[role^="menuitem"]:not([aria-disabled="true"])';

/**
 * The canvas's right-click menu, and the toolbar's "More" menu: actions from the action table with their
 * shortcuts, greyed out and ticked from the table; those this person is not offered (a viewer's edits) left out.
 */
export function ContextMenu() {
  const menu = useAppStore((s) => s.menu);
  const box = useRef<HTMLDivElement>(null);
  const states = useActionStates((menu?.items.filter((id) => id !== '-') ?? []) as ActionId[]);
  // Read on each render: useActionStates re-renders the menu when the room role changes.
  const offered = menu ? offeredItems(menu.items) : [];
  // Inside the window, and the first item focused for the keyboard.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || !menu) return;
    const { width, height } = el.getBoundingClientRect();
    el.style.left = `${Math.max(MARGIN, Math.min(menu.x, innerWidth - width - MARGIN))}px`;
    el.style.top = `${Math.max(MARGIN, Math.min(menu.y, innerHeight - height - MARGIN))}px`;
    el.querySelector<HTMLElement>(ITEM)?.focus();
  }, [menu]);
  if (!menu) return null;

  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...box.current!.querySelectorAll<HTMLElement>(ITEM)];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves) items[(at + moves[event.key] + items.length) % items.length]?.focus();
    else if (event.key === 'Home' || event.key === 'End') items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div className="menu-backdrop" onPointerDown={close} onContextMenu={(e) => { e.preventDefault(); close(); }}>
      <div ref={box} className="popover context-menu" role="menu" aria-label={menu.label ?? 'Actions'} onPointerDown={(e) => e.stopPropagation()} onKeyDown={onKeyDown}>
        {offered.map((id, i) => {
          if (id === '-') return <div key={`sep-${i}`} className="context-menu-sep" role="separator" />;
          const action = getAction(id);
          const { enabled, checked } = states.get(id) ?? { enabled: true, checked: undefined };
          const Icon = checked ? Check : action.icon;
          return (
            <button
              key={id}
              type="button"
              role={checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={checked}
              aria-disabled={enabled ? undefined : true}
              tabIndex={-1}
              data-action={id}
              onClick={() => {
                if (!enabled) return;
                close();
                runAction(id, { x: menu.x, y: menu.y });
              }}
            >
              <span className="context-menu-icon">{Icon ? <Icon size={15} strokeWidth={1.8} aria-hidden /> : null}</span>
              <span className="context-menu-label">{action.label}</span>
              {action.keys?.[0] ? <kbd>{formatShortcut(action.keys[0])}</kbd> : null}
            </button>
          );
        })}
      </div>
    </div>
  );
}
