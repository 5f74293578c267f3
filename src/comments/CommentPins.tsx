import { useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import MessageSquare from 'lucide-glyph:message-square';
import { useBoardStore } from '../store/board-store';
import { absolutePositions, sizeOf } from '../store/geometry';
import { pinPosition } from './edits';
import { showThread, useCommentDraft } from './start';
import './comments.css';

/**
 * Open comments as pins on the canvas (a comment about a node at the node's corner, so it follows the node; else at
 * its point). A pin opens its thread in the comments panel. Left out of image exports unless asked for.
 */
export function CommentPins() {
  const comments = useBoardStore((s) => s.board.comments);
  const nodes = useBoardStore((s) => s.board.nodes);
  const focus = useCommentDraft((s) => s.focus);
  const pins = useMemo(() => {
    const open = (comments ?? []).filter((c) => !c.resolved);
    if (open.length === 0) return [];
    const at = absolutePositions(nodes);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const box = (id: string) => {
      const node = byId.get(id);
      const p = at.get(id);
      return node && p ? { ...p, width: sizeOf(node).width } : null;
    };
    return open.map((c) => ({ comment: c, ...pinPosition(c, box) }));
  }, [comments, nodes]);
  if (pins.length === 0) return null;
  return (
    <ViewportPortal>
      <div className="mlsd-comment-pins">
        {pins.map(({ comment, x, y }) => (
          <button
            key={comment.id}
            type="button"
            className={`mlsd-comment-pin${focus === comment.id ? ' is-focused' : ''}`}
            style={{ transform: `translate(${x}px, ${y}px)` }}
            aria-label={`Comment by ${comment.author}: ${comment.text.slice(0, 80)}`}
            title={`${comment.author}: ${comment.text.slice(0, 200)}`}
            onClick={() => showThread(comment.id)}
          >
            <MessageSquare size={13} aria-hidden />
            {comment.replies.length > 0 ? <span>{comment.replies.length + 1}</span> : null}
          </button>
        ))}
      </div>
    </ViewportPortal>
  );
}
