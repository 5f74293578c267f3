import type { NodeTypes } from '@xyflow/react';
import { CATALOG, findKind, type NodeFamily } from '../domain/catalog';
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
