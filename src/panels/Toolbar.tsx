import { useLayoutEffect, useRef, useState } from 'react';
import CloudOff from 'lucide-glyph:cloud-off';
import Check from 'lucide-glyph:check';
import Loader from 'lucide-glyph:loader';
import MoreHorizontal from 'lucide-glyph:ellipsis';
import { ACTIONS, type ActionGroup, type ActionId } from '../actions/actions';
import type { MenuItem } from '../actions/menus';
import { firstSelected, goToNode, nearestToCentre } from '../canvas/board-keys';
import { useAppStore } from '../store/app-store';
import { ActionButton } from './ActionButton';
import { BoardMenu } from './BoardMenu';

function SaveStatus() {
  const save = useAppStore((s) => s.save);
  if (save.state === 'error') {
    return (
      <span className="save-status is-error" role="alert" title={save.message}>
        <CloudOff size={14} aria-hidden /> <span className="save-status-text">Not saved</span>
      </span>
    );
  }
  const text = save.state === 'saving' ? 'Saving…' : 'Saved';
  // The text sits in a box as wide as the longer of the two (styles.css): a save does not resize the toolbar's
  // start, whose width the toolbar measures to fit its buttons (a layout and a measure on each save otherwise).
  return (
    <span className="save-status" aria-live="polite" title={text}>
      {save.state === 'saving' ? <Loader size={14} aria-hidden /> : <Check size={14} aria-hidden />}
      <span className="save-status-text">
        <span>{text}</span>
      </span>
    </span>
  );
}

/** The toolbar's buttons in the order they are drawn; '|' separates groups. */
const TOOLBAR: readonly (ActionId | '|')[] = [
  'undo', 'redo', '|', 'add-note', 'group', 'ungroup', 'duplicate', 'delete', '|', 'layout-lr', 'layout-tb', 'fit-view',
  'find', 'toggle-snap', '|', 'templates', 'practice', 'open-file', 'export', '|', 'toggle-theme', 'help', 'toggle-checklist',
  'toggle-inspector',
];
/** Most used first: where the toolbar is narrow, the buttons at the end of this list go into the "More" menu. */
const PRIORITY: readonly ActionId[] = [
  'undo', 'toggle-checklist', 'redo', 'add-note', 'delete', 'toggle-inspector', 'find', 'fit-view', 'export', 'templates', 'practice',
  'group', 'duplicate', 'ungroup', 'layout-lr', 'help', 'toggle-theme', 'open-file', 'layout-tb', 'toggle-snap',
];
const GROUPS: readonly ActionGroup[] = ['Board', 'Edit', 'Arrange', 'View', 'Help'];
const GAP = 2;
const SEPARATOR = 13;
const TEMPLATES_TEXT = 84;

/** The buttons that fit in `width`, by priority, and whether "Templates…" has room for its text. */
function fitButtons(width: number, button: number): { shown: Set<ActionId>; templatesText: boolean } {
  const shown = new Set<ActionId>();
  const cost = (ids: Set<ActionId>, text: boolean) => {
    const drawn = TOOLBAR.filter((id) => id === '|' || ids.has(id));
    // A separator counts only between two groups that both have a button on show.
    const separators = drawn.filter((id, i) => id === '|' && i > 0 && drawn[i - 1] !== '|' && drawn.slice(i + 1).some((x) => x !== '|')).length;
    return ids.size * (button + GAP) + separators * SEPARATOR + (text && ids.has('templates') ? TEMPLATES_TEXT : 0);
  };
  for (const id of PRIORITY) {
    const next = new Set(shown).add(id);
    if (cost(next, false) > width) break;
    shown.add(id);
  }
  return { shown, templatesText: shown.size === PRIORITY.length && cost(shown, true) <= width };
}

/** Every action the toolbar does not show, by group: the "More" menu. */
function overflowItems(shown: Set<ActionId>): MenuItem[] {
  const items: MenuItem[] = [];
  for (const group of GROUPS) {
    const ids = ACTIONS.filter((a) => a.group === group && !shown.has(a.id)).map((a) => a.id);
    if (ids.length === 0) continue;
    if (items.length) items.push('-');
    items.push(...ids);
  }
  return items;
}

/**
 * The toolbar shows as many of the most used actions as fit its width (measured, so it never overlaps itself at
 * any size or with touch-sized buttons); every other action of the table is in the "More" menu.
 */
export function Toolbar() {
  const bar = useRef<HTMLElement>(null);
  const start = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<{ shown: Set<ActionId>; templatesText: boolean }>({ shown: new Set(PRIORITY), templatesText: true });

  useLayoutEffect(() => {
    const el = bar.current!;
    const measure = () => {
      const style = getComputedStyle(el);
      const button = parseFloat(style.getPropertyValue('--tool-size')) || 32;
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      const gaps = 2 * (parseFloat(style.columnGap) || 8);
      const width = el.clientWidth - padding - start.current!.offsetWidth - gaps - (button + GAP);
      const next = fitButtons(width, button);
      setFit((old) => (old.templatesText === next.templatesText && old.shown.size === next.shown.size ? old : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    observer.observe(start.current!);
    return () => observer.disconnect();
  }, []);

  const openMore = (event: React.MouseEvent<HTMLButtonElement>) => {
    const r = event.currentTarget.getBoundingClientRect();
    useAppStore.setState({ menu: { x: r.right, y: r.bottom + 4, items: overflowItems(fit.shown), label: 'More actions' } });
  };

  const drawn = TOOLBAR.filter((id, i, all) => (id === '|' ? i > 0 && all[i - 1] !== '|' : fit.shown.has(id)));
  return (
    <header className="toolbar" ref={bar}>
      <div className="toolbar-start" ref={start}>
        <a className="skip-link" href="#board" onClick={skipToBoard}>
          Skip to the board
        </a>
        <ActionButton id="toggle-palette" />
        <h1 className="brand">MLSD Board</h1>
        <BoardMenu />
        <SaveStatus />
      </div>
      <nav className="toolbar-tools" aria-label="Tools">
        {drawn.map((id, i) =>
          id === '|' ? (
            i > 0 && drawn[i - 1] !== '|' && drawn.slice(i + 1).some((x) => x !== '|') ? <span key={`sep-${i}`} className="toolbar-sep" /> : null
          ) : (
            <ActionButton key={id} id={id} text={id === 'templates' && fit.templatesText} />
          ),
        )}
        <button type="button" className="tool" aria-label="More actions" title="More actions" aria-haspopup="menu" onClick={openMore} data-action="more">
          <MoreHorizontal size={16} strokeWidth={1.8} aria-hidden />
        </button>
      </nav>
    </header>
  );
}

/** The skip link: to the selected node, else the node nearest the view's centre, else the canvas itself. */
function skipToBoard(event: React.MouseEvent): void {
  event.preventDefault();
  const id = firstSelected() ?? nearestToCentre();
  if (id) goToNode(id);
  else document.getElementById('board')?.focus();
}
