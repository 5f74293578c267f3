// Which kind of ML problem a board answers: the kind chosen on the ML framing card, or else inferred from what the
// cards say and which components are drawn. The checklist shows the inference, so a wrong guess is easy to correct.
import { findKind } from '../catalog';
import { parseProblemKind, problemKindLabel, type ProblemKind } from '../problem-kinds';
import type { RuleContext } from './engine';
import { labelOf } from './derived';
import { phraseTest, quoteMatching } from './reading';
import { PROBLEM_KIND_CUES } from './vocabulary';

export interface ProblemReading {
  kind: ProblemKind;
  /** True when the ML framing card says it; false when it is inferred. */
  stated: boolean;
  /** Why: "chosen on the ML framing card", "inferred from the ML category: “Pointwise learning to rank”". */
  reason: string;
  /** The node the kind was read from, if any. */
  nodeId?: string;
}

const CUE_TESTS = PROBLEM_KIND_CUES.map((cue) => ({ ...cue, test: phraseTest(cue.phrases) }));

/** The framing card's fields read for cues, in the order they say most about the problem. */
const FRAMING_FIELDS = [['mlCategory', 'the ML category'], ['mlObjective', 'the ML objective'], ['output', 'the output']] as const;

export function problemOf(ctx: RuleContext): ProblemReading {
  return ctx.memo('problem', () => {
    const stated = ctx.cardField('framing', 'problemKind');
    const kind = parseProblemKind(stated.text);
    if (kind) return { kind, stated: true, reason: 'chosen on the ML framing card', nodeId: stated.nodeId };
    for (const [key, what] of FRAMING_FIELDS) {
      const { text, nodeId } = ctx.cardField('framing', key);
      for (const cue of CUE_TESTS) {
        const quote = quoteMatching(text, cue.test);
        if (quote) return { kind: cue.kind, stated: false, reason: `inferred from ${what}: “${quote}”`, nodeId };
      }
    }
    for (const cue of CUE_TESTS) {
      for (const kindId of cue.components) {
        const node = ctx.ofKind(kindId)[0];
        if (node) {
          return {
            kind: cue.kind, stated: false, nodeId: node.id,
            reason: `inferred from the ${findKind(kindId)!.label.toLowerCase()} “${labelOf(node)}” on the board`,
          };
        }
      }
    }
    return { kind: 'other', stated: false, reason: 'nothing on the board points at a kind; choose one on the ML framing card' };
  });
}

/** "Forecasting (inferred from the ML category: “Daily demand forecasting”)". */
export function describeProblem(problem: ProblemReading): string {
  return `${problemKindLabel(problem.kind)} (${problem.reason})`;
}
