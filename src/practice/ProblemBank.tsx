import { useEffect, useMemo, useState } from 'react';
import X from 'lucide-glyph:x';
import { STEPS, type StepId } from '../domain/framework';
import {
  MAX_SESSION_MINUTES, PROBLEM_KIND_LABELS, SESSION_LENGTHS, stepBudgets, type ProblemKind, type ProblemMeta,
} from '../domain/practice';
import { notify } from '../store/app-store';
import { loadBankIndex, loadProblem } from './bank';
import { startSession } from './session';
import { useDialogKeys } from './useDialogKeys';
import { showPracticeDialog, usePracticeShell } from './shell';
import { useRoomStore } from '../room/status';

const close = () => usePracticeShell.setState({ dialog: null });

/** The problem bank: filter by kind, pick a problem, choose the length and the split, start. */
export function ProblemBank() {
  const dialogRef = useDialogKeys(close);
  const [bank, setBank] = useState<ProblemMeta[] | null>(null);
  const [kind, setKind] = useState<ProblemKind | 'all'>('all');
  const [chosen, setChosen] = useState<ProblemMeta | null>(null);
  useEffect(() => {
    void loadBankIndex().then((list) => {
      setBank(list);
      const wanted = usePracticeShell.getState().problemId;
      if (wanted) setChosen(list.find((p) => p.id === wanted) ?? null);
    });
  }, []);
  const kinds = useMemo(() => [...new Set((bank ?? []).map((p) => p.kind))], [bank]);
  const shown = (bank ?? []).filter((p) => kind === 'all' || p.kind === kind);
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog dialog-wide practice-bank" role="dialog" aria-modal="true" aria-labelledby="bank-title" tabIndex={-1} ref={dialogRef}>
        <header role="none">
          <h2 id="bank-title">Interview practice</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={close}>
            <X size={16} aria-hidden />
          </button>
        </header>
        {chosen ? <StartForm problem={chosen} onBack={() => setChosen(null)} /> : (
          <>
            <p className="inspector-hint">
              A timed mock interview on a fresh board. The interviewer answers your questions; the reference stays hidden until you reveal it.
              {' '}<button type="button" className="practice-link" onClick={() => showPracticeDialog('progress')}>Your progress</button>
            </p>
            <div className="practice-filter" role="group" aria-label="Filter by problem kind">
              {(['all', ...kinds] as const).map((k) => (
                <button key={k} type="button" aria-pressed={kind === k} onClick={() => setKind(k)}>
                  {k === 'all' ? 'All' : PROBLEM_KIND_LABELS[k]}
                </button>
              ))}
            </div>
            {bank === null ? <p className="panel-empty">Loading the problems…</p> : null}
            <ul className="practice-problems" aria-label="Problems">
              {shown.map((p) => (
                <li key={p.id}>
                  <button type="button" className="practice-problem" onClick={() => setChosen(p)} aria-label={`${p.title}: ${p.summary}`}>
                    <strong>{p.title}</strong>
                    <span>{p.summary}</span>
                    <span className="practice-tags">
                      <span className="practice-tag">{PROBLEM_KIND_LABELS[p.kind]}</span>
                      <span className={`practice-tag difficulty-${p.difficulty}`}>{p.difficulty}</span>
                      {p.caseStudy ? <span className="practice-tag">book case study</span> : null}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

function StartForm({ problem, onBack }: { problem: ProblemMeta; onBack: () => void }) {
  const [length, setLength] = useState<number | 'custom'>(45);
  const [custom, setCustom] = useState(30);
  const minutes = length === 'custom' ? custom : length;
  const [split, setSplit] = useState<Record<StepId, number>>(() => stepBudgets(45));
  const [edited, setEdited] = useState(false);
  const budgets = edited ? split : stepBudgets(minutes);
  const total = Object.values(budgets).reduce((a, b) => a + b, 0);
  const valid = Number.isFinite(minutes) && minutes >= 5 && minutes <= MAX_SESSION_MINUTES && total > 0;
  const [starting, setStarting] = useState(false);
  const inRoom = useRoomStore((s) => s.room !== null);
  const start = async () => {
    setStarting(true);
    const full = await loadProblem(problem.id);
    if (!full) {
      notify('error', `The problem "${problem.title}" could not be loaded.`);
      setStarting(false);
      return;
    }
    close();
    await startSession(full, total, budgets);
  };
  return (
    <form className="practice-start" onSubmit={(e) => { e.preventDefault(); if (valid) void start(); }}>
      <h3>{problem.title}</h3>
      <p className="practice-tags">
        <span className="practice-tag">{PROBLEM_KIND_LABELS[problem.kind]}</span>
        <span className={`practice-tag difficulty-${problem.difficulty}`}>{problem.difficulty}</span>
      </p>
      <fieldset className="practice-length">
        <legend>Length</legend>
        {SESSION_LENGTHS.map((m) => (
          <label key={m}>
            <input type="radio" name="length" checked={length === m} onChange={() => { setLength(m); setEdited(false); }} /> {m} min
          </label>
        ))}
        <label>
          <input type="radio" name="length" checked={length === 'custom'} onChange={() => { setLength('custom'); setEdited(false); }} /> Custom
        </label>
        {length === 'custom' ? (
          <input
            type="number" min={5} max={MAX_SESSION_MINUTES} value={custom} aria-label="Custom length in minutes"
            onChange={(e) => { setCustom(Number(e.target.value)); setEdited(false); }}
          />
        ) : null}
      </fieldset>
      <details className="practice-split">
        <summary>Time per step ({total} min)</summary>
        <div className="practice-split-grid">
          {STEPS.map((s) => (
            <label key={s.id} className={`step-${s.id}`}>
              <span>{s.number}. {s.short}</span>
              <input
                type="number" min={0} max={MAX_SESSION_MINUTES} value={budgets[s.id]} aria-label={`${s.short} minutes`}
                onChange={(e) => { setSplit({ ...budgets, [s.id]: Math.max(0, Number(e.target.value) || 0) }); setEdited(true); }}
              />
            </label>
          ))}
        </div>
      </details>
      {!valid ? <p className="practice-error" role="alert">Choose between 5 and {MAX_SESSION_MINUTES} minutes.</p> : null}
      {inRoom ? (
        <p className="inspector-hint">
          In this live room the interview runs on the room’s board: everyone in the room sees the problem and the same clock, and
          anyone can pause it. Join with the viewer link to have the interviewer’s notes.
        </p>
      ) : null}
      <div className="practice-actions">
        <button type="button" onClick={onBack}>Back to the problems</button>
        <button type="submit" className="primary" disabled={!valid || starting}>{inRoom ? 'Start for everyone in the room' : 'Start the interview'}</button>
      </div>
    </form>
  );
}
