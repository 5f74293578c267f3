import { useEffect, useMemo, useRef } from 'react';
import { useStore, ViewportPortal } from '@xyflow/react';
import { getFlowInstance } from '../canvas/flow-instance';
import { useBoardStore } from '../store/board-store';
import { absolutePositions, sizeOf } from '../store/geometry';
import { useSelection } from '../store/selection';
import { setPresence } from './room';
import { useRoomStore, type Person } from '../room/status';
import './collab.css';

/** Cursors and views go out at most this often (20 a second): smooth enough to follow, far under the rate limit. */
const PRESENCE_MS = 50;

function throttle<T>(send: (value: T) => void): (value: T) => void {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: T;
  return (value: T) => {
    latest = value;
    const wait = last + PRESENCE_MS - Date.now();
    if (wait <= 0) {
      last = Date.now();
      send(latest);
    } else if (!timer) {
      timer = setTimeout(() => {
        timer = undefined;
        last = Date.now();
        send(latest);
      }, wait);
    }
  };
}

/** What this person shares: pointer on the canvas, view and selection. */
function useSharePresence(): void {
  const transform = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const share = useMemo(() => throttle((patch: Parameters<typeof setPresence>[0]) => setPresence(patch)), []);
  const shareView = useMemo(() => throttle((viewport: Person['viewport']) => setPresence({ viewport })), []);
  useEffect(() => {
    const [x, y, zoom] = transform;
    if (width && height) shareView({ x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom });
  }, [transform, width, height, shareView]);
  useEffect(() => {
    const pane = document.querySelector<HTMLElement>('.react-flow');
    if (!pane) return;
    const move = (e: PointerEvent) => {
      const flow = getFlowInstance();
      if (flow) share({ cursor: flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }) });
    };
    const leave = () => share({ cursor: null });
    pane.addEventListener('pointermove', move);
    pane.addEventListener('pointerleave', leave);
    return () => {
      pane.removeEventListener('pointermove', move);
      pane.removeEventListener('pointerleave', leave);
    };
  }, [share]);
  const selected = useSelection((s) => [...s.nodes].join('\u0000'));
  useEffect(() => setPresence({ selection: selected ? selected.split('\u0000') : [] }), [selected]);
}

/** Follow someone's view: whenever it changes, show the same part of the board (fitted to this screen). */
function useFollow(): void {
  const following = useRoomStore((s) => s.people.find((p) => p.clientId === s.following && !p.self)?.viewport ?? null);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  useEffect(() => {
    if (!following || !width || !height) return;
    const zoom = Math.min(width / following.width, height / following.height);
    const x = -following.x * zoom + (width - following.width * zoom) / 2;
    const y = -following.y * zoom + (height - following.height * zoom) / 2;
    void getFlowInstance()?.setViewport({ x, y, zoom }, { duration: 120 });
  }, [following, width, height]);
  // Panning or zooming oneself stops following.
  const stop = useRef(() => useRoomStore.setState({ following: null }));
  useEffect(() => {
    const pane = document.querySelector<HTMLElement>('.react-flow__pane');
    const onUser = () => stop.current();
    pane?.addEventListener('wheel', onUser, { passive: true });
    pane?.addEventListener('pointerdown', onUser);
    return () => {
      pane?.removeEventListener('wheel', onUser);
      pane?.removeEventListener('pointerdown', onUser);
    };
  }, []);
}

function Cursor({ person, zoom }: { person: Person; zoom: number }) {
  if (!person.cursor) return null;
  return (
    <div className="mlsd-cursor" style={{ transform: `translate(${person.cursor.x}px, ${person.cursor.y}px) scale(${1 / zoom})`, color: person.color }} data-person={person.name}>
      <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden>
        <path d="M1 1 L16 7 L9 9 L7 16 Z" fill="currentColor" stroke="#fff" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
      <span className="mlsd-cursor-name" style={{ background: person.color }}>{person.name}</span>
    </div>
  );
}

/** The other people of the room on the canvas: their cursors with name tags, and what they selected outlined. */
export function PresenceLayer() {
  useSharePresence();
  useFollow();
  const people = useRoomStore((s) => s.people);
  const others = useMemo(() => people.filter((p) => !p.self), [people]);
  const zoom = useStore((s) => s.transform[2]);
  const nodes = useBoardStore((s) => s.board.nodes);
  const outlines = useMemo(() => {
    const chosen = others.filter((p) => p.selection.length > 0);
    if (chosen.length === 0) return [];
    const at = absolutePositions(nodes);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    return chosen.flatMap((p) =>
      p.selection.flatMap((id) => {
        const node = byId.get(id);
        const pos = at.get(id);
        return node && pos ? [{ key: `${p.clientId}-${id}`, color: p.color, name: p.name, ...pos, ...sizeOf(node) }] : [];
      }),
    );
  }, [others, nodes]);
  return (
    <ViewportPortal>
      <div className="mlsd-presence" aria-hidden>
        {outlines.map((o) => (
          <div key={o.key} className="mlsd-remote-selection" title={o.name} style={{ transform: `translate(${o.x - 4}px, ${o.y - 4}px)`, width: o.width + 8, height: o.height + 8, borderColor: o.color }} />
        ))}
        {others.map((p) => (
          <Cursor key={p.clientId} person={p} zoom={zoom} />
        ))}
      </div>
    </ViewportPortal>
  );
}
