import type { Credential, CredentialReportRow } from '../report/types';

export type Severity = 'error' | 'warning' | 'notice';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];
export type FindingStatus = 'violation' | 'upcoming';

/** What a rule reports about one row, before account, exemptions and severity are applied. */
export interface RuleHit {
  credential: Credential | null;
  /** Creation time of the credential named (ISO), when there is one. */
  credentialCreated: string | null;
  ageDays: number | null;
  limit: number | null;
  message: string;
  /** Defaults to `violation`; `upcoming` findings are always `warning`. */
  status?: FindingStatus;
}

export interface RuleContext {
  /** Epoch milliseconds: the evaluation instant. */
  now: number;
}

export interface RuleReference {
  /** e.g. `CIS AWS Foundations v3.0 1.4` or `Security Hub IAM.4`. */
  label: string;
  url?: string;
}

/**
 * A rule. Its params schema lives in `rule-params.ts` (the only place rules touch zod); the rule
 * carries the same defaults as plain data, so evaluating needs no schema.
 */
export interface RuleDefinition<P extends object = Record<string, unknown>> {
  id: string;
  /** Phrased as the passing state: "Root has no access keys". */
  title: string;
  description: string;
  defaultSeverity: Severity;
  /** Enabled in `builtin:recommended`. */
  recommended: boolean;
  /** `root` rules see only the root row; `user` rules only IAM users. */
  appliesTo: 'root' | 'user';
  /** Every param with its default: what `RULE_PARAMS[id].parse({})` gives (a test checks it). */
  defaults: Readonly<P>;
  /** Which credentials findings name (documentation). */
  credentials: readonly (Credential | 'none')[];
  references: readonly RuleReference[];
  remediation: string;
  evaluate(row: CredentialReportRow, params: P, ctx: RuleContext): RuleHit[];
}
