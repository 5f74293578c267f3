// Review comments as pure edits of a board (no React, no store): add, reply, resolve, reopen, delete. The same
// edits serve a board of one's own and an editor in a live room; a viewer's go to the server instead (comment-ops.ts).
import type { Board, BoardComment, CommentReply } from '../domain/board';

/** Longest comment or reply kept: a comment is a remark, and every person in a room receives it. */
export const MAX_COMMENT = 4000;

export const cleanCommentText = (text: string): string => text.trim().slice(0, MAX_COMMENT);

/** A board's comments list, written back without the key when it is empty (a board file without comments as before). */
function withComments<B extends Board>(board: B, comments: BoardComment[]): B {
  const next: B = { ...board, comments };
  if (comments.length === 0) delete (next as Board).comments;
  return next;
}

export function addComment<B extends Board>(board: B, comment: BoardComment): B {
  return withComments(board, [...(board.comments ?? []), comment]);
}

function changeComment<B extends Board>(board: B, id: string, change: (c: BoardComment) => BoardComment): B {
  if (!board.comments?.some((c) => c.id === id)) return board;
  return withComments(board, board.comments.map((c) => (c.id === id ? change(c) : c)));
}

export const replyToComment = <B extends Board>(board: B, id: string, reply: CommentReply): B =>
  changeComment(board, id, (c) => ({ ...c, replies: [...c.replies, reply] }));

export const resolveComment = <B extends Board>(board: B, id: string, resolved: boolean): B =>
  changeComment(board, id, (c) => (c.resolved === resolved ? c : { ...c, resolved }));

export const deleteComment = <B extends Board>(board: B, id: string): B =>
  board.comments?.some((c) => c.id === id) ? withComments(board, board.comments.filter((c) => c.id !== id)) : board;

/** Where a comment's pin stands: at its node's top-right corner while the node exists, else at its own point. */
export function pinPosition(comment: BoardComment, nodeBox: (id: string) => { x: number; y: number; width: number } | null): { x: number; y: number } {
  const box = comment.nodeId ? nodeBox(comment.nodeId) : null;
  return box ? { x: box.x + box.width - 6, y: box.y - 14 } : comment.at;
}
