// A large board stored as its JSON text (see ./library.ts): built a slice at a time, parsed off the page's thread.
// Loaded on demand, with the first board of 2,000 nodes or more.
import { restoreBoard, type Board } from '../domain/board';
import { cleanEdge, cleanNode } from '../domain/board/serialize';
import { decodeOffThread, LARGE_INPUT } from '../io/off-thread';

/**
 * A board stored as text, restored as a file is; off the page's thread when it is large. A board that does not
 * restore (the text damaged) is undefined, as a missing one is.
 */
export async function storedText(json: string): Promise<Board | undefined> {
  if (json.length < LARGE_INPUT) {
    const result = restoreBoard(safeParse(json));
    return result.ok ? result.board : undefined;
  }
  const result = await decodeOffThread({ kind: 'stored', json }).result;
  return result?.ok ? result.board : undefined;
}

function safeParse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** Builds a large board's JSON a slice at a time, yielding to the page between slices of about 8 ms. */
export async function boardJsonInSlices(board: Board): Promise<string> {
  const { nodes, edges, ...rest } = board;
  const parts: string[] = [];
  let since = performance.now();
  const slices = async <T>(items: readonly T[], clean: (item: T) => T) => {
    const out: string[] = [];
    for (let i = 0; i < items.length; i += 250) {
      out.push(JSON.stringify(items.slice(i, i + 250).map(clean)).slice(1, -1));
      if (performance.now() - since > 8) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        since = performance.now();
      }
    }
    return out.filter((s) => s !== '').join(',');
  };
  parts.push(`{"nodes":[${await slices(nodes, cleanNode)}]`);
  parts.push(`"edges":[${await slices(edges, cleanEdge)}]`);
  // The rest as serializeBoard writes it (it changes only the nodes and edges).
  const head = JSON.stringify(rest);
  if (head !== '{}') parts.push(head.slice(1, -1));
  return `${parts.join(',')}}`;
}
