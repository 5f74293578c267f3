import { useMemo, useRef, useState } from 'react';
import { Search } from 'lucide-react';
import { CATALOG, searchCatalog, type ComponentKind } from '../domain/catalog';
import { STEPS } from '../domain/framework';
import { nodeSize } from '../domain/geometry';
import { createNode } from '../domain/board';
import { getFlowInstance, viewCentre } from '../canvas/flow-instance';
import { ICONS } from '../canvas/icons';
import { useBoardStore } from '../store/board-store';
import { addComponent } from '../store/edits';

const SECTIONS = [
  ...STEPS.map((s) => ({ id: s.id, title: `${s.number}. ${s.short}`, step: s.id as string | null })),
  { id: 'free', title: 'Notes and groups', step: null },
];

const DRAG_THRESHOLD = 5;

/** Add a kind with its centre at a board point. */
function addAt(kindId: string, centre: { x: number; y: number }): void {
  const { width, height } = nodeSize(createNode(kindId, { x: 0, y: 0 }));
  useBoardStore.getState().apply((b) => addComponent(b, kindId, { x: centre.x - width / 2, y: centre.y - height / 2 }));
}

function dropAt(kindId: string, clientX: number, clientY: number): void {
  const flow = getFlowInstance();
  const target = document.elementFromPoint(clientX, clientY);
  if (!flow || !target?.closest('.react-flow') || target.closest('.react-flow__panel')) return;
  addAt(kindId, flow.screenToFlowPosition({ x: clientX, y: clientY }));
}

type Ghost = { kind: ComponentKind; x: number; y: number };

/**
 * The component palette. Drag is built on pointer events so it works with a mouse, a pen or a finger
 * (HTML5 drag and drop does not fire on touch screens); a click or Enter adds the component at the view's centre.
 */
export function Palette() {
  const [query, setQuery] = useState('');
  const [ghost, setGhost] = useState<Ghost | null>(null);
  const drag = useRef<{ kind: ComponentKind; x: number; y: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);
  const matches = useMemo(() => searchCatalog(query, CATALOG), [query]);

  const onPointerDown = (kind: ComponentKind) => (e: React.PointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { kind, x: e.clientX, y: e.clientY, moved: false };
  };
  const onPointerMove = (e: React.PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    if (!d.moved && Math.hypot(e.clientX - d.x, e.clientY - d.y) < DRAG_THRESHOLD) return;
    d.moved = true;
    setGhost({ kind: d.kind, x: e.clientX, y: e.clientY });
  };
  const onPointerUp = (e: React.PointerEvent) => {
    const d = drag.current;
    drag.current = null;
    setGhost(null);
    if (!d?.moved) return;
    suppressClick.current = true;
    dropAt(d.kind.id, e.clientX, e.clientY);
  };
  const onPointerCancel = () => {
    drag.current = null;
    setGhost(null);
  };
  const onClick = (kind: ComponentKind) => () => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    addAt(kind.id, viewCentre());
  };

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
        />
      </label>
      <div className="palette-list">
        {SECTIONS.map((section) => {
          const kinds = matches.filter((k) => k.step === section.step);
          if (kinds.length === 0) return null;
          return (
            <section key={section.id} className={`palette-section step-${section.step ?? 'none'}`}>
              <h3>{section.title}</h3>
              {kinds.map((kind) => {
                const Icon = ICONS[kind.icon];
                return (
                  <button
                    key={kind.id}
                    type="button"
                    className="palette-item"
                    data-kind={kind.id}
                    aria-label={`Add ${kind.label}`}
                    title={kind.description}
                    onPointerDown={onPointerDown(kind)}
                    onPointerMove={onPointerMove}
                    onPointerUp={onPointerUp}
                    onPointerCancel={onPointerCancel}
                    onClick={onClick(kind)}
                  >
                    <span className="mlsd-node-icon" aria-hidden>
                      <Icon size={16} strokeWidth={1.8} />
                    </span>
                    <span className="palette-item-text">
                      <span className="palette-item-label">{kind.label}</span>
                      <span className="palette-item-desc">{kind.description}</span>
                    </span>
                  </button>
                );
              })}
            </section>
          );
        })}
        {matches.length === 0 ? <p className="panel-empty">No component matches “{query}”.</p> : null}
      </div>
      {ghost ? (
        <div className={`palette-ghost step-${ghost.kind.step}`} style={{ left: ghost.x, top: ghost.y }} aria-hidden>
          {ghost.kind.label}
        </div>
      ) : null}
    </aside>
  );
}
