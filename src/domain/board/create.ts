import { findKind, getKind } from '../catalog';
import { newId } from '../ids';
import { BOARD_FORMAT, BOARD_VERSION, type Board, type BoardEdge, type BoardNode, type EdgeKind } from './types';

export const GROUP_DEFAULT_SIZE = { width: 480, height: 280 };

export function createBoard(name = 'Untitled board', id = newId('b')): Board {
  return { format: BOARD_FORMAT, version: BOARD_VERSION, id, name, nodes: [], edges: [] };
}

/** A new node of a catalog kind, with its label and empty fields. */
export function createNode(kindId: string, position: { x: number; y: number }, label?: string): BoardNode {
  const kind = getKind(kindId);
  const fields: Record<string, string> = {};
  for (const f of kind.fields) fields[f.key] = '';
  const node: BoardNode = {
    id: newId('n'),
    type: kind.id,
    position: { x: position.x, y: position.y },
    data: { label: label ?? kind.label, notes: '', fields },
  };
  if (kind.family === 'group') Object.assign(node, GROUP_DEFAULT_SIZE);
  return node;
}

export function createEdge(
  source: string,
  target: string,
  kind: EdgeKind = 'request',
  label = '',
  handles: { sourceHandle?: string | null; targetHandle?: string | null } = {},
): BoardEdge {
  return { id: newId('e'), source, target, ...handles, type: kind, data: { label } };
}

export function isGroup(node: { type?: string }): boolean {
  return findKind(node.type ?? '')?.family === 'group';
}
