// The text reader and the problem kind: the pure API a practice rubric will score with.
import { describe, expect, it } from 'vitest';
import { parseProblemKind } from '../../src/domain/problem-kinds';
import { buildContext, validateBoard } from '../../src/domain/validate';
import { problemOf } from '../../src/domain/validate/problem';
import { clauses, normalisePhrase, phraseTest, quoteMatching, readBoard } from '../../src/domain/validate/reading';
import { normaliseText } from '../../src/domain/validate/text';
import { VOCABULARY } from '../../src/domain/validate/vocabulary';
import { completeBoard } from '../fixtures/validate/complete-board';
import { assistant, assistantFineTuned, callSummaries } from '../fixtures/validate/problems';
import { sketch, withField, withFields } from '../fixtures/validate/sketch';

const states = (phrases: string[], text: string) => phraseTest(phrases)(normaliseText(text));

describe('phrases', () => {
  it('match whole words, any case and punctuation; a trailing * any word that starts so; a lone * any one word', () => {
    expect(states(['time based'], 'A Time-based split.')).toBe(true);
    expect(states(['imbalanc*'], 'classes are imbalanced')).toBe(true);
    expect(states(['rare'], 'a rarely used path')).toBe(false);
    expect(states(['within * days'], 'chargebacks arrive within 60 days')).toBe(true);
    expect(states(['map'], 'a roadmap')).toBe(false);
    expect(states([], 'anything')).toBe(false);
  });

  it('match exactly what one regular expression over the words would, on texts made of the vocabulary\'s own words', () => {
    // The reference: the regular expression the reader used before it matched on words.
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const regex = (phrases: readonly string[]) => new RegExp(`(?:^| )(?:${phrases.map((p) => normalisePhrase(p)
      .map((w) => (w === '*' ? '\\S+' : w.endsWith('*') ? `${escape(w.slice(0, -1))}\\S*` : escape(w))).join(' ')).join('|')})(?= |$)`);
    const words = [...new Set(VOCABULARY.flatMap((c) => c.phrases.flatMap(normalisePhrase)).map((w) => w.replace('*', '')))];
    let seed = 7;
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    for (let t = 0; t < 400; t++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
        const w = words[Math.floor(random() * words.length)];
        return random() < 0.2 ? `${w}ed` : random() < 0.1 ? w.slice(0, Math.max(1, w.length - 2)) : w;
      }).join(' ');
      for (const concept of VOCABULARY) expect(phraseTest(concept.phrases)(text), `${concept.id}: "${text}"`).toBe(regex(concept.phrases).test(text));
    }
  });

  it('quotes the clause that states a phrase, as written, and nothing when none does', () => {
    const text = 'One example per payment. Fraud is 0.1 %, so negatives are downsampled; split by time';
    expect(clauses(text)).toEqual(['One example per payment.', 'Fraud is 0.1 %, so negatives are downsampled', 'split by time']);
    expect(quoteMatching(text, phraseTest(['downsampl*']))).toBe('Fraud is 0.1 %, so negatives are downsampled');
    expect(quoteMatching(text, phraseTest(['random split']))).toBeUndefined();
  });
});

describe('readBoard', () => {
  it('says which concepts a board states, where and quoting what; components state concepts by being drawn', () => {
    const board = sketch([
      ['model', 'model-card', 'Model', { dataset: 'Positives are rare: we use class weights. Random 80/20 split.' }],
      ['bt', 'backtesting', 'Weekly backtest'],
      ['n', 'note', 'Think about cold start for new users'],
    ]);
    const reading = readBoard(board);
    expect(reading.first('class-imbalance')).toEqual({
      concept: 'class-imbalance', nodeId: 'model', field: 'dataset', quote: 'Positives are rare: we use class weights.',
    });
    expect(reading.first('random-split')?.quote).toBe('Random 80/20 split.');
    expect(reading.mentions.get('backtest')?.map((m) => [m.nodeId, m.field])).toEqual([['bt', 'component'], ['bt', 'label']]);
    expect(reading.first('cold-start')).toMatchObject({ nodeId: 'n', field: 'label' });
    expect(reading.states('grounding')).toBe(false);
  });

  it('reads only the concepts asked for, and nothing on an empty board', () => {
    const only = VOCABULARY.filter((c) => c.id === 'baseline');
    expect([...readBoard(completeBoard(), only).mentions.keys()]).toEqual(['baseline']);
    expect(readBoard(sketch([])).mentions.size).toBe(0);
  });

  it('has a meaning, phrases, an expected card field and kinds for every concept, each id once', () => {
    expect(new Set(VOCABULARY.map((c) => c.id)).size).toBe(VOCABULARY.length);
    for (const c of VOCABULARY) {
      expect(c.meaning.length, c.id).toBeGreaterThan(30);
      expect(c.phrases.length, c.id).toBeGreaterThan(0);
      expect(c.kinds.length, c.id).toBeGreaterThan(0);
    }
  });
});

