// What every problem in the bank must have, checked by the build of the bank and by the tests: a prompt, at least
// five clarifying questions with answers, a reference board, and a rubric that covers all seven steps with checks
// the checklist can answer.
import { findKind } from '../catalog';
import { STEPS } from '../framework';
import { findRule } from '../validate';
import { isAnswered } from '../validate/text';
import { isConceptId } from '../validate/vocabulary';
import type { Board } from '../board/types';
import { DIFFICULTIES, PROBLEM_KINDS, REQUIREMENT_FIELDS, type Problem, type ProblemFile } from './types';

export const MIN_QUESTIONS = 5;

/** Every part the problem lacks or gets wrong, as sentences naming the problem; [] when it is complete. */
export function problemGaps(problem: Problem): string[] {
  const gaps: string[] = [];
  const say = (what: string) => gaps.push(`${problem.id || '(no id)'}: ${what}`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(problem.id)) say('the id must be lowercase words joined by "-"');
  if (!isAnswered(problem.title)) say('no title');
  if (!isAnswered(problem.summary)) say('no one-line summary');
  if (!isAnswered(problem.prompt)) say('no prompt');
  if (!PROBLEM_KINDS.includes(problem.kind)) say(`unknown problem kind "${problem.kind}"`);
  if (!DIFFICULTIES.includes(problem.difficulty)) say(`unknown difficulty "${problem.difficulty}"`);

  if (problem.questions.length < MIN_QUESTIONS) say(`${problem.questions.length} clarifying questions; at least ${MIN_QUESTIONS} are needed`);
  const questionIds = new Set<string>();
  for (const q of problem.questions) {
    if (questionIds.has(q.id)) say(`question id "${q.id}" is used twice`);
    questionIds.add(q.id);
    if (!isAnswered(q.question) || !isAnswered(q.answer)) say(`question "${q.id}" has no question or no answer`);
    if (!REQUIREMENT_FIELDS.includes(q.field)) say(`question "${q.id}" writes into an unknown field "${q.field}"`);
  }

  const pointIds = new Set<string>();
  for (const step of STEPS) {
    if (!problem.rubric.some((p) => p.step === step.id)) say(`no rubric point for step ${step.number} (${step.short})`);
  }
  for (const p of problem.rubric) {
    if (pointIds.has(p.id)) say(`rubric point id "${p.id}" is used twice`);
    pointIds.add(p.id);
    if (!isAnswered(p.text) || !isAnswered(p.why)) say(`rubric point "${p.id}" has no text or no reason`);
    if (p.checks.length === 0) say(`rubric point "${p.id}" has no check`);
    if ((p.points ?? 1) <= 0) say(`rubric point "${p.id}" is worth nothing`);
    for (const c of p.checks) {
      if ('rule' in c && !findRule(c.rule)) say(`rubric point "${p.id}" names an unknown checklist rule "${c.rule}"`);
      if ('concept' in c && !isConceptId(c.concept)) say(`rubric point "${p.id}" names an unknown concept "${c.concept}"`);
      if ('kinds' in c) {
        if (c.kinds.length === 0) say(`rubric point "${p.id}" has an empty kind check`);
        for (const k of c.kinds) if (findKind(k)?.family !== 'component') say(`rubric point "${p.id}" names "${k}", not a component kind`);
      }
    }
  }

  const components = problem.reference.nodes.filter((n) => findKind(n.type)?.family === 'component');
  if (components.length === 0) say('the reference board has no components');
  return gaps;
}

/** A stored problem with its reference board in place: its own, or the case study's template given by `template`. */
export function resolveProblem(file: ProblemFile, template: (id: string) => Board | undefined): Problem | undefined {
  const { reference } = file;
  if (!('template' in reference)) return { ...file, reference };
  const board = template(reference.template);
  return board ? { ...file, reference: board } : undefined;
}
