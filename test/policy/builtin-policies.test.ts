import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES, BUILTIN_POLICY_NAMES } from '../../src/policy/builtin-policies';
import { loadPolicy } from '../../src/policy/load-policy';
import { loadPolicyFile } from '../../src/policy/load-policy-file';
import {
  BUILTIN_POLICIES_MODULE,
  POLICY_SCHEMA_FILE,
  readBuiltinPolicyTexts,
  renderBuiltinPoliciesModule,
  renderPolicySchemaJson,
  renderResolvedBuiltinPoliciesModule,
  RESOLVED_BUILTIN_POLICIES_MODULE,
} from '../../src/policy/render-policy-artifacts';
import { RESOLVED_BUILTIN_POLICIES } from '../../src/policy/resolved-builtin-policies';
import type { Policy } from '../../src/policy/types';
import { RULES } from '../../src/rules/registry';
import { BENCHMARK_REFERENCES, referencesUnder } from '../../src/rules/references';
import { paramsSchemaOf } from '../../src/rules/rule-params';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// A directory without policy files: builtins must not depend on the working directory.
const elsewhere = fileURLToPath(new URL('../fixtures/policies/cycle', import.meta.url));

/** The "default" column of the contract's rule table. */
const CONTRACT_DEFAULT_ON = [
  'root-access-keys',
  'root-mfa',
  'root-recent-use',
  'root-signing-certificates',
  'mfa-for-console',
  'access-key-max-age',
  'access-key-unused',
  'password-unused',
  'single-active-access-key',
  'additional-credentials',
];

const enabledIds = (policy: Policy): string[] => policy.rules.filter((rule) => rule.enabled).map((rule) => rule.id);
const byId = (policy: Policy) => new Map(policy.rules.map((rule) => [rule.id, rule]));

describe('builtin:recommended', () => {
  it('enables exactly the contract defaults, each with its default severity and params', async () => {
    const policy = await loadPolicy('builtin:recommended', { cwd: elsewhere, workspace: null });
    expect(enabledIds(policy)).toEqual(CONTRACT_DEFAULT_ON);
    expect(enabledIds(policy)).toEqual(RULES.filter((rule) => rule.recommended).map((rule) => rule.id));
    for (const rule of RULES) {
      expect(byId(policy).get(rule.id)).toEqual({
        id: rule.id,
        enabled: rule.recommended,
        severity: rule.defaultSeverity,
        params: paramsSchemaOf(rule).parse({}),
        position: null,
      });
    }
    expect(policy).toMatchObject({ source: 'builtin:recommended', file: null, settings: { max_report_age_hours: 4 }, exemptions: [] });
  });

  it('has the contract\'s default params', async () => {
    const rules = byId(await loadPolicy('builtin:recommended', { cwd: elsewhere, workspace: null }));
    expect(rules.get('access-key-max-age')?.params).toEqual({ max_days: 90, warn_days: 0 });
    expect(rules.get('access-key-unused')?.params).toEqual({ max_days: 45, never_used: 'from-creation' });
    expect(rules.get('password-unused')?.params).toEqual({ max_days: 45, never_used: 'from-creation' });
    expect(rules.get('root-recent-use')?.params).toEqual({ days: 1 });
    expect(rules.get('mfa-for-console')?.params).toEqual({ grace_days: 0 });
    expect(rules.get('single-active-access-key')?.params).toEqual({ grace_days: 0 });
  });
});