describe('problem kind', () => {
  it('takes the kind chosen on the ML framing card, by id or label', () => {
    expect(parseProblemKind('forecasting')).toBe('forecasting');
    expect(parseProblemKind('Ranking / recommendation')).toBe('ranking');
    expect(parseProblemKind('something else')).toBeUndefined();
    const board = withField(completeBoard(), 'frame', 'problemKind', 'regression');
    expect(problemOf(buildContext(board))).toMatchObject({ kind: 'regression', stated: true, nodeId: 'frame' });
  });

  it('infers it from the framing card, quoting what it read, then from the components drawn', () => {
    expect(problemOf(buildContext(completeBoard()))).toMatchObject({
      kind: 'ranking', stated: false, reason: 'inferred from the ML category: “Pointwise learning to rank (binary classification)”',
    });
    const forecast = sketch([['f', 'framing', 'ML framing', { mlObjective: 'Forecast weekly demand per store' }]]);
    expect(problemOf(buildContext(forecast)).kind).toBe('forecasting');
    const rag = sketch([['llm', 'llm', 'Claude'], ['svc', 'prediction-service']]);
    expect(problemOf(buildContext(rag))).toMatchObject({ kind: 'generation', nodeId: 'llm' });
    expect(problemOf(buildContext(sketch([['svc', 'prediction-service']]))).kind).toBe('other');
  });

  it('tells retrieval-augmented generation from generation of its input: a retriever drawn, or retrieval named when framing', () => {
    const read = (board: ReturnType<typeof sketch>) => problemOf(buildContext(board)).generation;
    expect(read(assistant())).toMatchObject({ retrievalAugmented: true, nodeId: 'vdb', reason: 'the vector database “Article vectors” retrieves for the generator' });
    expect(read(assistantFineTuned())).toMatchObject({ retrievalAugmented: true, nodeId: 'search' });
    expect(read(callSummaries())).toMatchObject({ retrievalAugmented: false });
    const said = withField(callSummaries(), 'frame', 'mlCategory', 'Retrieval-augmented generation');
    expect(read(said)).toMatchObject({ retrievalAugmented: true, nodeId: 'frame', reason: 'the ML category says “Retrieval-augmented generation”' });
    expect(problemOf(buildContext(completeBoard())).generation).toBeUndefined();
  });
});

describe('generation, retrieval-augmented or not', () => {
  const findings = (board: ReturnType<typeof sketch>) => validateBoard(board).findings;
  const ungrounded: [string, string, string][] = [['frame', 'output', 'a summary of 3 to 5 bullet points'], ['frame', 'mlObjective', 'Summarise the call']];

  it('asks a summariser for faithfulness to its input, not for citations of retrieved sources', () => {
    const board = withFields(callSummaries(), ungrounded);
    expect(findings(board).map((f) => f.ruleId)).not.toContain('generation-grounding');
    const unmeasured = withFields(board, [['evalcard', 'offlineMetrics', 'Coverage graded by an LLM judge'], ['moncard', 'mlMetrics', 'edit rate'], ['judge', 'metrics', 'coverage']]);
    const hallucination = findings(unmeasured).find((f) => f.ruleId === 'generation-hallucination');
    expect(hallucination?.message).toMatch(/faithfulness to the input/);
  });

  it('asks a retrieval-augmented assistant for grounding and faithfulness against the retrieved sources', () => {
    const board = withFields(assistant(), [
      ['frame', 'mlObjective', 'Answer the question'], ['frame', 'output', 'an answer'], ['req', 'features', 'Chat'], ['req', 'constraints', 'Hosted LLM'],
      ['evalcard', 'offlineMetrics', 'Answer relevance graded by an LLM judge'], ['moncard', 'mlMetrics', 'thumbs-down rate'], ['judge', 'metrics', 'relevance'],
    ]);
    const ids = findings(board);
    expect(ids.map((f) => f.ruleId)).toContain('generation-grounding');
    expect(ids.find((f) => f.ruleId === 'generation-hallucination')?.message).toMatch(/against the retrieved sources/);
  });
});
