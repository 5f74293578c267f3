// The shape a case-study template is written in: the answer cards, the pipeline groups with their boxes, and
// the arrows. templates/build.ts turns each spec into a laid-out board file.
import type { EdgeKind } from '../../src/domain/board';
import type { CaseStudyId } from '../../src/domain/case-studies';
import type { KindId } from '../../src/domain/catalog';
import type { ProblemKind } from '../../src/domain/problem-kinds';

/** Every field of every answer card, all required, so a template cannot leave one empty. */
export type Cards = {
  requirements: { businessObjective: string; features: string; data: string; constraints: string; scale: string; performance: string };
  framing: { mlObjective: string; input: string; output: string; mlCategory: string; problemKind: ProblemKind };
  data: { sources: string; storage: string; labels: string };
  features: { features: string; engineering: string };
  model: { model: string; baseline: string; dataset: string; loss: string; training: string };
  evaluation: { offlineMetrics: string; onlineMetrics: string };
  serving: { predictionMode: string; deployment: string; compression: string; testing: string };
  monitoring: { operationalMetrics: string; mlMetrics: string; retraining: string };
};

export type BoxSpec = { key: string; kind: KindId; label: string; fields: Record<string, string>; notes: string };

export type GroupSpec = { key: string; label: string; parent?: string; boxes: BoxSpec[] };

export type ArrowSpec = { from: string; to: string; kind: EdgeKind; label: string; bidirectional: boolean };

export type TemplateSpec = {
  id: CaseStudyId;
  cards: Cards;
  /** A card's label when its kind's label would repeat a box's label. */
  cardLabels?: Partial<Record<keyof Cards, string>>;
  groups: GroupSpec[];
  arrows: ArrowSpec[];
};

export const box = (key: string, kind: KindId, label: string, fields: Record<string, string> = {}, notes = ''): BoxSpec => ({
  key, kind, label, fields, notes,
});

export const group = (key: string, label: string, boxes: BoxSpec[], parent?: string): GroupSpec => ({ key, label, boxes, parent });

const arrow = (kind: EdgeKind) => (from: string, to: string, label = ''): ArrowSpec => ({ from, to, kind, label, bidirectional: false });

/** A synchronous call. */
export const request = arrow('request');
/** A batch data flow. */
export const batch = arrow('batch');
/** A stream of events. */
export const stream = arrow('stream');
/** The book's two-headed arrow (A ↔ B). */
export const both = (from: string, to: string, label = '', kind: EdgeKind = 'request'): ArrowSpec => ({
  from, to, kind, label, bidirectional: true,
});
