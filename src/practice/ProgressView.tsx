import { useEffect, useRef, useState } from 'react';
import Download from 'lucide-glyph:download';
import ImageDown from 'lucide-glyph:image-down';
import Upload from 'lucide-glyph:upload';
import X from 'lucide-glyph:x';
import { STEPS } from '../domain/framework';
import {
  PROBLEM_KIND_LABELS, attemptsToJson, parseAttemptsFile, suggestNext, summariseProgress, type Attempt, type ProblemMeta,
} from '../domain/practice';
import { notify } from '../store/app-store';
import { downloadBlob } from '../io/download';
import { readAttempts, saveAttempt } from './attempts';
import { loadBankIndex } from './bank';
import { downloadSummary } from './summary';
import { useDialogKeys } from './useDialogKeys';
import { showPracticeDialog, usePracticeShell } from './shell';

const close = () => usePracticeShell.setState({ dialog: null });
const KIND_COLOURS = ['#3f72c6', '#c17a1c', '#21897c', '#b8527f', '#4f8f3f', '#7464c9', '#c0513a', '#8a8a83'];

/** Scores over time, one line per problem kind, on a 0-100 scale. */
function KindChart({ progress }: { progress: ReturnType<typeof summariseProgress> }) {
  const all = progress.byKind.flatMap((k) => k.points);
  if (all.length === 0) return null;
  const t0 = Math.min(...all.map((p) => p.date));
  const t1 = Math.max(...all.map((p) => p.date));
  const W = 480;
  const H = 160;
  const x = (d: number) => 30 + (t1 === t0 ? (W - 40) / 2 : ((d - t0) / (t1 - t0)) * (W - 40));
  const y = (s: number) => 10 + (1 - s / 100) * (H - 30);
  return (
    <figure className="practice-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Scores over time by problem kind">
        {[0, 50, 100].map((s) => (
          <g key={s}>
            <line x1={30} x2={W - 10} y1={y(s)} y2={y(s)} className="practice-grid" />
            <text x={4} y={y(s) + 4} className="practice-axis">{s}</text>
          </g>
        ))}
        {progress.byKind.map((k, i) => (
          <g key={k.kind} style={{ color: KIND_COLOURS[i % KIND_COLOURS.length] }}>
            <polyline fill="none" stroke="currentColor" strokeWidth={2} points={k.points.map((p) => `${x(p.date)},${y(p.score)}`).join(' ')} />
            {k.points.map((p, j) => <circle key={j} cx={x(p.date)} cy={y(p.score)} r={3.5} fill="currentColor" />)}
          </g>
        ))}
      </svg>
      <figcaption className="practice-legend">
        {progress.byKind.map((k, i) => (
          <span key={k.kind}><i style={{ background: KIND_COLOURS[i % KIND_COLOURS.length] }} />{PROBLEM_KIND_LABELS[k.kind]}</span>
        ))}
      </figcaption>
    </figure>
  );
}

/** Every attempt kept: scores over time per kind and per step, the weakest steps, the next problem, export and import. */
export function ProgressView() {
  const dialogRef = useDialogKeys(close);
  const [attempts, setAttempts] = useState<Attempt[] | null>(null);
  const [bank, setBank] = useState<ProblemMeta[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const reload = () => void readAttempts().then(setAttempts, (e: Error) => {
    notify('error', `Your attempts could not be read: ${e.message}`);
    setAttempts([]);
  });
  useEffect(() => {
    reload();
    void loadBankIndex().then(setBank);
  }, []);
  const progress = summariseProgress(attempts ?? []);
  const next = attempts ? suggestNext(bank, attempts) : null;
  const importFile = async (file: File) => {
    const parsed = parseAttemptsFile(await file.text());
    if (!parsed.ok) {
      notify('error', parsed.message);
      return;
    }
    const known = new Set((attempts ?? []).map((a) => a.id));
    const fresh = parsed.attempts.filter((a) => !known.has(a.id));
    for (const a of fresh) await saveAttempt(a);
    notify('info', `Imported ${fresh.length} attempt${fresh.length === 1 ? '' : 's'}`
      + `${parsed.attempts.length - fresh.length ? `; ${parsed.attempts.length - fresh.length} already here` : ''}`
      + `${parsed.skipped ? `; ${parsed.skipped} not readable, skipped` : ''}.`);
    reload();
  };
  return (
    <div className="dialog-backdrop" onPointerDown={(e) => e.target === e.currentTarget && close()}>
      <div className="dialog dialog-wide practice-progress" role="dialog" aria-modal="true" aria-labelledby="progress-title" tabIndex={-1} ref={dialogRef}>
        <header role="none">
          <h2 id="progress-title">Practice progress</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={close}>
            <X size={16} aria-hidden />
          </button>
        </header>
        {attempts === null ? <p className="panel-empty">Loading your attempts…</p> : null}
        {attempts?.length === 0 ? <p className="panel-empty">No attempts yet. Start an interview from “Interview practice”.</p> : null}
        {attempts && attempts.length > 0 ? (
          <div className="practice-progress-grid">
            <section>
              <h3>Scores over time</h3>
              <KindChart progress={progress} />
            </section>
            <section>
              <h3>By step (last {Math.min(10, attempts.length)})</h3>
              <ul className="practice-step-means" aria-label="Mean score per step">
                {STEPS.map((s) => (
                  <li key={s.id} className={`step-${s.id}`}>
                    <span>{s.short}</span>
                    <span className="practice-meter"><span style={{ width: `${progress.stepMeans[s.id]}%` }} /></span>
                    <span>{progress.stepMeans[s.id]}</span>
                  </li>
                ))}
              </ul>
              <p>Weakest: {progress.weakestSteps.slice(0, 2).map((s) => STEPS.find((x) => x.id === s)!.short).join(', ')}</p>
            </section>
          </div>
        ) : null}
        {next ? (
          <p className="practice-next">
            Next: <strong>{next.problem.title}</strong> ({PROBLEM_KIND_LABELS[next.problem.kind]}, {next.problem.difficulty}). {next.reason}
            {' '}<button type="button" className="primary" onClick={() => showPracticeDialog('bank', next.problem.id)}>Practise it</button>
          </p>
        ) : null}
        {attempts && attempts.length > 0 ? (
          <table className="practice-attempts">
            <thead><tr><th>Date</th><th>Problem</th><th>Score</th><th>Missed</th><th><span className="visually-hidden">Summary</span></th></tr></thead>
            <tbody>
              {[...attempts].reverse().map((a) => (
                <tr key={a.id}>
                  <td>{new Date(a.date).toLocaleString()}</td>
                  <td>{a.problemTitle}</td>
                  <td>{a.total}</td>
                  <td>{a.missed.length}</td>
                  <td>
                    <button type="button" aria-label={`Summary of ${a.problemTitle} as PNG`} onClick={() => void downloadSummary(a).catch((e: Error) => notify('error', e.message))}>
                      <ImageDown size={14} aria-hidden /> PNG
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <div className="practice-actions">
          <button type="button" disabled={!attempts?.length} onClick={() => downloadBlob(new Blob([attemptsToJson(attempts ?? [])], { type: 'application/json' }), 'mlsd-practice-attempts.json')}>
            <Download size={14} aria-hidden /> Export attempts
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            <Upload size={14} aria-hidden /> Import attempts
          </button>
          <input
            ref={fileInput} type="file" accept="application/json,.json" hidden aria-label="Attempts file"
            onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void importFile(f); }}
          />
        </div>
      </div>
    </div>
  );
}
