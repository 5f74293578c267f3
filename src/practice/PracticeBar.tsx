import { useEffect, useState } from 'react';
import ChevronDown from 'lucide-glyph:chevron-down';
import ChevronUp from 'lucide-glyph:chevron-up';
import Calculator from 'lucide-glyph:calculator';
import MessageCircleQuestion from 'lucide-glyph:message-circle-question-mark';
import Pause from 'lucide-glyph:pause';
import Play from 'lucide-glyph:play';
import Eye from 'lucide-glyph:eye';
import SkipForward from 'lucide-glyph:skip-forward';
import Timer from 'lucide-glyph:timer';
import { STEPS, STEP_IDS, type StepId } from '../domain/framework';
import { formatClock, viewTimer } from '../domain/practice';
import NotebookPen from 'lucide-glyph:notebook-pen';
import { editStepBudget, moveToStep, pause, resume, revealSession, sessionNow, usePractice, type Session } from './session';
import { useRoomStore } from '../room/status';

/** Re-renders every second while the clock runs; `now` is the session's clock (the server's in a room). */
function useNow(running: boolean, now: () => number): number {
  const [, tick] = useState(0);
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, [running]);
  return now();
}

const ACT_TEXT = { start: 'started the interview', pause: 'paused the clock', resume: 'resumed the clock', step: 'moved to a step', budget: 'changed the time per step', end: 'ended the interview' } as const;

/** One step's budget, typed and committed on Enter or when the field is left (each keystroke would rebalance the
 *  other steps on the way to "15" through "1"). */
function BudgetInput({ step, label, minutes }: { step: StepId; label: string; minutes: number }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const value = Number(draft);
    if (draft.trim() !== '' && Number.isFinite(value) && value >= 0) editStepBudget(step, value);
    setDraft(null);
  };
  return (
    <input
      type="number" min={0} step={1} value={draft ?? String(minutes)} aria-label={`${label} minutes`}
      onChange={(e) => setDraft(e.target.value)} onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape' && draft !== null) { e.stopPropagation(); setDraft(null); }
      }}
    />
  );
}

/** Every step's budget, editable mid-session: the interview keeps its length and the steps ahead adjust. */
function BudgetEditor({ session }: { session: Session }) {
  const total = Math.round(STEP_IDS.reduce((sum, s) => sum + session.timer.budgets[s], 0) / 60000);
  return (
    <div className="practice-budgets" role="group" aria-label="Time per step">
      <p className="practice-budgets-hint">The interview stays {total} min: a step that gets more takes it from the steps ahead.</p>
      <div className="practice-split-grid">
        {STEPS.map((s) => (
          <label key={s.id} className={`step-${s.id}`}>
            <span>{s.number}. {s.short}</span>
            <BudgetInput step={s.id} label={s.short} minutes={Math.round(session.timer.budgets[s.id] / 60000)} />
          </label>
        ))}
      </div>
    </div>
  );
}

const togglePanel = (panel: 'interviewer' | 'calculator' | 'notes') =>
  usePractice.setState((s) => ({ panel: s.panel === panel ? null : panel }));

