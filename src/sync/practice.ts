// The practice interview shared by a live room: which problem, the clock and the step budgets, the same for everyone.
//
// It lives in the room's Yjs document, in a root map of its own (`practice`, key `session`), so a reload, a late
// joiner and a server restart all find the running clock; it is not part of the board (not in the board file, not in
// anyone's undo). Only the server writes it: every person, viewer or editor, sends a stateless message
// (`mlsd:practice`, below) that the server checks and applies with its own clock (server/practice.ts). The clock's
// times are therefore the server's; a client reads them through its estimate of the server's time (`mlsd:time`,
// answered by the server: the offset is taken at the middle of the round trip), so machines whose clocks disagree
// show the same time left.
import * as Y from 'yjs';
import { STEP_IDS, type StepId } from '../domain/framework';
import {
  endTimer, goToStep, MAX_SESSION_MINUTES, pauseTimer, rebudgetStep, resumeTimer, setBudgets, startTimer, type TimerState,
} from '../domain/practice/pacing';

export const PRACTICE_ROOT = 'practice';
const KEY = 'session';

export type PracticeAct = 'start' | 'pause' | 'resume' | 'step' | 'budget' | 'end';

/** The shared interview as the document holds it. `timer.since` and `at` are the server's time. */
export type SharedPractice = {
  problemId: string;
  /** When it started (the server's time): tells one interview from the next. */
  startedAt: number;
  /** The interview's length in minutes (the sum of the budgets at the start). */
  minutes: number;
  timer: TimerState;
  /** Who did the last thing to the clock, what, and when (for "Paused by Ada"). */
  by: string;
  act: PracticeAct;
  at: number;
};

export type PracticeOp =
  | { op: 'start'; problemId: string; budgets: Record<StepId, number>; by: string }
  | { op: 'pause' | 'resume' | 'end' | 'clear'; by: string }
  | { op: 'step'; step: StepId; by: string }
  | { op: 'budget'; step: StepId; minutes: number; by: string };

export type PracticeMessage = { type: 'mlsd:practice' } & PracticeOp;

/** The clock question and its answer: `sent` is the asker's time, echoed, `now` the server's. */
export type TimeMessage = { type: 'mlsd:time'; sent: number; now?: number };

/** Problem ids of the bank: lower-case words joined by hyphens. */
const PROBLEM_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_BY = 100;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStep = (v: unknown): v is StepId => typeof v === 'string' && (STEP_IDS as readonly string[]).includes(v);
const isMinutes = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_SESSION_MINUTES;
const isBy = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_BY;

