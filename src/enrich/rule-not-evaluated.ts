/**
 * A rule that needs a look-up the run did not ask for finds nothing; the run says so with one
 * run-level notice per rule rather than passing it silently. Pure.
 */
import { countFindings } from '../evaluate/evaluate-incremental';
import { runFinding } from '../evaluate/run-finding';
import { sortFindings } from '../evaluate/sort-findings';
import type { Evaluation, Finding } from '../evaluate/types';
import type { Policy } from '../policy/types';
import { RULES } from '../rules/registry';
import type { EnrichValue } from '../settings/settings';

export function rulesNotEvaluated(policy: Policy, enrich: readonly EnrichValue[]): Finding[] {
  const enabled = new Set(policy.rules.filter((rule) => rule.enabled).map((rule) => rule.id));
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const lookUp = rule.lookUp;
    if (lookUp === undefined || !enabled.has(rule.id) || enrich.includes(lookUp.enrich)) continue;
    findings.push(
      runFinding(
        'rule-not-evaluated',
        null,
        `Rule ${rule.id} is enabled but was not evaluated: it needs the look-up ${lookUp.enrich} ` +
          `(permission ${lookUp.permission}), which enrich does not ask for. Add ${lookUp.enrich} to enrich, or turn the rule off.`,
      ),
    );
  }
  return findings;
}

/** The evaluation with the rule-not-evaluated notices of the run added, sorted and counted. */
export function noteRulesNotEvaluated(evaluation: Evaluation, policy: Policy, enrich: readonly EnrichValue[]): Evaluation {
  const notices = rulesNotEvaluated(policy, enrich);
  if (notices.length === 0) return evaluation;
  const findings = sortFindings([...evaluation.findings, ...notices]);
  return { ...evaluation, findings, counts: countFindings(findings) };
}
