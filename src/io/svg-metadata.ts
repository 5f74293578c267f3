// The board inside an SVG: <metadata id="mlsd-board">packed board</metadata> as the root's first child.
// The packed board (packed-board.ts) is ASCII letters, digits, '-', '_' and '.', so it needs no XML escaping.
import { parseBoardText, type Board } from '../domain/board';
import { importFail, type ImportResult } from './import-result';
import { packBoard, unpackBoard } from './packed-board';

export const SVG_METADATA_ID = 'mlsd-board';

const SVG_OPEN_TAG = /<svg\b(?:[^>"']|"[^"]*"|'[^']*')*>/i;
const BOARD_METADATA = new RegExp(
  `<metadata\\b[^>]*\\bid\\s*=\\s*["']${SVG_METADATA_ID}["'][^>]*>([\\s\\S]*?)</metadata\\s*>`,
  'gi',
);

/** A copy of the SVG with the board inside, replacing any board already there. Throws only when it has no <svg> tag. */
export function embedBoardInSvg(svgText: string, board: Board): string {
  const svg = svgText.replace(BOARD_METADATA, '');
  const open = SVG_OPEN_TAG.exec(svg);
  if (!open) throw new TypeError('embedBoardInSvg: the text has no <svg> element.');
  const metadata = `<metadata id="${SVG_METADATA_ID}">${packBoard(board)}</metadata>`;
  const selfClosing = open[0].endsWith('/>');
  const tag = selfClosing ? `${open[0].slice(0, -2)}>${metadata}</svg>` : open[0] + metadata;
  return svg.slice(0, open.index) + tag + svg.slice(open.index + open[0].length);
}

/** The board inside an SVG exported by MLSD Board. Never throws. */
export function extractBoardFromSvg(svgText: string): ImportResult {
  const match = new RegExp(BOARD_METADATA.source, 'i').exec(svgText);
  if (!match) {
    return importFail('svg-no-board', 'This SVG has no MLSD board inside. Only SVGs exported from MLSD Board can be opened.');
  }
  const unpacked = unpackBoard(match[1].replace(/\s+/g, ''));
  if (unpacked.ok) return parseBoardText(unpacked.json);
  if (unpacked.reason === 'too-new') {
    return importFail(
      'board-too-new',
      `The board inside this SVG was saved by a newer MLSD Board (board codec version ${unpacked.version}). Update the app to open it.`,
    );
  }
  return importFail('board-damaged', `The board inside this SVG is damaged (${unpacked.detail}).`);
}
