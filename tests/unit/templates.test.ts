// The ten case-study templates: valid board files, laid out cleanly, with every answer card filled and every box
// and arrow of the chapter's design figure. The figure tables below are written from the domain document
// (/work/shared/domain/ml-system-design.md, section 3), not generated from the templates.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boardToJson, parseBoardText, type Board, type BoardNode } from '../../src/domain/board';
import { BoardSchema } from '../../src/domain/board/schema';
import { CASE_STUDIES, CASE_STUDY_IDS } from '../../src/domain/case-studies';
import { CATALOG, findKind, hasRole } from '../../src/domain/catalog';
import { nodeSize } from '../../src/domain/geometry';
import { GROUP_HEADER } from '../../src/domain/spacing';
import { buildTemplate } from '../../templates/src/build-template';
import { TEMPLATE_SPECS } from '../../templates/src/index';
import { absolutePosition, childrenOutsideGroups, overlappingSiblings } from './layout-checks';

const dir = new URL('../../templates/', import.meta.url);
const readTemplate = (id: string) => readFileSync(new URL(`${id}.json`, dir), 'utf8');

function load(id: string): Board {
  const result = parseBoardText(readTemplate(id));
  if (!result.ok) throw new Error(`${id}: ${result.error.message}`);
  return result.board;
}

/** [kind, label, group label]: a box of the figure and the pipeline group the book draws it in. */
type Box = [kind: string, label: string, group: string];
/** "A → B", "A ↔ B", optionally " : edge label". */
type Arrow = string;
type Figure = { boxes: Box[]; arrows: Arrow[]; nested?: [group: string, parent: string][] };

