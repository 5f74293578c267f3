import Check from 'lucide-glyph:check';
import ImageDown from 'lucide-glyph:image-down';
import X from 'lucide-glyph:x';
import { notify } from '../store/app-store';
import { isViewing, useRoomStore } from '../room/status';
import { downloadSummary } from './summary';
import { STEPS } from '../domain/framework';
import { formatClock } from '../domain/practice';
import { showPracticeDialog } from './shell';
import { endPractice, usePractice, type Reveal, type Session } from './session';

/** The result: score by step, the rubric points made and missed with the reason, the time per step. */
export function RevealPanel({ reveal, session }: { reveal: Reveal; session: Session }) {
  const showGhost = usePractice((s) => s.showGhost);
  const viewing = useRoomStore(isViewing);
  const { score } = reveal;
  return (
    <aside className="practice-panel practice-reveal-panel" aria-label="Result">
      <h2>Result: {score.total} / 100</h2>
      <p className="inspector-hint">
        The rubric of “{session.problem.title}”, read by the checklist (which gives this board {score.report.score}).
        {' '}{reveal.comparison.missing.length} of the reference’s components are missing from {viewing ? 'the' : 'your'} board
        {viewing ? ': the candidate can add them from the reference; as a viewer you see them only.' : '.'}
      </p>
      <label className="practice-toggle">
        <input type="checkbox" checked={showGhost} onChange={(e) => usePractice.setState({ showGhost: e.target.checked })} />
        Show the reference on the board
      </label>
      <ol className="practice-result-steps">
        {score.steps.map((s) => {
          const step = STEPS.find((x) => x.id === s.step)!;
          return (
            <li key={s.step} className={`step-${s.step}`}>
              <div className="practice-result-head">
                <strong>{step.number}. {step.short}</strong>
                <span className="practice-step-score" aria-label={`${step.short} score`}>{s.score}</span>
                <span className="practice-step-used">{formatClock(session.timer.spent[s.step])} of {Math.round(session.timer.budgets[s.step] / 60000)} min</span>
              </div>
              <div className="practice-meter" aria-hidden><span style={{ width: `${s.score}%` }} /></div>
              <ul>
                {s.points.map((r) => (
                  <li key={r.point.id} className={r.made ? 'is-made' : 'is-missed'}>
                    {r.made ? <Check size={14} aria-label="Made" /> : <X size={14} aria-label="Missed" />}
                    <span>
                      {r.point.text}
                      {!r.made ? <small className="practice-why">{r.point.why}{r.reasons[0] ? ` — ${r.reasons[0]}` : ''}</small> : null}
                      {r.made && r.evidence ? <small className="practice-why">You wrote “{r.evidence}”</small> : null}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      <div className="practice-actions">
        <button type="button" onClick={() => void downloadSummary(reveal.attempt).catch((e: Error) => notify('error', e.message))}>
          <ImageDown size={14} aria-hidden /> Summary (PNG)
        </button>
        <button type="button" onClick={() => showPracticeDialog('progress')}>Progress</button>
        <button type="button" onClick={endPractice}>End practice</button>
      </div>
    </aside>
  );
}
