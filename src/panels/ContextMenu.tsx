import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { getAction } from '../actions/actions';
import { formatShortcut } from '../actions/keys';
import { useAppStore } from '../store/app-store';

const close = () => useAppStore.setState({ menu: null });
const MARGIN = 8;

/** The canvas's right-click menu: actions from the action table, with their shortcuts. */
export function ContextMenu() {
  const menu = useAppStore((s) => s.menu);
  const box = useRef<HTMLDivElement>(null);
  // Inside the window, and the first item focused for the keyboard.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || !menu) return;
    const { width, height } = el.getBoundingClientRect();
    el.style.left = `${Math.max(MARGIN, Math.min(menu.x, innerWidth - width - MARGIN))}px`;
    el.style.top = `${Math.max(MARGIN, Math.min(menu.y, innerHeight - height - MARGIN))}px`;
    el.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [menu]);
  if (!menu) return null;

  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...box.current!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
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
      <div ref={box} className="popover context-menu" role="menu" aria-label="Actions" onPointerDown={(e) => e.stopPropagation()} onKeyDown={onKeyDown}>
        {menu.items.map((id, i) => {
          if (id === '-') return <div key={`sep-${i}`} className="context-menu-sep" role="separator" />;
          const action = getAction(id);
          const Icon = action.icon;
          return (
            <button
              key={id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close();
                action.run({ x: menu.x, y: menu.y });
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
