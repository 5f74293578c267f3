import { describe, expect, it } from 'vitest';
import { createBoard, createEdge, createNode, isGroup, type Board } from '../../src/domain/board';
import { findKind, hasRole } from '../../src/domain/catalog';
import { boardToMermaid, MERMAID_ARROWS, mermaidText } from '../../src/io/mermaid';
import { everyKindBoard } from '../fixtures/io/every-kind-board';

const NODE_LINE = /^(\s*)([ng]\d+)(\(\["|\[\("|\("|>"|\[")(.*?)("\]\)|"\)\]|"\)|"\])$/;
const SUBGRAPH_LINE = /^(\s*)subgraph (g\d+) \["(.*)"\]$/;
const EDGE_LINE = /^ {2}([ng]\d+) (<?(?:-->|-\.->|==>))(?:\|"(.*)"\|)? ([ng]\d+)$/;

type Parsed = {
  nodes: Map<string, { open: string; text: string; parent: string | undefined }>;
  groups: Map<string, { text: string; parent: string | undefined }>;
  edges: { source: string; arrow: string; text?: string; target: string }[];
};

/** Reads the output back with a strict grammar of the lines boardToMermaid may write; throws on anything else. */
function parse(text: string): Parsed {
  const lines = text.trimEnd().split('\n');
  expect(lines[0]).toBe('flowchart LR');
  const parsed: Parsed = { nodes: new Map(), groups: new Map(), edges: [] };
  const open: string[] = [];
  for (const line of lines.slice(1)) {
    const depth = (line.length - line.trimStart().length) / 2;
    let m: RegExpExecArray | null;
    if (/^\s*%% /.test(line)) continue;
    if ((m = SUBGRAPH_LINE.exec(line))) {
      expect(depth).toBe(open.length + 1);
      parsed.groups.set(m[2], { text: m[3], parent: open.at(-1) });
      open.push(m[2]);
    } else if (line.trim() === 'end') {
      expect(depth).toBe(open.length);
      open.pop();
    } else if ((m = NODE_LINE.exec(line))) {
      expect(depth).toBe(open.length + 1);
      expect(parsed.nodes.has(m[2])).toBe(false);
      parsed.nodes.set(m[2], { open: m[3], text: m[4], parent: open.at(-1) });
    } else if ((m = EDGE_LINE.exec(line))) {
      expect(open).toEqual([]);
      parsed.edges.push({ source: m[1], arrow: m[2], text: m[3], target: m[4] });
    } else throw new Error(`Unexpected Mermaid line: ${JSON.stringify(line)}`);
  }
  expect(open).toEqual([]);
  return parsed;
}

/** Labels must not end their quoted string, break a line, or contain markup Mermaid would render. */
function expectSafeText(text: string) {
  expect(text).not.toMatch(/["\n\r`|%]/);
  expect(text.replace(/<br\/>/g, '')).not.toMatch(/[<>&]/);
  expect(text.replace(/#\d+;/g, '')).not.toContain('#');
}

describe('Mermaid export', () => {
  const board = everyKindBoard();
  const parsed = parse(boardToMermaid(board));
  const mermaidId = new Map(board.nodes.map((n, i) => [n.id, `${isGroup(n) ? 'g' : 'n'}${i + 1}`]));

  it('writes every node once, inside the subgraph of its group, nested groups nested', () => {
    expect(parsed.nodes.size + parsed.groups.size).toBe(board.nodes.length);
    for (const node of board.nodes) {
      const entry = isGroup(node) ? parsed.groups.get(mermaidId.get(node.id)!) : parsed.nodes.get(mermaidId.get(node.id)!);
      expect(entry, node.id).toBeDefined();
      expect(entry!.parent).toBe(node.parentId === undefined ? undefined : mermaidId.get(node.parentId));
    }
    expect(parsed.groups.get('g2')?.parent).toBe('g1');
  });

  it('draws a shape per family: cards rounded, stores as cylinders, clients as stadiums, notes as flags', () => {
    for (const node of board.nodes.filter((n) => !isGroup(n))) {
      const kind = findKind(node.type)!;
      const expected =
        kind.family === 'card' ? '("' : kind.family === 'note' ? '>"'
          : hasRole(kind.id, 'storage') ? '[("' : hasRole(kind.id, 'client') ? '(["' : '["';
      expect(parsed.nodes.get(mermaidId.get(node.id)!)!.open, kind.id).toBe(expected);
    }
  });

  it('writes every edge with the arrow of its kind, both heads when bidirectional, and its label', () => {
    expect(parsed.edges).toHaveLength(board.edges.length);
    board.edges.forEach((edge, i) => {
      const line = parsed.edges[i];
      expect([line.source, line.target]).toEqual([mermaidId.get(edge.source), mermaidId.get(edge.target)]);
      const arrows = MERMAID_ARROWS[edge.type];
      expect(line.arrow).toBe(edge.data.bidirectional ? arrows.twoWay : arrows.oneWay);
      expect(line.text).toBe(edge.data.label ? mermaidText(edge.data.label) : undefined);
    });
    const arrowsUsed = new Set(parsed.edges.map((e) => e.arrow));
    expect(arrowsUsed).toEqual(new Set(['-->', '-.->', '==>', '<-->', '<-.->', '<==>']));
  });

  it('keeps every label text: quoted, entity-coded, no raw quotes, newlines or markup', () => {
    for (const text of [...parsed.nodes.values(), ...parsed.groups.values(), ...parsed.edges].map((e) => e.text ?? '')) {
      expectSafeText(text);
    }
  });

  it('escapes quotes, brackets, newlines, # and HTML as Mermaid entity codes', () => {
    expect(mermaidText('Say "hi"')).toBe('Say #34;hi#34;');
    expect(mermaidText('a\nb\r\nc')).toBe('a<br/>b<br/>c');
    expect(mermaidText('#1 & <b>x</b>')).toBe('#35;1 #38; #60;b#62;x#60;/b#62;');
    expect(mermaidText('a|b `c`')).toBe('a#124;b #96;c#96;');
    expect(mermaidText('%%{init: {"theme": "dark"}}%%')).toBe('#37;#37;{init: {#34;theme#34;: #34;dark#34;}}#37;#37;');
    expect(mermaidText('[x] (y) {z} end')).toBe('[x] (y) {z} end');
  });

  it('writes nodes caught in a loop of groups, and skips edges to missing nodes', () => {
    const looped: Board = createBoard('Loop');
    const a = { ...createNode('group', { x: 0, y: 0 }, 'A'), id: 'a', parentId: 'b' };
    const b = { ...createNode('group', { x: 0, y: 0 }, 'B'), id: 'b', parentId: 'a' };
    const c = { ...createNode('cache', { x: 0, y: 0 }), id: 'c', parentId: 'a' };
    looped.nodes.push(a, b, c);
    looped.edges.push(createEdge('c', 'gone'), createEdge('c', 'a', 'stream', ''));
    const out = parse(boardToMermaid(looped));
    expect([...out.groups.keys()].sort()).toEqual(['g1', 'g2']);
    expect(out.nodes.get('n3')?.parent).toBe('g1');
    expect(out.edges).toEqual([{ source: 'n3', arrow: '==>', text: undefined, target: 'g1' }]);
  });

  it('names the board in a comment that cannot become a directive', () => {
    const named = boardToMermaid({ ...createBoard('50% %%{init: {}}%%\nsecond line'), nodes: [], edges: [] });
    expect(named).toBe('flowchart LR\n  %% 50#37; #37;#37;{init: {}}#37;#37; second line\n');
  });

  it('writes an empty board as a bare flowchart', () => {
    expect(boardToMermaid({ ...createBoard(''), name: '' })).toBe('flowchart LR\n');
  });
});
