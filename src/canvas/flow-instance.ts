// The React Flow instance, for actions that act on the view (fit, zoom, screen → board coordinates).
import type { ReactFlowInstance } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../store/types';

export type FlowInstance = ReactFlowInstance<FlowNode, FlowEdge>;

let instance: FlowInstance | null = null;

export function setFlowInstance(flow: FlowInstance | null): void {
  instance = flow;
}

export function getFlowInstance(): FlowInstance | null {
  return instance;
}

/** The board point at the centre of the canvas on screen. */
export function viewCentre(): { x: number; y: number } {
  const pane = document.querySelector('.react-flow');
  if (!instance || !pane) return { x: 0, y: 0 };
  const r = pane.getBoundingClientRect();
  return instance.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
}