function parseJson(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The `type` of a stateless payload, if it is one of our JSON messages (others are not ours to judge). */
export function messageType(payload: string): string | null {
  const value = parseJson(payload);
  return isRecord(value) && typeof value.type === 'string' ? value.type : null;
}

/**
 * The practice message in `raw` (parsed JSON or the JSON string), or null when anything is malformed: an unknown op,
 * a step that is not one of the seven, budgets that are not whole minutes of 0-180 each summing to 5-180, a problem
 * id that is not the bank's form, a name over 100 characters. Only the known fields are kept.
 */
export function parsePracticeMessage(raw: unknown): PracticeMessage | null {
  const m = parseJson(raw);
  if (!isRecord(m) || m.type !== 'mlsd:practice' || !isBy(m.by)) return null;
  const by = m.by;
  switch (m.op) {
    case 'start': {
      if (typeof m.problemId !== 'string' || !PROBLEM_ID.test(m.problemId) || !isRecord(m.budgets)) return null;
      const budgets = m.budgets;
      if (!STEP_IDS.every((s) => isMinutes(budgets[s]))) return null;
      const clean = Object.fromEntries(STEP_IDS.map((s) => [s, budgets[s]])) as Record<StepId, number>;
      const total = STEP_IDS.reduce((sum, s) => sum + clean[s], 0);
      if (total < 5 || total > MAX_SESSION_MINUTES) return null;
      return { type: 'mlsd:practice', op: 'start', problemId: m.problemId, budgets: clean, by };
    }
    case 'pause':
    case 'resume':
    case 'end':
    case 'clear':
      return { type: 'mlsd:practice', op: m.op, by };
    case 'step':
      return isStep(m.step) ? { type: 'mlsd:practice', op: 'step', step: m.step, by } : null;
    case 'budget':
      return isStep(m.step) && isMinutes(m.minutes) ? { type: 'mlsd:practice', op: 'budget', step: m.step, minutes: m.minutes, by } : null;
    default:
      return null;
  }
}

const isStepMs = (v: unknown): v is Record<StepId, number> =>
  isRecord(v) && STEP_IDS.every((s) => typeof v[s] === 'number' && Number.isFinite(v[s]) && (v[s] as number) >= 0);

/** The shared interview in the document, or null (none, or a value this version cannot read). */
export function readSharedPractice(doc: Y.Doc): SharedPractice | null {
  const v = doc.getMap(PRACTICE_ROOT).get(KEY);
  if (!isRecord(v) || typeof v.problemId !== 'string' || typeof v.startedAt !== 'number' || typeof v.minutes !== 'number' || typeof v.by !== 'string') return null;
  const t = v.timer;
  if (!isRecord(t) || !['running', 'paused', 'ended'].includes(t.status as string) || !isStep(t.step) || typeof t.since !== 'number'
    || !isStepMs(t.budgets) || !isStepMs(t.spent)) return null;
  return v as SharedPractice;
}

/**
 * Apply one practice operation to the document with the server's clock `now`, as one transaction with `origin`. It
 * touches nothing but the `practice` map. A refusal is a sentence for the sender and changes nothing; an operation
 * that changes nothing (pausing a paused clock: two people pressed at once) is accepted.
 */
export function applyPracticeOp(doc: Y.Doc, op: PracticeOp, now: number, origin: unknown = null): { ok: true } | { ok: false; message: string } {
  const current = readSharedPractice(doc);
  const write = (next: SharedPractice | null) =>
    doc.transact(() => (next ? doc.getMap(PRACTICE_ROOT).set(KEY, next) : doc.getMap(PRACTICE_ROOT).delete(KEY)), origin);
  if (op.op === 'start') {
    if (current && current.timer.status !== 'ended') return { ok: false, message: 'an interview is already running in this room: end it first.' };
    const minutes = STEP_IDS.reduce((sum, s) => sum + op.budgets[s], 0);
    write({ problemId: op.problemId, startedAt: now, minutes, timer: startTimer(op.budgets, now), by: op.by, act: 'start', at: now });
    return { ok: true };
  }
  if (op.op === 'clear') {
    if (current) write(null);
    return { ok: true };
  }
  if (!current) return { ok: false, message: 'no interview is running in this room.' };
  if (current.timer.status === 'ended') return { ok: false, message: 'this interview has ended.' };
  const t = current.timer;
  const timer: TimerState =
    op.op === 'pause' ? pauseTimer(t, now)
    : op.op === 'resume' ? resumeTimer(t, now)
    : op.op === 'end' ? endTimer(t, now)
    : op.op === 'step' ? goToStep(t, op.step, now)
    : op.op === 'budget' ? setBudgets(t, rebudgetStep(t, op.step, op.minutes, now))
    : t;
  write({ ...current, timer, by: op.by, act: op.op, at: now });
  return { ok: true };
}

/**
 * Whether a Yjs update writes into the `practice` map, which only the server may write. An item names its parent
 * only when it cannot be derived: a root's item carries the root's name, an item next to another (a map key written
 * again) points at its neighbour, and an item inside a nested type at that type's item; each is followed (in the
 * update itself, else in `doc`) to its root. A deletion names only ids, looked up in `doc`; one `doc` already has
 * counts for nothing.
 */
export function writesPractice(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  const inUpdate = new Map<string, Y.Item>();
  for (const s of structs) if (s instanceof Y.Item) inUpdate.set(`${s.id.client}:${s.id.clock}`, s);
  const find = (id: Y.ID): Y.Item | null => {
    const here = inUpdate.get(`${id.client}:${id.clock}`);
    if (here) return here;
    try {
      const item = Y.getItem(doc.store, id);
      return item instanceof Y.Item ? item : null;
    } catch {
      return null;
    }
  };
  const root = doc.getMap(PRACTICE_ROOT);
  const rootName = (item: Y.Item, depth = 0): string | null => {
    const parent = item.parent as unknown;
    if (typeof parent === 'string') return parent;
    if (parent instanceof Y.AbstractType) return parent === root ? PRACTICE_ROOT : parent._item ? rootName(parent._item, depth + 1) : Y.findRootTypeKey(parent);
    const next = parent instanceof Y.ID ? parent : (item.origin ?? item.rightOrigin);
    const found = next && depth < 1000 ? find(next) : null;
    return found ? rootName(found, depth + 1) : null;
  };
  if (structs.some((s) => s instanceof Y.Item && rootName(s) === PRACTICE_ROOT)) return true;
  for (const [client, ranges] of ds.clients) {
    const own = doc.store.clients.get(client) ?? [];
    for (const range of ranges) {
      for (const s of own) {
        // A deletion the document already has (every client's sync step carries its whole delete set) is no news.
        if (s.id.clock + s.length > range.clock && s.id.clock < range.clock + range.len && s instanceof Y.Item && !s.deleted && rootName(s) === PRACTICE_ROOT) return true;
      }
    }
  }
  return false;
}
