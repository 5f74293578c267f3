// The decoding of a large board off the page's thread (src/io/off-thread.ts starts it): parsing, unpacking and
// restoring 10 MB takes a second or more, during which the page would not answer. The result goes back in parts,
// so that the page copies it in a few milliseconds at a time (one structured copy of 20,000 nodes is itself a
// task of 100–200 ms).
import { parseBoardText } from '../domain/board';
import { decodeBoardFile, decodeBoardText } from './board-codec';
import type { ImportResult } from './import-result';

export type DecodeRequest =
  | { kind: 'file'; bytes: Uint8Array; fileName: string }
  | { kind: 'text'; text: string }
  /** A board stored as JSON text (src/store/library.ts): restored as any board file is. */
  | { kind: 'stored'; json: string };

/** The result's head (the board without its nodes and edges, or the error), then its nodes and edges in parts. */
export type DecodeMessage =
  | { type: 'head'; result: ImportResult }
  | { type: 'nodes' | 'edges'; items: unknown[] }
  | { type: 'done' };

/** Items per message: some 5 ms of copying on the page's side. */
export const PART = 1000;

function decode(request: DecodeRequest): ImportResult {
  if (request.kind === 'file') return decodeBoardFile(request.bytes, request.fileName);
  if (request.kind === 'text') return decodeBoardText(request.text);
  return parseBoardText(request.json);
}

self.onmessage = (event: MessageEvent<DecodeRequest>) => {
  const post = (message: DecodeMessage) => self.postMessage(message);
  const result = decode(event.data);
  if (!result.ok) {
    post({ type: 'head', result });
  } else {
    const { nodes, edges } = result.board;
    post({ type: 'head', result: { ...result, board: { ...result.board, nodes: [], edges: [] } } });
    for (let i = 0; i < nodes.length; i += PART) post({ type: 'nodes', items: nodes.slice(i, i + PART) });
    for (let i = 0; i < edges.length; i += PART) post({ type: 'edges', items: edges.slice(i, i + PART) });
  }
  post({ type: 'done' });
};
