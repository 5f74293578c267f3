// Prints the legibility figures of the ten templates: as the canvas drew them before routing (smooth-step arrows
// between facing sides) and as routed now. Run: npx tsx tests/legibility/report.ts
import { readFileSync } from 'node:fs';
import { parseBoardText, type Board } from '../../src/domain/board';
import { CASE_STUDY_IDS } from '../../src/domain/case-studies';
import { measureLegibility, summarize } from '../../src/domain/routing/measures';
import { routed, smoothStep } from './scenes';

const load = (id: string): Board => {
  const r = parseBoardText(readFileSync(new URL(`../../templates/${id}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.board;
};

type Figures = ReturnType<typeof summarize>;
const add = (a: Figures, b: Figures) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v + b[k as keyof Figures]])) as Figures;

for (const [name, draw] of [['smooth-step (before)', async (b: Board) => smoothStep(b)], ['routed', routed]] as const) {
  let total: Figures | undefined;
  console.log(`\n${name}`);
  for (const id of CASE_STUDY_IDS) {
    const l = measureLegibility(await draw(load(id)));
    const s = summarize(l);
    total = total ? add(total, s) : s;
    console.log(id.padEnd(28), JSON.stringify(s));
    if (process.argv.includes('--detail')) console.log(l);
  }
  console.log('total'.padEnd(28), JSON.stringify(total));
}
