// The validator's report as text for a terminal.
import type { Board } from '../domain/board/types';
import { getStep, STEPS } from '../domain/framework';
import { MATCH_REASONS, type ReferenceComparison } from '../domain/reference';
import { describeProblem } from '../domain/validate/problem';
import type { Finding, Report, Severity } from '../domain/validate';

const STATUS_TEXT = { pass: 'PASS', 'needs-work': 'NEEDS WORK', missing: 'MISSING' } as const;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'tip'];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function counts(findings: readonly Finding[]): string {
  return SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => plural(n, s))
    .join(', ');
}

/** Names listed per finding; the rest are counted ("and 290 more"), unless --verbose asks for all of them. */
const NAMES_SHOWN = 10;

function nodeNames(byId: ReadonlyMap<string, Board['nodes'][number]>, ids: readonly string[], all: boolean): string {
  const shown = all ? ids : ids.slice(0, NAMES_SHOWN);
  const names = shown.map((id) => byId.get(id)?.data.label.trim() || id).join(', ');
  return shown.length < ids.length ? `${names} and ${(ids.length - shown.length).toLocaleString('en')} more` : names;
}

export function formatReport(board: Board, fileName: string, report: Report, verbose = false): string {
  const lines = [
    `Board: "${board.name}" (${fileName})`, `Score: ${report.score}/100`,
    `Problem kind: ${describeProblem(report.problem)}`, '', 'Steps',
  ];
  for (const s of report.steps) {
    const step = getStep(s.step);
    const failing = s.findings.filter((f) => f.severity !== 'tip');
    const detail = s.status === 'needs-work' ? ` (${counts(failing)})` : '';
    lines.push(`  ${STATUS_TEXT[s.status].padEnd(10)}  ${step.number}. ${step.title}${detail}`);
  }
  lines.push('');
  if (report.findings.length === 0) {
    lines.push('No findings: every step is answered.');
    return lines.join('\n') + '\n';
  }
  lines.push(`Findings (${counts(report.findings)})`);
  const stepOrder = new Map(STEPS.map((s, i) => [s.id, i]));
  const sorted = [...report.findings].sort((a, b) =>
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || stepOrder.get(a.step)! - stepOrder.get(b.step)!);
  // One look-up for the whole report: a board of 20,000 nodes with hundreds of findings built it per finding.
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  for (const f of sorted) {
    lines.push(`  ${f.severity.toUpperCase().padEnd(7)}  ${f.ruleId}  [${getStep(f.step).short}]`);
    lines.push(`           ${f.message}`);
    if (f.nodeIds.length) lines.push(`           Nodes: ${nodeNames(byId, f.nodeIds, verbose)}`);
  }
  return lines.join('\n') + '\n';
}

const refList = (refs: readonly { label: string; kind: string }[]) =>
  refs.map((r) => `"${r.label.trim() || '(unnamed)'}" (${r.kind})`).join(', ');

export function formatReference(caseId: string, comparison: ReferenceComparison): string {
  const refComponents = comparison.present.length + comparison.missing.length;
  const refPipelines = comparison.pipelines.present.length + comparison.pipelines.missing.length;
  const lines = [
    `Reference: ${caseId} (coverage ${comparison.coverage}%)`,
    `  Present: ${comparison.present.length} of ${refComponents} components, ${comparison.pipelines.present.length} of ${refPipelines} pipelines`,
  ];
  const renamed = comparison.present.filter((m) => m.match !== 'exact');
  if (renamed.length) {
    lines.push(`  Matched by meaning: ${renamed.map((m) => `"${m.node.label.trim()}" for "${m.reference.label}" (${MATCH_REASONS[m.match]})`).join(', ')}`);
  }
  const pipelinesByRole = comparison.pipelines.matches.filter((m) => m.match === 'role');
  if (pipelinesByRole.length) {
    lines.push(`  Pipelines matched by role: ${pipelinesByRole.map((m) => `"${m.node}" for "${m.reference}"`).join(', ')}`);
  }
  if (comparison.missing.length) lines.push(`  Missing components: ${refList(comparison.missing)}`);
  if (comparison.pipelines.missing.length) {
    lines.push(`  Missing pipelines: ${comparison.pipelines.missing.map((p) => `"${p}"`).join(', ')}`);
  }
  if (comparison.extra.length) lines.push(`  Extra components: ${refList(comparison.extra)}`);
  return lines.join('\n') + '\n';
}
