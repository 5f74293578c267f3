// What the comments panel does: each operation is a pure edit through the board store (a board of one's own, or
// an editor in a live room, whose change then reaches the room as any other). A viewer may not change the room's
// document, so their comment goes to the server as a message it applies on their behalf.
import { newId } from '../domain/ids';
import type { BoardComment } from '../domain/board';
import { useBoardStore } from '../store/board-store';
import { isViewing, loadRoom } from '../room/status';
import { userName } from '../room/presence';
import type { CommentMessage } from '../sync/protocol';
import { addComment, cleanCommentText, deleteComment, replyToComment, resolveComment } from './edits';

const apply = (edit: Parameters<ReturnType<typeof useBoardStore.getState>['apply']>[0]) => useBoardStore.getState().apply(edit);
const toServer = (message: CommentMessage) => void loadRoom().then((m) => m.sendComment(message));

/** Add a comment about a node (pinned at it) or at a point of the board. Returns its id, or null for empty text. */
export function postComment(text: string, target: { nodeId?: string; at: { x: number; y: number } }): string | null {
  const clean = cleanCommentText(text);
  if (!clean) return null;
  const comment: BoardComment = {
    id: newId('c'), at: { x: Math.round(target.at.x), y: Math.round(target.at.y) }, author: userName(), createdAt: Date.now(),
    text: clean, resolved: false, replies: [],
    ...(target.nodeId && { nodeId: target.nodeId }),
  };
  if (isViewing()) {
    toServer({ type: 'mlsd:comment', op: 'add', id: comment.id, text: clean, author: comment.author, nodeId: comment.nodeId, at: comment.at });
  } else apply((b) => addComment(b, comment));
  return comment.id;
}

export function postReply(commentId: string, text: string): boolean {
  const clean = cleanCommentText(text);
  if (!clean) return false;
  const reply = { id: newId('r'), author: userName(), createdAt: Date.now(), text: clean };
  if (isViewing()) toServer({ type: 'mlsd:comment', op: 'reply', commentId, id: reply.id, text: clean, author: reply.author });
  else apply((b) => replyToComment(b, commentId, reply));
  return true;
}

export function setResolved(commentId: string, resolved: boolean): void {
  if (isViewing()) toServer({ type: 'mlsd:comment', op: 'resolve', commentId, resolved });
  else apply((b) => resolveComment(b, commentId, resolved));
}

/** Deleting a thread is an editor's (or the board owner's) act: a viewer has no message for it. */
export function removeComment(commentId: string): void {
  if (!isViewing()) apply((b) => deleteComment(b, commentId));
}
