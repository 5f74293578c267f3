// Decoding a large board in a Web Worker (./decode-worker.ts), so the page keeps answering while 10 MB is parsed,
// unpacked and restored. Small inputs decode faster inline (starting a worker and copying the result costs tens of
// milliseconds), so callers use this from LARGE_INPUT (./import-result.ts) up.
import type { Board } from '../domain/board';
import type { DecodeMessage, DecodeRequest } from './decode-worker';
import type { ImportResult } from './import-result';

export { LARGE_INPUT } from './import-result';

export type Decoding = {
  /** The decoded board, or its error; `null` once cancelled. */
  result: Promise<ImportResult | null>;
  /** Stop decoding (the worker ends at once); `result` then resolves null. */
  cancel: () => void;
};

/** Decode in a worker of its own, ended once the result is in (or on cancel). A file's bytes are handed over, not copied. */
export function decodeOffThread(request: DecodeRequest): Decoding {
  const worker = new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module', name: 'decode-board' });
  let settle: (result: ImportResult | null) => void = () => undefined;
  const result = new Promise<ImportResult | null>((resolve) => (settle = resolve));
  let head: ImportResult | undefined;
  const nodes: unknown[] = [];
  const edges: unknown[] = [];
  const end = (outcome: ImportResult | null) => {
    worker.terminate();
    settle(outcome);
  };
  // Each message is a task of its own: the page draws between the parts.
  worker.onmessage = (event: MessageEvent<DecodeMessage>) => {
    const message = event.data;
    if (message.type === 'head') head = message.result;
    else if (message.type === 'nodes') nodes.push(...message.items);
    else if (message.type === 'edges') edges.push(...message.items);
    else if (!head) end({ ok: false, error: { code: 'bad-structure', message: 'This board could not be read.' } });
    else end(head.ok ? { ...head, board: { ...head.board, nodes, edges } as Board } : head);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    end({ ok: false, error: { code: 'bad-structure', message: `This board could not be read (${event.message || 'the decoder stopped'}).` } });
  };
  const transfer = request.kind === 'file' && request.bytes.byteOffset === 0 && request.bytes.byteLength === request.bytes.buffer.byteLength ? [request.bytes.buffer] : [];
  worker.postMessage(request, transfer as Transferable[]);
  return { result, cancel: () => end(null) };
}
