import { useLayoutEffect, useRef, useState } from 'react';
import { findKind } from '../domain/catalog';
import { beginGesture, commit, endGesture, useBoardStore } from '../store/board-store';
import { setNodeData } from '../store/edits';
import { useAppStore } from '../store/app-store';
import { focusNodeWhenDrawn } from './board-keys';

type Place = { left: number; top: number; width: number };

/**
 * A node's name typed in place (Enter or F2 on a node, a new note): a field over the node's label, its text
 * selected. Enter or leaving the field keeps the name (one undo step), Escape restores it; the focus goes back to
 * the node either way.
 */
export function RenameField() {
  const id = useAppStore((s) => s.renaming);
  const node = useBoardStore((s) => (id ? s.board.nodes.find((n) => n.id === id) : undefined));
  const [place, setPlace] = useState<Place | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const original = useRef('');
  const open = useRef(false);

  useLayoutEffect(() => {
    if (!id) return;
    let frame = 0;
    // The node may be drawing still (a new note): wait for its element.
    const find = (tries: number) => {
      const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
      if (!el) {
        if (tries > 0) frame = requestAnimationFrame(() => find(tries - 1));
        else useAppStore.setState({ renaming: null });
        return;
      }
      const box = el.getBoundingClientRect();
      const label = el.querySelector('.mlsd-node-label, .mlsd-group-label')?.getBoundingClientRect();
      const top = label ? label.top + label.height / 2 - 16 : box.top + 8;
      setPlace({ left: Math.max(4, (label?.left ?? box.left) - 6), top, width: Math.max(160, Math.min(box.width, 320)) });
    };
    find(30);
    return () => cancelAnimationFrame(frame);
  }, [id]);

  useLayoutEffect(() => {
    if (!place || !input.current || !node) return;
    original.current = node.data.label;
    open.current = true;
    beginGesture();
    input.current.focus();
    input.current.select();
    // Only when the field opens: the node object changes as the user types.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [place]);

  if (!id || !node || !place) return null;
  const finish = (keep: boolean) => {
    if (!open.current) return; // Enter, then the blur as the focus goes back to the node
    open.current = false;
    const now = useBoardStore.getState().board.nodes.find((n) => n.id === id)?.data.label;
    // Escape puts the name back; the gesture then ends where it started, which leaves no undo step (board-store.ts).
    if (!keep && now !== original.current) commit((b) => setNodeData(b, id, { label: original.current }));
    endGesture();
    setPlace(null);
    useAppStore.setState({ renaming: null });
    focusNodeWhenDrawn(id);
  };
  const kind = findKind(node.type);
  return (
    <input
      ref={input}
      className="rename-field"
      aria-label={`Name of the ${kind?.label.toLowerCase() ?? 'node'}`}
      style={{ left: place.left, top: place.top, width: place.width }}
      value={node.data.label}
      onChange={(e) => commit((b) => setNodeData(b, id, { label: e.target.value }))}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' || e.key === 'Escape') {
          e.preventDefault();
          finish(e.key === 'Enter');
        }
      }}
      onBlur={() => finish(true)}
    />
  );
}
