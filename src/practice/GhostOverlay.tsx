import { createPortal } from 'react-dom';
import Check from 'lucide-glyph:check';
import Plus from 'lucide-glyph:plus';
import { absolutePositions } from '../domain/board';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH, nodeSize } from '../domain/geometry';
import { useBoardStore } from '../store/board-store';
import { isViewing, useRoomStore } from '../room/status';
import { addFromGhost, type Reveal } from './session';

/**
 * The reference over the user's board: missing components drawn faintly where they would connect (click one to add
 * it), the board's components that match the reference marked. Portalled into React Flow's viewport element, so it
 * pans and zooms with the nodes; `nopan nodrag nowheel` keep React Flow's gestures off the buttons. A viewer in a
 * room (the interviewer) sees the missing components but cannot add them: for them they are no buttons.
 */
export function GhostOverlay({ reveal }: { reveal: Reveal }) {
  const nodes = useBoardStore((s) => s.board.nodes);
  const viewing = useRoomStore(isViewing);
  const host = document.querySelector('.react-flow__viewport');
  if (!host) return null;
  const pos = absolutePositions(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const centre = (id: string) => {
    const n = byId.get(id);
    const p = pos.get(id);
    if (!n || !p) return null;
    const size = nodeSize(n);
    return { x: p.x + size.width / 2, y: p.y + size.height / 2 };
  };
  // A ghost someone else added from the reference (the candidate, seen by the interviewer in a room) is on the board
  // now: it is no longer drawn over its node. (One's own additions leave `reveal.ghosts` in session.ts.)
  const onBoard = new Set(nodes.map((n) => `${n.type} ${n.data.label}`));
  const ghosts = reveal.ghosts.filter((g) => !onBoard.has(`${g.reference.kind} ${g.reference.label}`));
  const ghostAt = new Map(ghosts.map((g) => [g.reference.nodeId, g.position]));
  return createPortal(
    <div className="ghost-layer" aria-label="Reference overlay">
      <div className="ghost-viewport">
        <svg className="ghost-edges" aria-hidden>
          {ghosts.flatMap((g) => g.links.filter((l) => l.outgoing).map((l, i) => {
            // Two missing components joined in the reference: the edge between the ghosts, drawn once (from its source).
            const other = ghostAt.get(l.otherRef);
            if (!other) return null;
            return (
              <line key={`${g.reference.nodeId}~${i}`} className="ghost-edge-between"
                x1={g.position.x + COMPONENT_WIDTH / 2} y1={g.position.y + COMPONENT_HEIGHT / 2}
                x2={other.x + COMPONENT_WIDTH / 2} y2={other.y + COMPONENT_HEIGHT / 2} />
            );
          }))}
          {ghosts.flatMap((g) => g.edges.map((e, i) => {
            const other = centre(e.otherId);
            if (!other) return null;
            const x = g.position.x + COMPONENT_WIDTH / 2;
            const y = g.position.y + COMPONENT_HEIGHT / 2;
            return <line key={`${g.reference.nodeId}-${i}`} x1={x} y1={y} x2={other.x} y2={other.y} />;
          }))}
        </svg>
        {reveal.comparison.present.map((m) => {
          const p = pos.get(m.node.nodeId);
          const n = byId.get(m.node.nodeId);
          if (!p || !n) return null;
          return (
            <span
              key={m.node.nodeId} className="ghost-match" style={{ left: p.x + nodeSize(n).width - 10, top: p.y - 10 }}
              title={`Matches the reference's ${m.reference.label}`}
            >
              <Check size={12} aria-hidden />
            </span>
          );
        })}
        {ghosts.map((g) => viewing ? (
          <span
            key={g.reference.nodeId} className="ghost-node is-view-only"
            style={{ left: g.position.x, top: g.position.y, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT }}
            title="In the reference, missing from the board"
          >
            {g.reference.label}
          </span>
        ) : (
          <button
            key={g.reference.nodeId} type="button" className="ghost-node nopan nodrag nowheel"
            style={{ left: g.position.x, top: g.position.y, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT }}
            aria-label={`Add ${g.reference.label} from the reference`}
            title="Missing from your board: click to add it"
            onClick={() => addFromGhost(g)}
          >
            <Plus size={14} aria-hidden /> {g.reference.label}
          </button>
        ))}
      </div>
    </div>,
    host,
  );
}
