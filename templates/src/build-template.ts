// Turns a template spec into a laid-out board, checking every kind, field and arrow end on the way.
import { getKind } from '../../src/domain/catalog';
import { BOARD_FORMAT, BOARD_VERSION, type Board, type BoardEdge, type BoardNode } from '../../src/domain/board';
import { findCaseStudy } from '../../src/domain/case-studies';
import { layoutBoard } from '../../src/domain/layout';
import type { Cards, TemplateSpec } from './spec';

const CARD_KINDS: Record<keyof Cards, string> = {
  requirements: 'requirements',
  framing: 'framing',
  data: 'data-card',
  features: 'features-card',
  model: 'model-card',
  evaluation: 'evaluation-card',
  serving: 'serving-card',
  monitoring: 'monitoring-card',
};

function makeNode(id: string, kindId: string, label: string, given: Record<string, string>, notes = ''): BoardNode {
  const kind = getKind(kindId);
  const known = new Set(kind.fields.map((f) => f.key));
  for (const key of Object.keys(given)) {
    if (!known.has(key)) throw new Error(`${id}: kind "${kindId}" has no field "${key}"`);
  }
  const fields: Record<string, string> = {};
  for (const f of kind.fields) fields[f.key] = given[f.key] ?? '';
  return { id, type: kind.id, position: { x: 0, y: 0 }, data: { label, notes, fields } };
}

export function buildTemplate(spec: TemplateSpec): Board {
  const study = findCaseStudy(spec.id);
  if (!study) throw new Error(`Unknown case study ${spec.id}`);
  return buildSpecBoard(spec, { id: `template-${spec.id}`, name: study.title, caseStudy: spec.id });
}

/** A board from a spec, for a case study or for another design (a practice problem's reference). */
export function buildSpecBoard(spec: Omit<TemplateSpec, 'id'> & { id: string }, meta: { id: string; name: string; caseStudy?: string }): Board {
  const nodes: BoardNode[] = [];
  for (const [key, kind] of Object.entries(CARD_KINDS)) {
    const label = spec.cardLabels?.[key as keyof Cards] ?? getKind(kind).label;
    nodes.push(makeNode(`card-${kind}`, kind, label, spec.cards[key as keyof Cards]));
  }
  for (const g of spec.groups) {
    const groupNode = makeNode(g.key, 'group', g.label, {});
    if (g.parent) groupNode.parentId = g.parent;
    nodes.push(groupNode);
    for (const b of g.boxes) nodes.push({ ...makeNode(b.key, b.kind, b.label, b.fields, b.notes), parentId: g.key });
  }
  const ids = new Set<string>();
  const labels = new Set<string>();
  for (const n of nodes) {
    if (ids.has(n.id)) throw new Error(`${spec.id}: duplicate key ${n.id}`);
    const label = n.data.label.trim().toLowerCase();
    if (labels.has(label)) throw new Error(`${spec.id}: duplicate label "${n.data.label}"`);
    ids.add(n.id);
    labels.add(label);
  }
  const edges: BoardEdge[] = spec.arrows.map((a, i) => {
    for (const end of [a.from, a.to]) if (!ids.has(end)) throw new Error(`${spec.id}: arrow to unknown box "${end}"`);
    const edge: BoardEdge = { id: `e${i + 1}`, source: a.from, target: a.to, type: a.kind, data: { label: a.label } };
    if (a.bidirectional) edge.data.bidirectional = true;
    return edge;
  });
  const board: Board = { format: BOARD_FORMAT, version: BOARD_VERSION, ...meta, nodes, edges };
  // The shipped boards were reviewed laid out with even gaps between ranks; auto-layout in the app sizes them.
  return layoutBoard(board, { direction: 'LR', evenGaps: true });
}
