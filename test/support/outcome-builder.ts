/**
 * GateOutcome fixtures built from typed objects, for the renderers' tests and the summary
 * screenshot: counts and rule summaries are derived from the findings, so a fixture only says
 * what was found.
 */
import type {
  Counts,
  ExemptionUse,
  FailOn,
  Finding,
  FindingsDocument,
  ReportFacts,
  RuleSummary,
  Verdict,
} from '../../src/evaluate/types';
import type { Exemption, Policy } from '../../src/policy/types';
import type { GateOutcome } from '../../src/run/types';
import { buildPolicy, exemption } from './policy-builder';
import type { PolicyChange } from '../../src/policy-review/types';

export const NOW = Date.parse('2026-11-20T12:00:00.000Z');
export const ACCOUNT = '123456789012';
const DAY_MS = 86_400_000;

export function ageAt(iso: string, now = NOW): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / DAY_MS));
}

export function userArn(user: string, account = ACCOUNT): string {
  return user === '<root_account>' ? `arn:aws:iam::${account}:root` : `arn:aws:iam::${account}:user/${user}`;
}

export function finding(overrides: Partial<Finding> & Pick<Finding, 'rule' | 'message'>): Finding {
  const user = overrides.user === undefined ? 'alice' : overrides.user;
  const account = overrides.account === undefined ? ACCOUNT : overrides.account;
  return {
    severity: 'error',
    status: 'violation',
    account,
    user,
    arn: user === null ? null : userArn(user, account ?? ACCOUNT),
    credential: null,
    credentialCreated: null,
    ageDays: null,
    limit: null,
    exempted: false,
    exemption: null,
    ...overrides,
  };
}

/** A finding about the run (no user, no credential). */
export function runFinding(rule: string, severity: Finding['severity'], message: string, account: string | null = null): Finding {
  return finding({ rule, severity, message, user: null, arn: null, account });
}

export function report(overrides: Partial<ReportFacts> = {}): ReportFacts {
  return { account: ACCOUNT, generatedAt: '2026-11-20T11:48:02.000Z', source: 'aws', users: 42, ...overrides };
}

export interface OutcomeOptions {
  findings?: Finding[];
  reports?: ReportFacts[];
  /** null: the policy could not be loaded. */
  policy?: Policy | null;
  exemptions?: ExemptionUse[];
  verdict?: Verdict;
  failOn?: FailOn;
  errors?: string[];
  evaluatedAt?: string;
  policyChange?: PolicyChange | null;
}

function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, notice: 0, exempted: 0 };
  for (const item of findings) counts[item.exempted ? 'exempted' : item.severity] += 1;
  return counts;
}

function summarizeRules(policy: Policy | null, findings: readonly Finding[]): RuleSummary[] {
  return (policy?.rules ?? []).map((rule) => {
    const own = findings.filter((item) => item.rule === rule.id);
    return {
      id: rule.id,
      enabled: rule.enabled,
      severity: rule.severity,
      findings: own.length,
      exempted: own.filter((item) => item.exempted).length,
    };
  });
}

export function buildOutcome(options: OutcomeOptions = {}): GateOutcome {
  const findings = options.findings ?? [];
  const policy = options.policy === undefined ? buildPolicy() : options.policy;
  const counts = countFindings(findings);
  const failOn = options.failOn ?? 'error';
  const errors = options.errors ?? [];
  const failing = failOn === 'never' ? 0 : counts.error + (failOn === 'warning' ? counts.warning : 0);
  const verdict = options.verdict ?? (errors.length > 0 ? 'error' : failing > 0 ? 'fail' : 'pass');
  const document: FindingsDocument = {
    schemaVersion: 1,
    tool: { name: 'iam-credential-gate', version: '1.0.0' },
    evaluatedAt: options.evaluatedAt ?? new Date(NOW).toISOString(),
    verdict,
    failOn,
    policy: { source: policy?.source ?? 'builtin:recommended' },
    reports: options.reports ?? [report()],
    counts,
    rules: summarizeRules(policy, findings),
    findings,
    baseline: null,
    policyChange: options.policyChange ?? null,
    errors,
  };
  const exemptions =
    options.exemptions ?? (policy?.exemptions ?? []).map((item) => ({ exemption: item, applied: 0, expired: false }));
  return { document, policy, exemptions };
}

export const POLICY_FILE = '.github/iam-policy.yml';

/** Rules the sample policy file sets itself; the others come from `builtin:recommended`. */
const SAMPLE_FILE_RULES: Readonly<Record<string, number>> = {
  'access-key-max-age': 6,
  'access-key-unused': 7,
  'mfa-for-console': 8,
  'password-unused': 9,
  'console-user-access-keys': 10,
};

function samplePolicy(exemptions: Exemption[]): Policy {
  const policy = buildPolicy({
    rules: { 'access-key-max-age': { params: { max_days: 90, warn_days: 14 } }, 'console-user-access-keys': true },
    exemptions,
  });
  let builtinLine = 3;
  return {
    ...policy,
    source: POLICY_FILE,
    file: POLICY_FILE,
    rules: policy.rules.map((rule) => {
      const line = SAMPLE_FILE_RULES[rule.id];
      builtinLine += 1;
      return {
        ...rule,
        position:
          line === undefined ? { file: 'builtin:recommended', line: builtinLine, column: 3 } : { file: POLICY_FILE, line, column: 3 },
      };
    }),
  };
}

