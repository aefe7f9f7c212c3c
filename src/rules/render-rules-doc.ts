import { z } from 'zod';
import { RULES, RUN_LEVEL_RULES } from './registry';
import { paramsSchemaOf } from './rule-params';
import type { RuleDefinition } from './types';

interface ParamDoc {
  name: string;
  type: string;
  default: unknown;
  description: string;
}

interface JsonSchemaProperty {
  type?: string;
  enum?: unknown[];
  items?: { type?: string };
  minimum?: number;
  default?: unknown;
  description?: string;
}

/** Read params through the JSON Schema so the page shows what editors and the policy loader see. */
function paramsOf(rule: RuleDefinition): ParamDoc[] {
  const schema = z.toJSONSchema(paramsSchemaOf(rule), { io: 'input' }) as { properties?: Record<string, JsonSchemaProperty> };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    let type = property.type ?? 'value';
    if (property.enum) type = property.enum.map((value) => `\`${String(value)}\``).join(' | ');
    else if (type === 'array') type = `list of ${property.items?.type ?? 'value'}s`;
    else if (type === 'integer' && property.minimum !== undefined) type = `integer ≥ ${property.minimum}`;
    return { name, type, default: property.default, description: property.description ?? '' };
  });
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function paramsInline(rule: RuleDefinition): string {
  const params = paramsOf(rule);
  if (params.length === 0) return '—';
  return params.map((param) => `\`${param.name}: ${JSON.stringify(param.default)}\``).join(', ');
}

function ruleSection(rule: RuleDefinition): string {
  const lines = [
    `## ${rule.id}`,
    '',
    `**${rule.title}**`,
    '',
    rule.description,
    '',
    `- id: \`${rule.id}\``,
    `- default severity: \`${rule.defaultSeverity}\``,
    `- in \`builtin:recommended\`: ${rule.recommended ? 'on' : 'off'}`,
    `- checks: ${rule.appliesTo === 'root' ? 'the root account row only' : 'IAM users only (never the root row)'}`,
    `- credentials named by findings: ${rule.credentials.map((credential) => `\`${credential}\``).join(', ')}`,
    `- IAM permission: ${
      rule.lookUp === undefined
        ? 'none beyond the report'
        : `\`${rule.lookUp.permission}\`, asked for with \`enrich: ${rule.lookUp.enrich}\` (without it the rule is not evaluated)`
    }`,
  ];
  const references = rule.references.map((reference) =>
    reference.url ? `[${reference.label}](${reference.url})` : reference.label,
  );
  lines.push(`- references: ${references.length > 0 ? references.join(', ') : '—'}`);
  lines.push('');
  const params = paramsOf(rule);
  if (params.length > 0) {
    lines.push('| param | type | default | meaning |', '|---|---|---|---|');
    for (const param of params) {
      lines.push(
        `| \`${param.name}\` | ${cell(param.type)} | \`${JSON.stringify(param.default)}\` | ${cell(param.description)} |`,
      );
    }
    lines.push('');
  }
  lines.push(`Remediation: ${rule.remediation}`, '');
  return lines.join('\n');
}

/** `docs/rules.md`, generated from the registry so the documentation cannot drift from the code. */
export function renderRulesDoc(): string {
  const lines = [
    '# Rules',
    '',
    '<!-- Generated from src/rules/registry.ts by `npm run generate`. Do not edit by hand. -->',
    '',
    'Every rule a policy can configure, in registry order. Titles state the passing state. Any rule entry also ' +
      'accepts `severity: error | warning | notice`. Ages are whole days: `floor((now − t) / 24 h)`; "older than ' +
      'N days" means an age over N.',
    '',
    '| rule | passes when | severity | recommended | params |',
    '|---|---|---|---|---|',
    ...RULES.map(
      (rule) =>
        `| [\`${rule.id}\`](#${rule.id}) | ${cell(rule.title)} | ${rule.defaultSeverity} | ` +
        `${rule.recommended ? 'on' : 'off'} | ${cell(paramsInline(rule))} |`,
    ),
    '',
    ...RULES.map(ruleSection),
    '## Run-level findings',
    '',
    'Findings about the run rather than a user: no user, ARN or credential, status `violation`. They cannot be ' +
      'configured or exempted.',
    '',
    '| id | passes when | severity | meaning |',
    '|---|---|---|---|',
    ...RUN_LEVEL_RULES.map(
      (rule) => `| \`${rule.id}\` | ${cell(rule.title)} | ${rule.severity} | ${cell(rule.description)} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
