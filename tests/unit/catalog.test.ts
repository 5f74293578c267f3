import { describe, expect, it } from 'vitest';
import { CATALOG, findKind } from '../../src/domain/catalog';
import { searchCatalog } from '../../src/domain/catalog-search';
import { STEPS, STEP_IDS } from '../../src/domain/framework';

describe('catalog', () => {
  it('defines each kind once, with a label, icon, description and known step', () => {
    const ids = CATALOG.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const kind of CATALOG) {
      expect(kind.label.trim(), kind.id).not.toBe('');
      expect(kind.description.trim(), kind.id).not.toBe('');
      expect(kind.icon, kind.id).toBeTruthy();
      if (kind.step !== null) expect(STEP_IDS).toContain(kind.step);
      const keys = kind.fields.map((f) => f.key);
      expect(new Set(keys).size, `${kind.id} field keys`).toBe(keys.length);
    }
  });

  it('has at least 40 pipeline component kinds', () => {
    expect(CATALOG.filter((k) => k.family === 'component').length).toBeGreaterThanOrEqual(40);
  });

  it('covers every framework step, with an answer card for each', () => {
    for (const step of STEPS) {
      expect(CATALOG.some((k) => k.step === step.id && k.family === 'card'), step.id).toBe(true);
    }
    for (const step of ['data', 'model', 'evaluation', 'serving', 'monitoring'] as const) {
      expect(CATALOG.some((k) => k.step === step && k.family === 'component'), step).toBe(true);
    }
  });

  it('has the boxes the issue names', () => {
    const required = [
      'data-source', 'object-storage', 'data-lake', 'database', 'event-stream', 'batch-feature-computation',
      'online-feature-computation', 'feature-store', 'labeling', 'dataset-construction', 'preprocessing',
      'augmentation', 'hard-negative-mining', 'training', 'hyperparameter-tuning', 'trained-model', 'model-registry',
      'offline-evaluation', 'online-experiment', 'shadow-deployment', 'deploy', 'client', 'prediction-service',
      'embedding-service', 'indexing-service', 'vector-index', 'ann-service', 'candidate-generation', 'ranking',
      'reranking', 'fusion-layer', 'search-engine', 'batch-prediction', 'precomputed-store', 'cache',
      'model-compression', 'on-device-model', 'logging', 'monitoring-dashboard', 'drift-detection', 'alerting',
      'human-review', 'enforcement', 'requirements', 'framing', 'note', 'group',
    ];
    for (const id of required) expect(findKind(id), id).toBeDefined();
  });

  it('finds kinds by the book\'s names', () => {
    expect(searchCatalog('kafka').map((k) => k.id)).toContain('event-stream');
    expect(searchCatalog('nearest').map((k) => k.id)).toContain('ann-service');
    expect(searchCatalog('ELASTICSEARCH').map((k) => k.id)).toEqual(['search-engine']);
    expect(searchCatalog('no such thing')).toEqual([]);
  });
});
