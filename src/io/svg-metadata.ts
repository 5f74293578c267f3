// The board inside an SVG: <metadata id="mlsd-board">packed board</metadata> as the root's first child.
// The packed board (packed-board.ts) is ASCII letters, digits, '-', '_' and '.', so it needs no XML escaping.
import { parseBoardText, type Board } from '../domain/board';
import { importFail, type ImportResult } from './import-result';
import { packBoard, unpackBoard } from './packed-board';
import { attributeValue, findEndTag, findStartTag } from './xml-scan';

export const SVG_METADATA_ID = 'mlsd-board';

type Span = { start: number; end: number; content: string };

/** Every <metadata id="mlsd-board">…</metadata> in the text, in order. */
function boardMetadata(svg: string): Span[] {
  const found: Span[] = [];
  for (let tag = findStartTag(svg, 'metadata'); tag; tag = findStartTag(svg, 'metadata', tag.end)) {
    if (attributeValue(tag.attributes, 'id') !== SVG_METADATA_ID) continue;
    if (tag.selfClosing) {
      found.push({ start: tag.start, end: tag.end, content: '' });
      continue;
    }
    const close = findEndTag(svg, 'metadata', tag.end);
    if (!close) break;
    found.push({ start: tag.start, end: close.end, content: svg.slice(tag.end, close.start) });
    tag = { ...tag, end: close.end };
  }
  return found;
}

/** A copy of the SVG with the board inside, replacing any board already there. Throws only when it has no <svg> tag. */
export function embedBoardInSvg(svgText: string, board: Board): string {
  let svg = '';
  let at = 0;
  for (const old of boardMetadata(svgText)) {
    svg += svgText.slice(at, old.start);
    at = old.end;
  }
  svg += svgText.slice(at);
  const open = findStartTag(svg, 'svg');
  if (!open) throw new TypeError('embedBoardInSvg: the text has no <svg> element.');
  const metadata = `<metadata id="${SVG_METADATA_ID}">${packBoard(board)}</metadata>`;
  const tag = svg.slice(open.start, open.end);
  const opened = open.selfClosing ? `${tag.slice(0, -2)}>${metadata}</svg>` : tag + metadata;
  return svg.slice(0, open.start) + opened + svg.slice(open.end);
}

/** The board inside an SVG exported by MLSD Board. Never throws. */
export function extractBoardFromSvg(svgText: string): ImportResult {
  const match = boardMetadata(svgText)[0];
  if (!match) {
    return importFail('svg-no-board', 'This SVG has no MLSD board inside. Only SVGs exported from MLSD Board can be opened.');
  }
  const unpacked = unpackBoard(match.content.replace(/\s+/g, ''));
  if (unpacked.ok) return parseBoardText(unpacked.json);
  if (unpacked.reason === 'too-new') {
    return importFail(
      'board-too-new',
      `The board inside this SVG was saved by a newer MLSD Board (board codec version ${unpacked.version}). Update the app to open it.`,
    );
  }
  return importFail('board-damaged', `The board inside this SVG is damaged (${unpacked.detail}).`);
}
