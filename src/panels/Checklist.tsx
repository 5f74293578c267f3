import { useState } from 'react';
import AlertCircle from 'lucide-glyph:circle-exclamation-point';
import AlertTriangle from 'lucide-glyph:triangle-exclamation-point';
import CheckCircle2 from 'lucide-glyph:circle-check';
import ChevronRight from 'lucide-glyph:chevron-right';
import Circle from 'lucide-glyph:circle';
import Lightbulb from 'lucide-glyph:lightbulb';
import Plus from 'lucide-glyph:plus';
import { CASE_STUDIES } from '../domain/case-studies';
import { findKind } from '../domain/catalog';
import { STEPS, type StepId } from '../domain/framework';
import { PROBLEM_KINDS } from '../domain/problem-kinds';
import { MATCH_REASONS, type ReferenceComparison } from '../domain/reference';
import type { Finding, Report, Severity, StepStatus } from '../domain/validate';
import { showNodes, viewCentre } from '../canvas/flow-instance';
import { ICONS } from '../canvas/icons';
import { useBoardStore } from '../store/board-store';
import { addNodeNear } from '../store/edits';
import { createNode } from '../domain/board';
import type { FlowNode } from '../store/types';
import { isPhone, togglePanel } from '../store/app-store';
import { useReferenceComparison, useReport } from './useReport';
import './checklist.css';

const STATUS_TEXT: Record<StepStatus, string> = { pass: 'Pass', 'needs-work': 'Needs work', missing: 'Missing' };
const SEVERITY_ICON: Record<Severity, typeof AlertCircle> = { error: AlertCircle, warning: AlertTriangle, tip: Lightbulb };

function StatusIcon({ status }: { status: StepStatus }) {
  if (status === 'pass') return <CheckCircle2 className="status-pass" size={16} aria-hidden />;
  if (status === 'needs-work') return <AlertTriangle className="status-needs-work" size={16} aria-hidden />;
  return <Circle className="status-missing" size={16} aria-hidden />;
}

/** Select the nodes a finding concerns and bring them into view. */
function FindingItem({ finding }: { finding: Finding }) {
  const Icon = SEVERITY_ICON[finding.severity];
  const clickable = finding.nodeIds.length > 0;
  return (
    <li className={`finding finding-${finding.severity}`}>
      <button type="button" disabled={!clickable} onClick={() => { showNodes(finding.nodeIds); if (isPhone()) togglePanel('inspector', false); }} title={clickable ? 'Show on the board' : undefined}>
        <Icon size={14} aria-label={finding.severity} />
        <span>{finding.message}</span>
      </button>
    </li>
  );
}

function StepSection({ step, status, findings }: { step: StepId; status: StepStatus; findings: Finding[] }) {
  const info = STEPS.find((s) => s.id === step)!;
  const [open, setOpen] = useState(status !== 'pass');
  return (
    <section className={`check-step step-${step} is-${status}`}>
      <button type="button" className="check-step-head" aria-expanded={open} onClick={() => setOpen(!open)}>
        <ChevronRight className="chevron" size={14} aria-hidden />
        <StatusIcon status={status} />
        <span className="check-step-title">
          {info.number}. {info.title}
        </span>
        <span className={`check-status status-${status}`}>{STATUS_TEXT[status]}</span>
      </button>
      {open ? (
        <div className="check-step-body">
          <p className="check-subpoints">{info.subpoints.join(' · ')}</p>
          {findings.length ? (
            <ul className="findings">
              {findings.map((f, i) => (
                <FindingItem key={`${f.ruleId}-${i}`} finding={f} />
              ))}
            </ul>
          ) : (
            <p className="inspector-hint">Nothing to add.</p>
          )}
        </div>
      ) : null}
    </section>
  );
}

/** What each of the board's items stands for in the reference, when the names differ. */
function MatchedList({ comparison }: { comparison: ReferenceComparison }) {
  const renamed = comparison.present.filter((m) => m.match !== 'exact');
  const pipelines = comparison.pipelines.matches.filter((m) => m.match === 'role');
  if (renamed.length === 0 && pipelines.length === 0) return null;
  return (
    <>
      <h4>Matched by meaning</h4>
      <ul className="reference-missing">
        {renamed.map((m) => (
          <li key={m.node.nodeId}>
            <button type="button" onClick={() => showNodes([m.node.nodeId])} title={`Stands for the reference's ${m.reference.label} (${MATCH_REASONS[m.match]})`}>
              {m.node.label.trim() || '(unnamed)'} → {m.reference.label}
            </button>
          </li>
        ))}
      </ul>
      {pipelines.length ? (
        <p className="inspector-hint">Pipelines matched by their job: {pipelines.map((m) => `${m.node} → ${m.reference}`).join(', ')}</p>
      ) : null}
    </>
  );
}

