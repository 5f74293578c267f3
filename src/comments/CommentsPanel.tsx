import { useEffect, useRef, useState } from 'react';
import Check from 'lucide-glyph:check';
import MessageSquarePlus from 'lucide-glyph:message-square-plus';
import RotateCcw from 'lucide-glyph:rotate-ccw';
import type { BoardComment } from '../domain/board';
import { findKind } from '../domain/catalog';
import { useBoardStore } from '../store/board-store';
import { fitNodes, getFlowInstance } from '../canvas/flow-instance';
import { isViewing, useRoomStore } from '../room/status';
import { MAX_NAME, setStoredName, storedName } from '../room/presence';
import { MAX_COMMENT } from './edits';
import { postComment, postReply, removeComment, setResolved } from './comment-ops';
import { startComment, useCommentDraft } from './start';
import './comments.css';

const when = (ms: number) =>
  ms > 0 ? new Date(ms).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }) : '';

/** The name comments are signed with, asked once (the same name others see in a live room). */
function NameField() {
  const [name, setName] = useState(storedName() ?? '');
  if (storedName()) return null;
  return (
    <label className="comment-name">
      Your name, shown with your comments
      <input value={name} maxLength={MAX_NAME} onChange={(e) => setName(e.target.value)} onBlur={() => name.trim() && setStoredName(name)} placeholder="e.g. Ada" />
    </label>
  );
}

function Composer({ label, onSubmit, onCancel, autoFocus }: { label: string; onSubmit: (text: string) => boolean; onCancel?: () => void; autoFocus?: boolean }) {
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) box.current?.focus();
  }, [autoFocus]);
  const submit = () => {
    const field = box.current?.closest('form')?.querySelector<HTMLInputElement>('.comment-name input');
    if (field?.value.trim()) setStoredName(field.value);
    if (onSubmit(text)) setText('');
  };
  return (
    <form className="comment-composer" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <NameField />
      <textarea
        ref={box}
        aria-label={label}
        placeholder={label}
        value={text}
        maxLength={MAX_COMMENT}
        rows={2}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) submit();
          if (e.key === 'Escape' && onCancel) onCancel();
        }}
      />
      <div className="button-row">
        <button type="submit" className="primary" disabled={!text.trim()}>
          {label.startsWith('Reply') ? 'Reply' : 'Comment'}
        </button>
        {onCancel ? <button type="button" onClick={onCancel}>Cancel</button> : null}
      </div>
    </form>
  );
}

function Thread({ comment, nodeName, focused }: { comment: BoardComment; nodeName: string | null; focused: boolean }) {
  const ref = useRef<HTMLElement>(null);
  const [replying, setReplying] = useState(false);
  const viewing = useRoomStore(isViewing);
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  const show = () => {
    if (comment.nodeId && nodeName !== null) fitNodes([comment.nodeId], { padding: 0.4, maxZoom: 1.2, duration: 200 });
    else void getFlowInstance()?.setCenter(comment.at.x, comment.at.y, { duration: 200, zoom: getFlowInstance()?.getZoom() });
  };
  return (
    <article ref={ref} className={`comment-thread${focused ? ' is-focused' : ''}${comment.resolved ? ' is-resolved' : ''}`} aria-label={`Comment by ${comment.author}`}>
      <header>
        <strong>{comment.author || 'Someone'}</strong>
        <time dateTime={comment.createdAt ? new Date(comment.createdAt).toISOString() : undefined}>{when(comment.createdAt)}</time>
      </header>
      <button type="button" className="comment-where" onClick={show}>
        {nodeName !== null ? `On “${nodeName}”` : 'On the board'}
      </button>
      <p className="comment-text">{comment.text}</p>
      {comment.replies.map((r) => (
        <div key={r.id} className="comment-reply">
          <header>
            <strong>{r.author || 'Someone'}</strong>
            <time>{when(r.createdAt)}</time>
          </header>
          <p className="comment-text">{r.text}</p>
        </div>
      ))}
      {replying ? (
        <Composer label="Reply…" autoFocus onSubmit={(t) => postReply(comment.id, t) && (setReplying(false), true)} onCancel={() => setReplying(false)} />
      ) : (
        <div className="comment-actions">
          <button type="button" onClick={() => setReplying(true)}>Reply</button>
          <button type="button" onClick={() => setResolved(comment.id, !comment.resolved)}>
            {comment.resolved ? <RotateCcw size={13} aria-hidden /> : <Check size={13} aria-hidden />} {comment.resolved ? 'Reopen' : 'Resolve'}
          </button>
          {viewing ? null : (
            <button type="button" className="comment-delete" onClick={() => removeComment(comment.id)}>
              Delete
            </button>
          )}
        </div>
      )}
    </article>
  );
}

/** The comments tab: threads open then resolved, a new comment being written, reply, resolve, reopen. */
export function CommentsPanel() {
  const comments = useBoardStore((s) => s.board.comments);
  const nodes = useBoardStore((s) => s.board.nodes);
  const { target, focus } = useCommentDraft();
  const [showResolved, setShowResolved] = useState(false);
  const names = new Map(nodes.map((n) => [n.id, n.data.label || findKind(n.type)?.label || 'a node']));
  const open = (comments ?? []).filter((c) => !c.resolved);
  const resolved = (comments ?? []).filter((c) => c.resolved);
  const focusedResolved = resolved.some((c) => c.id === focus);
  const nodeName = (c: BoardComment) => (c.nodeId ? (names.get(c.nodeId) ?? null) : null);
  return (
    <div className="comments-panel">
      {target ? (
        <section className="comment-new">
          <h3>{target.nodeId && names.has(target.nodeId) ? `New comment on “${names.get(target.nodeId)}”` : 'New comment at the middle of your view'}</h3>
          <Composer
            key={`${target.nodeId}-${target.at.x}-${target.at.y}`}
            label="Write a comment…"
            autoFocus
            onSubmit={(t) => {
              const id = postComment(t, target);
              if (id) useCommentDraft.setState({ target: null, focus: id });
              return !!id;
            }}
            onCancel={() => useCommentDraft.setState({ target: null })}
          />
        </section>
      ) : (
        <button type="button" className="comment-add" onClick={() => startComment()}>
          <MessageSquarePlus size={15} aria-hidden /> Add a comment
        </button>
      )}
      {open.length === 0 && !target ? (
        <p className="panel-empty">No open comments. Select a node and add a comment to ask about it, or to note what to review.</p>
      ) : null}
      {open.map((c) => (
        <Thread key={c.id} comment={c} nodeName={nodeName(c)} focused={focus === c.id} />
      ))}
      {resolved.length > 0 ? (
        <details className="comments-resolved" open={showResolved || focusedResolved} onToggle={(e) => setShowResolved((e.target as HTMLDetailsElement).open)}>
          <summary>Resolved ({resolved.length})</summary>
          {resolved.map((c) => (
            <Thread key={c.id} comment={c} nodeName={nodeName(c)} focused={focus === c.id} />
          ))}
        </details>
      ) : null}
      {isViewing() ? <p className="inspector-hint">As a viewer you can comment, reply and resolve; the board itself is not yours to change.</p> : null}
    </div>
  );
}
