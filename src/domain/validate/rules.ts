// Every rule, once, in framework order (the probes of the cards' text after the seven steps' own rules). Adding a rule = one entry here + its two fixtures
// (tests/fixtures/validate/rule-fixtures.ts): one board it passes, one it flags.
import type { Rule } from './engine';
import { REQUIREMENTS_RULES } from './requirements';
import { FRAMING_RULES } from './framing';
import { DATA_RULES } from './data';
import { MODEL_RULES } from './model';
import { EVALUATION_RULES } from './evaluation';
import { SERVING_RULES } from './serving';
import { MONITORING_RULES } from './monitoring';
import { PROBE_RULES } from './probes';
import { PATTERN_RULES } from './patterns';
import { HYGIENE_RULES } from './hygiene';

export const RULES: readonly Rule[] = [
  ...REQUIREMENTS_RULES,
  ...FRAMING_RULES,
  ...DATA_RULES,
  ...MODEL_RULES,
  ...EVALUATION_RULES,
  ...SERVING_RULES,
  ...MONITORING_RULES,
  ...PROBE_RULES,
  ...PATTERN_RULES,
  ...HYGIENE_RULES,
];

const ruleById = new Map(RULES.map((r) => [r.id, r]));

export function findRule(id: string): Rule | undefined {
  return ruleById.get(id);
}