/** A realistic run: one account, a workspace policy, findings in every group, exemptions in every state. */
export function sampleOutcome(): GateOutcome {
  const vendor = exemption({
    users: ['deploy-bot'],
    rules: ['access-key-max-age'],
    reason: 'Vendor rotates quarterly (SEC-142)',
    owner: 'platform-team',
    expires: '2026-12-05',
    position: { file: POLICY_FILE, line: 14, column: 5 },
  });
  const migration = exemption({
    users: ['legacy-*'],
    rules: ['*'],
    reason: 'Migration to SSO (INFRA-88)',
    owner: 'identity-team',
    expires: '2026-11-01',
    position: { file: POLICY_FILE, line: 19, column: 5 },
  });
  const breakGlass = exemption({
    arns: [`arn:aws:iam::${ACCOUNT}:user/breakglass/*`],
    rules: ['*'],
    reason: 'Break-glass user, sealed in the safe',
    owner: 'security',
    position: { file: POLICY_FILE, line: 23, column: 5 },
  });
  const policy = samplePolicy([vendor, migration, breakGlass]);
  const key = (credential: Finding['credential'], created: string) => ({
    credential,
    credentialCreated: created,
    ageDays: ageAt(created),
  });
  const findings: Finding[] = [
    finding({
      rule: 'root-access-keys',
      user: '<root_account>',
      ...key('access_key_1', '2019-03-04T10:12:00.000Z'),
      message: 'Root has an active access key 1, created 2019-03-04.',
    }),
    finding({
      rule: 'mfa-for-console',
      user: 'alice',
      credential: 'mfa',
      message: 'alice can sign in to the console without MFA.',
    }),
    finding({
      rule: 'access-key-max-age',
      user: 'carol',
      ...key('access_key_1', '2026-07-01T09:00:00.000Z'),
      limit: 90,
      message: 'Access key 1 of carol is 142 days old (limit 90 days).',
    }),
    finding({
      rule: 'access-key-max-age',
      user: 'deploy-bot',
      ...key('access_key_2', '2025-01-15T08:30:00.000Z'),
      limit: 90,
      message: 'Access key 2 of deploy-bot is 674 days old (limit 90 days).',
      exempted: true,
      exemption: { reason: vendor.reason, owner: vendor.owner, expires: vendor.expires },
    }),
    finding({
      rule: 'access-key-unused',
      user: 'dave',
      ...key('access_key_1', '2026-09-01T09:00:00.000Z'),
      limit: 45,
      message: 'Access key 1 of dave has never been used and was created 80 days ago (limit 45 days).',
    }),
    finding({
      rule: 'password-unused',
      user: 'erin',
      ...key('password', '2025-06-02T07:45:00.000Z'),
      ageDays: ageAt('2026-08-01T10:00:00.000Z'),
      limit: 45,
      message: 'The password of erin was last used 111 days ago (limit 45 days).',
    }),
    finding({
      rule: 'access-key-max-age',
      severity: 'warning',
      status: 'upcoming',
      user: 'frank',
      ...key('access_key_1', '2026-08-25T11:00:00.000Z'),
      limit: 90,
      message: 'Access key 1 of frank is 87 days old and passes the limit of 90 days in 4 days.',
    }),
    finding({
      rule: 'console-user-access-keys',
      severity: 'warning',
      user: 'carol',
      ...key('access_key_1', '2026-07-01T09:00:00.000Z'),
      message: 'carol signs in to the console and also holds active access key 1.',
    }),
    finding({
      rule: 'single-active-access-key',
      severity: 'warning',
      user: 'carol',
      message: 'carol has two active access keys.',
    }),
    runFinding(
      'exemption-expired',
      'warning',
      `Exemption 2 (${POLICY_FILE}:19:5) ("Migration to SSO (INFRA-88)") expired on 2026-11-01 and is no longer applied.`,
    ),
    runFinding(
      'exemption-unused',
      'notice',
      `Exemption 3 (${POLICY_FILE}:23:5) ("Break-glass user, sealed in the safe") matched no finding.`,
    ),
  ];
  return buildOutcome({
    findings,
    policy,
    exemptions: [
      { exemption: vendor, applied: 1, expired: false },
      { exemption: migration, applied: 0, expired: true },
      { exemption: breakGlass, applied: 0, expired: false },
    ],
  });
}

/** A large account: `users` IAM users, each with `perUser` violations (1–3), names up to IAM's 64 characters. */
export function largeOutcome(users: number, perUser: 1 | 2 | 3 = 1, nameLength = 64): GateOutcome {
  const findings: Finding[] = [];
  for (let index = 1; index <= users; index += 1) {
    const prefix = `user-${String(index).padStart(5, '0')}-`;
    const user = prefix.padEnd(nameLength, 'x');
    findings.push(
      finding({
        rule: 'access-key-max-age',
        user,
        credential: 'access_key_1',
        credentialCreated: '2025-01-01T00:00:00.000Z',
        ageDays: ageAt('2025-01-01T00:00:00.000Z'),
        limit: 90,
        message: `Access key 1 of ${user} is ${ageAt('2025-01-01T00:00:00.000Z')} days old (limit 90 days).`,
      }),
    );
    if (perUser >= 2) {
      findings.push(finding({ rule: 'mfa-for-console', user, credential: 'mfa', message: `${user} can sign in to the console without MFA.` }));
    }
    if (perUser >= 3) {
      findings.push(
        finding({
          rule: 'access-key-unused',
          user,
          credential: 'access_key_1',
          credentialCreated: '2025-01-01T00:00:00.000Z',
          ageDays: 400,
          limit: 45,
          message: `Access key 1 of ${user} was last used 400 days ago (limit 45 days).`,
        }),
      );
    }
  }
  findings.sort((a, b) => a.rule.localeCompare(b.rule));
  return buildOutcome({ findings, reports: [report({ users: users + 1 })] });
}
