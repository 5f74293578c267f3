// Turns the problem specs into the files of the bank: <id>.json (one problem each) and index.json (the bank's list).
// A problem with gaps, or a reference that needs repairs, throws.
import { readFileSync } from 'node:fs';
import { boardToJson, parseBoardText, type Board } from '../../../src/domain/board';
import { problemGaps, type ProblemFile, type ProblemMeta } from '../../../src/domain/practice';
import { buildSpecBoard } from '../../src/build-template';
import { PROBLEM_SPECS } from './index';

function templateBoard(id: string): Board {
  const restored = parseBoardText(readFileSync(new URL(`../../${id}.json`, import.meta.url), 'utf8'));
  if (!restored.ok) throw new Error(`${id}: ${restored.error.message}`);
  return restored.board;
}

export function buildProblemFiles(): { name: string; text: string; summary: string }[] {
  const out: { name: string; text: string; summary: string }[] = [];
  const index: ProblemMeta[] = [];
  for (const spec of PROBLEM_SPECS) {
    const { prompt, questions, rubric, reference, ...meta } = spec;
    let file: ProblemFile;
    let board: Board;
    if ('template' in reference) {
      board = templateBoard(reference.template);
      file = { ...meta, prompt, questions, rubric, reference: { template: reference.template } };
    } else {
      const built = buildSpecBoard({ ...reference, id: spec.id }, { id: `problem-${spec.id}`, name: spec.title });
      const restored = parseBoardText(boardToJson(built));
      if (!restored.ok) throw new Error(`${spec.id}: ${restored.error.message}`);
      if (restored.repairs.length) throw new Error(`${spec.id}: needs repairs: ${restored.repairs.join('; ')}`);
      board = restored.board;
      file = { ...meta, prompt, questions, rubric, reference: board };
    }
    const gaps = problemGaps({ ...file, reference: board });
    if (gaps.length) throw new Error(gaps.join('\n'));
    out.push({
      name: `${spec.id}.json`,
      text: JSON.stringify(file, null, 2) + '\n',
      summary: `${spec.id}: ${questions.length} questions, ${rubric.length} rubric points, ${board.nodes.length} nodes`,
    });
    index.push(meta);
  }
  out.push({ name: 'index.json', text: JSON.stringify(index, null, 2) + '\n', summary: `index: ${index.length} problems` });
  return out;
}