const FIGURES: Record<string, Figure> = {
  // Figure 2.19 "Prediction and indexing pipeline".
  'visual-search': {
    boxes: [
      ['data-source', 'Stream of new images', 'Indexing pipeline'],
      ['object-storage', 'Object storage', 'Indexing pipeline'],
      ['indexing-service', 'Indexing service', 'Indexing pipeline'],
      ['vector-index', 'Index table', 'Indexing pipeline'],
      ['client', 'Query image', 'Prediction pipeline'],
      ['embedding-service', 'Embedding generation service', 'Prediction pipeline'],
      ['preprocessing', 'Preprocess', 'Prediction pipeline'],
      ['encoder', 'Trained ML model', 'Prediction pipeline'],
      ['ann-service', 'Nearest neighbor service', 'Prediction pipeline'],
      ['reranking', 'Re-ranking service', 'Prediction pipeline'],
      ['results', 'Similar images', 'Prediction pipeline'],
    ],
    arrows: [
      'Stream of new images → Object storage',
      'Object storage → Indexing service',
      'Indexing service → Index table',
      'Indexing service ↔ Embedding generation service',
      'Query image → Embedding generation service',
      'Embedding generation service ↔ Preprocess',
      'Embedding generation service ↔ Trained ML model',
      'Embedding generation service → Nearest neighbor service : image embedding',
      'Index table → Nearest neighbor service',
      'Nearest neighbor service → Re-ranking service',
      'Re-ranking service → Similar images',
    ],
  },
  // Figure 3.12. The figure has two "Preprocessing" boxes and two "User" boxes; the template names them apart.
  'street-view-blurring': {
    boxes: [
      ['data-source', 'Street view data sourcing team', 'Batch prediction pipeline'],
      ['object-storage', 'Raw Street View Images', 'Batch prediction pipeline'],
      ['preprocessing', 'Preprocessing (images)', 'Batch prediction pipeline'],
      ['batch-prediction', 'Blurring service', 'Batch prediction pipeline'],
      ['postprocessing', 'NMS', 'Batch prediction pipeline'],
      ['precomputed-store', 'Blurred Street View Images', 'Batch prediction pipeline'],
      ['client', 'User', 'Serving'],
      ['prediction-service', 'Fetching Service', 'Serving'],
      ['client', 'User (report)', 'Data pipeline'],
      ['event-stream', 'Kafka', 'Data pipeline'],
      ['hard-negative-mining', 'Hard negative mining', 'Data pipeline'],
      ['dataset', 'Hard dataset', 'Data pipeline'],
      ['dataset', 'Original dataset', 'Data pipeline'],
      ['preprocessing', 'Preprocessing (dataset)', 'Data pipeline'],
      ['augmentation', 'Augmentation', 'Data pipeline'],
      ['dataset', 'Preprocessed dataset', 'Data pipeline'],
      ['training', 'Model training', 'Data pipeline'],
      ['trained-model', 'ML model', 'Data pipeline'],
    ],
    arrows: [
      'Street view data sourcing team → Raw Street View Images',
      'Raw Street View Images → Preprocessing (images)',
      'Preprocessing (images) → Blurring service',
      'Blurring service ↔ NMS',
      'ML model → Blurring service',
      'Blurring service → Blurred Street View Images',
      'User → Fetching Service : fetch(lat, long)',
      'Fetching Service → Blurred Street View Images',
      'User (report) → Kafka : user_report(image)',
      'Kafka → Hard negative mining',
      'Hard negative mining → Hard dataset',
      'Hard dataset → Preprocessing (dataset)',
      'Original dataset → Preprocessing (dataset)',
      'Preprocessing (dataset) → Augmentation',
      'Augmentation → Preprocessed dataset',
      'Preprocessed dataset → Model training',
      'Model training → ML model',
    ],
  },
  // Figure 4.19. "Video index table" appears in both indexing pipelines; the text one is named apart. The two
  // indexing pipelines share the "New videos → Videos" boxes.
  'youtube-video-search': {
    boxes: [
      ['data-source', 'New videos', 'Video indexing pipeline'],
      ['object-storage', 'Videos', 'Video indexing pipeline'],
      ['indexing-service', 'Video indexer', 'Video indexing pipeline'],
      ['preprocessing', 'Preprocess', 'Video indexing pipeline'],
      ['encoder', 'Video encoder', 'Video indexing pipeline'],
      ['vector-index', 'Video index table', 'Video indexing pipeline'],
      ['client', 'Input text query', 'Prediction pipeline'],
      ['embedding-service', 'Text embedding computation', 'Visual search'],
      ['preprocessing', 'Text preprocess', 'Visual search'],
      ['encoder', 'Text encoder', 'Visual search'],
      ['ann-service', 'Nearest neighbor service', 'Visual search'],
      ['search-engine', 'Elasticsearch', 'Text search'],
      ['fusion-layer', 'Fusing layer', 'Prediction pipeline'],
      ['reranking', 'Re-ranking service', 'Prediction pipeline'],
      ['results', 'Search results', 'Prediction pipeline'],
      ['data-source', 'Manual tags', 'Text indexing pipeline'],
      ['trained-model', 'Auto-tagger', 'Text indexing pipeline'],
      ['database', 'Auto-generated tags', 'Text indexing pipeline'],
      ['data-source', 'Titles', 'Text indexing pipeline'],
      ['indexing-service', 'Text indexer', 'Text indexing pipeline'],
      ['vector-index', 'Video index table (text)', 'Text indexing pipeline'],
    ],
    nested: [['Visual search', 'Prediction pipeline'], ['Text search', 'Prediction pipeline']],
    arrows: [
      'New videos → Videos',
      'Videos → Video indexer',
      'Video indexer ↔ Preprocess',
      'Video indexer ↔ Video encoder',
      'Video indexer → Video index table',
      'Video index table → Nearest neighbor service',
      'Input text query → Text embedding computation',
      'Text embedding computation ↔ Text preprocess',
      'Text embedding computation ↔ Text encoder',
      'Text embedding computation → Nearest neighbor service',
      'Nearest neighbor service → Fusing layer : hundreds of videos',
      'Input text query → Elasticsearch',
      'Elasticsearch → Fusing layer : hundreds of videos',
      'Fusing layer → Re-ranking service : tens of videos',
      'Re-ranking service → Search results',
      'Videos → Manual tags',
      'Videos → Auto-tagger',
      'Auto-tagger → Auto-generated tags',
      'Videos → Titles',
      'Manual tags → Text indexer',
      'Auto-generated tags → Text indexer',
      'Titles → Text indexer',
      'Text indexer → Video index table (text)',
      'Video index table (text) → Elasticsearch',
    ],
  },
  // The chapter's ML system design figure, which names no pipeline group: the template calls it the prediction pipeline.
  'harmful-content-detection': {
    boxes: [
      ['client', 'User', 'Prediction pipeline'],
      ['client', 'Application', 'Prediction pipeline'],
      ['prediction-service', 'Harmful content detection service', 'Prediction pipeline'],
      ['online-feature-computation', 'Feature preparation', 'Prediction pipeline'],
      ['trained-model', 'Trained ML model', 'Prediction pipeline'],
      ['enforcement', 'Violation enforcement service', 'Prediction pipeline'],
      ['enforcement', 'Demoting service', 'Prediction pipeline'],
      ['human-review', 'Posts that need manual review', 'Prediction pipeline'],
    ],
    arrows: [
      'User → Application : upload_post(post_info) / comment(post_id, text)',
      'Application → Harmful content detection service',
      'Harmful content detection service ↔ Feature preparation',
      'Harmful content detection service ↔ Trained ML model',
      'Harmful content detection service → Violation enforcement service : harm detected with high confidence',
      'Harmful content detection service → Demoting service : harm detected with low confidence',
      'Demoting service → Posts that need manual review',
    ],
  },
  // Figure 6.23, with the ANN service and index of Figure 6.24 and the scoring model of Figure 6.26.
  'video-recommendation': {
    boxes: [
      ['client', 'Query user', 'Prediction pipeline'],
      ['online-feature-computation', 'Feature preparation', 'Prediction pipeline'],
      ['features', 'User features', 'Prediction pipeline'],
      ['database', 'Video corpus', 'Prediction pipeline'],
      ['candidate-generation', 'Candidate generation', 'Prediction pipeline'],
      ['ranking', 'Scoring', 'Prediction pipeline'],
      ['feature-store', 'Video feature store', 'Prediction pipeline'],
      ['reranking', 'Re-ranking', 'Prediction pipeline'],
      ['results', 'Top k videos', 'Prediction pipeline'],
      ['encoder', 'User encoder', 'Prediction pipeline'],
      ['ann-service', 'Approximate nearest neighbor service', 'Prediction pipeline'],
      ['trained-model', 'Two-tower neural network model', 'Prediction pipeline'],
      ['vector-index', 'Indexed video embeddings', 'Indexing pipeline'],
    ],
    arrows: [
      'Query user → Feature preparation',
      'Feature preparation → User features',
      'Video corpus → Candidate generation : billions of videos',
      'Candidate generation ↔ User features',
      'Candidate generation → Scoring : Thousands',
      'Scoring ↔ User features',
      'Scoring ↔ Video feature store',
      'Scoring → Re-ranking : Hundreds',
      'Re-ranking → Top k videos : Dozens',
      'Candidate generation ↔ User encoder',
      'Candidate generation ↔ Approximate nearest neighbor service',
      'Indexed video embeddings → Approximate nearest neighbor service',
      'Scoring ↔ Two-tower neural network model',
    ],
  },
  // Figure 7.20. Its two "Trained ML model" boxes are named apart.
  'event-recommendation': {
    boxes: [
      ['data-source', 'Data source', 'Online learning pipeline'],
      ['dataset-construction', 'Dataset construction', 'Online learning pipeline'],
      ['dataset', 'Training dataset', 'Online learning pipeline'],
      ['training', 'Learner', 'Online learning pipeline'],
      ['trained-model', 'Trained ML model', 'Online learning pipeline'],
      ['model-registry', 'Model repository', 'Online learning pipeline'],
      ['offline-evaluation', 'Evaluator', 'Online learning pipeline'],
      ['deploy', 'Deploy', 'Online learning pipeline'],
      ['client', 'Query user', 'Prediction pipeline'],
      ['candidate-generation', 'Event filtering', 'Prediction pipeline'],
      ['database', 'Events data', 'Prediction pipeline'],
      ['ranking', 'Ranking service', 'Prediction pipeline'],
      ['trained-model', 'Trained ML model (deployed)', 'Prediction pipeline'],
      ['online-feature-computation', 'Feature computation', 'Prediction pipeline'],
      ['feature-store', 'Feature store', 'Prediction pipeline'],
      ['data-source', 'Raw data', 'Prediction pipeline'],
      ['results', 'Top k events', 'Prediction pipeline'],
    ],
    arrows: [
      'Data source → Dataset construction',
      'Dataset construction → Training dataset',
      'Training dataset → Learner',
      'Learner → Trained ML model',
      'Trained ML model → Model repository',
      'Trained ML model → Evaluator',
      'Evaluator → Deploy',
      'Deploy → Trained ML model (deployed)',
      'Query user → Event filtering',
      'Events data → Event filtering',
      'Event filtering → Ranking service : candidate events',
      'Ranking service ↔ Trained ML model (deployed)',
      'Ranking service ↔ Feature computation',
      'Feature store → Feature computation : static features',
      'Raw data → Feature computation : dynamic features',
      'Ranking service → Top k events',
    ],
  },
  // Figure 8.18.
  'ad-click-prediction': {
    boxes: [
      ['event-stream', 'Stream of new data and interactions', 'Data preparation pipeline'],
      ['data-source', 'New data', 'Data preparation pipeline'],
      ['data-lake', 'Data lake', 'Data preparation pipeline'],
      ['batch-feature-computation', 'Batch feature computation', 'Data preparation pipeline'],
      ['online-feature-computation', 'Online feature computation', 'Data preparation pipeline'],
      ['feature-store', 'Feature store', 'Data preparation pipeline'],
      ['dataset-construction', 'Dataset generation', 'Data preparation pipeline'],
      ['dataset', 'Training dataset', 'Data preparation pipeline'],
      ['training', 'Model training', 'Continual learning pipeline'],
      ['deploy', 'Model validation and deployment', 'Continual learning pipeline'],
      ['model-registry', 'Model registry', 'Continual learning pipeline'],
      ['client', 'User', 'Prediction pipeline'],
      ['candidate-generation', 'Candidate generation service', 'Prediction pipeline'],
      ['database', 'Pool of Ads', 'Prediction pipeline'],
      ['ranking', 'Ranking service', 'Prediction pipeline'],
      ['trained-model', 'ML model', 'Prediction pipeline'],
      ['reranking', 'Re-ranking service', 'Prediction pipeline'],
      ['results', 'Ranked ads', 'Prediction pipeline'],
    ],
    arrows: [
      'Stream of new data and interactions → New data',
      'New data → Batch feature computation',
      'Data lake → Batch feature computation',
      'Batch feature computation → Feature store',
      'New data → Online feature computation',
      'Data lake → Online feature computation',
      'Feature store → Dataset generation',
      'Online feature computation → Dataset generation',
      'Dataset generation → Training dataset',
      'Training dataset → Model training',
      'Model training → Model validation and deployment',
      'Model validation and deployment → Model registry',
      'Model validation and deployment → ML model',
      'User → Candidate generation service',
      'Pool of Ads → Candidate generation service',
      'Candidate generation service → Ranking service',
      'ML model → Ranking service',
      'Feature store → Ranking service',
      'Online feature computation → Ranking service',
      'Ranking service → Re-ranking service',
      'Re-ranking service → Ranked ads',
    ],
  },
  // Figure 9.11.
  'similar-listings': {
    boxes: [
      ['data-source', 'New listings', 'Training pipeline'],
      ['training', 'Model fine-tuning', 'Training pipeline'],
      ['trained-model', 'Trained model', 'Training pipeline'],
      ['database', 'Listings', 'Indexing pipeline'],
      ['indexing-service', 'Indexer', 'Indexing pipeline'],
      ['vector-index', 'Index table', 'Indexing pipeline'],
      ['client', 'Currently-viewing listing', 'Prediction pipeline'],
      ['embedding-service', 'Embedding fetcher service', 'Prediction pipeline'],
      ['ann-service', 'Nearest neighbor service', 'Prediction pipeline'],
      ['reranking', 'Re-ranking service', 'Prediction pipeline'],
      ['results', 'Recommended similar listings', 'Prediction pipeline'],
    ],
    arrows: [
      'New listings → Model fine-tuning',
      'Model fine-tuning → Trained model',
      'Trained model ↔ Indexer',
      'Listings → Indexer',
      'Indexer → Index table',
      'Currently-viewing listing → Embedding fetcher service',
      'Listings → Embedding fetcher service',
      'Index table → Embedding fetcher service',
      'Embedding fetcher service → Nearest neighbor service : listing embedding',
      'Index table → Nearest neighbor service',
      'Nearest neighbor service → Re-ranking service',
      'Re-ranking service → Recommended similar listings',
    ],
  },
  // Figure 10.14 (the same diagram as Figure 1.23).
  'personalized-news-feed': {
    boxes: [
      ['client', 'User', 'Prediction pipeline'],
      ['candidate-generation', 'Retrieval service', 'Prediction pipeline'],
      ['ranking', 'Ranking service', 'Prediction pipeline'],
      ['trained-model', 'ML model', 'Prediction pipeline'],
      ['reranking', 'Re-ranking service', 'Prediction pipeline'],
      ['results', 'Personalized feed for the user', 'Prediction pipeline'],
      ['event-stream', 'Stream of new data and interactions', 'Data preparation pipeline'],
      ['database', 'Data store', 'Data preparation pipeline'],
      ['online-feature-computation', 'Online feature computation', 'Data preparation pipeline'],
      ['batch-feature-computation', 'Batch feature computation', 'Data preparation pipeline'],
      ['feature-store', 'Feature store', 'Data preparation pipeline'],
    ],
    arrows: [
      'User → Retrieval service',
      'Retrieval service → Ranking service',
      'Ranking service ↔ ML model',
      'Ranking service → Re-ranking service',
      'Re-ranking service → Personalized feed for the user',
      'Stream of new data and interactions → Data store',
      'Data store → Online feature computation',
      'Online feature computation → Ranking service',
      'Data store → Batch feature computation',
      'Batch feature computation → Feature store',
      'Feature store → Ranking service',
    ],
  },
  // Figure 11.19. The dashed one-time request points at the whole generation pipeline, as in the book.
  'people-you-may-know': {
    boxes: [
      ['client', 'User', 'Prediction pipeline'],
      ['prediction-service', 'PYMK service', 'Prediction pipeline'],
      ['precomputed-store', 'Pre-computed PYMK', 'Prediction pipeline'],
      ['data-lake', 'Data lake', 'PYMK generation pipeline'],
      ['batch-feature-computation', 'Feature computation', 'PYMK generation pipeline'],
      ['batch-prediction', 'Scoring service', 'PYMK generation pipeline'],
      ['trained-model', 'GNN Model', 'PYMK generation pipeline'],
      ['candidate-generation', 'FoF Service', 'PYMK generation pipeline'],
    ],
    arrows: [
      'User ↔ PYMK service',
      'Pre-computed PYMK → PYMK service',
      'PYMK service → PYMK generation pipeline : one-time request',
      'Data lake → Feature computation',
      'Feature computation → Scoring service',
      'Scoring service ↔ GNN Model',
      'FoF Service → Scoring service',
      'Scoring service → Pre-computed PYMK',
    ],
  },
};

