import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../../src/cli/render-rules-doc';
import { RULES } from '../../src/domain/validate';

describe('docs/rules.md', () => {
  it('is exactly what the rule table generates (regenerate: npx tsx src/cli/rules-doc.ts > docs/rules.md)', () => {
    const committed = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderRulesDoc());
  });

  it('documents every rule with its id, severity, title and rationale, and the scoring formula', () => {
    const doc = renderRulesDoc();
    for (const rule of RULES) {
      expect(doc).toContain(`#### \`${rule.id}\` · ${rule.severity}`);
      expect(doc).toContain(`**${rule.title}.** ${rule.rationale}`);
    }
    expect(doc).toMatch(/max\(0, 1 − 0\.5 × errors − 0\.2 × warnings\)/);
    expect(doc).toMatch(/\*\*missing\*\*: nothing of the step is on the board/);
  });
});
