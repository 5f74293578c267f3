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
  /** For generation only: whether outputs are built from retrieved documents (RAG) or from the input alone
   *  (captioning, summarising, translating), and why the checklist reads it so. */
  generation?: GenerationReading;
}

export interface GenerationReading {
  retrievalAugmented: boolean;
  /** "a vector database “Article vectors” is drawn", "nothing retrieves documents for the generator". */
  reason: string;
  nodeId?: string;
}

/** Retrieval-augmented in words, on the framing card: a design can say RAG before it draws the retriever. */
const RAG_TEST = phraseTest(['rag', 'retrieval augmented', 'retriev*', 'knowledge base', 'search results']);

const CUE_TESTS = PROBLEM_KIND_CUES.map((cue) => ({ ...cue, test: phraseTest(cue.phrases) }));

/** The framing card's fields read for cues, in the order they say most about the problem. */
const FRAMING_FIELDS = [['mlCategory', 'the ML category'], ['mlObjective', 'the ML objective'], ['output', 'the output']] as const;

export function problemOf(ctx: RuleContext): ProblemReading {
  return ctx.memo('problem', () => {
    const reading = kindOf(ctx);
    return reading.kind === 'generation' ? { ...reading, generation: generationOf(ctx) } : reading;
  });
}

/**
 * Generation is one problem kind (the framing card's list names it "generation / retrieval-augmented generation")
 * with two readings an interviewer tells apart: answers built from retrieved documents are asked for grounding and
 * citations; a caption, a summary or a translation of a given input is asked for faithfulness to that input. The
 * board says which: a retriever drawn (a component that retrieves or holds an index), or retrieval named on the
 * framing card.
 */
function generationOf(ctx: RuleContext): GenerationReading {
  const retriever = ctx.withRole('retrieval')[0] ?? ctx.withRole('index')[0];
  if (retriever) {
    const kind = findKind(retriever.type)!.label.toLowerCase();
    return { retrievalAugmented: true, reason: `the ${kind} “${labelOf(retriever)}” retrieves for the generator`, nodeId: retriever.id };
  }
  for (const [key, what] of FRAMING_FIELDS) {
    const { text, nodeId } = ctx.cardField('framing', key);
    const quote = quoteMatching(text, RAG_TEST);
    if (quote) return { retrievalAugmented: true, reason: `${what} says “${quote}”`, nodeId };
  }
  return { retrievalAugmented: false, reason: 'nothing retrieves documents for the generator: it works from its input' };
}

function kindOf(ctx: RuleContext): ProblemReading {
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
}

/** "retrieval-augmented (the vector database “Article vectors” retrieves for the generator)". */
export function describeGeneration(generation: GenerationReading): string {
  return `${generation.retrievalAugmented ? 'retrieval-augmented' : 'generation from the input'} (${generation.reason})`;
}

/** "Forecasting (inferred from the ML category: “Daily demand forecasting”)". */
export function describeProblem(problem: ProblemReading): string {
  const variant = problem.generation ? `; ${describeGeneration(problem.generation)}` : '';
  return `${problemKindLabel(problem.kind)} (${problem.reason})${variant}`;
}
