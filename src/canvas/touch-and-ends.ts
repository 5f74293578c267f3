// Two pointer gestures React Flow leaves out: an arrow released on a node's body (not on a handle) connects to its
// nearest side; a long press (touch) opens the context menu, as a right-click does.
import { useEffect } from 'react';
import type { FinalConnectionState, InternalNode } from '@xyflow/react';
import { connectWithLastKind } from '../store/arrow-kind';
import { useBoardStore } from '../store/board-store';
import { onEdgeContextMenu, onNodeContextMenu, onPaneContextMenu } from './context-menus';
import type { FlowNode } from '../store/types';

const LONG_PRESS_MS = 550;
const LONG_PRESS_SLOP = 10;

/** The side of a box nearest a point. */
export function nearestSide(box: DOMRect, x: number, y: number): 'top' | 'right' | 'bottom' | 'left' {
  const distances = { left: x - box.left, right: box.right - x, top: y - box.top, bottom: box.bottom - y } as const;
  return (Object.keys(distances) as (keyof typeof distances)[]).reduce((a, b) => (distances[a] <= distances[b] ? a : b));
}

/** React Flow found no handle under the release: if it is over another node, connect to that node's nearest side. */
export function onConnectEnd(event: MouseEvent | TouchEvent, state: FinalConnectionState<InternalNode<FlowNode>>): void {
  if (state.isValid || !state.fromNode) return;
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return;
  const el = document.elementFromPoint(point.clientX, point.clientY)?.closest<HTMLElement>('.react-flow__node');
  const target = el?.dataset.id;
  if (!el || !target || target === state.fromNode.id) return;
  connectWithLastKind({
    source: state.fromNode.id,
    sourceHandle: state.fromHandle?.id ?? null,
    target,
    targetHandle: nearestSide(el.getBoundingClientRect(), point.clientX, point.clientY),
  });
}

/** A finger held still on the canvas opens the menu for what is under it. */
export function useLongPress(): void {
  useEffect(() => {
    const root = document.querySelector<HTMLElement>('.react-flow');
    if (!root) return;
    let timer = 0;
    let start = { x: 0, y: 0 };
    const cancel = () => clearTimeout(timer);
    const onDown = (event: PointerEvent) => {
      if (event.pointerType !== 'touch' || !event.isPrimary) return;
      start = { x: event.clientX, y: event.clientY };
      const target = event.target as HTMLElement;
      cancel();
      timer = window.setTimeout(() => {
        const menuEvent = { preventDefault() {}, clientX: start.x, clientY: start.y } as MouseEvent;
        const { nodes, edges } = useBoardStore.getState().board;
        const nodeId = target.closest<HTMLElement>('.react-flow__node')?.dataset.id;
        const edgeId = target.closest<HTMLElement>('.react-flow__edge')?.dataset.id;
        const node = nodeId && nodes.find((n) => n.id === nodeId);
        const edge = edgeId && edges.find((e) => e.id === edgeId);
        if (node) onNodeContextMenu(menuEvent as never, node);
        else if (edge) onEdgeContextMenu(menuEvent as never, edge);
        else onPaneContextMenu(menuEvent);
        // The lifted finger's click must not press the menu item that opened under it.
        const swallow = (e: Event) => {
          e.stopPropagation();
          e.preventDefault();
        };
        window.addEventListener('click', swallow, { capture: true, once: true });
        setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 800);
      }, LONG_PRESS_MS);
    };
    const onMove = (event: PointerEvent) => {
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > LONG_PRESS_SLOP) cancel();
    };
    root.addEventListener('pointerdown', onDown);
    root.addEventListener('pointermove', onMove);
    root.addEventListener('pointerup', cancel);
    root.addEventListener('pointercancel', cancel);
    return () => {
      cancel();
      root.removeEventListener('pointerdown', onDown);
      root.removeEventListener('pointermove', onMove);
      root.removeEventListener('pointerup', cancel);
      root.removeEventListener('pointercancel', cancel);
    };
  }, []);
}
