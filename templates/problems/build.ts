// Writes the practice problem bank, templates/problems/<id>.json and index.json, from the specs in
// templates/problems/src. Run: npx tsx templates/problems/build.ts
import { writeFileSync } from 'node:fs';
import { buildProblemFiles } from './src/build-problems';

for (const file of buildProblemFiles()) {
  writeFileSync(new URL(file.name, import.meta.url), file.text);
  console.log(file.summary);
}
