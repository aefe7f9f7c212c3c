import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, RUN_LEVEL_RULES } from '../../src/rules/registry';
import { renderRulesDoc } from '../../src/rules/render-rules-doc';

const DOC = fileURLToPath(new URL('../../docs/rules.md', import.meta.url));

describe('docs/rules.md', () => {
  it('is up to date with the registry', () => {
    const committed = readFileSync(DOC, 'utf8');
    expect(committed === renderRulesDoc(), 'docs/rules.md is stale: run `npm run generate`').toBe(true);
  });

  it('documents every rule with its id, severity, recommended state, params and remediation', () => {
    const doc = renderRulesDoc();
    for (const rule of RULES) {
      expect(doc).toContain(`## ${rule.id}\n\n**${rule.title}**`);
      expect(doc).toContain(rule.remediation);
    }
    expect(doc).toContain("| `max_days` | integer ≥ 1 | `90` | Maximum age of an active access key, in days. |");
    expect(doc).toContain('| `never_used` | `from-creation` \\| `ignore` \\| `violation` | `"from-creation"` |');
    expect(doc).toContain('- in `builtin:recommended`: off');
    for (const rule of RUN_LEVEL_RULES) expect(doc).toContain(`| \`${rule.id}\` |`);
  });
});
