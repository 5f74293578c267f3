// The practice session: the problem, the clock, the questions asked, and after the reveal the score and the ghost.
// The clock reads `clock.now()`, Date.now in the app; the browser test drives it with Playwright's fake clock.
import { absolutePositions, createNode, type Board } from '../domain/board';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH, nodeSize } from '../domain/geometry';
import { getFlowInstance } from '../canvas/flow-instance';
import { newId } from '../domain/ids';
import { createScaffold } from '../domain/patterns';
import { compareWithReference, type ReferenceComparison } from '../domain/reference';
import { STEP_IDS, type StepId } from '../domain/framework';
import {
  endTimer, ghostAdded, MAX_SESSION_MINUTES, ghostComponents, goToStep, makeAttempt, pauseTimer, rebudgetStep, resumeTimer, scorePractice, setBudgets, startTimer, stepBudgets,
  type Attempt, type GhostComponent, type PracticeScore, type Problem, type RequirementField, type TimerState,
} from '../domain/practice';
import { create } from 'zustand';
import { useBoardStore } from '../store/board-store';
import { openAsNewBoard, switchBoard } from '../store/persistence';
import { addNodes, setNodeField } from '../store/edits';
import { notify } from '../store/app-store';
import { saveAttempt } from './attempts';
import { loadProblem } from './bank';
import { PRACTICE_SESSION_KEY } from './session-key';
import { loadRoom, useRoomStore } from '../room/status';
import { userName } from '../room/presence';
import type { PracticeAct, PracticeOp } from '../sync/practice';

export const clock = { now: (): number => Date.now() };

const REQUIREMENTS_ROOM = 240;

export type PracticePanel = 'interviewer' | 'calculator' | 'reveal' | 'notes' | null;

export interface Session {
  problem: Problem;
  boardId: string;
  minutes: number;
  timer: TimerState;
  /** Ids of the questions asked, in order. */
  asked: string[];
  /** A live room's interview (src/practice/shared.ts): its clock is the room's, on the server's time. */
  shared?: { startedAt: number; by: string; act: PracticeAct };
}

/** The session clock's "now": the server's time for a room's interview (its times are the server's), else this page's. */
export const sessionNow = (session: Session | null | undefined): number =>
  clock.now() + (session?.shared ? useRoomStore.getState().clockOffset : 0);

/** In a live room, the interview is the room's: a change goes to the server, which applies it for everyone. */
const inRoom = () => useRoomStore.getState().room !== null;
function toRoom(op: PracticeOp): void {
  void loadRoom().then((m) => m.sendPractice(op));
}
const by = () => userName();

export interface Reveal {
  score: PracticeScore;
  comparison: ReferenceComparison;
  ghosts: GhostComponent[];
  attempt: Attempt;
}

type PracticeState = {
  session: Session | null;
  reveal: Reveal | null;
  panel: PracticePanel;
  /** The reference drawn over the board after the reveal. */
  showGhost: boolean;
};

export const usePractice = create<PracticeState>()(() => ({ session: null, reveal: null, panel: null, showGhost: true }));

/** The session as kept across a reload: the problem by id (its file is loaded again), the rest as is. */
type SavedSession = Omit<Session, 'problem'> & { problemId: string };

// Kept while the interview runs; dropped at the reveal or when practice ends.
usePractice.subscribe((state) => {
  try {
    // A room's interview is kept by the room (and has taken the place of any interview of one's own).
    if (state.session && !state.reveal && !state.session.shared) {
      const { problem, ...rest } = state.session;
      const saved: SavedSession = { ...rest, problemId: problem.id };
      localStorage.setItem(PRACTICE_SESSION_KEY, JSON.stringify(saved));
    } else localStorage.removeItem(PRACTICE_SESSION_KEY);
  } catch {
    // Storage full or refused: the interview goes on, it just will not survive a reload.
  }
});

const isStepMs = (v: unknown): v is Record<StepId, number> =>
  typeof v === 'object' && v !== null && STEP_IDS.every((s) => Number.isFinite((v as Record<string, unknown>)[s]));

