import type { AccountLookups } from '../enrich/types';
import type { Exemption, Policy } from '../policy/types';
import type { PolicyChange } from '../policy-review/types';
import type { CredentialReportRow } from '../report/types';
import type { FindingCredential, FindingStatus, Severity } from '../rules/types';

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
  credential: FindingCredential | null;
  credentialCreated: string | null;
  ageDays: number | null;
  limit: number | null;
  message: string;
  exempted: boolean;
  exemption: FindingExemption | null;
  /**
   * Against the `baseline` document: `new` or `unchanged`. Absent (written as null) without a
   * baseline, and until the baseline stage has marked the finding.
   */
  baseline?: BaselineMark | null;
  // The look-ups beyond the report (`enrich`) add these; a field is omitted when its look-up was not
  // made for the finding, and null when it was made and found nothing (see enrich/finding-enrichment.ts).
  /** `access-key-ids`: the id of the access key the finding names; null when the key is gone since the report. */
  accessKeyId?: string | null;
  /** `user-tags`: the value of the user's owner tag; null when the user has no such tag. */
  owner?: string | null;
  /** The AWS service of a service-specific credential. */
  service?: string;
}

export type BaselineMark = 'new' | 'unchanged';

/** The document's `baseline` section: what changed since the earlier run it was compared with. */
export interface BaselineSummary {
  /** The baseline file as given (input `baseline`). */
  file: string;
  /** The baseline document's own `evaluatedAt`. */
  evaluatedAt: string;
  newOnly: boolean;
  /** Findings of this run, not exempted, marked `new` (exempted ones are marked but not counted). */
  new: number;
  /** Findings of this run, not exempted, marked `unchanged`. */
  unchanged: number;
  /** The baseline's findings (not exempted there) that no finding of this run has, as they were in the baseline. */
  fixed: Finding[];
}

/** The rows of one account's report as handed to the evaluator. */
export interface ReportInput {
  account: string | null;
  rows: CredentialReportRow[];
  /** What the look-ups beyond the report found in this account; absent when none were made. */
  lookups?: AccountLookups;
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
  /** null without a `baseline`. */
  baseline: BaselineSummary | null;
  /** What the policy does differently from `compare-policy`; null without one. */
  policyChange: PolicyChange | null;
  errors: string[];
}
