import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getRule, RULE_IDS, RULES, RUN_LEVEL_RULES } from '../../src/rules/registry';
import { paramsSchemaOf, RULE_PARAMS, ruleParamsSchema } from '../../src/rules/rule-params';

const CONTRACT_TABLE = [
  ['root-access-keys', true, 'error', {}],
  ['root-mfa', true, 'error', { applies_when: 'any-credential' }],
  ['root-recent-use', true, 'warning', { days: 1 }],
  ['root-signing-certificates', true, 'warning', {}],
  ['mfa-for-console', true, 'error', { grace_days: 0 }],
  ['mfa-for-all-users', false, 'error', { grace_days: 0 }],
  ['access-key-max-age', true, 'error', { max_days: 90, warn_days: 0 }],
  ['access-key-unused', true, 'error', { max_days: 45, never_used: 'from-creation' }],
  ['password-unused', true, 'error', { max_days: 45, never_used: 'from-creation' }],
  ['single-active-access-key', true, 'warning', { grace_days: 0 }],
  ['no-initial-access-key', false, 'warning', { window_minutes: 5 }],
  ['password-max-age', false, 'warning', { max_days: 90 }],
  ['signing-certificate-max-age', false, 'warning', { max_days: 365 }],
  ['console-access-forbidden', false, 'error', {}],
  ['access-keys-forbidden', false, 'error', {}],
  ['console-user-access-keys', false, 'warning', {}],
  ['user-inactive', false, 'warning', { max_days: 90 }],
  ['access-key-region', false, 'warning', { allowed_regions: [] }],
  ['additional-credentials', true, 'warning', {}],
  // 1.1: the look-ups beyond the report.
  ['service-credential-max-age', false, 'warning', { max_days: 90 }],
  ['service-credential-no-expiry', false, 'error', { max_days: 30 }],
  ['ssh-key-max-age', false, 'warning', { max_days: 90 }],
  ['root-hardware-mfa', false, 'error', {}],
] as const;