/** The interview's bar: the prompt, the seven steps with their budgets, the clock, pause, the panels and the reveal. */
export function PracticeBar({ session }: { session: Session }) {
  const view = viewTimer(session.timer, useNow(session.timer.status === 'running', () => sessionNow(session)));
  const panel = usePractice((s) => s.panel);
  // In a room, the interviewer (who joins as a viewer) has the rubric as notes; the candidate does not see it.
  const viewing = useRoomStore((s) => s.role === 'viewer');
  const interviewer = !!session.shared && viewing;
  const [showPrompt, setShowPrompt] = useState(true);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    document.documentElement.dataset.practiceStep = view.status === 'ended' ? '' : view.step;
    return () => { delete document.documentElement.dataset.practiceStep; };
  }, [view.step, view.status]);
  const ended = view.status === 'ended';
  const next = STEP_IDS[STEP_IDS.indexOf(view.step) + 1];
  return (
    <section className="practice-bar" aria-label="Interview">
      <div className="practice-bar-top">
        <button type="button" className="practice-title" aria-expanded={showPrompt} onClick={() => setShowPrompt(!showPrompt)}>
          {showPrompt ? <ChevronUp size={14} aria-hidden /> : <ChevronDown size={14} aria-hidden />}
          <strong>{session.problem.title}</strong>
        </button>
        <span className={view.left < 0 ? 'practice-clock is-over' : 'practice-clock'} role="timer" aria-label="Time left">
          {formatClock(view.left)}
        </span>
        <div className="practice-bar-tools">
          {ended ? null : view.status === 'paused' ? (
            <button type="button" className="tool tool-text" aria-label="Resume" onClick={resume}><Play size={14} aria-hidden /> <span>Resume</span></button>
          ) : (
            <button type="button" className="tool tool-text" aria-label="Pause" onClick={pause}><Pause size={14} aria-hidden /> <span>Pause</span></button>
          )}
          {next && !ended ? (
            <button type="button" className="tool" aria-label={`Next step: ${STEPS[STEP_IDS.indexOf(next)].short}`} title="Next step" onClick={() => moveToStep(next)}>
              <SkipForward size={14} aria-hidden />
            </button>
          ) : null}
          {ended ? null : (
            <button type="button" className="tool" aria-label="Time per step" title="Time per step" aria-pressed={editing} onClick={() => setEditing(!editing)}>
              <Timer size={14} aria-hidden />
            </button>
          )}
          {interviewer && !ended ? (
            <button type="button" className="tool tool-text" aria-label="Interviewer notes" aria-pressed={panel === 'notes'} onClick={() => togglePanel('notes')}>
              <NotebookPen size={14} aria-hidden /> <span>Notes</span>
            </button>
          ) : null}
          <button type="button" className="tool tool-text" aria-label="Ask the interviewer" aria-pressed={panel === 'interviewer'} onClick={() => togglePanel('interviewer')}>
            <MessageCircleQuestion size={14} aria-hidden /> <span>Ask</span>
          </button>
          <button type="button" className="tool tool-text" aria-label="Back-of-the-envelope numbers" aria-pressed={panel === 'calculator'} onClick={() => togglePanel('calculator')}>
            <Calculator size={14} aria-hidden /> <span>Numbers</span>
          </button>
          {ended ? (
            <button type="button" className="tool tool-text" aria-pressed={panel === 'reveal'} onClick={() => usePractice.setState((s) => ({ panel: s.panel === 'reveal' ? null : 'reveal' }))}>
              <Eye size={14} aria-hidden /> <span>Result</span>
            </button>
          ) : (
            <button type="button" className="tool tool-text practice-reveal" onClick={() => void revealSession()}>
              <Eye size={14} aria-hidden /> <span>Reveal</span>
            </button>
          )}
        </div>
      </div>
      {showPrompt ? <p className="practice-prompt">{session.problem.prompt}</p> : null}
      <ol className="practice-steps" aria-label="Steps">
        {STEPS.map((s) => {
          const budget = view.status ? session.timer.budgets[s.id] : 0;
          const spent = view.spent[s.id];
          const current = s.id === view.step && !ended;
          const over = spent > budget;
          const expected = s.id === view.expectedStep && !current && !ended;
          return (
            <li key={s.id} style={{ flexGrow: Math.max(1, budget) }} className={`step-${s.id}${current ? ' is-current' : ''}${over ? ' is-over' : ''}${expected ? ' is-expected' : ''}`}
              title={expected ? 'Where the clock says you would be by now' : undefined}>
              <button
                type="button" aria-current={current ? 'step' : undefined} disabled={ended}
                aria-label={`${s.number}. ${s.short}: ${formatClock(spent)} of ${formatClock(budget)}`}
                onClick={() => moveToStep(s.id)}
              >
                <span className="practice-step-fill" style={{ width: `${budget ? Math.min(100, (100 * spent) / budget) : 0}%` }} />
                <span className="practice-step-name">{s.number}<span className="practice-step-label">. {s.short}</span></span>
                <span className="practice-step-time">{formatClock(spent)} / {Math.round(budget / 60000)}m</span>
              </button>
            </li>
          );
        })}
      </ol>
      {editing && !ended ? <BudgetEditor session={session} /> : null}
      {session.shared ? (
        <p className="practice-shared" role="status">
          Live in this room: everyone sees this clock. {session.shared.by || 'Someone'} {ACT_TEXT[session.shared.act]}.
        </p>
      ) : null}
      {view.status === 'paused' ? <p className="practice-nudge" role="status">Paused. The clock is stopped.</p> : null}
      {view.nudge && view.status === 'running' ? <p className="practice-nudge" role="status">{view.nudge}</p> : null}
    </section>
  );
}
