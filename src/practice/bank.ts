// The problem bank, loaded on demand: the list (index.json) when the dialog opens, one problem when it is picked,
// and a case study's reference through the same template loader as the gallery.
import { restoreBoard } from '../domain/board';
import { resolveProblem, type Problem, type ProblemFile, type ProblemMeta } from '../domain/practice';
import { loadTemplate } from '../app/templates';

const files = import.meta.glob<{ default: unknown }>('../../templates/problems/*.json');
const idOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
const loaders = new Map(Object.entries(files).map(([path, load]) => [idOf(path), load]));

export async function loadBankIndex(): Promise<ProblemMeta[]> {
  const load = loaders.get('index');
  return load ? ((await load()).default as ProblemMeta[]) : [];
}

export async function loadProblem(id: string): Promise<Problem | undefined> {
  const load = loaders.get(id);
  if (!load || id === 'index') return undefined;
  const file = structuredClone((await load()).default) as ProblemFile;
  if ('template' in file.reference) {
    const board = await loadTemplate(file.reference.template);
    return resolveProblem(file, () => board);
  }
  const restored = restoreBoard(file.reference);
  return restored.ok ? { ...file, reference: restored.board } : undefined;
}