describe('builtin:cis-aws-foundations-v3', () => {
  it('enables the CIS v3.0 section 1 items the report can show, failing on each', async () => {
    const policy = await loadPolicy('builtin:cis-aws-foundations-v3', { cwd: elsewhere, workspace: null });
    const rules = byId(policy);
    expect(enabledIds(policy)).toEqual([
      'root-access-keys',
      'root-mfa',
      'root-recent-use',
      'root-signing-certificates',
      'mfa-for-console',
      'access-key-max-age',
      'access-key-unused',
      'password-unused',
      'single-active-access-key',
      'no-initial-access-key',
      'additional-credentials',
    ]);
    for (const id of ['root-access-keys', 'root-mfa', 'mfa-for-console', 'access-key-max-age', 'access-key-unused', 'password-unused', 'single-active-access-key', 'no-initial-access-key']) {
      expect(rules.get(id)?.severity).toBe('error');
    }
    expect(rules.get('access-key-unused')?.params).toEqual({ max_days: 44, never_used: 'from-creation' });
    expect(rules.get('password-unused')?.params).toEqual({ max_days: 44, never_used: 'from-creation' });
    expect(rules.get('access-key-max-age')?.params).toEqual({ max_days: 90, warn_days: 0 });
  });

  it('comments each CIS rule with its item', () => {
    const text = BUILTIN_POLICIES['cis-aws-foundations-v3'] ?? '';
    for (const item of ['1.4', '1.5', '1.7', '1.10', '1.11', '1.12', '1.13', '1.14']) expect(text).toContain(`# CIS ${item}:`);
  });
});

describe('builtin:strict', () => {
  it('extends recommended and forbids console passwords and access keys', async () => {
    const policy = await loadPolicy('builtin:strict', { cwd: elsewhere, workspace: null });
    const enabled = enabledIds(policy);
    expect(enabled).toEqual(expect.arrayContaining(CONTRACT_DEFAULT_ON));
    expect(enabled).toEqual(expect.arrayContaining(['console-access-forbidden', 'access-keys-forbidden', 'mfa-for-all-users']));
    expect(policy.rules.every((rule) => rule.position === null)).toBe(true);
  });
});

describe('builtin policy files', () => {
  it('are the three of the contract and the three of 1.1', () => {
    expect(BUILTIN_POLICY_NAMES).toEqual(['aws-foundational-security', 'cis-aws-foundations-v3', 'cis-aws-foundations-v5', 'cis-aws-foundations-v7', 'recommended', 'strict']);
  });

  it.each(BUILTIN_POLICY_NAMES)('%s points editors at the schema and explains itself', (name) => {
    const lines = (BUILTIN_POLICIES[name] ?? '').split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=./schema.json');
    expect(lines[2]).toMatch(new RegExp(`^# builtin:${name} — `));
  });
});

describe('pre-resolved builtins', () => {
  it('are the builtin policy files', () => {
    expect(Object.keys(RESOLVED_BUILTIN_POLICIES)).toEqual(BUILTIN_POLICY_NAMES);
  });

  it.each(BUILTIN_POLICY_NAMES)('builtin:%s is what the full loader makes of its YAML', async (name) => {
    const ref = `builtin:${name}`;
    expect(await loadPolicy(ref, { cwd: elsewhere, workspace: null })).toEqual(await loadPolicyFile(ref, { cwd: elsewhere, workspace: null }));
  });

  it('hands every caller a copy of its own', async () => {
    const first = await loadPolicy('builtin:recommended', { cwd: elsewhere, workspace: null });
    const rule = first.rules.find((candidate) => candidate.id === 'access-key-max-age');
    if (rule === undefined) throw new Error('no access-key-max-age');
    rule.params.max_days = 1;
    first.rules.length = 0;
    const second = await loadPolicy('builtin:recommended', { cwd: elsewhere, workspace: null });
    expect(second.rules).toHaveLength(RULES.length);
    expect(second.rules.find((candidate) => candidate.id === 'access-key-max-age')?.params).toEqual({
      max_days: 90,
      warn_days: 0,
    });
  });

  it('are resolved from the texts given, not from the committed module', async () => {
    const module = await renderResolvedBuiltinPoliciesModule({
      base: 'version: 1\nrules:\n  root-mfa: { severity: notice }\n',
      child: 'version: 1\nextends: builtin:base\nrules:\n  user-inactive: { max_days: 30 }\n',
    });
    expect(module).toMatch(/^\/\/ Generated by scripts\/generate\.ts .*do not edit/);
    const data = JSON.parse(module.slice(module.indexOf('= {') + 2).replace(/;\n$/, '')) as Record<string, Policy>;
    expect(Object.keys(data)).toEqual(['base', 'child']);
    expect(data.child?.source).toBe('builtin:child');
    expect(data.child?.rules.filter((configured) => configured.enabled)).toEqual([
      { id: 'root-mfa', enabled: true, severity: 'notice', params: { applies_when: 'any-credential' }, position: null },
      { id: 'user-inactive', enabled: true, severity: 'warning', params: { max_days: 30 }, position: null },
    ]);
  });
});

