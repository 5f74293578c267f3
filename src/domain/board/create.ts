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

/**
 * `name`, or if a board of the list has it, the next free "name (n)" from 2: a name that already ends in " (n)",
 * beside a board of the name without it, counts on from that, so a board exported as "Plan (2)" and imported again is "Plan (3)", not "Plan (2) (2)".
 */
export function freeBoardName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  // A copy number only if the list has the name it numbers ("Top (10)" alone is a name of its own).
  const numbered = /^(.*\S) \(\d{1,9}\)$/.exec(name)?.[1];
  const base = numbered !== undefined && taken.has(numbered) ? numbered : name;
  let i = 2;
  while (taken.has(`${base} (${i})`)) i++;
  return `${base} (${i})`;
}
