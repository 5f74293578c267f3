// Prints docs/rules.md: npx tsx src/cli/rules-doc.ts > docs/rules.md
import { renderRulesDoc } from './render-rules-doc';

process.stdout.write(renderRulesDoc());
