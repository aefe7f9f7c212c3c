/**
 * Evaluation of a run one report at a time, so a run over many accounts holds findings, never all
 * the rows at once (100 accounts of 5 000 users would not fit in a runner's memory otherwise).
 *
 * Rules look at one row at a time, so a run's findings are the union of each account's; only the
 * run-level exemption findings depend on the whole run. Each account is therefore evaluated alone
 * with `evaluate`, and the parts are combined the way `merge` combines shards: the same code makes
 * one run over N accounts, and N shards merged, give the same document.
 */
import type { Policy } from '../policy/types';
import { evaluate } from './evaluate';
import { sortFindings } from './sort-findings';
import type { Counts, Evaluation, ExemptionUse, Finding, ReportInput, RuleSummary } from './types';

/** The findings of one part of a run (an account, a shard's document). */
export interface FindingsPart {
  findings: readonly Finding[];
  /** False when the part evaluated nothing (it failed before), so it says nothing about exemptions. */
  evaluated: boolean;
}

function isRunLevel(finding: Finding, rule: 'exemption-expired' | 'exemption-unused' | 'rule-not-evaluated'): boolean {
  return finding.rule === rule && finding.account === null && finding.user === null;
}

/**
 * Joins parts of one run. Row findings belong to one account and are kept as they are. Every part
 * repeats the run-level exemption findings: an expired exemption is reported once, and an
 * exemption is unused in the run only when every part that evaluated something found it unused
 * (its message names the exemption by number and position, so equal messages are one exemption).
 */
export function combineFindings(parts: readonly FindingsPart[]): Finding[] {
  const kept: Finding[] = [];
  const expired = new Set<string>();
  const unused = new Map<string, { finding: Finding; parts: number }>();
  let evaluatedParts = 0;

  for (const part of parts) {
    if (part.evaluated) evaluatedParts += 1;
    const unusedHere = new Set<string>();
    for (const finding of part.findings) {
      // Repeated by every part, like an expired exemption: a rule-not-evaluated notice is about the policy.
      if (isRunLevel(finding, 'exemption-expired') || isRunLevel(finding, 'rule-not-evaluated')) {
        if (!expired.has(finding.message)) kept.push(finding);
        expired.add(finding.message);
      } else if (isRunLevel(finding, 'exemption-unused')) {
        unusedHere.add(finding.message);
        if (!unused.has(finding.message)) unused.set(finding.message, { finding, parts: 0 });
      } else {
        kept.push(finding);
      }
    }
    if (!part.evaluated) continue;
    for (const message of unusedHere) {
      const entry = unused.get(message);
      if (entry) entry.parts += 1;
    }
  }
  for (const { finding, parts: count } of unused.values()) {
    if (count === evaluatedParts) kept.push(finding);
  }
  return sortFindings(kept);
}

/** The rule summary of `rules` (ids, enabled, severity in their order) recounted from `findings`. */
export function summarizeRules(rules: readonly RuleSummary[], findings: readonly Finding[]): RuleSummary[] {
  const summary = new Map<string, RuleSummary>();
  for (const rule of rules) {
    if (!summary.has(rule.id)) {
      summary.set(rule.id, { id: rule.id, enabled: rule.enabled, severity: rule.severity, findings: 0, exempted: 0 });
    }
  }
  for (const finding of findings) {
    const rule = summary.get(finding.rule);
    if (rule === undefined) continue;
    rule.findings += 1;
    if (finding.exempted) rule.exempted += 1;
  }
  return [...summary.values()];
}

/** Exempted findings count as exempted only; the others by severity. */
export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, notice: 0, exempted: 0 };
  for (const finding of findings) {
    if (finding.exempted) counts.exempted += 1;
    else counts[finding.severity] += 1;
  }
  return counts;
}

/**
 * User names and ARNs (and messages built from them) are slices of the report's CSV text, and a
 * slice keeps its whole parent string alive: kept as they are, findings would hold every account's
 * CSV in memory to the end of the run. structuredClone copies a string into memory of its own.
 */
export function detachFromReport(finding: Finding): Finding {
  return {
    ...finding,
    user: finding.user === null ? null : structuredClone(finding.user),
    arn: finding.arn === null ? null : structuredClone(finding.arn),
    message: structuredClone(finding.message),
  };
}

export interface IncrementalEvaluation {
  /** Evaluates one report now and keeps only its findings (returned): the caller may drop the rows. */
  add(report: ReportInput): readonly Finding[];
  /** The evaluation of every report added, as `evaluate` over all of them would give it. */
  finish(): Evaluation;
}

export function startEvaluation(policy: Policy, now: number): IncrementalEvaluation {
  // Nothing evaluated yet: every exemption in force is unused, every expired one is reported.
  const empty = evaluate({ reports: [], policy, now });
  const parts: FindingsPart[] = [];
  const applied = empty.exemptions.map(() => 0);

  return {
    add(report) {
      const part = evaluate({ reports: [report], policy, now });
      const findings = part.findings.map(detachFromReport);
      parts.push({ findings, evaluated: true });
      part.exemptions.forEach((use, index) => {
        applied[index] = (applied[index] ?? 0) + use.applied;
      });
      return findings;
    },
    finish() {
      const findings = combineFindings(parts.length > 0 ? parts : [{ findings: empty.findings, evaluated: true }]);
      const exemptions: ExemptionUse[] = empty.exemptions.map((use, index) => ({
        exemption: use.exemption,
        applied: applied[index] ?? 0,
        expired: use.expired,
      }));
      return { findings, rules: summarizeRules(empty.rules, findings), counts: countFindings(findings), exemptions };
    },
  };
}
