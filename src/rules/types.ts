import type { AccountLookups } from '../enrich/types';
import type { Credential, CredentialReportRow } from '../report/types';
import type { EnrichValue } from '../settings/settings';

export type Severity = 'error' | 'warning' | 'notice';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];
export type FindingStatus = 'violation' | 'upcoming';

/** Credentials only the look-ups beyond the report can name: `service_credential:<id>`, `ssh_key:<id>`. */
export type LookedUpCredential = `service_credential:${string}` | `ssh_key:${string}`;
/** What a finding's `credential` names. */
export type FindingCredential = Credential | LookedUpCredential;

/** What a rule reports about one row, before account, exemptions and severity are applied. */
export interface RuleHit {
  credential: FindingCredential | null;
  /** Creation time of the credential named (ISO), when there is one. */
  credentialCreated: string | null;
  ageDays: number | null;
  limit: number | null;
  message: string;
  /** Defaults to `violation`; `upcoming` findings are always `warning`. */
  status?: FindingStatus;
  /** The AWS service of a service-specific credential (`bedrock.amazonaws.com`). */
  service?: string;
}

export interface RuleContext {
  /** Epoch milliseconds: the evaluation instant. */
  now: number;
  /** What the look-ups beyond the report found in the row's account; absent when none were made. */
  lookups?: AccountLookups;
}

/** The look-up a rule needs beyond the report, and the one permission it takes. */
export interface RuleLookUp {
  enrich: EnrichValue;
  permission: string;
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
  credentials: readonly (FindingCredential | 'none')[];
  /** Rules that see more than the report: the `enrich` value they need (they find nothing without it). */
  lookUp?: RuleLookUp;
  references: readonly RuleReference[];
  remediation: string;
  evaluate(row: CredentialReportRow, params: P, ctx: RuleContext): RuleHit[];
}