describe('builtin:cis-aws-foundations-v5', () => {
  it('enables the CIS v5.0 section 1 items the report and the look-ups can show, failing on each', async () => {
    const policy = await loadPolicy('builtin:cis-aws-foundations-v5', { cwd: elsewhere, workspace: null });
    const rules = byId(policy);
    expect(enabledIds(policy)).toEqual([
      'root-access-keys',
      'root-mfa',
      'root-recent-use',
      'root-signing-certificates',
      'mfa-for-console',
      'access-key-max-age',
      'access-key-unused',
      'password-unused',
      'single-active-access-key',
      'no-initial-access-key',
      'additional-credentials',
      'root-hardware-mfa',
    ]);
    expect(rules.get('root-mfa')?.params).toEqual({ applies_when: 'password' });
    expect(rules.get('access-key-unused')?.params).toEqual({ max_days: 44, never_used: 'from-creation' });
    expect(rules.get('password-unused')?.params).toEqual({ max_days: 44, never_used: 'from-creation' });
    expect(rules.get('access-key-max-age')?.params).toEqual({ max_days: 90, warn_days: 0 });
    expect(rules.get('root-hardware-mfa')?.severity).toBe('error');
  });

  it('comments each CIS rule with its v5 item, and cites the same items in findings', () => {
    const text = BUILTIN_POLICIES['cis-aws-foundations-v5'] ?? '';
    for (const item of ['1.3', '1.4', '1.5', '1.6', '1.9', '1.10', '1.11', '1.12', '1.13']) expect(text).toContain(`# CIS ${item}:`);
    const cited = BENCHMARK_REFERENCES['builtin:cis-aws-foundations-v5'] ?? {};
    expect(cited['root-mfa']?.map((reference) => reference.label)).toEqual(['CIS AWS Foundations v5.0 1.4']);
    expect(cited['access-key-max-age']?.map((reference) => reference.label)).toEqual(['CIS AWS Foundations v5.0 1.13']);
  });
});

describe('builtin:cis-aws-foundations-v7', () => {
  it('enables the CIS v7.0 items, without "one active key" and "no keys at initial setup"', async () => {
    const policy = await loadPolicy('builtin:cis-aws-foundations-v7', { cwd: elsewhere, workspace: null });
    const rules = byId(policy);
    expect(enabledIds(policy)).toEqual([
      'root-access-keys',
      'root-mfa',
      'root-recent-use',
      'root-signing-certificates',
      'mfa-for-console',
      'access-key-max-age',
      'access-key-unused',
      'password-unused',
      'additional-credentials',
      'root-hardware-mfa',
    ]);
    expect(rules.get('single-active-access-key')?.enabled).toBe(false);
    expect(rules.get('no-initial-access-key')?.enabled).toBe(false);
    expect(rules.get('root-mfa')?.params).toEqual({ applies_when: 'password' });
    expect(rules.get('access-key-unused')?.params).toEqual({ max_days: 44, never_used: 'from-creation' });
    expect(rules.get('access-key-max-age')?.params).toEqual({ max_days: 90, warn_days: 0 });
  });

  it('comments each CIS rule with its v7 item, and cites the same items in findings', () => {
    const text = BUILTIN_POLICIES['cis-aws-foundations-v7'] ?? '';
    for (const item of ['2.4', '2.5', '2.6', '2.7', '2.10', '2.11', '2.12']) expect(text).toContain(`# CIS ${item}:`);
    const cited = BENCHMARK_REFERENCES['builtin:cis-aws-foundations-v7'] ?? {};
    expect(cited['root-hardware-mfa']?.map((reference) => reference.label)).toEqual(['CIS AWS Foundations v7.0 2.6']);
    expect(cited['single-active-access-key']).toBeUndefined();
  });
});

