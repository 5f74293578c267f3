// @vitest-environment jsdom
// jsdom only for its XML parser, to prove the SVG stays well-formed; the code under test uses no DOM.
import { describe, expect, it } from 'vitest';
import { createBoard, createNode, serializeBoard } from '../../src/domain/board';
import { BoardSchema } from '../../src/domain/board/schema';
import { embedBoardInSvg, extractBoardFromSvg, SVG_METADATA_ID } from '../../src/io/svg-metadata';
import { xmlSafeText } from '../../src/io/xml-scan';
import { everyKindBoard } from '../fixtures/io/every-kind-board';

// Shaped like html-to-image's output: a foreignObject of HTML, with inline icon SVGs and '>' inside attributes.
const SVG = `<?xml version="1.0" encoding="UTF-8"?>
<!-- exported -->
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" data-note="a > b" viewBox="0 0 200 100">
  <foreignObject x="0" y="0" width="100%" height="100%">
    <div xmlns="http://www.w3.org/1999/xhtml" style="color: red">Ranking &amp; <svg width="8" height="8"><path d="M0 0h8"/></svg></div>
  </foreignObject>
</svg>`;

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  if (doc.getElementsByTagName('parsererror').length) throw new Error('not well-formed XML');
  return doc;
}

describe('SVG with the board inside', () => {
  const board = everyKindBoard();
  const withBoard = embedBoardInSvg(SVG, board);

  it('round-trips a board that uses every kind, in nested groups', () => {
    const result = extractBoardFromSvg(withBoard);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.board).toEqual(serializeBoard(board));
    expect(result.repairs).toEqual([]);
    expect(BoardSchema.safeParse(result.board).success).toBe(true);
  });

  it('stays well-formed XML, with the board as the root element’s first child', () => {
    const root = parseXml(withBoard).documentElement;
    expect(root.localName).toBe('svg');
    const first = root.firstElementChild!;
    expect(first.localName).toBe('metadata');
    expect(first.getAttribute('id')).toBe(SVG_METADATA_ID);
    expect(first.textContent).toMatch(/^v1\.\d+\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
    expect(withBoard.replace(/<metadata[^>]*>[^<]*<\/metadata>/, '')).toBe(SVG);
  });

  it('replaces the board already inside rather than adding a second', () => {
    const second = createBoard('Second');
    const twice = embedBoardInSvg(withBoard, second);
    expect(twice.match(/<metadata/g)).toHaveLength(1);
    const result = extractBoardFromSvg(twice);
    expect(result.ok && result.board).toEqual(serializeBoard(second));
  });

  it('handles a self-closing root element', () => {
    const svg = embedBoardInSvg('<svg xmlns="http://www.w3.org/2000/svg"/>', board);
    expect(parseXml(svg).documentElement.firstElementChild?.localName).toBe('metadata');
    expect(extractBoardFromSvg(svg).ok).toBe(true);
  });

  it('says plainly when an SVG has no board, and when the board is damaged', () => {
    expect(extractBoardFromSvg(SVG)).toEqual({
      ok: false,
      error: { code: 'svg-no-board', message: 'This SVG has no MLSD board inside. Only SVGs exported from MLSD Board can be opened.' },
    });
    const at = withBoard.indexOf('</metadata>') - 30;
    const changed = withBoard.slice(0, at) + (withBoard[at] === 'A' ? 'B' : 'A') + withBoard.slice(at + 1);
    const result = extractBoardFromSvg(changed);
    expect(result).toMatchObject({ ok: false, error: { code: 'board-damaged' } });
    expect(!result.ok && result.error.message).toMatch(/^The board inside this SVG is damaged \(.+\)\.$/);
  });

  it('refuses a board written by a newer codec', () => {
    const result = extractBoardFromSvg(withBoard.replace(`${SVG_METADATA_ID}">v1.`, `${SVG_METADATA_ID}">v3.`));
    expect(result).toMatchObject({ ok: false, error: { code: 'board-too-new' } });
  });

  it('embedding into text without an <svg> element is a programming error', () => {
    expect(() => embedBoardInSvg('<html></html>', board)).toThrow(TypeError);
  });
});

describe('text XML cannot hold', () => {
  const awkward = 'soft\vbreak, form\ffeed, bell\u0007, nul\u0000, lone \uD800 and \uDC00, pair 😀, \uFFFF end';

  it('is made fit for XML: line breaks for soft breaks, U+FFFD for lone surrogates, the rest dropped', () => {
    expect(xmlSafeText(awkward)).toBe('soft\nbreak, form\nfeed, bell, nul, lone \uFFFD and \uFFFD, pair 😀,  end');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><text>${xmlSafeText(awkward)}</text></svg>`;
    expect(() => parseXml(svg)).not.toThrow();
    expect(() => encodeURIComponent(xmlSafeText(awkward))).not.toThrow();
  });

  it('is kept exactly in the board inside the image', () => {
    const board = createBoard(`Name ${awkward}`);
    board.nodes.push({ ...createNode('note', { x: 0, y: 0 }, awkward), id: 'n' });
    board.nodes[0].data.notes = awkward;
    const svg = embedBoardInSvg('<svg xmlns="http://www.w3.org/2000/svg"/>', board);
    expect(() => parseXml(svg)).not.toThrow();
    const result = extractBoardFromSvg(svg);
    expect(result.ok && result.board).toEqual(serializeBoard(board));
  });
});
