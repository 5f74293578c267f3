// Writes templates/<id>.json from the specs in templates/src. Run: npx tsx templates/build.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { boardToJson, parseBoardText } from '../src/domain/board';
import { nodeSize } from '../src/domain/geometry';
import { buildTemplate } from './src/build-template';
import { TEMPLATE_SPECS } from './src/index';

const here = dirname(fileURLToPath(import.meta.url));

for (const spec of TEMPLATE_SPECS) {
  const text = boardToJson(buildTemplate(spec)) + '\n';
  const restored = parseBoardText(text);
  if (!restored.ok) throw new Error(`${spec.id}: ${restored.error.message}`);
  if (restored.repairs.length) throw new Error(`${spec.id}: needs repairs: ${restored.repairs.join('; ')}`);
  writeFileSync(join(here, `${spec.id}.json`), text);
  const top = restored.board.nodes.filter((n) => n.parentId === undefined);
  const right = Math.max(...top.map((n) => n.position.x + nodeSize(n).width));
  const bottom = Math.max(...top.map((n) => n.position.y + nodeSize(n).height));
  const zoom = Math.min(1440 / right, 860 / bottom);
  console.log(`${spec.id}: ${restored.board.nodes.length} nodes, ${restored.board.edges.length} edges, ${right}x${bottom}, fit zoom ${zoom.toFixed(2)}`);
}
