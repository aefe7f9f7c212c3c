import { z } from 'zod';
import type { RuleDefinition } from './types';

/**
 * The params of every rule as zod schemas: the policy loader validates and completes them, and the
 * JSON Schema and `docs/rules.md` are built from them. This is the only module of the rules that
 * loads zod: rules take their params types from here with `import type`, and carry their defaults
 * as plain data, so evaluating a builtin policy never loads zod (a test keeps both in step).
 */

export const NEVER_USED_MODES = ['from-creation', 'ignore', 'violation'] as const;

const neverUsed = z
  .enum(NEVER_USED_MODES)
  .default('from-creation')
  .describe(
    'A credential that was never used: `from-creation` ages it from its creation, `ignore` never flags it, ' +
      '`violation` flags it at once.',
  );

const graceDays = z
  .number()
  .int()
  .min(0)
  .default(0)
  .describe('Users younger than this many days are not flagged yet (time to enrol a device).');

const none = z.object({});

export const ROOT_MFA_APPLIES_WHEN = ['any-credential', 'password'] as const;

export const RULE_PARAMS = {
  'root-access-keys': none,
  'root-mfa': z.object({
    applies_when: z
      .enum(ROOT_MFA_APPLIES_WHEN)
      .default('any-credential')
      .describe(
        'When root must have MFA: `any-credential` (a password, or an old report that cannot tell, or an active ' +
          'access key) or `password` (CIS v5 and later: root without a console password passes).',
      ),
  }),
  'root-recent-use': z.object({
    days: z
      .number()
      .int()
      .min(1)
      .default(1)
      .describe('A root use less than this many days (× 24 hours) before the evaluation time is a finding.'),
  }),
  'root-signing-certificates': none,
  'mfa-for-console': z.object({ grace_days: graceDays }),
  'mfa-for-all-users': z.object({ grace_days: graceDays }),
  'access-key-max-age': z.object({
    max_days: z.number().int().min(1).default(90).describe('Maximum age of an active access key, in days.'),
    warn_days: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe('Warn (status `upcoming`) this many days before a key reaches `max_days`; 0 = no early warning.'),
  }),
  'access-key-unused': z.object({
    max_days: z.number().int().min(1).default(45).describe('Maximum days since an active key was last used.'),
    never_used: neverUsed,
  }),
  'password-unused': z.object({
    max_days: z.number().int().min(1).default(45).describe('Maximum days since a console password was last used.'),
    never_used: neverUsed,
  }),
  'single-active-access-key': z.object({
    grace_days: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe('While the newer key is younger than this many days, both may be active (rotation in progress).'),
  }),
  'no-initial-access-key': z.object({
    window_minutes: z
      .number()
      .int()
      .min(0)
      .default(5)
      .describe('A key created within this many minutes of its user counts as created at setup.'),
  }),
  'password-max-age': z.object({
    max_days: z.number().int().min(1).default(90).describe('Maximum age of a console password, in days.'),
  }),
  'signing-certificate-max-age': z.object({
    max_days: z.number().int().min(1).default(365).describe('Maximum age of an active signing certificate, in days.'),
  }),
  'console-access-forbidden': none,
  'access-keys-forbidden': none,
  'console-user-access-keys': none,
  'user-inactive': z.object({
    max_days: z.number().int().min(1).default(90).describe('Maximum days since the user last used any credential.'),
  }),
  'access-key-region': z.object({
    allowed_regions: z
      .array(z.string())
      .default([])
      .describe('Regions where keys may be used, for example `[eu-west-1, eu-central-1]`.'),
  }),
  'additional-credentials': none,
  'service-credential-max-age': z.object({
    max_days: z
      .number()
      .int()
      .min(1)
      .default(90)
      .describe('Maximum age of an active service-specific credential (from its creation), in days.'),
  }),
  'service-credential-no-expiry': z.object({
    max_days: z
      .number()
      .int()
      .min(1)
      .default(30)
      .describe('Longest lifetime (expiration − creation) an active service-specific credential may have, in days.'),
  }),
  'ssh-key-max-age': z.object({
    max_days: z.number().int().min(1).default(90).describe('Maximum age of an active SSH public key (from its upload), in days.'),
  }),
  'root-hardware-mfa': none,
} satisfies Record<string, z.ZodObject>;

export type RuleId = keyof typeof RULE_PARAMS;

/** The params `evaluate` of rule `Id` receives: complete, every default filled in. */
export type RuleParams<Id extends RuleId> = z.output<(typeof RULE_PARAMS)[Id]>;

/** The params schema of a rule id, or undefined for an id that is not a rule. */
export function ruleParamsSchema(id: string): z.ZodObject | undefined {
  return Object.hasOwn(RULE_PARAMS, id) ? RULE_PARAMS[id as RuleId] : undefined;
}

/** The params schema of a registered rule. */
export function paramsSchemaOf(rule: RuleDefinition): z.ZodObject {
  const schema = ruleParamsSchema(rule.id);
  if (schema === undefined) throw new Error(`Rule '${rule.id}' has no params schema in rule-params.ts.`);
  return schema;
}