describe('the rule registry', () => {
  it('holds the 19 rules of the contract and the 4 of 1.1, in table order', () => {
    expect(RULE_IDS).toEqual(CONTRACT_TABLE.map(([id]) => id));
    expect(RULES.map((rule) => rule.id)).toEqual(RULE_IDS);
  });

  it.each(CONTRACT_TABLE)('%s: recommended %s, severity %s, defaults %o', (id, recommended, severity, defaults) => {
    const rule = getRule(id);
    expect(rule).toBeDefined();
    expect(rule?.recommended).toBe(recommended);
    expect(rule?.defaultSeverity).toBe(severity);
    expect(ruleParamsSchema(id)?.parse({})).toEqual(defaults);
    expect(rule?.appliesTo).toBe(id.startsWith('root-') ? 'root' : 'user');
  });

  it('has a params schema for exactly the registered rules', () => {
    expect(Object.keys(RULE_PARAMS)).toEqual(RULE_IDS);
    expect(ruleParamsSchema('acess-key-max-age')).toBeUndefined();
    expect(ruleParamsSchema('toString')).toBeUndefined();
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    '%s: its plain defaults are what its params schema fills in',
    (id, rule) => {
      const schema = paramsSchemaOf(rule);
      expect(Object.keys(rule.defaults).sort(), id).toEqual(Object.keys(schema.shape).sort());
      expect(schema.parse({}), id).toEqual(rule.defaults);
    },
  );

  it('gives every rule the metadata the documentation needs', () => {
    for (const rule of RULES) {
      expect(rule.title.length, rule.id).toBeGreaterThan(10);
      expect(rule.description.length, rule.id).toBeGreaterThan(20);
      expect(rule.remediation.length, rule.id).toBeGreaterThan(20);
      expect(rule.credentials.length, rule.id).toBeGreaterThan(0);
      const schema = z.toJSONSchema(paramsSchemaOf(rule), { io: 'input' }) as {
        properties?: Record<string, { description?: string; default?: unknown }>;
      };
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        expect(property.description, `${rule.id}.${name}`).toBeTruthy();
        expect(property.default, `${rule.id}.${name}`).not.toBeUndefined();
      }
    }
  });

  it('cites the CIS items and Security Hub controls of the contract', () => {
    const labels = (id: string) => getRule(id)?.references.map((reference) => reference.label);
    expect(labels('root-access-keys')).toEqual(['CIS AWS Foundations v3.0 1.4', 'Security Hub IAM.4']);
    expect(labels('root-mfa')).toEqual(['CIS AWS Foundations v3.0 1.5', 'Security Hub IAM.9']);
    expect(labels('root-recent-use')).toContain('CIS AWS Foundations v3.0 1.7');
    expect(labels('mfa-for-console')).toEqual(['CIS AWS Foundations v3.0 1.10', 'Security Hub IAM.5']);
    expect(labels('mfa-for-all-users')).toContain('Security Hub IAM.19');
    expect(labels('access-key-max-age')).toEqual(['CIS AWS Foundations v3.0 1.14', 'Security Hub IAM.3']);
    expect(labels('access-key-unused')).toEqual(['CIS AWS Foundations v3.0 1.12', 'Security Hub IAM.22']);
    expect(labels('password-unused')).toContain('CIS AWS Foundations v3.0 1.12');
    expect(labels('single-active-access-key')).toContain('CIS AWS Foundations v3.0 1.13');
    expect(labels('no-initial-access-key')).toContain('CIS AWS Foundations v3.0 1.11');
  });

  it('returns undefined for an unknown id', () => {
    expect(getRule('acess-key-max-age')).toBeUndefined();
  });

  it('rejects params out of range or of the wrong kind', () => {
    const parse = (id: string, params: unknown) => ruleParamsSchema(id)?.safeParse(params).success;
    expect(parse('access-key-max-age', { max_days: 0 })).toBe(false);
    expect(parse('access-key-max-age', { max_days: 1 })).toBe(true);
    expect(parse('access-key-max-age', { max_days: 90.5 })).toBe(false);
    expect(parse('access-key-max-age', { warn_days: -1 })).toBe(false);
    expect(parse('access-key-max-age', { max_days: '90' })).toBe(false);
    expect(parse('mfa-for-console', { grace_days: 0 })).toBe(true);
    expect(parse('mfa-for-console', { grace_days: -1 })).toBe(false);
    expect(parse('no-initial-access-key', { window_minutes: -1 })).toBe(false);
    expect(parse('access-key-unused', { never_used: 'never' })).toBe(false);
    expect(parse('password-unused', { never_used: 'violation' })).toBe(true);
    expect(parse('access-key-region', { allowed_regions: ['eu-west-1'] })).toBe(true);
    expect(parse('access-key-region', { allowed_regions: 'eu-west-1' })).toBe(false);
    expect(parse('root-recent-use', { days: 0 })).toBe(false);
    expect(parse('root-mfa', { applies_when: 'password' })).toBe(true);
    expect(parse('root-mfa', { applies_when: 'console' })).toBe(false);
  });

  it('names the look-up and the one permission of each rule that needs more than the report', () => {
    const lookUps = RULES.filter((rule) => rule.lookUp !== undefined).map((rule) => [rule.id, rule.lookUp?.enrich, rule.lookUp?.permission]);
    expect(lookUps).toEqual([
      ['service-credential-max-age', 'service-credentials', 'iam:ListServiceSpecificCredentials'],
      ['service-credential-no-expiry', 'service-credentials', 'iam:ListServiceSpecificCredentials'],
      ['ssh-key-max-age', 'ssh-keys', 'iam:ListSSHPublicKeys'],
      ['root-hardware-mfa', 'mfa-devices', 'iam:ListVirtualMFADevices'],
    ]);
  });

  it('describes the run-level findings, which are not configurable rules', () => {
    expect(RUN_LEVEL_RULES.map((rule) => [rule.id, rule.severity])).toEqual([
      ['exemption-expired', 'warning'],
      ['exemption-unused', 'notice'],
      ['root-row-missing', 'notice'],
      ['policy-weakened', 'warning'],
      ['rule-not-evaluated', 'notice'],
    ]);
    for (const rule of RUN_LEVEL_RULES) expect(getRule(rule.id)).toBeUndefined();
  });
});