const key = (label: string) => label.trim().toLowerCase();

function parseArrow(text: Arrow) {
  const [ends, label = ''] = text.split(' : ');
  const twoWay = ends.includes(' ↔ ');
  const [from, to] = ends.split(twoWay ? ' ↔ ' : ' → ');
  return { from, to, twoWay, label };
}

const CARD_KINDS = CATALOG.filter((k) => k.family === 'card').map((k) => k.id);

describe('case studies', () => {
  it('lists the ten chapters 2-11 with the book titles, each with a template file', () => {
    expect(CASE_STUDIES.map((c) => c.id)).toEqual([...CASE_STUDY_IDS]);
    expect(CASE_STUDIES.map((c) => c.chapter)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(CASE_STUDIES.find((c) => c.id === 'ad-click-prediction')?.title).toBe('Ad Click Prediction on Social Platforms');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files).toEqual([...CASE_STUDY_IDS].sort());
    for (const c of CASE_STUDIES) {
      expect(c.title && c.company && c.problem && c.mlCategory).toBeTruthy();
    }
  });

  it('has a figure table for every case study', () => {
    expect(Object.keys(FIGURES).sort()).toEqual([...CASE_STUDY_IDS].sort());
  });
});

describe.each(CASE_STUDIES.map((c) => [c.id, c] as const))('template %s', (id, study) => {
  const board = load(id);
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const labelled = (label: string): BoardNode | undefined => board.nodes.find((n) => key(n.data.label) === key(label));

  it('parses with no repairs and passes the board schema', () => {
    const result = parseBoardText(readTemplate(id));
    expect(result.ok && result.repairs).toEqual([]);
    expect(BoardSchema.safeParse(board).success).toBe(true);
    expect(board).toMatchObject({ format: 'mlsd-board', version: 2, caseStudy: id, name: study.title });
  });

  it('is what templates/build.ts generates from its spec (run it after editing a spec)', () => {
    const spec = TEMPLATE_SPECS.find((s) => s.id === id)!;
    expect(boardToJson(buildTemplate(spec)) + '\n').toBe(readTemplate(id));
  });

  it('has every arrow end and every group parent', () => {
    const raw = JSON.parse(readTemplate(id)) as Board;
    const ids = new Set(raw.nodes.map((n) => n.id));
    for (const e of raw.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    for (const n of raw.nodes) if (n.parentId) expect(byId.get(n.parentId)?.type).toBe('group');
  });

  it('has all the answer cards, every field filled', () => {
    for (const kind of CARD_KINDS) {
      const cards = board.nodes.filter((n) => n.type === kind);
      expect(cards, kind).toHaveLength(1);
      const fields = findKind(kind)!.fields;
      for (const f of fields) expect(cards[0].data.fields[f.key]?.trim(), `${kind}.${f.key}`).toBeTruthy();
    }
    const framing = board.nodes.find((n) => n.type === 'framing')!.data.fields;
    const requirements = board.nodes.find((n) => n.type === 'requirements')!.data.fields;
    expect(key(framing.mlObjective)).not.toBe(key(requirements.businessObjective));
    expect(board.nodes.find((n) => n.type === 'serving-card')!.data.fields.predictionMode).toMatch(/^(online|batch)\b/);
  });

  it('names every node, and no two alike', () => {
    const labels = board.nodes.map((n) => key(n.data.label));
    expect(labels.filter((l) => !l)).toEqual([]);
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
  });

  it("has every box of the book's figure, of the right kind, in the book's pipeline group", () => {
    const figure = FIGURES[id];
    for (const [kind, label, groupLabel] of figure.boxes) {
      const node = labelled(label);
      expect(node, label).toBeDefined();
      expect(node!.type, label).toBe(kind);
      const group = node!.parentId ? byId.get(node!.parentId) : undefined;
      expect(group && key(group.data.label), label).toBe(key(groupLabel));
    }
    for (const [groupLabel, parentLabel] of figure.nested ?? []) {
      const group = labelled(groupLabel)!;
      expect(group.type).toBe('group');
      expect(key(byId.get(group.parentId!)!.data.label)).toBe(key(parentLabel));
    }
  });

  it("has every arrow of the book's figure, with the book's label and two-way arrows marked", () => {
    for (const text of FIGURES[id].arrows) {
      const arrow = parseArrow(text);
      const from = labelled(arrow.from);
      const to = labelled(arrow.to);
      expect(from && to, text).toBeTruthy();
      const edge = board.edges.find((e) =>
        (e.source === from!.id && e.target === to!.id) || (arrow.twoWay && e.source === to!.id && e.target === from!.id));
      expect(edge, text).toBeDefined();
      if (arrow.twoWay) expect(edge!.data.bidirectional, text).toBe(true);
      else expect(edge!.data.bidirectional ?? false, text).toBe(false);
      if (arrow.label) expect(key(edge!.data.label), text).toBe(key(arrow.label));
    }
  });

  it('closes the loop: logs fed by serving lead back to data or training, and serving is monitored', () => {
    const into = (id: string) => board.edges.filter((e) => e.target === id).map((e) => byId.get(e.source)!);
    const outOf = (id: string) => board.edges.filter((e) => e.source === id).map((e) => byId.get(e.target)!);
    const logs = board.nodes.filter((n) => n.type === 'logging');
    expect(logs.length).toBeGreaterThan(0);
    const servingSide = (n: BoardNode) => findKind(n.type)?.step === 'serving';
    const dataSide = (n: BoardNode) => ['data', 'model'].includes(findKind(n.type)?.step ?? '');
    const reachesData = (start: string) => {
      const seen = new Set([start]);
      for (const queue = [start]; queue.length; ) {
        for (const next of outOf(queue.pop()!)) {
          if (dataSide(next)) return true;
          if (!seen.has(next.id)) queue.push((seen.add(next.id), next.id));
        }
      }
      return false;
    };
    expect(logs.some((l) => into(l.id).some(servingSide) && reachesData(l.id))).toBe(true);
    const monitors = board.nodes.filter((n) => n.type === 'monitoring-dashboard' || n.type === 'drift-detection');
    expect(monitors.some((m) => into(m.id).some((n) => hasRole(n.type, 'prediction')))).toBe(true);
  });

  it('delivers the trained model through a registry or a deploy step', () => {
    const models = new Set(board.nodes.filter((n) => hasRole(n.type, 'model')).map((n) => n.id));
    const delivered = board.edges.some((e) =>
      models.has(e.target) && ['model-registry', 'deploy'].includes(byId.get(e.source)!.type));
    expect(delivered).toBe(true);
  });

  it('is laid out without overlaps, every child inside its group below the title', () => {
    expect(overlappingSiblings(board)).toEqual([]);
    expect(childrenOutsideGroups(board, GROUP_HEADER)).toEqual([]);
  });

  it('draws the flow inside each pipeline left to right (a wrapped flow continues on a lower row)', () => {
    const backwards: string[] = [];
    for (const e of board.edges) {
      const s = byId.get(e.source)!;
      const t = byId.get(e.target)!;
      if (e.data.bidirectional || s.parentId === undefined || s.parentId !== t.parentId) continue;
      const forward = s.position.x + nodeSize(s).width <= t.position.x;
      const nextRow = t.position.y >= s.position.y + nodeSize(s).height;
      if (!forward && !nextRow) backwards.push(`${s.data.label} → ${t.data.label}`);
    }
    expect(backwards).toEqual([]);
  });

  it('fits a 1440x900 laptop screen at a readable zoom', () => {
    let right = 0;
    let bottom = 0;
    for (const n of board.nodes) {
      const p = absolutePosition(board, n);
      right = Math.max(right, p.x + nodeSize(n).width);
      bottom = Math.max(bottom, p.y + nodeSize(n).height);
    }
    expect(Math.min(1440 / right, 860 / bottom)).toBeGreaterThanOrEqual(0.5);
  });
});
