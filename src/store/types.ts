import type { Edge, Node } from '@xyflow/react';
import type { Board, BoardEdge, BoardNode, EdgeData, NodeData } from '../domain/board';

// The selection is session state (src/store/selection.ts), never a flag on the board's items: `selected?: never`
// makes the compiler refuse code that reads or sets one there. The canvas adds it to what it hands React Flow.
type Unselected = { selected?: never };

/** A board node as the store holds it: the saved fields plus what React Flow measures (measured size, dragging). */
export type FlowNode = Omit<Node<NodeData, string>, 'selected'> & BoardNode & Unselected;
export type FlowEdge = Omit<Edge<EdgeData, string>, 'selected'> & BoardEdge & Unselected;

/** A node or an edge as the canvas hands it to React Flow, with this person's selection on it. */
export type DrawnNode = Node<NodeData, string> & BoardNode;
export type DrawnEdge = Edge<EdgeData, string> & BoardEdge;

/** The open board. Its nodes and edges are the board's own, so what the store holds is what is saved. */
export type EditorBoard = Omit<Board, 'nodes' | 'edges'> & { nodes: FlowNode[]; edges: FlowEdge[] };
