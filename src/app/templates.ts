// The case-study templates, loaded on demand (they are not in the first bundle) through the same restore path as
// any file a user opens.
import { restoreBoard, type Board } from '../domain/board';

const files = import.meta.glob<{ default: unknown }>('../../templates/*.json');

const idOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
const loaders = new Map(Object.entries(files).map(([path, load]) => [idOf(path), load]));

export const TEMPLATE_IDS: readonly string[] = [...loaders.keys()];

export async function loadTemplate(id: string): Promise<Board | undefined> {
  const load = loaders.get(id);
  if (!load) return undefined;
  const result = restoreBoard((await load()).default);
  return result.ok ? result.board : undefined;
}
