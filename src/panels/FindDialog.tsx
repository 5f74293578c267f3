import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import Search from 'lucide-glyph:search';
import { createEdge, EDGE_KINDS, EDGE_KIND_LABELS, type EdgeKind } from '../domain/board';
import { findKind } from '../domain/catalog';
import { findNodes, type FoundNode } from '../domain/find';
import { ICONS } from '../canvas/icons';
import { showNodes } from '../canvas/flow-instance';
import { useAppStore } from '../store/app-store';
import { commit, useBoardStore } from '../store/board-store';
import { addNodes } from '../store/edits';
import { selectionOf } from '../store/selection';
import type { FlowEdge } from '../store/types';
import { firstSelected, focusNodeWhenDrawn } from '../canvas/board-keys';
import './find.css';

const close = () => useAppStore.setState({ dialog: null });

/** Select the node, bring it into view and give it the keyboard focus (the canvas mounts only what is in view). */
function goTo(found: FoundNode): void {
  close();
  showNodes([found.node.id], { padding: 0.6, maxZoom: 1.2, duration: 200 });
  focusNodeWhenDrawn(found.node.id);
}

function Result({ found }: { found: FoundNode }) {
  const kind = findKind(found.node.type);
  const Icon = ICONS[kind?.icon ?? 'group'];
  const label = found.node.data.label || found.kind;
  const where = [label !== found.kind && found.kind, found.pipeline && `in ${found.pipeline}`, found.matchedIn && `matched in ${found.matchedIn}`];
  return (
    <>
      <Icon className="mlsd-node-icon" size={16} strokeWidth={1.8} aria-hidden />
      <span className="palette-item-text">
        <span className="palette-item-label">{label}</span>
        <span className="palette-item-desc">{where.filter(Boolean).join(' · ')}</span>
      </span>
    </>
  );
}

/** An arrow of this kind from one node to another; the source stays selected and keeps the focus. */
function connectTo(sourceId: string, found: FoundNode, kind: EdgeKind): void {
  close();
  useAppStore.setState({ nextEdgeKind: kind });
  commit((b) => ({ board: addNodes(b, [], [createEdge(sourceId, found.node.id, kind) as FlowEdge]).board, select: selectionOf([sourceId]) }));
  focusNodeWhenDrawn(sourceId);
}

/**
 * Find a node on the board by its label, kind, fields or notes, and go to it. With `connect`, the node found gets an
 * arrow from the selected node instead, of the kind picked with Alt+1, Alt+2, Alt+3 (or the buttons).
 */
export function FindDialog({ connect = false }: { connect?: boolean }) {
  const nodes = useBoardStore((s) => s.board.nodes);
  const source = useMemo(() => {
    const id = connect ? firstSelected() : undefined;
    return id ? useBoardStore.getState().board.nodes.find((n) => n.id === id) : undefined;
  }, [connect]);
  const [kind, setKind] = useState<EdgeKind>(() => useAppStore.getState().nextEdgeKind);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => findNodes({ nodes }, query).filter((f) => f.node.id !== source?.id), [nodes, query, source]);
  const choose = (found: FoundNode) => (source ? connectTo(source.id, found, kind) : goTo(found));
  const sourceName = source ? source.data.label || findKind(source.type)?.label : '';
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const listId = useId();
  const optionId = (i: number) => `${listId}-${i}`;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves && results.length) {
      event.preventDefault();
      setActive((a) => (a + moves[event.key] + results.length) % results.length);
    } else if (connect && event.altKey && /^Digit[1-9]$/.test(event.code) && EDGE_KINDS[Number(event.code.slice(5)) - 1]) {
      event.preventDefault();
      setKind(EDGE_KINDS[Number(event.code.slice(5)) - 1]);
    } else if (event.key === 'Enter' && results[active]) {
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  return (
    <div className="dialog-backdrop dialog-top" onPointerDown={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog dialog-narrow find" role="dialog" aria-modal="true" aria-label={connect ? `Connect ${sourceName} to…` : 'Find on board'}>
        {connect ? <p className="find-title">Connect “{sourceName}” to…</p> : null}
        <label className="palette-search find-search">
          <Search size={16} aria-hidden />
          <input
            ref={input}
            role="combobox"
            aria-expanded={results.length > 0}
            aria-controls={listId}
            aria-activedescendant={results.length ? optionId(active) : undefined}
            aria-label={connect ? 'Node to connect to' : 'Find on board'}
            placeholder={connect ? 'Type the name of the node to connect to…' : 'Find a component, card or note…'}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
        </label>
        {connect ? (
          <div className="segmented find-kinds" role="radiogroup" aria-label="Arrow kind">
            {EDGE_KINDS.map((k, i) => (
              <label key={k} title={`Alt+${i + 1}`}>
                <input type="radio" name="connect-kind" checked={kind === k} onChange={() => setKind(k)} /> {EDGE_KIND_LABELS[k]}
              </label>
            ))}
          </div>
        ) : null}
        {connect ? <p className="find-hint">Alt+1, Alt+2, Alt+3 pick the kind of arrow; Enter connects.</p> : null}
        {query.trim() && results.length === 0 ? <p className="panel-empty">Nothing on this board matches “{query.trim()}”.</p> : null}
        <ul id={listId} role="listbox" aria-label="Matches" className="find-results palette-list">
          {results.map((found, i) => (
            <li
              key={found.node.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={`palette-item step-${findKind(found.node.type)?.step ?? 'none'}`}
              onPointerMove={() => setActive(i)}
              onClick={() => choose(found)}
            >
              <Result found={found} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