/** The kind of problem the board answers, as the checklist reads it. */
function ProblemKindLine({ problem }: { problem: Report['problem'] }) {
  const label = PROBLEM_KINDS.find((k) => k.id === problem.kind)!.label;
  return (
    <p className="inspector-hint check-problem">
      Problem kind: <strong>{label}</strong>{' '}
      {problem.stated ? '(chosen on the ML framing card)' : `(${problem.reason}; choose it on the ML framing card to be sure)`}
      {problem.generation ? (
        <>
          {'. Read as '}
          <strong>{problem.generation.retrievalAugmented ? 'retrieval-augmented' : 'generation from its input'}</strong>
          {` (${problem.generation.reason}).`}
        </>
      ) : null}
    </p>
  );
}

function ReferenceSection() {
  const boardCase = useBoardStore((s) => s.board.caseStudy ?? '');
  const [picked, setPicked] = useState<string | null>(null);
  const caseId = picked ?? boardCase;
  const comparison = useReferenceComparison(caseId || null);
  const addMissing = (kind: string, label: string) => {
    useBoardStore.getState().apply((b) => addNodeNear(b, createNode(kind, { x: 0, y: 0 }, label) as FlowNode, viewCentre()));
    // On a phone the checklist is a sheet over the canvas: closed, so the new component shows.
    if (isPhone()) togglePanel('inspector', false);
  };
  return (
    <section className="check-reference">
      <label className="field">
        <span className="field-label">Compare with the book's design</span>
        <select value={caseId} onChange={(e) => setPicked(e.target.value)} aria-label="Reference design">
          <option value="">No reference</option>
          {CASE_STUDIES.map((c) => (
            <option key={c.id} value={c.id}>
              Ch. {c.chapter}: {c.title}
            </option>
          ))}
        </select>
      </label>
      {comparison ? (
        <div className="reference-result">
          <p className="reference-coverage">
            <strong>{comparison.coverage}%</strong> of the reference design is on the board
            {comparison.present.length ? ` (${comparison.present.length} components)` : ''}.
          </p>
          <MatchedList comparison={comparison} />
          {comparison.pipelines.missing.length ? (
            <p className="inspector-hint">Missing pipelines: {comparison.pipelines.missing.join(', ')}</p>
          ) : null}
          {comparison.missing.length ? (
            <>
              <h4>Missing components</h4>
              <ul className="reference-missing">
                {comparison.missing.map((m) => {
                  const kind = findKind(m.kind);
                  const Icon = kind ? ICONS[kind.icon] : Plus;
                  return (
                    <li key={m.nodeId}>
                      <button type="button" onClick={() => addMissing(m.kind, m.label)} title="Add it to the board">
                        <Icon size={13} aria-hidden /> {m.label} <Plus className="add" size={13} aria-label="Add" />
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
          {comparison.extra.length ? (
            <p className="inspector-hint">Not in the reference: {comparison.extra.map((e) => e.label).join(', ')}</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** The seven steps, their status and findings, the score, and the comparison with a reference design. */
export function Checklist() {
  const report = useReport();
  if (!report) return <p className="panel-empty">Checking the board…</p>;
  return (
    <div className="checklist">
      <div className="check-score" aria-label={`Completeness score ${report.score} out of 100`}>
        <svg viewBox="0 0 36 36" width="44" height="44" aria-hidden>
          <circle cx="18" cy="18" r="15.5" className="score-track" />
          <circle cx="18" cy="18" r="15.5" className="score-fill" strokeDasharray={`${report.score * 0.974} 100`} />
        </svg>
        <div>
          <strong>{report.score}</strong>/100
          <p>
            {report.findings.filter((f) => f.severity === 'error').length} errors,{' '}
            {report.findings.filter((f) => f.severity === 'warning').length} warnings,{' '}
            {report.findings.filter((f) => f.severity === 'tip').length} tips
          </p>
        </div>
      </div>
      <ProblemKindLine problem={report.problem} />
      {report.steps.map((s) => (
        <StepSection key={s.step} step={s.step} status={s.status} findings={s.findings} />
      ))}
      <ReferenceSection />
    </div>
  );
}
