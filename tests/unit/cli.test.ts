import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode } from 'fast-png';
import { beforeAll, describe, expect, it } from 'vitest';
import { boardToJson, createNode } from '../../src/domain/board';
import { embedBoardInPng } from '../../src/io/png-chunk';
import { nodeCheckIO, runCheck, USAGE } from '../../src/cli/run-check';
import { completeBoard } from '../fixtures/validate/complete-board';
import { withField, withoutNodes } from '../fixtures/validate/sketch';

let dir = '';
let templates = '';
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlsd-check-'));
  templates = join(dir, 'templates');
  mkdirSync(templates);
  writeFileSync(join(templates, 'ad-click.json'), boardToJson(completeBoard()));
  writeFileSync(join(templates, 'other-case.json'), boardToJson(completeBoard()));
  writeFileSync(file('complete.json'), boardToJson(completeBoard()));
  writeFileSync(file('errors.json'), boardToJson(withField(completeBoard(), 'evalcard', 'onlineMetrics', '')));
  writeFileSync(file('warnings.json'), boardToJson(withField(completeBoard(), 'servecard', 'predictionMode', '')));
  writeFileSync(file('partial.json'), boardToJson(withoutNodes(completeBoard(), 'drift', 'dash')));
  writeFileSync(file('names-case.json'), boardToJson({ ...completeBoard(), caseStudy: 'ad-click' }));
  writeFileSync(file('names-unknown-case.json'), boardToJson({ ...completeBoard(), caseStudy: 'no-such-case' }));
  const crowded = completeBoard();
  for (let i = 0; i < 30; i++) crowded.nodes.push(createNode('cache', { x: 2000 + 200 * i, y: 2000 }, 'Same cache'));
  writeFileSync(file('crowded.json'), boardToJson(crowded));
  writeFileSync(file('not-json.json'), '{"format": "mlsd-board", ');
  writeFileSync(file('not-a-board.json'), JSON.stringify({ hello: 'world' }));
  const png = encode({ width: 2, height: 2, data: new Uint8Array(16).fill(200), channels: 4, depth: 8 });
  writeFileSync(file('plain.png'), png);
  writeFileSync(file('board.png'), embedBoardInPng(png, withField(completeBoard(), 'frame', 'mlObjective', '')));
  mkdirSync(file('folder.json'));
  const junk = completeBoard();
  const dangling = Array.from({ length: 1200 }, (_, i) => ({ id: `x${i}`, source: 'nowhere', target: junk.nodes[0].id }));
  writeFileSync(file('junk.json'), JSON.stringify({ ...junk, edges: [...junk.edges, ...dangling], nodes: [...junk.nodes, 1, 2, 3] }));
  writeFileSync(file('comments.svg'), `${'<!---->'.repeat(48)}x`);
});

async function check(...args: string[]) {
  let out = '';
  let err = '';
  const io = { ...nodeCheckIO(templates), out: (t: string) => void (out += t), err: (t: string) => void (err += t) };
  const code = await runCheck(args, io);
  return { code, out, err };
}