function readSaved(text: string | null): SavedSession | null {
  try {
    const v = JSON.parse(text ?? 'null') as Partial<SavedSession> | null;
    const t = v?.timer;
    const ok = !!v && typeof v.problemId === 'string' && typeof v.boardId === 'string' && Number.isFinite(v.minutes)
      && Array.isArray(v.asked) && v.asked.every((a) => typeof a === 'string') && !!t
      && ['running', 'paused'].includes(t.status) && STEP_IDS.includes(t.step) && Number.isFinite(t.since)
      && isStepMs(t.budgets) && isStepMs(t.spent);
    return ok ? (v as SavedSession) : null;
  } catch {
    return null;
  }
}

/** Restores the interview kept before a reload (time away counts, as in a real interview, unless it was paused). */
export async function resumeSession(): Promise<boolean> {
  let saved: SavedSession | null;
  try {
    saved = readSaved(localStorage.getItem(PRACTICE_SESSION_KEY));
  } catch {
    return false;
  }
  const problem = saved && (await loadProblem(saved.problemId));
  if (!saved || !problem) {
    usePractice.setState({ session: null });
    return false;
  }
  if (useBoardStore.getState().board.id !== saved.boardId) await switchBoard(saved.boardId);
  const { boardId, minutes, timer, asked } = saved;
  usePractice.setState({ session: { problem, boardId, minutes, timer, asked }, reveal: null, panel: null });
  return true;
}

const update = (f: (s: Session) => Session) => usePractice.setState((st) => (st.session ? { session: f(st.session) } : {}));

export async function startSession(problem: Problem, minutes: number, split?: Record<StepId, number>): Promise<void> {
  if (inRoom()) {
    // The room's board is the interview's board; the clock starts for everyone when the server says so.
    toRoom({ op: 'start', problemId: problem.id, budgets: split ?? stepBudgets(minutes), by: by() });
    return;
  }
  const board = createScaffold();
  board.name = `Practice: ${problem.title}`;
  // The interviewer's answers and the numbers fill the Requirements card: leave it room to grow above the pipelines.
  for (const n of board.nodes) if (!n.parentId && n.type !== 'requirements' && n.type !== 'framing') n.position = { ...n.position, y: n.position.y + REQUIREMENTS_ROOM };
  await openAsNewBoard(board);
  const boardId = useBoardStore.getState().board.id;
  const timer = startTimer(split ?? stepBudgets(minutes), clock.now());
  usePractice.setState({ session: { problem, boardId, minutes, timer, asked: [] }, reveal: null, panel: null, showGhost: true });
}

const shared = () => !!usePractice.getState().session?.shared;

export const pause = () => (shared() ? toRoom({ op: 'pause', by: by() }) : update((s) => ({ ...s, timer: pauseTimer(s.timer, clock.now()) })));
export const resume = () => (shared() ? toRoom({ op: 'resume', by: by() }) : update((s) => ({ ...s, timer: resumeTimer(s.timer, clock.now()) })));
export const moveToStep = (step: StepId) =>
  shared() ? toRoom({ op: 'step', step, by: by() }) : update((s) => ({ ...s, timer: goToStep(s.timer, step, clock.now()) }));
/** One step's budget changed mid-session: the interview keeps its length, the steps ahead adjust (rebudgetStep). */
export const editStepBudget = (step: StepId, minutes: number) =>
  shared()
    ? toRoom({ op: 'budget', step, minutes: Math.min(MAX_SESSION_MINUTES, Math.max(0, Math.round(minutes))), by: by() })
    : update((s) => (s.timer.status === 'ended' ? s : { ...s, timer: setBudgets(s.timer, rebudgetStep(s.timer, step, minutes, clock.now())) }));

export function markAsked(questionId: string): void {
  update((s) => (s.asked.includes(questionId) ? s : { ...s, asked: [...s.asked, questionId] }));
}

