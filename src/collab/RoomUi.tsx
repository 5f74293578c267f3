import { useEffect, useRef, useState } from 'react';
import ClipboardCopy from 'lucide-glyph:clipboard-copy';
import Eye from 'lucide-glyph:eye';
import Users from 'lucide-glyph:users';
import X from 'lucide-glyph:x';
import { notify } from '../store/app-store';
import { MAX_NAME, roomStatusText, setStoredName, storedName } from '../room/presence';
import { forgetThisRoom, renameSelf } from './room';
import { useRoomStore, type Person } from '../room/status';
import './collab.css';

const initials = (name: string) =>
  name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => [...w][0]?.toUpperCase() ?? '').join('') || '?';

/** The name others see, asked once (kept in this browser for every room and every comment). */
function NameForm({ onDone }: { onDone: () => void }) {
  const [name, setName] = useState(storedName() ?? '');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className="room-name-form"
      onSubmit={(e) => {
        e.preventDefault();
        const clean = setStoredName(name);
        if (!clean) return;
        renameSelf(clean);
        onDone();
      }}
    >
      <label>
        Your name in this room
        <input ref={input} value={name} maxLength={MAX_NAME} onChange={(e) => setName(e.target.value)} placeholder="e.g. Ada" />
      </label>
      <button type="submit" className="primary" disabled={!name.trim()}>OK</button>
    </form>
  );
}

function PersonChip({ person, following }: { person: Person; following: boolean }) {
  const label = person.self ? `${person.name} (you)` : following ? `Stop following ${person.name}` : `Follow ${person.name}'s view`;
  return (
    <button
      type="button"
      className={`room-person${following ? ' is-following' : ''}`}
      style={{ background: person.color }}
      aria-label={label}
      aria-pressed={person.self ? undefined : following}
      title={label}
      data-self={person.self || undefined}
      onClick={() => {
        if (person.self) return;
        useRoomStore.setState({ following: following ? null : person.clientId });
      }}
    >
      {initials(person.name)}
    </button>
  );
}

/** Tells the canvas how tall the room's bar is (`--room-bar-height`), so what else lies over the canvas at the top
 *  (the practice bar) starts below it. */
function useRoomBarHeight(bar: React.RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const element = bar.current;
    const canvas = element?.closest<HTMLElement>('section.canvas') ?? document.querySelector<HTMLElement>('section.canvas');
    if (!element || !canvas) return;
    const observer = new ResizeObserver(() => canvas.style.setProperty('--room-bar-height', `${Math.ceil(element.getBoundingClientRect().height) + 8}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      canvas.style.removeProperty('--room-bar-height');
    };
  }, [bar]);
}

/** The room's bar over the canvas: connection state, who is here (click one to follow), the viewer's badge. */
function RoomBar() {
  const { status, people, message, role, following } = useRoomStore();
  const [naming, setNaming] = useState(() => storedName() === null);
  const [open, setOpen] = useState(false);
  const followed = people.find((p) => p.clientId === following);
  const bar = useRef<HTMLDivElement>(null);
  useRoomBarHeight(bar);
  const text = roomStatusText(status, Math.max(1, people.length), message);
  return (
    <div ref={bar} className={`room-bar is-${status ?? 'none'}`}>
      <div className="room-bar-row">
        <span className="room-status" role="status" aria-live="polite">
          <span className="room-dot" aria-hidden /> {text}
        </span>
        {status !== 'refused' ? (
          <span className="room-people" role="group" aria-label="People in this room">
            {people.slice(0, 6).map((p) => (
              <PersonChip key={p.clientId} person={p} following={p.clientId === following} />
            ))}
            {people.length > 6 ? <span className="room-more">+{people.length - 6}</span> : null}
          </span>
        ) : null}
        <button type="button" className="icon-button" aria-label="Room menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          <Users size={15} aria-hidden />
        </button>
      </div>
      {role === 'viewer' ? (
        <p className="room-badge">
          <Eye size={14} aria-hidden /> Viewing — you can point and comment
        </p>
      ) : null}
      {followed ? (
        <p className="room-following" style={{ borderColor: followed.color }}>
          Following {followed.name}’s view.{' '}
          <button type="button" onClick={() => useRoomStore.setState({ following: null })}>Stop</button>
        </p>
      ) : null}
      {message && status !== 'refused' ? <p className="room-note">{message}</p> : null}
      {naming ? <NameForm onDone={() => setNaming(false)} /> : null}
      {open ? (
        <div className="room-menu">
          <ul>
            {people.map((p) => (
              <li key={p.clientId}>
                <span className="room-swatch" style={{ background: p.color }} aria-hidden /> {p.name}
                {p.self ? ' (you)' : ''}
              </li>
            ))}
          </ul>
          <div className="button-row">
            <button type="button" onClick={() => (setNaming(true), setOpen(false))}>Change your name</button>
            <button type="button" onClick={() => void import('./room').then((m) => m.invite())}>Invite links</button>
            <button
              type="button"
              onClick={() => {
                forgetThisRoom();
                notify('info', 'You left the room. The board stays here as your own copy.');
              }}
            >
              Leave the room
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function LinkRow({ label, hint, link }: { label: string; hint: string; link: string }) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      notify('info', `${label} copied.`);
    } catch {
      notify('warning', 'The clipboard refused: select the link and copy it by hand.');
    }
  };
  const id = `invite-${label.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <div className="invite-link">
      <label htmlFor={id}>{label}</label>
      <p className="inspector-hint">{hint}</p>
      <div className="invite-link-row">
        <input id={id} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={() => void copy()}>
          <ClipboardCopy size={14} aria-hidden /> Copy
        </button>
      </div>
    </div>
  );
}

/** Everything a live room shows: its bar over the canvas and, while open, the Invite dialog. */
export function RoomUi() {
  const inviting = useRoomStore((s) => s.invite !== null);
  return (
    <>
      <RoomBar />
      {inviting ? <InviteDialog /> : null}
    </>
  );
}

/** The links of the room: editor and viewer for its owner; one's own otherwise. */
function InviteDialog() {
  const links = useRoomStore((s) => s.invite);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.querySelector<HTMLElement>('button.invite-copy-first, .invite-link button')?.focus(), []);
  if (!links) return null;
  const close = () => useRoomStore.setState({ invite: null });
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => e.target === e.currentTarget && close()} onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div ref={dialog} className="dialog dialog-narrow invite-dialog" role="dialog" aria-modal="true" aria-labelledby="invite-title">
        <header role="none">
          <h2 id="invite-title">Invite to this board</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={close}>
            <X size={16} aria-hidden />
          </button>
        </header>
        <p className="inspector-hint">
          {links.editor && links.viewer
            ? 'This board is now a live room: whoever opens a link joins it and sees every change as it is made.'
            : 'Your link to this room: whoever opens it joins as you did.'}{' '}
          Anyone with a link can open the room, so send links only to the people you mean.
        </p>
        {links.editor ? <LinkRow label="Editor link" hint="Can change the board: the candidate, or a co-author." link={links.editor} /> : null}
        {links.viewer ? <LinkRow label="Viewer link" hint="Can watch, point and comment, not edit: an interviewer or a reviewer." link={links.viewer} /> : null}
      </div>
    </div>
  );
}
