import { Position, type NodeTypes } from '@xyflow/react';
import { CATALOG, findKind, type NodeFamily } from '../domain/catalog';
import { sizeOf } from '../store/geometry';
import type { FlowNode } from '../store/types';
import { CardNode } from './nodes/CardNode';
import { ComponentNode } from './nodes/ComponentNode';
import { GroupNode } from './nodes/GroupNode';
import { NoteNode } from './nodes/NoteNode';

const FAMILY_COMPONENTS: Record<NodeFamily, NodeTypes[string]> = {
  component: ComponentNode,
  card: CardNode,
  note: NoteNode,
  group: GroupNode,
};

/** One React Flow node type per catalog kind, drawn by its family's component. Built once. */
export const NODE_TYPES: NodeTypes = Object.fromEntries(CATALOG.map((k) => [k.id, FAMILY_COMPONENTS[k.family]]));

const looks = new WeakMap<FlowNode, FlowNode>();

/**
 * The node as the canvas hands it to React Flow: React Flow's own wrapper element is the node's box (class and
 * tooltip here), so a node is one element fewer, on screen and in every image export. Once per node object.
 */
export function withLook(node: FlowNode): FlowNode {
  let out = looks.get(node);
  if (!out) {
    const kind = findKind(node.type);
    const step = `step-${kind?.step ?? 'none'}`;
    const family = kind?.family ?? 'component';
    const sized = family === 'component' && node.width !== undefined ? ' is-sized' : '';
    const className = family === 'group' ? 'mlsd-group' : `mlsd-node mlsd-${family} ${family === 'note' ? '' : step}`.trim() + sized;
    const title = family === 'component' ? node.data.notes || kind?.description : undefined;
    out = { ...node, className, domAttributes: title ? { title } : undefined };
    looks.set(node, out);
  }
  return out;
}

/** The side handles' box (canvas.css .mlsd-handle), centred on each side as React Flow places them. */
const HANDLE = 9;
const estimates = new WeakMap<FlowNode, FlowNode>();

/**
 * A node of a large board with its handles, where they are drawn for its measured size (or the size the domain
 * expects, before it is drawn). React Flow mounts every node whose handles it does not know, in view or not, to
 * measure it: a 20,000-node board was mounted whole (for seconds) to show the hundred nodes in view. Told the
 * handles, it mounts only the nodes in view; and a node handed again after leaving the view's window
 * (src/canvas/view-window.ts), whose handles React Flow forgot with it, is not mounted again unless in view.
 */
export function withEstimate(node: FlowNode): FlowNode {
  const look = withLook(node);
  let out = estimates.get(node);
  if (!out) {
    const { width, height } = sizeOf(node);
    const at = (id: string, position: Position, x: number, y: number) => ({ id, type: 'source' as const, position, x: x - HANDLE / 2, y: y - HANDLE / 2, width: HANDLE, height: HANDLE });
    const handles = [
      at('top', Position.Top, width / 2, 0),
      at('right', Position.Right, width, height / 2),
      at('bottom', Position.Bottom, width / 2, height),
      at('left', Position.Left, 0, height / 2),
    ];
    out = { ...look, initialWidth: width, initialHeight: height, handles };
    estimates.set(node, out);
  }
  return out;
}
