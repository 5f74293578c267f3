// Starting a comment (the "Add a comment" action): about the one selected node, else at the point the action was
// asked for (a canvas menu) or the view's centre; the comments panel opens with the text box ready.
import { create } from 'zustand';
import { getFlowInstance, viewCentre } from '../canvas/flow-instance';
import { selection } from '../store/selection';
import { useAppStore, isNarrow } from '../store/app-store';

export type CommentTarget = { nodeId?: string; at: { x: number; y: number } };

/** The comment being written (null: none) and the thread to bring into view (a pin clicked). */
export const useCommentDraft = create<{ target: CommentTarget | null; focus: string | null }>()(() => ({ target: null, focus: null }));

export function showCommentsPanel(): void {
  useAppStore.setState((s) => ({
    rightTab: 'comments',
    panels: { inspector: true, palette: isNarrow() ? false : s.panels.palette },
  }));
}

export function startComment(at?: { x: number; y: number }): void {
  const selected = [...selection().nodes];
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  const onCanvas = at && pane && at.x >= pane.left && at.x <= pane.right && at.y >= pane.top && at.y <= pane.bottom;
  const point = (onCanvas && getFlowInstance()?.screenToFlowPosition(at)) || viewCentre();
  const node = selected.length === 1 && !onCanvas ? selected[0] : undefined;
  useCommentDraft.setState({ target: node ? { nodeId: node, at: point } : { at: point }, focus: null });
  showCommentsPanel();
}

/** A pin clicked: its thread is shown in the panel. */
export function showThread(id: string): void {
  useCommentDraft.setState({ focus: id });
  showCommentsPanel();
}
