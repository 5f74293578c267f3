// Facts about a design that several rules share (which services the client reaches, which model serving uses),
// computed once per validation through the context's memo.
import type { BoardNode } from '../board/types';
import type { Role } from '../catalog';
import type { RuleContext } from './engine';
import { positionsOf, reach, reachFrom, type KindTest, type NodeSet } from './graph';

/** Roles of the components that answer a request with a model: prediction, ranking and retrieval services. */
export const SERVICE_ROLES: readonly Role[] = ['prediction', 'ranking', 'retrieval'];

/** A kind test: components playing any of these roles. */
export const roleTest = (...roles: Role[]): KindTest => (kind) =>
  kind.family === 'component' && roles.some((role) => kind.roles.includes(role));

export const isServiceKind: KindTest = roleTest(...SERVICE_ROLES);

export function isService(ctx: RuleContext, node: BoardNode): boolean {
  const kind = ctx.kindOf(node);
  return !!kind && isServiceKind(kind);
}

export function services(ctx: RuleContext): BoardNode[] {
  return ctx.memo('services', () => withAnyRole(ctx, SERVICE_ROLES));
}

/** Components playing any of the roles, each once, kind by kind. */
export function withAnyRole(ctx: RuleContext, roles: readonly Role[]): BoardNode[] {
  return ctx.whereKind(roleTest(...roles));
}

/** A serving component other than the deploy step (deploy belongs to the path from training, not to requests). */
export const isServingKind: KindTest = (kind) =>
  kind.step === 'serving' && kind.family === 'component' && !kind.roles.includes('deploy');

export function isServingComponent(ctx: RuleContext, node: BoardNode): boolean {
  const kind = ctx.kindOf(node);
  return !!kind && isServingKind(kind);
}

export const isDataKind: KindTest = (kind) => kind.step === 'data';

/**
 * Roles a request never passes through: the feedback loop (logs, monitors, reviewers, labels), the training side
 * (datasets, training, registry, deploy), batch jobs and raw data sources. A request may read from them (the walk
 * enters them) but does not go on from there, so "client → event stream → … → model" is not a request path.
 */
const OFF_REQUEST_PATH: readonly Role[] = [
  'source', 'logging', 'monitor', 'drift', 'alert', 'review', 'labels', 'dataset', 'training', 'registry', 'deploy',
  'batch-prediction', 'offline-eval',
];

/** Kinds a request passes through: any component but the off-path roles and the raw data stores. */
export const carriesRequest: KindTest = (kind) =>
  kind.family === 'component'
  && !OFF_REQUEST_PATH.some((role) => kind.roles.includes(role))
  && !(kind.step === 'data' && kind.roles.includes('storage') && !kind.roles.includes('feature-store'));

/**
 * Everything a client's requests reach: along request/response arrows only (never a batch or streaming data flow),
 * through the kinds that carry a request (see carriesRequest), plus the border where the walk stops.
 */
export function requestReach(ctx: RuleContext): NodeSet {
  return ctx.memo('requestReach', () => reach(ctx, roleTest('client'), 'request', carriesRequest));
}

/**
 * The serving side: start from the serving components a client's requests reach, then spread through serving
 * components in either direction (a fetching service reads precomputed results that a batch job wrote). The set
 * includes its border, so a model joined to any serving component is in it.
 */
export function servingSide(ctx: RuleContext): NodeSet {
  return ctx.memo('servingSide', () =>
    reachFrom(ctx, positionsOf(ctx, isServingKind, requestReach(ctx)), 'both', isServingKind));
}

/**
 * Models the serving side uses: model nodes on it or joined to it by an arrow, and model registries joined to it
 * (a service that loads its model from the registry, "Model registry → Ranker", uses the registered model).
 */
export function servedModels(ctx: RuleContext): BoardNode[] {
  return ctx.memo('servedModels', () => {
    const side = servingSide(ctx);
    return withAnyRole(ctx, ['model', 'registry']).filter((n) => side.has(n.id));
  });
}

/** Everything downstream of a training component. */
export function trainingReach(ctx: RuleContext): NodeSet {
  return ctx.memo('trainingReach', () => reach(ctx, roleTest('training'), 'forward'));
}

/**
 * What training reads: everything upstream of a training component through data-preparation components only.
 * Staying inside the data step keeps a feedback loop (serving → logs → data → training) from making everything
 * serving reads look like a training input.
 */
export function trainingDataInputs(ctx: RuleContext): NodeSet {
  return ctx.memo('trainingDataInputs', () => reach(ctx, roleTest('training'), 'backward', isDataKind));
}

/**
 * What serving reads: everything upstream of a service through data and serving components only (not back through
 * the model and training, which would make every training input look like a serving input).
 */
export function servingDataInputs(ctx: RuleContext): NodeSet {
  return ctx.memo('servingDataInputs', () =>
    reach(ctx, isServiceKind, 'backward', (k) => isDataKind(k) || isServingKind(k)));
}

export function labelOf(node: BoardNode | undefined): string {
  return node?.data.label.trim() || '(unnamed)';
}

/** The verb form for a list of nodes: agree(nodes, 'is', 'are'). */
export const agree = (nodes: readonly unknown[], one: string, many: string): string => (nodes.length === 1 ? one : many);

/** "Model training", "Model training and Trained model", "A, B and C". */
export function listLabels(nodes: readonly BoardNode[], max = 3): string {
  const names = [...new Set(nodes.map((n) => `"${labelOf(n)}"`))];
  const shown = names.slice(0, max);
  if (names.length > max) shown.push(`${names.length - max} more`);
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export const ids = (nodes: readonly BoardNode[]): string[] => nodes.map((n) => n.id);

/**
 * Whether the team trains a model of its own: a training component is drawn, or no LLM is (a design without an LLM
 * must show how its model is made). A design that prompts a hosted or pre-trained LLM and draws no training has no
 * training dataset, loss or label delay to ask about.
 */
export function ownTraining(ctx: RuleContext): boolean {
  return ctx.withRole('training').length > 0 || ctx.withRole('llm').length === 0;
}
