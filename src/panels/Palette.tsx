import { useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import Boxes from 'lucide-glyph:boxes';
import Search from 'lucide-glyph:search';
import { CATALOG, type ComponentKind } from '../domain/catalog';
import type { DesignPattern } from '../domain/patterns';
import { STEPS } from '../domain/framework';
import { nodeSize } from '../domain/geometry';
import { createNode, instantiatePattern } from '../domain/board';
import { getFlowInstance, viewCentre } from '../canvas/flow-instance';
import { firstSelected, goToNode, keepInView } from '../canvas/board-keys';
import { ICONS, type GlyphProps } from '../canvas/icons';
import { useBoardStore } from '../store/board-store';
import { isPhone, togglePanel } from '../store/app-store';
import { addComponent, addNodeNear, addNodes } from '../store/edits';
import type { FlowNode } from '../store/types';
import { boundsOf } from '../store/geometry';

const SECTIONS = [
  ...STEPS.map((s) => ({ id: s.id, title: `${s.number}. ${s.short}`, step: s.id as string | null })),
  { id: 'free', title: 'Notes and groups', step: null },
];

const DRAG_THRESHOLD = 5;

/** Add a kind by click or Enter: near the view's centre, in free space. */
function addNear(kindId: string, centre: { x: number; y: number }): void {
  const node = createNode(kindId, { x: 0, y: 0 }) as FlowNode;
  useBoardStore.getState().apply((b) => addNodeNear(b, node, centre));
  // Beside the other cards of its step, it may land out of view: the view follows it.
  const added = useBoardStore.getState().board.nodes.find((n) => n.id === node.id);
  if (added) keepInView({ ...added.position, ...nodeSize(added) });
}

/** Add a kind with its centre at a board point (where it was dropped). */
function addAt(kindId: string, centre: { x: number; y: number }): void {
  const { width, height } = nodeSize(createNode(kindId, { x: 0, y: 0 }));
  useBoardStore.getState().apply((b) => addComponent(b, kindId, { x: centre.x - width / 2, y: centre.y - height / 2 }));
}

/** Insert a pattern centred on a board point; its nodes get fresh ids and become the selection. */
function insertPattern(pattern: DesignPattern, centre: { x: number; y: number }): void {
  const top = pattern.nodes.filter((n) => n.parentId === undefined);
  const box = boundsOf(top.map((n) => ({ ...n.position, ...nodeSize(n) })));
  const { nodes, edges } = instantiatePattern(pattern, { x: centre.x - box.x - box.width / 2, y: centre.y - box.y - box.height / 2 });
  useBoardStore.getState().apply((b) => addNodes(b, nodes, edges));
}

/** Something the palette adds: a component kind or a design pattern. */
type Item = {
  key: string;
  label: string;
  description: string;
  step: string;
  Icon: ComponentType<GlyphProps>;
  /** Where it was dropped. */
  add: (centre: { x: number; y: number }) => void;
  /** By click or Enter, near the view's centre. */
  addNear: (centre: { x: number; y: number }) => void;
};

const KIND_ITEMS: Item[] = CATALOG.map((k) => ({
  key: k.id, label: k.label, description: k.description, step: k.step ?? 'none', Icon: ICONS[k.icon],
  add: (centre) => addAt(k.id, centre),
  addNear: (centre) => addNear(k.id, centre),
}));

const patternItem = (p: DesignPattern): Item => ({
  key: `pattern:${p.id}`, label: p.title, description: p.description, step: 'none', Icon: Boxes,
  add: (centre) => insertPattern(p, centre),
  addNear: (centre) => insertPattern(p, centre),
});

/** The design patterns, loaded after the palette's first render: they are not part of the first load. */
function usePatternItems(): Item[] {
  const [items, setItems] = useState<Item[]>([]);
  useEffect(() => {
    let live = true;
    void import('../domain/patterns').then((m) => live && setItems(m.PATTERNS.map(patternItem)));
    return () => {
      live = false;
    };
  }, []);
  return items;
}

function dropAt(item: Item, clientX: number, clientY: number): void {
  const flow = getFlowInstance();
  const target = document.elementFromPoint(clientX, clientY);
  if (!flow || !target?.closest('.react-flow') || target.closest('.react-flow__panel')) return;
  item.add(flow.screenToFlowPosition({ x: clientX, y: clientY }));
  closeSheet();
  // The component dropped (selected alone) takes the focus from the palette, so F2 or Enter renames it (Enter on
  // the palette item would add another). A pattern keeps its nodes selected and the focus where it was.
  if (!item.key.startsWith('pattern:')) backToBoard();
}

/** The focus to the selected node (the one just added), else to the canvas. */
function backToBoard(): void {
  const id = firstSelected();
  if (id) goToNode(id);
  else document.getElementById('board')?.focus();
}

/** On a phone the palette is a bottom sheet over the canvas: it closes once something is added. */
function closeSheet(): void {
  if (isPhone()) togglePanel('palette', false);
}

type Ghost = { item: Item; x: number; y: number };

type KindSearch = (query: string, kinds: readonly ComponentKind[]) => ComponentKind[];

/** Until the search module (with every kind's other names) has loaded: names and descriptions only. */
const searchByName: KindSearch = (query, kinds) => {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return kinds.filter((k) => words.every((w) => `${k.label} ${k.id} ${k.description}`.toLowerCase().includes(w)));
};

/** The catalog search, loaded the first time it is `wanted` (the aliases stay out of the first load). */
function useCatalogSearch(wanted: boolean): KindSearch {
  const [search, setSearch] = useState<{ run: KindSearch } | null>(null);
  useEffect(() => {
    if (!wanted || search) return;
    let live = true;
    void import('../domain/catalog-search').then((m) => live && setSearch({ run: m.searchCatalog }));
    return () => {
      live = false;
    };
  }, [wanted, search]);
  return search?.run ?? searchByName;
}

/**
 * The component palette, and the design patterns. Drag is built on pointer events so it works with a mouse, a pen or a finger
 * (HTML5 drag and drop does not fire on touch screens); a click or Enter adds the component at the view's centre.
 */
export function Palette() {
  const [query, setQuery] = useState('');
  const [ghost, setGhost] = useState<Ghost | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const drag = useRef<{ item: Item; x: number; y: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);
  const search = useCatalogSearch(query !== '');
  const ranked = useMemo(() => search(query, CATALOG), [query, search]);
  const matches = useMemo(() => new Set(ranked.map((k) => k.id)), [ranked]);
  const patternItems = usePatternItems();
  const patterns = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return patternItems.filter((p) => words.every((w) => `${p.label} ${p.description}`.toLowerCase().includes(w)));
  }, [query, patternItems]);

  const onPointerDown = (item: Item) => (e: React.PointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0) return;
    // A touch drag ends without a click: a click held back after the last drag must not swallow this press's.
    suppressClick.current = false;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { item, x: e.clientX, y: e.clientY, moved: false };
  };
  const onPointerMove = (e: React.PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    if (!d.moved && Math.hypot(e.clientX - d.x, e.clientY - d.y) < DRAG_THRESHOLD) return;
    d.moved = true;
    setGhost({ item: d.item, x: e.clientX, y: e.clientY });
  };
  const onPointerUp = (e: React.PointerEvent) => {
    const d = drag.current;
    drag.current = null;
    setGhost(null);
    if (!d?.moved) return;
    suppressClick.current = true;
    dropAt(d.item, e.clientX, e.clientY);
  };
  const onPointerCancel = () => {
    drag.current = null;
    setGhost(null);
  };
  const onClick = (item: Item) => () => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    item.addNear(viewCentre());
    closeSheet();
  };

  // The list is one stop for Tab; the arrow keys, Home and End move through it (Enter adds).
  const onListKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (!(e.key in moves) && e.key !== 'Home' && e.key !== 'End') return;
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>('.palette-item')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : Math.max(0, Math.min(items.length - 1, at + moves[e.key]));
    e.preventDefault();
    setActiveKey(items[next]?.dataset.kind ?? null);
    items[next]?.focus();
  };
  // Enter adds the first match (and the box keeps the focus with its text selected, so typing the next name replaces
  // it); ArrowDown goes into the list; Escape clears the box, then goes back to the board.
  const onSearchKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    // The best match (the list shows the matches by step): the name typed in full, else a name that starts so.
    const typed = query.trim().toLowerCase();
    const best = ranked.find((k) => k.label.toLowerCase() === typed) ?? ranked.find((k) => k.label.toLowerCase().startsWith(typed)) ?? ranked[0];
    const first = KIND_ITEMS.find((i) => i.key === best?.id) ?? patterns[0];
    if (e.key === 'Enter' && first && query.trim()) {
      first.addNear(viewCentre());
      e.currentTarget.select();
      closeSheet();
    } else if (e.key === 'ArrowDown') {
      e.currentTarget.closest('.palette')?.querySelector<HTMLElement>('.palette-item[tabindex="0"]')?.focus();
    } else if (e.key === 'Escape' && query) setQuery('');
    else if (e.key === 'Escape') backToBoard();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const shownKeys = [...KIND_ITEMS.filter((i) => matches.has(i.key)), ...patterns].map((i) => i.key);
  const tabStop = activeKey && shownKeys.includes(activeKey) ? activeKey : shownKeys[0];

  const renderItem = (item: Item) => (
    <button
      key={item.key}
      type="button"
      className="palette-item"
      data-kind={item.key}
      tabIndex={item.key === tabStop ? 0 : -1}
      onFocus={() => setActiveKey(item.key)}
      title={item.description}
      // The name its text would give with "Add " before it, without a hidden "Add " span in each item: a positioned
      // span is a paint layer of its own, 79 of them, kept by Chromium beside the canvas on every frame.
      aria-label={`Add ${item.label} ${item.description}`}
      onPointerDown={onPointerDown(item)}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      onClick={onClick(item)}
    >
      <item.Icon className="mlsd-node-icon" size={16} pad={6} strokeWidth={1.8} aria-hidden />
      <span className="palette-item-text">
        {/* The space, not drawn between flex items, makes the text read as the name does (axe compares the two). */}
        <span className="palette-item-label">{item.label}</span>{' '}
        <span className="palette-item-desc">{item.description}</span>
      </span>
    </button>
  );

  return (
    <aside className="panel palette" aria-label="Components">
      <label className="palette-search">
        <Search size={14} aria-hidden />
        <input
          type="search"
          placeholder="Search components"
          aria-label="Search components"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onSearchKeyDown}
        />
      </label>
      <div className="palette-list" onKeyDown={onListKeyDown}>
        {SECTIONS.map((section) => {
          const items = KIND_ITEMS.filter((i) => i.step === (section.step ?? 'none') && matches.has(i.key));
          if (items.length === 0) return null;
          return (
            <section key={section.id} className={`palette-section step-${section.step ?? 'none'}`}>
              <h2>{section.title}</h2>
              {items.map(renderItem)}
            </section>
          );
        })}
        {patterns.length ? (
          <section className="palette-section step-none">
            <h2>Design patterns</h2>
            {patterns.map(renderItem)}
          </section>
        ) : null}
        {matches.size === 0 && patterns.length === 0 ? <p className="panel-empty">Nothing matches “{query}”.</p> : null}
      </div>
      {ghost ? (
        <div className={`palette-ghost step-${ghost.item.step}`} style={{ left: ghost.x, top: ghost.y }} aria-hidden>
          {ghost.item.label}
        </div>
      ) : null}
    </aside>
  );
}
