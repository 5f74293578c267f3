// The ten case-study templates are faithful, complete designs: each must score 100, and breaking a step of any
// of them must be noticed.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBoardText, type Board } from '../../src/domain/board';
import { CATALOG } from '../../src/domain/catalog';
import type { StepId } from '../../src/domain/framework';
import { buildContext, SCORING, validateBoard } from '../../src/domain/validate';
import { isService } from '../../src/domain/validate/derived';

const dir = new URL('../../templates/', import.meta.url);
const files = (() => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
})();

function loadTemplate(file: string): Board {
  const result = parseBoardText(readFileSync(new URL(file, dir), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
  return result.board;
}

const withoutEdges = (board: Board, drop: (e: Board['edges'][number]) => boolean): Board => ({
  ...board, edges: board.edges.filter((e) => !drop(e)),
});

/** The template without every card and component of a step, and the edges that touched them. */
function withoutStep(board: Board, step: StepId): Board {
  const kinds = new Set<string>(CATALOG.filter((k) => k.step === step).map((k) => k.id));
  const gone = new Set(board.nodes.filter((n) => kinds.has(n.type)).map((n) => n.id));
  return {
    ...board,
    nodes: board.nodes.filter((n) => !gone.has(n.id)),
    edges: board.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
  };
}

const summary = (board: Board) => validateBoard(board).findings
  .filter((f) => f.severity !== 'tip')
  .map((f) => `${f.severity} ${f.ruleId}: ${f.message}`);

describe('Harmful Content Detection without the request from the app to the detection service', () => {
  it('fails serving: the app\'s stream of reports into the training data is not a request path', () => {
    const board = loadTemplate('harmful-content-detection.json');
    const app = board.nodes.find((n) => n.data.label === 'Application')!;
    const service = board.nodes.find((n) => n.type === 'prediction-service')!;
    const cut = withoutEdges(board, (e) => e.source === app.id && e.target === service.id);
    const report = validateBoard(cut);
    const serving = report.steps.find((s) => s.step === 'serving')!;
    const finding = serving.findings.find((f) => f.ruleId === 'serving-request-path')!;
    expect(finding.message).toMatch(/stops at "Application"/);
    expect(finding.nodeIds).toContain(app.id);
    expect(finding.nodeIds).toContain(service.id);
    expect(serving.status).toBe('needs-work');
    expect(report.score).toBeLessThanOrEqual(100 - SCORING.weights.serving);
  });
});

describe('case-study templates', () => {
  it('has the ten case studies of the book', () => {
    expect(files).toHaveLength(10);
  });

  describe.each(files)('%s', (file) => {
    const board = loadTemplate(file);

    it('scores 100 with no error and no warning', () => {
      expect(summary(board)).toEqual([]);
      expect(validateBoard(board).score).toBe(100);
    });

    it.each(['data', 'model', 'evaluation', 'serving', 'monitoring'] as const)(
      'fails the %s step when that step is removed',
      (step) => {
        const report = validateBoard(withoutStep(board, step));
        expect(report.steps.find((s) => s.step === step)!.status).not.toBe('pass');
        expect(report.score).toBeLessThan(100);
      },
    );

    it('flags the serving path when the edges into the prediction services are cut', () => {
      const ctx = buildContext(board);
      const serviceIds = new Set(ctx.components.filter((n) => isService(ctx, n)).map((n) => n.id));
      const cut = withoutEdges(board, (e) =>
        serviceIds.has(e.target) || (!!e.data.bidirectional && serviceIds.has(e.source)));
      const report = validateBoard(cut);
      expect(report.findings.map((f) => f.ruleId)).toContain('serving-request-path');
      expect(report.steps.find((s) => s.step === 'serving')!.status).toBe('needs-work');
    });

    // Ranking and retrieval learn from users' reactions to what was served; other kinds may take fresh labels from
    // elsewhere (user reports, annotators), so cutting the logs does not starve them.
    it.runIf(['ranking', 'retrieval'].includes(validateBoard(board).problem.kind))('flags the feedback loop when the logging and review edges are cut', () => {
      const ctx = buildContext(board);
      const carriers = new Set(ctx.components
        .filter((n) => ctx.hasRole(n, 'logging') || ctx.hasRole(n, 'review'))
        .map((n) => n.id));
      const cut = withoutEdges(board, (e) => carriers.has(e.source) || carriers.has(e.target));
      const report = validateBoard(cut);
      expect(report.findings.map((f) => f.ruleId)).toContain('monitoring-feedback-loop');
      expect(report.steps.find((s) => s.step === 'monitoring')!.status).toBe('needs-work');
    });
  });
});
