// The kinds of ML problem the checklist tells apart. Rules that only make sense for some kinds apply only to them,
// and the text reader's vocabulary is scoped by them (src/domain/validate/vocabulary.ts).

export const PROBLEM_KINDS = [
  { id: 'classification', label: 'Classification (binary or multi-class)' },
  { id: 'ranking', label: 'Ranking / recommendation' },
  { id: 'retrieval', label: 'Retrieval / search' },
  { id: 'regression', label: 'Regression' },
  { id: 'forecasting', label: 'Forecasting' },
  { id: 'generation', label: 'Generation / retrieval-augmented generation' },
  { id: 'detection', label: 'Detection / segmentation' },
  { id: 'other', label: 'Other' },
] as const;

export type ProblemKind = (typeof PROBLEM_KINDS)[number]['id'];

const byId = new Map<string, ProblemKind>(PROBLEM_KINDS.map((k) => [k.id, k.id]));
const byLabel = new Map<string, ProblemKind>(PROBLEM_KINDS.map((k) => [k.label.toLowerCase(), k.id]));

/** The kind a field value names: its id or its label, any case; undefined for anything else. */
export function parseProblemKind(value: string | undefined): ProblemKind | undefined {
  const text = value?.trim().toLowerCase() ?? '';
  return byId.get(text) ?? byLabel.get(text);
}

export function problemKindLabel(kind: ProblemKind): string {
  return PROBLEM_KINDS.find((k) => k.id === kind)!.label;
}
