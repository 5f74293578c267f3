import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Search } from 'lucide-react';
import { findKind } from '../domain/catalog';
import { findNodes, type FoundNode } from '../domain/find';
import { ICONS } from '../canvas/icons';
import { showNodes } from '../canvas/flow-instance';
import { useAppStore } from '../store/app-store';
import { useBoardStore } from '../store/board-store';

const close = () => useAppStore.setState({ dialog: null });

/** Select the node, bring it into view and give it the keyboard focus (the canvas mounts only what is in view). */
function goTo(found: FoundNode): void {
  close();
  showNodes([found.node.id], { padding: 0.6, maxZoom: 1.2, duration: 200 });
  setTimeout(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(found.node.id)}"]`)?.focus(), 260);
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

/** Find a node on the board by its label, kind, fields or notes, and go to it. */
export function FindDialog() {
  const nodes = useBoardStore((s) => s.board.nodes);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => findNodes({ nodes }, query), [nodes, query]);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const listId = useId();
  const optionId = (i: number) => `${listId}-${i}`;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves && results.length) {
      event.preventDefault();
      setActive((a) => (a + moves[event.key] + results.length) % results.length);
    } else if (event.key === 'Enter' && results[active]) {
      event.preventDefault();
      goTo(results[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  return (
    <div className="dialog-backdrop dialog-top" onPointerDown={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog dialog-narrow find" role="dialog" aria-modal="true" aria-label="Find on board">
        <label className="palette-search find-search">
          <Search size={16} aria-hidden />
          <input
            ref={input}
            role="combobox"
            aria-expanded={results.length > 0}
            aria-controls={listId}
            aria-activedescendant={results.length ? optionId(active) : undefined}
            aria-label="Find on board"
            placeholder="Find a component, card or note…"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
        </label>
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
              onClick={() => goTo(found)}
            >
              <Result found={found} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
