// A live room's interview (src/sync/practice.ts) shown by practice mode: the room's problem, clock and budgets become
// the session, for every person in the room. Changes go to the server (session.ts sends them) and come back here
// through the room's document, so everyone, the sender included, shows the same state.
import type { Problem } from '../domain/practice';
import { notify } from '../store/app-store';
import { useBoardStore } from '../store/board-store';
import { useRoomStore } from '../room/status';
import type { SharedPractice } from '../sync/practice';
import { loadProblem } from './bank';
import { showResult, usePractice, type Session } from './session';

const problems = new Map<string, Promise<Problem | undefined>>();
const problemFor = (id: string) => {
  if (!problems.has(id)) problems.set(id, loadProblem(id));
  return problems.get(id)!;
};

async function follow(practice: SharedPractice | null): Promise<void> {
  const current = usePractice.getState();
  if (!practice) {
    if (current.session?.shared) usePractice.setState({ session: null, reveal: null, panel: null });
    return;
  }
  const problem = await problemFor(practice.problemId);
  // Something newer arrived while the problem loaded: that one is shown instead.
  if (useRoomStore.getState().practice !== practice) return;
  if (!problem) {
    notify('error', `This room's interview is on a problem this version of the app does not have (“${practice.problemId}”).`);
    return;
  }
  const { session: before, reveal } = usePractice.getState();
  const same = before?.shared?.startedAt === practice.startedAt;
  const session: Session = {
    problem,
    boardId: useBoardStore.getState().board.id,
    minutes: practice.minutes,
    timer: practice.timer,
    asked: same ? before!.asked : [],
    shared: { startedAt: practice.startedAt, by: practice.by, act: practice.act },
  };
  if (practice.timer.status === 'ended') {
    if (same && reveal) usePractice.setState({ session });
    // The result on every page; the attempt is kept in the candidate's progress (the editor's), not the interviewer's.
    else await showResult(session, practice.timer, useRoomStore.getState().role === 'editor');
    return;
  }
  usePractice.setState(same ? { session } : { session, reveal: null, panel: null, showGhost: true });
}

/** Follows the room's interview from now on (practice mode mounted in a room). */
export function followRoomPractice(): void {
  void follow(useRoomStore.getState().practice);
  useRoomStore.subscribe((s, prev) => {
    if (s.practice !== prev.practice) void follow(s.practice);
  });
}