/** Appends a line to a Requirements card field (creating the card if the board has none); one undo step. */
export function writeToRequirements(field: RequirementField, text: string): void {
  const { board, apply } = useBoardStore.getState();
  let card = board.nodes.find((n) => n.type === 'requirements');
  if (!card) {
    const node = createNode('requirements', { x: 0, y: -400 });
    apply((b) => addNodes(b, [node]));
    card = useBoardStore.getState().board.nodes.find((n) => n.id === node.id)!;
  }
  const current = card.data.fields[field] ?? '';
  if (current.includes(text)) return;
  apply((b) => setNodeField(b, card.id, field, current.trim() ? `${current.trimEnd()}\n${text}` : text));
}

/** Ends the session (or gives up): scores the board, keeps the attempt, shows the reveal and the ghost. In a room the
 *  server ends the clock for everyone, and each person's page then shows the result (showResult). */
export async function revealSession(): Promise<void> {
  const { session } = usePractice.getState();
  if (!session) return;
  if (session.shared) return toRoom({ op: 'end', by: by() });
  if (useBoardStore.getState().board.id !== session.boardId) await switchBoard(session.boardId);
  await showResult(session, endTimer(session.timer, clock.now()), true);
}

/** The result of an ended interview over the open board; `keep`: saved as an attempt in this person's progress. */
export async function showResult(session: Session, timer: TimerState, keep: boolean): Promise<void> {
  const board = useBoardStore.getState().board as Board;
  const score = scorePractice(board, session.problem);
  const comparison = compareWithReference(board, session.problem.reference);
  const attempt = makeAttempt({
    id: newId('attempt'), problem: session.problem, date: clock.now(), minutes: session.minutes, timeByStep: timer.spent,
    budgetByStep: timer.budgets, score,
    board,
  });
  const ghosts = ghostComponents(board, session.problem.reference, comparison);
  usePractice.setState({ session: { ...session, timer }, reveal: { score, comparison, ghosts, attempt }, panel: 'reveal', showGhost: true });
  showBoardAndGhosts(board, ghosts);
  if (!keep) return;
  try {
    await saveAttempt(attempt);
  } catch (e) {
    notify('error', `The attempt could not be saved: ${(e as Error).message}`);
  }
}

/** Brings the board and the ghosts into view together. */
function showBoardAndGhosts(board: Board, ghosts: readonly GhostComponent[]): void {
  const pos = absolutePositions(board.nodes);
  const boxes = [
    ...board.nodes.map((n) => ({ ...pos.get(n.id)!, ...nodeSize(n) })),
    ...ghosts.map((g) => ({ ...g.position, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT })),
  ];
  if (boxes.length === 0) return;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const width = Math.max(...boxes.map((b) => b.x + b.width)) - x;
  const height = Math.max(...boxes.map((b) => b.y + b.height)) - y;
  void getFlowInstance()?.fitBounds({ x, y, width, height }, { padding: 0.1, duration: 200 });
}

/** Adds a missing reference component from the ghost overlay, joined to the nodes it connects to. */
export function addFromGhost(ghost: GhostComponent): void {
  const node = createNode(ghost.reference.kind, ghost.position, ghost.reference.label);
  node.data.fields = { ...node.data.fields, ...ghost.fields };
  const edges = ghost.edges.map((e) => ({
    id: newId('e'), source: e.outgoing ? node.id : e.otherId, target: e.outgoing ? e.otherId : node.id, type: e.kind, data: { label: e.label },
  }));
  useBoardStore.getState().apply((b) => addNodes(b, [node], edges));
  // Refused (a viewer's board is read-only): the ghost stays a ghost.
  if (!useBoardStore.getState().board.nodes.some((n) => n.id === node.id)) return;
  usePractice.setState((st) => (st.reveal ? { reveal: { ...st.reveal, ghosts: ghostAdded(st.reveal.ghosts, ghost, node.id) } } : {}));
}

/** Closes practice mode; a room's interview is closed for everyone (the server clears it). */
export function endPractice(): void {
  if (shared()) toRoom({ op: 'clear', by: by() });
  usePractice.setState({ session: null, reveal: null, panel: null });
}
