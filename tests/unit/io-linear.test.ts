// Hostile text that froze the tab when a backtracking regular expression read it. Each case here hung (or took
// seconds) before the parsers became forward-only scans; now each returns at once with a message.
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createBoard, createNode } from '../../src/domain/board';
import { decodeBoardFile, decodeBoardText } from '../../src/io/board-codec';
import { embedBoardInSvg, extractBoardFromSvg } from '../../src/io/svg-metadata';
import { attributeValue, findStartTag, looksLikeSvg } from '../../src/io/xml-scan';

const COMMENTS_SVG = readFileSync(new URL('../fixtures/hostile/comments.svg', import.meta.url));

describe('hostile SVG-like text', () => {
  it('answers the 337-byte file of 48 empty comments with a message', () => {
    expect(COMMENTS_SVG.length).toBe(337);
    expect(decodeBoardFile(new Uint8Array(COMMENTS_SVG), 'comments.svg')).toMatchObject({ ok: false, error: { code: 'unsupported-file' } });
    expect(decodeBoardText(`<?xml version="1.0"?>${COMMENTS_SVG.toString()}`)).toMatchObject({ ok: false, error: { code: 'unsupported-file' } });
    expect(looksLikeSvg(`${'<!---->'.repeat(100_000)}x`)).toBe(false);
    expect(looksLikeSvg(`${'<!---->'.repeat(100_000)}<svg/>`)).toBe(true);
  });

  it('reads 1 MB of repeated "<metadata " as an SVG with no board', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg">${'<metadata '.repeat(100_000)}</svg>`;
    expect(extractBoardFromSvg(svg)).toMatchObject({ ok: false, error: { code: 'svg-no-board' } });
    const unclosed = `<svg>${'<metadata id="mlsd-board">'.repeat(50_000)}`;
    expect(extractBoardFromSvg(unclosed)).toMatchObject({ ok: false, error: { code: 'svg-no-board' } });
    expect(() => embedBoardInSvg(`${'<svg '.repeat(100_000)}`, createBoard())).toThrow(/no <svg> element/);
  });

  it('still finds the board beside other metadata, in any case and with either quote', () => {
    const board = createBoard('B');
    board.nodes.push({ ...createNode('client', { x: 0, y: 0 }), id: 'a' });
    const inside = embedBoardInSvg('<SVG data-x="a > b"><metadata id="other">x</metadata></SVG>', board);
    const moved = inside.replace(`<metadata id="mlsd-board">`, `<metadata class='m' id = 'mlsd-board' >`).replace('</metadata>', '</metadata >');
    const result = extractBoardFromSvg(`<svg>${moved}</svg>`);
    expect(result.ok && result.board.nodes.map((n) => n.id)).toEqual(['a']);
  });

  it('says a text file renamed to .png is not a PNG, and still opens a board file renamed to .png', () => {
    const text = new TextEncoder().encode('meeting notes');
    const result = decodeBoardFile(text, 'diagram.png');
    expect(!result.ok && result.error.message).toMatch(/“diagram.png” is not a PNG image/);
    expect(decodeBoardFile(new TextEncoder().encode(JSON.stringify(createBoard('B'))), 'b.png').ok).toBe(true);
  });

  it('scans tags and attributes forward only', () => {
    expect(findStartTag('<svgx><svg a=">"/>', 'svg')).toEqual({ start: 6, end: 18, attributes: ' a=">"/', selfClosing: true });
    expect(attributeValue(' a b = x id="q" ID=\'z\'', 'id')).toBe('q');
    expect(attributeValue(' checked', 'checked')).toBe('');
    expect(attributeValue(`${' =/'.repeat(50_000)} id`, 'id')).toBe('');
  });
});

describe('the lint run', () => {
  const lint = async (code: string) => {
    const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });
    const [result] = await eslint.lintText(code, { filePath: 'src/io/hostile-example.ts' });
    return result.messages.map((m) => m.ruleId);
  };

  it('fails on a regular expression that backtracks super-linearly, and passes a linear one', async () => {
    expect(await lint('export const slow = (t: string) => /^(a+)+b$/.test(t);\n')).toContain('regexp/no-super-linear-backtracking');
    expect(await lint("export const slow = (t: string) => t.replace(/\\s+$/, '');\n")).toContain('regexp/no-super-linear-move');
    expect(await lint('export const fast = (t: string) => /^[a-z]+$/.test(t);\n')).toEqual([]);
  }, 30_000);
});