describe('npm run check', () => {
  it('prints the score, every step and no findings for a complete board, and exits 0', async () => {
    const { code, out, err } = await check(file('complete.json'));
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('Board: "Complete" (complete.json)');
    expect(out).toContain('Score: 100/100');
    expect(out.match(/^ {2}PASS/gm)).toHaveLength(7);
    expect(out).toContain('No findings');
  });

  it('exits 1 and prints each error with its severity, rule id, step, message and node names', async () => {
    const { code, out } = await check(file('errors.json'));
    expect(code).toBe(1);
    expect(out).toContain('Score: 93/100');
    expect(out).toMatch(/NEEDS WORK {2}5\. Evaluation \(1 error\)/);
    expect(out).toMatch(/ERROR {4}evaluation-online-metric {2}\[Evaluation\]/);
    expect(out).toContain('does not state an online metric');
    expect(out).toContain('Nodes: Evaluation');
  });

  it('exits 0 when there are warnings but no error', async () => {
    const { code, out } = await check(file('warnings.json'));
    expect(code).toBe(0);
    expect(out).toContain('Score: 96/100');
    expect(out).toMatch(/WARNING {2}serving-prediction-mode {2}\[Serving\]/);
  });

  it('prints JSON with exactly score, steps and findings', async () => {
    const { code, out } = await check(file('errors.json'), '--json');
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['score', 'steps', 'findings']);
    expect(json.score).toBe(93);
    expect(json.steps).toHaveLength(7);
    for (const step of json.steps) expect(Object.keys(step)).toEqual(['step', 'status']);
    expect(json.steps[4]).toEqual({ step: 'evaluation', status: 'needs-work' });
    expect(json.findings).toEqual([{
      ruleId: 'evaluation-online-metric', step: 'evaluation', severity: 'error',
      message: expect.stringContaining('online metric'), nodeIds: ['evalcard'],
    }]);
  });

  it('adds the reference comparison with --case', async () => {
    const { code, out } = await check(file('partial.json'), '--case', 'ad-click', '--json');
    expect(code).toBe(0);
    const { reference } = JSON.parse(out);
    expect(reference.caseStudy).toBe('ad-click');
    expect(reference.missing.map((r: { label: string }) => r.label)).toEqual(['Monitoring dashboard', 'Drift detection']);
    expect(reference.coverage).toBe(Math.round((100 * 19) / 21));
    const text = await check(file('partial.json'), '--case=ad-click');
    expect(text.out).toContain('Reference: ad-click (coverage 90%)');
    expect(text.out).toContain('Missing components: "Monitoring dashboard" (monitoring-dashboard), "Drift detection" (drift-detection)');
  });

  it('uses the case study the board names when there is no --case', async () => {
    const { out } = await check(file('names-case.json'), '--json');
    expect(JSON.parse(out).reference).toMatchObject({ caseStudy: 'ad-click', coverage: 100 });
  });

  it('notes a case study the board names but no template has, and checks the board anyway', async () => {
    const { code, out, err } = await check(file('names-unknown-case.json'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).reference).toBeUndefined();
    expect(err).toContain('"no-such-case", which has no template');
  });

  it('exits 2 on an unknown --case and lists the valid ids', async () => {
    const { code, out, err } = await check(file('complete.json'), '--case', 'nope');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('Unknown case study "nope". Valid ids: ad-click, other-case.');
  });

  it('reads the board inside a PNG exported by MLSD Board', async () => {
    const { code, out } = await check(file('board.png'), '--json');
    expect(code).toBe(1);
    expect(JSON.parse(out).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['framing-ml-objective']);
  });

  it.each([
    ['a missing file', 'missing.json', /Cannot read ".*missing\.json": there is no such file\./],
    ['a folder', 'folder.json', /it is a folder, not a board file/],
    ['a file that is not JSON', 'not-json.json', /Cannot check ".*not-json\.json": This file is not valid JSON/],
    ['JSON that is not a board', 'not-a-board.json', /This is not an MLSD Board file/],
    ['a PNG without a board', 'plain.png', /This PNG has no MLSD board inside/],
  ])('exits 2 with a reason for %s', async (_, name, message) => {
    const { code, out, err } = await check(file(name));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });

  it('sums up the repairs made while reading in one line, and lists them with --verbose', async () => {
    const { code, err } = await check(file('junk.json'));
    expect(code).toBe(0);
    expect(err).toBe(
      'Repaired while reading: 1,203 items repaired: 1,200 edges with a missing end dropped, 3 nodes that are not objects dropped. Add --verbose for the list.\n',
    );
    const verbose = await check(file('junk.json'), '--verbose');
    expect(verbose.err.split('\n').filter(Boolean)).toHaveLength(1203);
    expect(verbose.err).toContain('Repaired while reading: Dropped edge #1201: its source node does not exist.');
  });

  it('names ten nodes of a finding and counts the rest, and names them all with --verbose', async () => {
    const { out } = await check(file('crowded.json'));
    expect(out).toContain(`Nodes: ${Array(10).fill('Same cache').join(', ')} and 20 more\n`);
    const verbose = await check(file('crowded.json'), '--verbose');
    expect(verbose.out).toContain(`Nodes: ${Array(30).fill('Same cache').join(', ')}\n`);
  });

  it('answers a file of 48 empty XML comments with a message, at once', async () => {
    const { code, err } = await check(file('comments.svg'));
    expect(code).toBe(2);
    expect(err).toContain('“comments.svg” is not a board.');
  });

  it('exits 2 with the usage when the command line is wrong, and 0 for --help', async () => {
    for (const args of [[], [file('complete.json'), file('errors.json')], ['--strict', file('complete.json')], [file('complete.json'), '--case']]) {
      const { code, err } = await check(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toContain(USAGE);
    }
    const help = await check('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain(USAGE);
  });
});
