// The kind of the next arrow is session state (the app store): the last kind the user picked, for an arrow in the
// inspector or in the connect box. New arrows drawn on the canvas get it.
import type { Connection } from '@xyflow/react';
import type { EdgeKind } from '../domain/board';
import { useAppStore } from './app-store';
import { commit } from './board-store';
import { connect, setEdge } from './edits';

/** A new arrow between two nodes, of the kind last picked. */
export function connectWithLastKind(c: Connection): void {
  commit((b) => connect(b, c, useAppStore.getState().nextEdgeKind));
}

/** The arrow becomes this kind, and new arrows get it too. */
export function pickEdgeKind(id: string, kind: EdgeKind): void {
  commit((b) => setEdge(b, id, { type: kind }));
  useAppStore.setState({ nextEdgeKind: kind });
}
