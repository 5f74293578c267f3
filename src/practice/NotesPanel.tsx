import { STEPS } from '../domain/framework';
import type { Session } from './session';

/**
 * The interviewer's notes in a live room: what to listen for at each step (the rubric the reveal scores) and the
 * scripted answers to the candidate's clarifying questions, so the interviewer answers as the problem intends. Shown
 * to viewers (the interviewer's seat) while the interview runs; the candidate sees the rubric only at the reveal.
 */
export function NotesPanel({ session }: { session: Session }) {
  const { rubric, questions } = session.problem;
  return (
    <aside className="practice-panel practice-notes" aria-label="Interviewer notes">
      <h2>Interviewer notes</h2>
      <p className="inspector-hint">Only you see these: the candidate sees the rubric when the interview ends.</p>
      <ol className="practice-result-steps">
        {STEPS.map((step) => {
          const points = rubric.filter((p) => p.step === step.id);
          if (points.length === 0) return null;
          return (
            <li key={step.id} className={`step-${step.id}`}>
              <div className="practice-result-head"><strong>{step.number}. {step.short}</strong></div>
              <ul>
                {points.map((p) => (
                  <li key={p.id}>
                    <span>{p.text}<small className="practice-why">{p.why}</small></span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      <h3>If the candidate asks</h3>
      <ul className="practice-answers" aria-label="Scripted answers">
        {questions.map((q) => (
          <li key={q.id}>
            <p className="practice-q">{q.question}</p>
            <p className="practice-a">{q.answer}</p>
          </li>
        ))}
      </ul>
    </aside>
  );
}
