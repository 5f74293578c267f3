import type { Edge, Node } from '@xyflow/react';
import type { Board, BoardEdge, BoardNode, EdgeData, NodeData } from '../domain/board';

/** A board node as the canvas holds it: the saved fields plus React Flow's view state (selected, measured…). */
export type FlowNode = Node<NodeData, string> & BoardNode;
export type FlowEdge = Edge<EdgeData, string> & BoardEdge;

/** The open board. Its nodes and edges are the board's own, so what the store holds is what is saved. */
export type EditorBoard = Omit<Board, 'nodes' | 'edges'> & { nodes: FlowNode[]; edges: FlowEdge[] };