describe('builtin:aws-foundational-security', () => {
  it('enables the FSBP IAM controls the report and the look-ups can show, with their parameters', async () => {
    const policy = await loadPolicy('builtin:aws-foundational-security', { cwd: elsewhere, workspace: null });
    const rules = byId(policy);
    expect(enabledIds(policy)).toEqual([
      'root-access-keys',
      'root-mfa',
      'mfa-for-console',
      'access-key-max-age',
      'access-key-unused',
      'password-unused',
      'root-hardware-mfa',
    ]);
    expect(rules.get('access-key-max-age')?.params).toEqual({ max_days: 90, warn_days: 0 });
    expect(rules.get('access-key-unused')?.params).toEqual({ max_days: 90, never_used: 'from-creation' });
    expect(rules.get('password-unused')?.params).toEqual({ max_days: 90, never_used: 'from-creation' });
    expect(rules.get('root-mfa')?.params).toEqual({ applies_when: 'any-credential' });
    for (const id of enabledIds(policy)) expect(rules.get(id)?.severity, id).toBe('error');
  });

  it('comments each rule with its control', () => {
    const text = BUILTIN_POLICIES['aws-foundational-security'] ?? '';
    for (const control of ['IAM.3', 'IAM.4', 'IAM.5', 'IAM.6', 'IAM.8']) expect(text).toContain(`# ${control}:`);
  });
});

describe('benchmark references of the builtins', () => {
  it.each(Object.keys(BENCHMARK_REFERENCES))('%s cites an item for every rule it enables, and only for those', async (source) => {
    const policy = await loadPolicy(source, { cwd: elsewhere, workspace: null });
    const notItems = new Set(['root-signing-certificates', 'additional-credentials']);
    const expected = enabledIds(policy).filter((id) => !notItems.has(id)).sort();
    expect(Object.keys(BENCHMARK_REFERENCES[source] ?? {}).sort()).toEqual(expected);
  });

  it('leave the rules their own references under any other policy', () => {
    const own = [{ label: 'CIS AWS Foundations v3.0 1.5' }];
    expect(referencesUnder('builtin:cis-aws-foundations-v3', 'root-mfa', own)).toBe(own);
    expect(referencesUnder('policy.yml', 'root-mfa', own)).toBe(own);
    expect(referencesUnder('builtin:cis-aws-foundations-v5', 'root-mfa', own)[0]?.label).toBe('CIS AWS Foundations v5.0 1.4');
  });
});

describe('generated files', () => {
  it(`${BUILTIN_POLICIES_MODULE} is current (run \`npm run generate\`)`, async () => {
    const expected = renderBuiltinPoliciesModule(await readBuiltinPolicyTexts(`${repoRoot}/policies`));
    expect(await readFile(`${repoRoot}/${BUILTIN_POLICIES_MODULE}`, 'utf8')).toBe(expected);
  });

  it(`${RESOLVED_BUILTIN_POLICIES_MODULE} is current (run \`npm run generate\`)`, async () => {
    const expected = await renderResolvedBuiltinPoliciesModule(await readBuiltinPolicyTexts(`${repoRoot}/policies`));
    expect(await readFile(`${repoRoot}/${RESOLVED_BUILTIN_POLICIES_MODULE}`, 'utf8')).toBe(expected);
  });

  it(`${POLICY_SCHEMA_FILE} is current (run \`npm run generate\`)`, async () => {
    expect(await readFile(`${repoRoot}/${POLICY_SCHEMA_FILE}`, 'utf8')).toBe(renderPolicySchemaJson());
  });

  it('the module carries a do-not-edit header', () => {
    expect(renderBuiltinPoliciesModule({ a: 'version: 1\n' })).toMatch(/^\/\/ Generated by scripts\/generate\.ts .*do not edit/);
  });
});
