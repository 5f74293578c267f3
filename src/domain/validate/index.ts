export type { Finding, Rule, RuleContext, RuleStep, Severity } from './engine';
export { buildContext } from './engine';
export { RULES, findRule } from './rules';
export { SCORING, SCORING_REASONS, stepCredit, validateBoard, type Report, type StepReport, type StepStatus } from './report';
