import { RULES } from '../rules/registry';
import type { RuleDefinition } from '../rules/types';

/** A YAML flow value of a default param (numbers, plain words, lists of them). */
function flowValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowValue).join(', ')}]`;
  return String(value);
}

function ruleBlock(rule: RuleDefinition): string[] {
  const params = Object.entries(rule.defaults).map(([name, value]) => `${name}: ${flowValue(value)}`);
  const state = rule.recommended ? 'on' : 'off';
  return [
    `  # ${rule.title} (${rule.defaultSeverity}; ${state} in builtin:recommended)`,
    `  # ${rule.id}: { ${['severity: ' + rule.defaultSeverity, ...params].join(', ')} }`,
    `  ${rule.id}: ${state}`,
  ];
}

/**
 * The policy `iam-credential-gate init` writes: `extends: builtin:recommended`, then every rule of
 * the registry as builtin:recommended sets it, with its severity and default params in a comment
 * to copy, and one example exemption (commented, so it cannot hide anything) expiring on
 * `exampleExpires` (YYYY-MM-DD). Generated from the registry, so it lists every rule there is.
 */
export function renderStarterPolicy(exampleExpires: string): string {
  return [
    '# Policy of iam-credential-gate, written by `iam-credential-gate init`.',
    '# It starts from builtin:recommended; each rule below is set as that policy sets it. To change a',
    '# rule, turn it on or off, or replace `on` with the settings in the comment above it, e.g.',
    '#   access-key-max-age: { max_days: 60, warn_days: 14 }',
    '# Check it with `iam-credential-gate validate --policy FILE`; docs/rules.md explains every rule.',
    'version: 1',
    'extends: builtin:recommended',
    '',
    'rules:',
    ...RULES.flatMap((rule, index) => [...(index === 0 ? [] : ['']), ...ruleBlock(rule)]),
    '',
    '# Exemptions: findings the team has accepted, each with a reason and an end date (valid through',
    '# that day, UTC). `validate` warns when one has expired or ends within 30 days. To add one,',
    '# replace `[]` with entries like this one:',
    'exemptions: []',
    '#  - users: [ci-deploy]            # globs on user names; or arns: [...]',
    '#    rules: [access-key-max-age]',
    '#    reason: Replaced by OIDC in OPS-123',
    '#    owner: platform-team',
    `#    expires: ${exampleExpires}`,
    '',
  ].join('\n');
}
