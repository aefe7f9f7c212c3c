import type { Exemption, Policy } from '../policy/types';
import type { PolicyChange } from '../policy-review/types';
import type { Credential, CredentialReportRow } from '../report/types';
import type { FindingStatus, Severity } from '../rules/types';

export type Verdict = 'pass' | 'fail' | 'error';
export type FailOn = 'error' | 'warning' | 'never';

export interface FindingExemption {
  reason: string;
  owner: string | null;
  expires: string | null;
}

export interface Finding {
  rule: string;
  severity: Severity;
  status: FindingStatus;
  account: string | null;
  user: string | null;
  arn: string | null;
  credential: Credential | null;
  credentialCreated: string | null;
  ageDays: number | null;
  limit: number | null;
  message: string;
  exempted: boolean;
  exemption: FindingExemption | null;
}

/** The rows of one account's report as handed to the evaluator. */
export interface ReportInput {
  account: string | null;
  rows: CredentialReportRow[];
}

export interface RuleSummary {
  id: string;
  enabled: boolean;
  severity: Severity;
  /** Findings of this rule (exempted included). */
  findings: number;
  exempted: number;
}

export interface Counts {
  error: number;
  warning: number;
  notice: number;
  exempted: number;
}

export interface ExemptionUse {
  exemption: Exemption;
  /** Findings it exempted. */
  applied: number;
  expired: boolean;
}

export interface Evaluation {
  findings: Finding[];
  rules: RuleSummary[];
  counts: Counts;
  exemptions: ExemptionUse[];
}

export interface EvaluateInput {
  reports: ReportInput[];
  policy: Policy;
  /** Epoch milliseconds. */
  now: number;
}

/** Report facts carried into the findings document and summaries. */
export interface ReportFacts {
  account: string | null;
  /** ISO instant, null when unknown (a saved CSV). */
  generatedAt: string | null;
  source: 'aws' | 'file';
  users: number;
}

/** The findings document (`json-file`), schemaVersion 1. */
export interface FindingsDocument {
  schemaVersion: 1;
  tool: { name: 'iam-credential-gate'; version: string };
  evaluatedAt: string;
  verdict: Verdict;
  failOn: FailOn;
  policy: { source: string };
  reports: ReportFacts[];
  counts: Counts;
  rules: RuleSummary[];
  findings: Finding[];
  /** What the policy does differently from `compare-policy`; null without one. */
  policyChange: PolicyChange | null;
  errors: string[];
}
