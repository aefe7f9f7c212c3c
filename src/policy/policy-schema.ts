import { z } from 'zod';
import { RULES, RUN_LEVEL_RULES } from '../rules/registry';
import { paramsSchemaOf } from '../rules/rule-params';
import type { RuleDefinition } from '../rules/types';

/**
 * The policy language, version 1, defined once: the validator parses with it and
 * `policies/schema.json` is generated from it, so editors and the gate cannot disagree.
 * Values keep their YAML shape here (no transforms), because JSON Schema cannot express
 * transforms; turning entries into a `Policy` happens after validation.
 */

/** Where the README tells editors to fetch the schema from. */
export const POLICY_SCHEMA_ID =
  'https://raw.githubusercontent.com/iam-credential-gate/iam-credential-gate/v1/policies/schema.json';

export const TOP_LEVEL_KEYS = ['version', 'extends', 'settings', 'rules', 'exemptions'] as const;

/** Rules an exemption may name: every configurable rule (run-level findings cannot be exempted). */
export const EXEMPTIBLE_RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);
export const RUN_LEVEL_RULE_IDS: readonly string[] = RUN_LEVEL_RULES.map((rule) => rule.id);

/** The message of the one refinement; the validator words it for the author. */
export const NEEDS_USERS_OR_ARNS = 'needs-users-or-arns';

const ACCOUNT_ID_PATTERN = /^\d{12}$/;
/** The range of a 12-digit account id that YAML read as an unquoted number. */
const LOWEST_ACCOUNT_NUMBER = 100_000_000_000;
const HIGHEST_ACCOUNT_NUMBER = 999_999_999_999;

const severitySchema = z
  .enum(['error', 'warning', 'notice'])
  .describe('Severity of this rule\'s findings; `fail-on` decides which severities fail the step.');

function ruleSettingsSchema(rule: RuleDefinition) {
  return z
    .object({
      severity: severitySchema.optional().meta({ default: rule.defaultSeverity }),
      enabled: z
        .boolean()
        .optional()
        .describe('`false` turns the rule off while keeping its parameters (a rule object otherwise enables it).'),
      ...paramsSchemaOf(rule).shape,
    })
    .strict();
}

function ruleEntrySchema(rule: RuleDefinition) {
  return z
    .union([z.enum(['on', 'off']), z.boolean(), ruleSettingsSchema(rule)])
    .meta({ title: rule.title, description: `${rule.description} (default severity: ${rule.defaultSeverity})` });
}

export const settingsSchema = z
  .object({
    max_report_age_hours: z
      .number()
      .positive()
      .default(4)
      .describe('A credential report older than this many hours is regenerated before evaluation.'),
  })
  .strict()
  .describe('Settings of the gate itself.');

const globList = (what: string) =>
  z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe(`Globs on the ${what}: \`*\` matches any run of characters (including \`/\`), \`?\` one character.`);

const accountIdSchema = z.union([
  z.string().regex(ACCOUNT_ID_PATTERN),
  // YAML reads an unquoted 123456789012 as a number; accept it, but only with all 12 digits.
  z.number().int().min(LOWEST_ACCOUNT_NUMBER).max(HIGHEST_ACCOUNT_NUMBER),
]);

const exemptionSchema = z
  .object({
    users: globList('IAM user name (root is `<root_account>`)'),
    arns: globList('user ARN'),
    accounts: z
      .array(accountIdSchema)
      .min(1)
      .optional()
      .describe('12-digit account ids the exemption is limited to (quote them). Omitted: every account.'),
    rules: z
      .array(z.enum(['*', ...EXEMPTIBLE_RULE_IDS]))
      .min(1)
      .describe('Rule ids the exemption covers, or `["*"]` for every rule.'),
    reason: z.string().regex(/\S/).describe('Why the exemption exists (a ticket, a decision): shown with every finding it exempts.'),
    expires: z.iso
      .date()
      .optional()
      .describe('`YYYY-MM-DD`: the exemption applies through the end of that day (UTC), then expires.'),
    owner: z.string().min(1).optional().describe('Who answers for the exemption.'),
  })
  .strict()
  .refine((exemption) => exemption.users !== undefined || exemption.arns !== undefined, {
    message: NEEDS_USERS_OR_ARNS,
    // Report it alongside any other problem of the same exemption, not instead of them.
    when: () => true,
  })
  .meta({
    description: 'Findings this exemption matches stay visible but never fail the gate.',
    anyOf: [{ required: ['users'] }, { required: ['arns'] }],
  });

const rulesSchema = z
  .object(Object.fromEntries(RULES.map((rule) => [rule.id, ruleEntrySchema(rule).optional()])))
  .strict()
  .describe(
    'Rule id → `on`, `off`, `true`, `false`, or an object of `severity`, `enabled` and the rule\'s parameters. ' +
      'Without `extends`, only the rules listed here are enabled.',
  );

export const policySchema = z
  .object({
    version: z.literal(1).describe('Version of the policy language. Always 1.'),
    extends: z
      .string()
      .min(1)
      .describe('`builtin:NAME` or a path relative to this file. This policy\'s entries override the parent\'s.'),
    settings: settingsSchema.optional(),
    rules: rulesSchema.optional(),
    exemptions: z.array(exemptionSchema).optional().describe('Exemptions, applied in order (the first match wins).'),
  })
  .partial({ extends: true })
  .strict()
  .meta({
    title: 'iam-credential-gate policy',
    description: 'Which IAM credential report findings fail the gate. See docs/rules.md for every rule.',
  });

/** The JSON Schema of the policy language, as shipped in `policies/schema.json`. */
export function buildPolicyJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(policySchema, { io: 'input', target: 'draft-2020-12' });
  return { $schema, $id: POLICY_SCHEMA_ID, ...schema };
}
