import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBoard, createNode, restoreBoard, type Board } from '../../src/domain/board';
import { CATALOG } from '../../src/domain/catalog';
import { STEP_IDS } from '../../src/domain/framework';
import { buildContext, RULES, SCORING, stepCredit, validateBoard } from '../../src/domain/validate';
import { completeBoard } from '../fixtures/validate/complete-board';
import { RULE_FIXTURES } from '../fixtures/validate/rule-fixtures';
import { sketch, withField, withoutEdges, withoutNodes } from '../fixtures/validate/sketch';

const ruleIds = (board: Board) => validateBoard(board).findings.map((f) => f.ruleId);

/** Every answer card, every field empty: what a new blank board starts as. */
function blankScaffold(): Board {
  const board = createBoard('Blank');
  for (const kind of CATALOG.filter((k) => k.family === 'card')) board.nodes.push(createNode(kind.id, { x: 0, y: 0 }));
  return board;
}

describe('rule table', () => {
  it('has unique ids, a known step, a severity, a title and a rationale for every rule', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect([...STEP_IDS, 'hygiene'], rule.id).toContain(rule.step);
      expect(['error', 'warning', 'tip'], rule.id).toContain(rule.severity);
      expect(rule.title.trim(), rule.id).not.toBe('');
      expect(rule.rationale.length, rule.id).toBeGreaterThan(40);
    }
  });

  it('has fixtures for exactly the rules in the table', () => {
    expect(Object.keys(RULE_FIXTURES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  const fixture = RULE_FIXTURES[id];

  it('has a board it passes and a board it flags', () => {
    expect(fixture, `${id} needs an entry in tests/fixtures/validate/rule-fixtures.ts`).toBeDefined();
    expect(typeof fixture.passes).toBe('function');
    expect(typeof fixture.flags).toBe('function');
  });

  it('passes its passing board', () => {
    expect(rule.check(buildContext(fixture.passes()))).toEqual([]);
  });

  it('flags its flagged board with findings that carry its id, severity, a step and real node ids', () => {
    const board = fixture.flags();
    const findings = rule.check(buildContext(board));
    expect(findings.length).toBeGreaterThan(0);
    const nodeIds = new Set(board.nodes.map((n) => n.id));
    for (const f of findings) {
      expect(f).toMatchObject({ ruleId: id, severity: rule.severity });
      expect(STEP_IDS).toContain(f.step);
      if (rule.step !== 'hygiene') expect(f.step).toBe(rule.step);
      expect(f.message).toMatch(/^[A-Z"0-9].*[.!]$/);
      for (const nodeId of f.nodeIds) expect(nodeIds.has(nodeId), `${nodeId} is on the board`).toBe(true);
    }
    expect(ruleIds(board)).toContain(id);
  });
});

describe('validateBoard', () => {
  it('scores a complete design 100 with every step passing and no finding', () => {
    const report = validateBoard(completeBoard());
    expect(report.findings).toEqual([]);
    expect(report.score).toBe(100);
    expect(report.steps.map((s) => s.status)).toEqual(STEP_IDS.map(() => 'pass'));
    expect(report.steps.map((s) => s.step)).toEqual(STEP_IDS);
  });

  it('scores the blank scaffold low, with findings in every step', () => {
    const report = validateBoard(blankScaffold());
    expect(report.score).toBeLessThan(15);
    for (const step of report.steps) {
      expect(step.status, step.step).toBe('needs-work');
      expect(step.findings.filter((f) => f.severity !== 'tip').length, step.step).toBeGreaterThan(0);
    }
  });

  it('scores an empty board 0 with every step missing', () => {
    const report = validateBoard(createBoard());
    expect(report.score).toBe(0);
    expect(new Set(report.steps.map((s) => s.status))).toEqual(new Set(['missing']));
  });

  it('marks a step missing when it has no card and no component, and gives it no points', () => {
    const monitoringKinds = new Set<string>(CATALOG.filter((k) => k.step === 'monitoring').map((k) => k.id));
    const board = completeBoard();
    const gone = board.nodes.filter((n) => monitoringKinds.has(n.type)).map((n) => n.id);
    const report = validateBoard(withoutNodes(board, ...gone));
    expect(report.steps.find((s) => s.step === 'monitoring')!.status).toBe('missing');
    expect(report.score).toBeLessThanOrEqual(100 - SCORING.weights.monitoring);
  });

  it('counts a step with only an empty card as present, not missing', () => {
    const board = sketch([['card', 'evaluation-card']]);
    expect(validateBoard(board).steps.find((s) => s.step === 'evaluation')!.status).toBe('needs-work');
  });

  it('gives only the filled steps their points', () => {
    const full = completeBoard();
    const board = { ...full, nodes: full.nodes.filter((n) => n.type === 'requirements'), edges: [] };
    expect(validateBoard(board).score).toBe(SCORING.weights.requirements);
  });

  it('lets tips through: a step with only tips passes and keeps its points', () => {
    const report = validateBoard(withField(completeBoard(), 'servecard', 'testing', ''));
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['serving-test-in-production', 'tip']]);
    expect(report.steps.find((s) => s.step === 'serving')!.status).toBe('pass');
    expect(report.score).toBe(100);
  });

  it('charges a warning a fifth and an error half of its step\'s points', () => {
    const warned = validateBoard(withField(completeBoard(), 'servecard', 'predictionMode', ''));
    expect(warned.findings.map((f) => f.severity)).toEqual(['warning']);
    expect(warned.steps.find((s) => s.step === 'serving')!.status).toBe('needs-work');
    expect(warned.score).toBe(100 - SCORING.weights.serving * SCORING.warningCost);

    const failed = validateBoard(withField(completeBoard(), 'evalcard', 'onlineMetrics', ''));
    expect(failed.findings.map((f) => f.severity)).toEqual(['error']);
    expect(failed.score).toBe(Math.round(100 - SCORING.weights.evaluation * SCORING.errorCost));
  });

  it('caps a board with a whole step missing at 70, however good the rest is', () => {
    const full = completeBoard();
    const evalKinds = new Set(['evaluation-card', 'offline-evaluation', 'online-experiment']);
    const gone = new Set(full.nodes.filter((n) => evalKinds.has(n.type)).map((n) => n.id));
    const board = {
      ...full,
      nodes: full.nodes.filter((n) => !gone.has(n.id)),
      edges: [...full.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
        { id: 'bridge', source: 'train', target: 'deploy', type: 'request' as const, data: { label: '' } }],
    };
    const report = validateBoard(board);
    expect(report.steps.find((s) => s.step === 'evaluation')!.status).toBe('missing');
    expect(report.score).toBe(SCORING.missingStepCap);
  });

  it('gives the serving step no points when no request reaches a model (a blocking error)', () => {
    const report = validateBoard(withoutEdges(completeBoard(), 'user -> cand'));
    const serving = report.steps.find((s) => s.step === 'serving')!;
    expect(serving.findings.filter((f) => f.ruleId.startsWith('serving')).map((f) => [f.ruleId, f.blocking])).toEqual([['serving-request-path', true]]);
    expect(report.score).toBe(100 - SCORING.weights.serving);
  });

  it('never takes a step below zero points, and gives a missing step none', () => {
    expect(stepCredit('needs-work', 3, 0)).toBe(0);
    expect(stepCredit('needs-work', 1, 2)).toBeCloseTo(0.1);
    expect(stepCredit('pass', 0, 0)).toBe(1);
    expect(stepCredit('missing', 0, 0)).toBe(0);
  });

  it('weights the steps to 100', () => {
    expect(Object.values(SCORING.weights).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('puts hygiene findings in the step of the node they concern', () => {
    const board = sketch([['a', 'model-registry', 'Registry'], ['g', 'group', ''], ['c', 'cache', 'Cache']]);
    board.nodes.find((n) => n.id === 'c')!.parentId = 'g';
    const findings = validateBoard(board).findings.filter((f) => f.ruleId.startsWith('hygiene-'));
    expect(findings.find((f) => f.nodeIds.includes('a'))?.step).toBe('model');
    expect(findings.find((f) => f.ruleId === 'hygiene-unnamed')).toMatchObject({ nodeIds: ['g'], step: 'serving' });
  });

  it('never throws and always scores 0..100 on any restorable board', () => {
    const kinds = CATALOG.map((k) => k.id);
    const nodeArb = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      type: fc.constantFrom(...kinds),
      position: fc.record({ x: fc.integer(), y: fc.integer() }),
      data: fc.record({ label: fc.string(), notes: fc.string(), fields: fc.dictionary(fc.string(), fc.string()) }),
    });
    const edgeArb = fc.record({
      source: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      target: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      type: fc.constantFrom('request', 'batch', 'stream'),
      data: fc.record({ label: fc.string(), bidirectional: fc.boolean() }),
    });
    fc.assert(fc.property(fc.array(nodeArb, { maxLength: 12 }), fc.array(edgeArb, { maxLength: 20 }), (nodes, edges) => {
      const restored = restoreBoard({ format: 'mlsd-board', version: 2, id: 'p', name: 'p', nodes, edges });
      if (!restored.ok) return;
      const report = validateBoard(restored.board);
      expect(report.score).toBeGreaterThanOrEqual(0);
      expect(report.score).toBeLessThanOrEqual(100);
      expect(report.steps).toHaveLength(7);
    }), { numRuns: 200 });
  });
});
