import type { RuleReference } from './types';

const CIS_URL = 'https://www.cisecurity.org/benchmark/amazon_web_services';
const SECURITY_HUB_URL = 'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html';

/** The CIS AWS Foundations versions the builtins follow; each numbers its items its own way. */
export type CisVersion = 'v3' | 'v5' | 'v7';

const CIS_LABEL: Readonly<Record<CisVersion, string>> = {
  v3: 'CIS AWS Foundations v3.0',
  v5: 'CIS AWS Foundations v5.0',
  v7: 'CIS AWS Foundations v7.0',
};

export function cisItem(version: CisVersion, item: string): RuleReference {
  return { label: `${CIS_LABEL[version]} ${item}`, url: CIS_URL };
}

/** A rule's own references cite CIS v3.0, the benchmark of 1.0. */
export function cis(item: string): RuleReference {
  return cisItem('v3', item);
}

export function securityHub(control: string): RuleReference {
  return { label: `Security Hub ${control}`, url: `${SECURITY_HUB_URL}#${control.toLowerCase().replace('.', '-')}` };
}

/**
 * The benchmark item each rule implements in the builtins that follow a benchmark, by policy
 * source. Findings of a run under one of them cite these instead of the rules' own references (CIS
 * v3.0 and Security Hub), so an auditor sees the numbering of the benchmark being audited. Kept
 * beside the YAML of `policies/` by a test: every enabled rule of such a builtin has an entry here.
 */
export const BENCHMARK_REFERENCES: Readonly<Record<string, Readonly<Record<string, readonly RuleReference[]>>>> = {
  'builtin:cis-aws-foundations-v5': {
    'root-access-keys': [cisItem('v5', '1.3')],
    'root-mfa': [cisItem('v5', '1.4')],
    'root-hardware-mfa': [cisItem('v5', '1.5')],
    'root-recent-use': [cisItem('v5', '1.6')],
    'mfa-for-console': [cisItem('v5', '1.9')],
    'no-initial-access-key': [cisItem('v5', '1.10')],
    'access-key-unused': [cisItem('v5', '1.11')],
    'password-unused': [cisItem('v5', '1.11')],
    'single-active-access-key': [cisItem('v5', '1.12')],
    'access-key-max-age': [cisItem('v5', '1.13')],
  },
  'builtin:cis-aws-foundations-v7': {
    'root-access-keys': [cisItem('v7', '2.4')],
    'root-mfa': [cisItem('v7', '2.5')],
    'root-hardware-mfa': [cisItem('v7', '2.6')],
    'root-recent-use': [cisItem('v7', '2.7')],
    'mfa-for-console': [cisItem('v7', '2.10')],
    'access-key-unused': [cisItem('v7', '2.11')],
    'password-unused': [cisItem('v7', '2.11')],
    'access-key-max-age': [cisItem('v7', '2.12')],
  },
  'builtin:aws-foundational-security': {
    'access-key-max-age': [securityHub('IAM.3')],
    'root-access-keys': [securityHub('IAM.4')],
    'mfa-for-console': [securityHub('IAM.5')],
    'root-hardware-mfa': [securityHub('IAM.6')],
    // IAM.6 fails a root without any MFA too; root-hardware-mfa only sees the kind of a device that exists.
    'root-mfa': [securityHub('IAM.6')],
    'access-key-unused': [securityHub('IAM.8')],
    'password-unused': [securityHub('IAM.8')],
  },
};

/**
 * The references of a rule under a policy: the benchmark's numbering when the policy is a builtin
 * that follows one and maps the rule, else the rule's own.
 */
export function referencesUnder(
  policySource: string | null | undefined,
  ruleId: string,
  own: readonly RuleReference[],
): readonly RuleReference[] {
  if (policySource === null || policySource === undefined) return own;
  return BENCHMARK_REFERENCES[policySource]?.[ruleId] ?? own;
}
