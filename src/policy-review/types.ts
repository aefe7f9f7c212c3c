import type { Finding } from '../evaluate/types';
import type { Exemption } from '../policy/types';
import type { Severity } from '../rules/types';
import type { PolicyWeakening } from '../settings/settings';

/** What one part of a policy change does to what the gate enforces. */
export type ChangeEffect = 'looser' | 'stricter' | 'neutral';

/** One rule as one side of the change configures it. */
export interface RuleSide {
  enabled: boolean;
  severity: Severity;
  params: Record<string, unknown>;
}

/** One field of a rule or an exemption that differs between the two policies. */
export interface FieldChange {
  /** `enabled`, `severity`, a param name (`max_days`), or an exemption field (`users`, `expires`). */
  field: string;
  before: unknown;
  after: unknown;
  effect: ChangeEffect;
}

export interface RuleChange {
  id: string;
  before: RuleSide;
  after: RuleSide;
  /** `looser` when any change is looser, else `stricter` when any is stricter, else `neutral`. */
  effect: ChangeEffect;
  /** Every field that differs, each marked. */
  changes: FieldChange[];
}

/** An exemption as the document shows it: its content, and `at`, where it stands (`file:line:col`; null when unknown). */
export type ExemptionContent = Omit<Exemption, 'position'> & { at: string | null };

/** The same exemption (same reason, or same selector) with other fields in the two policies. */
export interface ExemptionChange {
  before: ExemptionContent;
  after: ExemptionContent;
  /** `looser` when widened in any way, else `stricter` when narrowed, else `neutral`. */
  effect: ChangeEffect;
  changes: FieldChange[];
}

/** `policyChange` of the findings document: what `policy` does differently from `compare-policy`. */
export interface PolicyChange {
  comparePolicy: string;
  weakened: boolean;
  /** What the setting made of a weakening: the severity of `policy-weakened`, or none with `allow`. */
  policyWeakening: PolicyWeakening;
  /** One sentence per way the change weakens the policy (empty when it does not). */
  reasons: string[];
  /** Findings that count under compare-policy and not under policy, as under compare-policy. */
  hidden: Finding[];
  /** Findings that count under policy and not under compare-policy. */
  added: Finding[];
  /** Only the rules that changed, in registry order. */
  rules: RuleChange[];
  exemptions: { added: ExemptionContent[]; removed: ExemptionContent[]; changed: ExemptionChange[] };
}
