import type { NodeTypes } from '@xyflow/react';
import { CATALOG, type NodeFamily } from '../domain/catalog';
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
