// Board hygiene: arrows with a missing end, unconnected components, unnamed and duplicate names. Each finding lands
// in the framework step of the node it concerns.
import type { BoardNode } from '../board/types';
import type { StepId } from '../framework';
import { CATALOG } from '../catalog';
import { UNKNOWN_KIND } from './board-graph';
import { defineRule, type Rule, type RuleContext } from './engine';
import { labelOf } from './derived';
import { labelKey } from './text';

/** Groups and notes belong to no step: a group takes its first child's step; pipelines default to serving, where the book draws them. */
export function stepOfNode(ctx: RuleContext, node: BoardNode | undefined): StepId {
  if (!node) return 'serving';
  const step = ctx.kindOf(node)?.step;
  if (step) return step;
  const firstChildStep = ctx.memo('firstChildStep', () => {
    const { parents, kinds } = ctx.graph;
    const map = new Map<number, StepId>();
    for (let i = 0; i < parents.length; i++) {
      const s = kinds[i] === UNKNOWN_KIND ? null : CATALOG[kinds[i]].step;
      if (parents[i] >= 0 && s && !map.has(parents[i])) map.set(parents[i], s);
    }
    return map;
  });
  const i = ctx.graph.index.get(node.id);
  return (i === undefined ? undefined : firstChildStep.get(i)) ?? 'serving';
}

/** Catalog positions of the component kinds. */
const COMPONENT_KIND = CATALOG.map((k) => k.family === 'component');
const NOTE_KIND = CATALOG.map((k) => k.family === 'note');

export const checkDanglingEdges = defineRule({
  id: 'hygiene-dangling-edge',
  step: 'hygiene',
  severity: 'error',
  title: 'Every arrow has both ends on the board',
  rationale: 'An arrow to a deleted component is a broken flow: whatever it carried now goes nowhere.',
  find(ctx) {
    return ctx.danglingEdges.map((edge) => {
      const end = ctx.node(edge.source) ?? ctx.node(edge.target);
      return {
        message: end
          ? `An arrow from or to "${labelOf(end)}" points at a component that is no longer on the board. Reconnect it or delete it.`
          : 'An arrow joins two components that are no longer on the board. Delete it.',
        nodeIds: end ? [end.id] : [],
        step: stepOfNode(ctx, end),
      };
    });
  },
});

export const checkIsolatedComponents = defineRule({
  id: 'hygiene-isolated',
  step: 'hygiene',
  severity: 'warning',
  title: 'Every component is connected',
  rationale:
    'A component with no arrows says nothing about how data or requests flow; in an interview every box should '
    + 'earn its place in a pipeline.',
  find(ctx) {
    const { offset } = ctx.graph.both;
    const { kinds } = ctx.graph;
    return ctx.nodes
      .filter((_, i) => offset[i + 1] === offset[i] && kinds[i] !== UNKNOWN_KIND && COMPONENT_KIND[kinds[i]])
      .map((n) => ({
        message: `"${labelOf(n)}" is not connected to anything. Connect it to the pipeline it belongs to, or remove it: an unconnected box says nothing about how data flows.`,
        nodeIds: [n.id],
        step: stepOfNode(ctx, n),
      }));
  },
});

export const checkUnnamedNodes = defineRule({
  id: 'hygiene-unnamed',
  step: 'hygiene',
  severity: 'warning',
  title: 'Components, cards and pipelines have names',
  rationale: 'Names in the book\'s words ("Candidate generation", "Feature store") let the interviewer follow the diagram.',
  find(ctx) {
    const { labels, kinds } = ctx.graph;
    return ctx.nodes
      .filter((_, i) => !labels[i].trim() && !(kinds[i] !== UNKNOWN_KIND && NOTE_KIND[kinds[i]]))
      .map((n) => ({
        message: `A ${ctx.kindOf(n)?.label ?? 'node'} has no name. Name it in the book's words so the interviewer can follow the diagram.`,
        nodeIds: [n.id],
        step: stepOfNode(ctx, n),
      }));
  },
});

export const checkDuplicateNames = defineRule({
  id: 'hygiene-duplicate-name',
  step: 'hygiene',
  severity: 'tip',
  title: 'Component names are distinct',
  rationale:
    'Two boxes with the same name read as one component drawn twice; if they differ, say how ("Image preprocessing", '
    + '"Text preprocessing").',
  find(ctx) {
    const { ids, labels, kinds } = ctx.graph;
    const byName = new Map<string, number[]>();
    const keys = new Map<string, string>(); // label → key, computed once per distinct label
    for (let i = 0; i < kinds.length; i++) {
      if (kinds[i] === UNKNOWN_KIND || !COMPONENT_KIND[kinds[i]]) continue;
      const label = labels[i];
      let key = keys.get(label);
      if (key === undefined) keys.set(label, (key = labelKey(label)));
      if (!key) continue;
      const list = byName.get(key);
      if (list) list.push(i);
      else byName.set(key, [i]);
    }
    const findings = [];
    for (const list of byName.values()) {
      if (list.length < 2) continue;
      const first = ctx.nodes[list[0]];
      findings.push({
        message: `${list.length} components are named "${labelOf(first)}". If they are the same component, draw it once with several arrows; if not, name them apart (e.g. "Image preprocessing", "Text preprocessing").`,
        nodeIds: list.map((i) => ids[i]),
        step: stepOfNode(ctx, first),
      });
    }
    return findings;
  },
});

export const HYGIENE_RULES: readonly Rule[] = [checkDanglingEdges, checkIsolatedComponents, checkUnnamedNodes, checkDuplicateNames];
