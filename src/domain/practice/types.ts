// A practice problem: what the interviewer says, what they answer when asked, the reference design they keep hidden,
// and the rubric they score an attempt with. Problems are data in templates/problems/ (one file each).
import type { Board } from '../board/types';
import type { StepId } from '../framework';
import type { ConceptId } from '../validate/vocabulary';

// The problem kinds are the checklist's (the ML framing card's list); the bank shows them by their short labels.
import { PROBLEM_KINDS as CHECKLIST_KINDS, type ProblemKind } from '../problem-kinds';
export type { ProblemKind };
export const PROBLEM_KINDS: readonly ProblemKind[] = CHECKLIST_KINDS.map((k) => k.id);

export const PROBLEM_KIND_LABELS: Record<ProblemKind, string> = {
  classification: 'Classification',
  ranking: 'Ranking / recommendation',
  retrieval: 'Retrieval / search',
  regression: 'Regression',
  forecasting: 'Forecasting',
  generation: 'Generation / RAG',
  detection: 'Detection / segmentation',
  other: 'Other',
};

export const DIFFICULTIES = ['warm-up', 'standard', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The Requirements card fields an interviewer's answer can be written into. */
export const REQUIREMENT_FIELDS = ['businessObjective', 'features', 'data', 'constraints', 'scale', 'performance'] as const;
export type RequirementField = (typeof REQUIREMENT_FIELDS)[number];

export interface ClarifyingQuestion {
  id: string;
  /** The question as a candidate would ask it. */
  question: string;
  /** The interviewer's scripted answer. */
  answer: string;
  /** Where the answer goes on the Requirements card. */
  field: RequirementField;
}

/**
 * What makes a rubric point "made". No second text matcher: every check is answered by the checklist itself.
 * - `rule`: the validator rule passes on the board, and the rule's step is on the board (a rule that finds nothing
 *   because the step is absent does not count).
 * - `kinds`: the board has a component of at least one of these catalog kinds (structure, as the reference
 *   comparison reads it).
 * - `concept`: the board states this concept of the checklist's vocabulary (src/domain/validate/vocabulary.ts), read
 *   by the checklist's own text reader: in a card's field, a component's fields or name, or by drawing a component
 *   that states it.
 */
export type RubricCheck =
  | { rule: string }
  | { kinds: readonly string[] }
  | { concept: ConceptId };

export interface RubricPoint {
  id: string;
  step: StepId;
  /** What the interviewer listens for, as they would write it on their sheet. */
  text: string;
  /** Why it matters, shown when the point is missed. */
  why: string;
  /** Weight within its step (1 unless said). */
  points?: number;
  /** All must hold for the point to be made. */
  checks: readonly RubricCheck[];
}

export interface ProblemMeta {
  id: string;
  title: string;
  kind: ProblemKind;
  difficulty: Difficulty;
  /** One line for the bank's list. */
  summary: string;
  /** The case study whose template is the reference, when the problem is one of the book's ten. */
  caseStudy?: string;
}

export interface Problem extends ProblemMeta {
  /** The prompt, as the interviewer says it at the start. */
  prompt: string;
  questions: readonly ClarifyingQuestion[];
  rubric: readonly RubricPoint[];
  /** The hidden reference design. */
  reference: Board;
}

/** A problem as stored: the reference is either a board of its own or the case study's template (loaded apart). */
export type ProblemFile = Omit<Problem, 'reference'> & { reference: Board | { template: string } };
