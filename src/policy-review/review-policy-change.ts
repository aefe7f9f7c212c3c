import { compareFindings as compareFindingOrder } from '../evaluate/sort-findings';
import { runFinding } from '../evaluate/run-finding';
import type { Evaluation, Finding, Verdict } from '../evaluate/types';
import type { Policy } from '../policy/types';
import type { PolicyWeakening } from '../settings/settings';
import { compareExemptions } from './compare-exemptions';
import { compareRules } from './compare-rules';
import type { ReviewedFindings } from './review-findings';
import type { ExemptionContent, FieldChange, PolicyChange, RuleChange } from './types';

export interface PolicyReviewInput {
  /** `compare-policy` as the user named it. */
  comparePolicy: string;
  /** The policy before the change (compare-policy) and after it (policy). */
  before: Policy;
  after: Policy;
  /** Hidden and added findings of the same report(s) at the same `now`; null when nothing was evaluated (validate). */
  findings: ReviewedFindings | null;
  policyWeakening: PolicyWeakening;
}

/** Reasons quoted in the finding's message; the document keeps all of them. */
const MESSAGE_MAX_REASONS = 10;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (Array.isArray(value)) return `[${value.map(String).join(', ')}]`;
  return String(value);
}

function formatFieldValue(field: string, value: unknown): string {
  if (field === 'expires' && value === null) return 'never';
  if (field === 'accounts' && value === null) return 'any account';
  return formatValue(value);
}

export function describeFieldChange(change: FieldChange): string {
  if (change.field === 'enabled') return change.after === true ? 'turned on' : 'turned off';
  return `${change.field} ${formatFieldValue(change.field, change.before)} → ${formatFieldValue(change.field, change.after)}`;
}

/** `users [deploy-bot], rules [*] ("Vendor rotates quarterly")`: what an exemption selects, and why. */
export function describeExemptionContent(exemption: ExemptionContent): string {
  const parts = [
    exemption.users.length > 0 ? `users ${formatValue(exemption.users)}` : '',
    exemption.arns.length > 0 ? `ARNs ${formatValue(exemption.arns)}` : '',
    exemption.accounts === null ? '' : `accounts ${formatValue(exemption.accounts)}`,
    `rules ${formatValue(exemption.rules)}`,
    exemption.expires === null ? 'no expiry' : `until ${exemption.expires}`,
  ].filter(Boolean);
  return `${parts.join(', ')} ("${exemption.reason}")`;
}

function ruleReason(rule: RuleChange): string {
  const looser = rule.changes.filter((change) => change.effect === 'looser').map(describeFieldChange);
  return `rule ${rule.id}: ${looser.join(', ')}`;
}

function reasonsOf(change: Omit<PolicyChange, 'weakened' | 'reasons'>): string[] {
  const reasons: string[] = [];
  if (change.hidden.length > 0) {
    reasons.push(`it hides ${plural(change.hidden.length, 'finding')} that count${change.hidden.length === 1 ? 's' : ''} under the compare-policy`);
  }
  for (const rule of change.rules) if (rule.effect === 'looser') reasons.push(ruleReason(rule));
  for (const exemption of change.exemptions.added) reasons.push(`new exemption: ${describeExemptionContent(exemption)}`);
  for (const edit of change.exemptions.changed) {
    if (edit.effect !== 'looser') continue;
    const widened = edit.changes.filter((field) => field.effect === 'looser').map(describeFieldChange);
    reasons.push(`exemption ("${edit.after.reason}") widened: ${widened.join(', ')}`);
  }
  return reasons;
}

/**
 * What `policy` does differently from `compare-policy`: the findings it hides and adds, every rule
 * and exemption change marked looser, stricter or neutral, and whether it weakens the policy (it
 * hides a finding, or loosens anything). Pure.
 */
export function reviewPolicyChange(input: PolicyReviewInput): PolicyChange {
  const findings = input.findings ?? { hidden: [], added: [] };
  const partial = {
    comparePolicy: input.comparePolicy,
    policyWeakening: input.policyWeakening,
    hidden: findings.hidden,
    added: findings.added,
    rules: compareRules(input.before, input.after),
    exemptions: compareExemptions(input.before.exemptions, input.after.exemptions),
  };
  const reasons = reasonsOf(partial);
  return {
    comparePolicy: partial.comparePolicy,
    weakened: reasons.length > 0,
    policyWeakening: partial.policyWeakening,
    reasons,
    hidden: partial.hidden,
    added: partial.added,
    rules: partial.rules,
    exemptions: partial.exemptions,
  };
}

/** The run-level `policy-weakened` finding, or null when the change does not weaken or `allow` lets it. */
export function policyWeakenedFinding(change: PolicyChange): Finding | null {
  if (!change.weakened || change.policyWeakening === 'allow') return null;
  const shown = change.reasons.slice(0, MESSAGE_MAX_REASONS);
  const more = change.reasons.length - shown.length;
  const message =
    `The policy change weakens the policy compared with ${change.comparePolicy}: ${shown.join('; ')}` +
    `${more > 0 ? `; and ${plural(more, 'more reason')}` : ''}.`;
  // Added after the exemptions were applied: no exemption, not even `rules: ["*"]`, reaches it.
  return { ...runFinding('policy-weakened', null, message), severity: change.policyWeakening === 'fail' ? 'error' : 'warning' };
}

/** The evaluation with `policy-weakened` in its sorted place and counted; the same one when there is none. */
export function withPolicyReview(evaluation: Evaluation, change: PolicyChange | null): Evaluation {
  const finding = change === null ? null : policyWeakenedFinding(change);
  if (finding === null) return evaluation;
  const findings = [...evaluation.findings];
  // Binary search for the sorted place: re-sorting half a million findings for one would be waste.
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = findings[middle];
    if (other !== undefined && compareFindingOrder(other, finding) <= 0) low = middle + 1;
    else high = middle;
  }
  findings.splice(low, 0, finding);
  const counts = { ...evaluation.counts, [finding.severity]: evaluation.counts[finding.severity] + 1 };
  return { ...evaluation, findings, counts };
}

/** With `policy-weakening: fail`, a weakening fails the run whatever `fail-on` says (an error still wins). */
export function verdictWithReview(verdict: Verdict, change: PolicyChange | null): Verdict {
  if (verdict !== 'pass' || change === null) return verdict;
  return change.weakened && change.policyWeakening === 'fail' ? 'fail' : verdict;
}

/** An exemption of either policy, for the redactor: its globs name people. */
export function exemptionsOfChange(change: PolicyChange): ExemptionContent[] {
  const { added, removed, changed } = change.exemptions;
  return [...added, ...removed, ...changed.flatMap((edit) => [edit.before, edit.after])];
}
