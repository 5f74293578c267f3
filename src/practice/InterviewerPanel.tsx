import { useMemo, useState } from 'react';
import Check from 'lucide-glyph:check';
import PenLine from 'lucide-glyph:pen-line';
import { questionMatcher, type ClarifyingQuestion } from '../domain/practice';
import { findKind } from '../domain/catalog';
import { markAsked, writeToRequirements, type Session } from './session';

const fieldLabel = (key: string) => findKind('requirements')?.fields.find((f) => f.key === key)?.label ?? key;

/** Ask the interviewer: the scripted questions, or a typed one matched to the nearest; answers go to the Requirements card. */
export function InterviewerPanel({ session }: { session: Session }) {
  const { questions } = session.problem;
  const match = useMemo(() => questionMatcher(questions), [questions]);
  const [typed, setTyped] = useState('');
  const [miss, setMiss] = useState<string | null>(null);
  const [written, setWritten] = useState<Set<string>>(new Set());
  const ask = (e: React.FormEvent) => {
    e.preventDefault();
    const found = match(typed);
    if (!found) {
      setMiss(`"${typed.trim()}": the interviewer has no answer to that. Try asking about the goal, the scale, the latency, the data or the constraints.`);
      return;
    }
    setMiss(null);
    setTyped('');
    markAsked(found.question.id);
  };
  const write = (q: ClarifyingQuestion) => {
    writeToRequirements(q.field, q.answer);
    setWritten((w) => new Set(w).add(q.id));
  };
  const asked = session.asked.map((id) => questions.find((q) => q.id === id)!).filter(Boolean);
  const open = questions.filter((q) => !session.asked.includes(q.id));
  return (
    <aside className="practice-panel" aria-label="Ask the interviewer">
      <h2>Ask the interviewer</h2>
      <form className="practice-ask" onSubmit={ask}>
        <input value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="Type a clarifying question" aria-label="Your question" />
        <button type="submit" disabled={!typed.trim()}>Ask</button>
      </form>
      {miss ? <p className="practice-miss" role="status">{miss}</p> : null}
      {asked.length ? (
        <ul className="practice-answers" aria-label="Answers">
          {asked.map((q) => (
            <li key={q.id}>
              <p className="practice-q">{q.question}</p>
              <p className="practice-a">{q.answer}</p>
              <button type="button" onClick={() => write(q)} disabled={written.has(q.id)} aria-label={`Write the answer into ${fieldLabel(q.field)}`}>
                {written.has(q.id) ? <Check size={14} aria-hidden /> : <PenLine size={14} aria-hidden />}
                {written.has(q.id) ? ` In Requirements · ${fieldLabel(q.field)}` : ` Write into Requirements · ${fieldLabel(q.field)}`}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {open.length ? (
        <>
          <h3>Questions you could ask</h3>
          <ul className="practice-questions" aria-label="Questions to ask">
            {open.map((q) => (
              <li key={q.id}><button type="button" onClick={() => markAsked(q.id)}>{q.question}</button></li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
