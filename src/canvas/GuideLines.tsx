// Alignment guides while one node is dragged: the snapping (src/store/guides.ts) and the lines it shows.
import { useStore, ViewportPortal, type NodeChange, type NodePositionChange } from '@xyflow/react';
import { create } from 'zustand';
import { useBoardStore } from '../store/board-store';
import { guideTargets, snapToTargets, type Guide, type GuideTargets } from '../store/guides';
import type { FlowNode } from '../store/types';
import { getFlowInstance } from './flow-instance';

// A dragged node snaps to another's edge or centre within this many screen pixels.
const GUIDE_SNAP_PX = 6;

// The drag's guides live here, not in the canvas's state: a change redraws the lines, not the canvas.
const useGuides = create<{ guides: Guide[] }>(() => ({ guides: [] }));

function showGuides(guides: Guide[]): void {
  const now = useGuides.getState().guides;
  if (guides.length !== now.length || guides.some((g, i) => JSON.stringify(g) !== JSON.stringify(now[i]))) useGuides.setState({ guides });
}

// The dragged node's targets, worked out at its first move: nothing else moves until the drag ends.
let current: { id: string; targets: GuideTargets | null } | null = null;

/** The drag is over: no more lines, and the next drag works out its own targets. */
export function endGuides(): void {
  current = null;
  showGuides([]);
}

/**
 * The changes of a one-node drag, its position snapped into line with the other nodes (and the guides shown).
 * With the grid on, React Flow moves the node in grid steps, so the reach is half a step: crossing any line, some
 * step comes within it. Other changes pass as they are.
 */
export function snapDrag(changes: NodeChange<FlowNode>[], gridStep: number | null): NodeChange<FlowNode>[] {
  const moves = changes.filter((c): c is NodePositionChange => c.type === 'position');
  const drag = moves.length === 1 && moves[0].position ? moves[0] : null;
  if (!drag) return changes;
  const zoom = getFlowInstance()?.getViewport().zoom ?? 1;
  const reach = Math.max(GUIDE_SNAP_PX / zoom, gridStep ? gridStep / 2 : 0);
  if (current?.id !== drag.id) current = { id: drag.id, targets: guideTargets(useBoardStore.getState().board, drag.id) };
  if (!current.targets) return changes;
  const snapped = snapToTargets(current.targets, drag.position!, reach);
  showGuides(snapped.guides);
  return changes.map((c) => (c === drag ? { ...drag, position: snapped.position } : c));
}

/** The guide lines of the drag under way, one screen pixel wide at any zoom. */
export function GuideLines() {
  const guides = useGuides((s) => s.guides);
  // The zoom only while guides show: otherwise every zoom step would render this for nothing.
  const zoom = useStore((s) => (guides.length ? s.transform[2] : 1));
  if (guides.length === 0) return null;
  const w = 1 / zoom;
  return (
    <ViewportPortal>
      {guides.map((g) => (
        <div
          key={`${g.axis}${g.at}`}
          className="mlsd-guide"
          style={g.axis === 'x'
            ? { left: g.at - w / 2, top: g.from, width: w, height: g.to - g.from }
            : { left: g.from, top: g.at - w / 2, width: g.to - g.from, height: w }}
        />
      ))}
    </ViewportPortal>
  );
}
