export type { Finding, Rule, RuleContext, RuleStep, Severity } from './engine';
export { buildContext } from './engine';
export { RULES, findRule } from './rules';
export { SCORING, SCORING_REASONS, stepCredit, validateBoard, type Report, type StepReport, type StepStatus } from './report';
// The text reader and the problem kind, for anything that scores a design by what it states (practice rubrics).
export { readBoard, type BoardReading, type Mention } from './reading';
export { VOCABULARY, type Concept, type ConceptId } from './vocabulary';
export { problemOf, type ProblemReading } from './problem';
