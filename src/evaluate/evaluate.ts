import type { ConfiguredRule } from '../policy/types';
import type { CredentialReportRow } from '../report/types';
import { RULES } from '../rules/registry';
import type { RuleContext, RuleDefinition, RuleHit, Severity } from '../rules/types';
import { enrichmentOf } from '../enrich/finding-enrichment';
import { describeExemption, prepareExemption, type PreparedExemption } from './exemptions';
import { runFinding } from './run-finding';
import { sortFindings } from './sort-findings';
import type { Counts, EvaluateInput, Evaluation, Finding, ReportInput, RuleSummary } from './types';

interface ActiveRule {
  definition: RuleDefinition;
  configured: ConfiguredRule;
  params: Record<string, unknown>;
}

/**
 * The policy's enabled rules in registry order, their params completed with the rule's defaults.
 * The loader has validated and completed the params already; the defaults only fill in a policy
 * built by hand that leaves some out.
 */
function activeRules(configured: ConfiguredRule[]): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const definition of RULES) {
    const entry = configured.find((rule) => rule.id === definition.id);
    if (entry === undefined || !entry.enabled) continue;
    active.push({ definition, configured: entry, params: { ...definition.defaults, ...entry.params } });
  }
  return active;
}

function rowFinding(rule: ActiveRule, report: ReportInput, row: CredentialReportRow, hit: RuleHit): Finding {
  const status = hit.status ?? 'violation';
  const finding: Finding = {
    rule: rule.definition.id,
    severity: status === 'upcoming' ? 'warning' : rule.configured.severity,
    status,
    account: report.account ?? row.accountId,
    user: row.user,
    arn: row.arn,
    credential: hit.credential,
    credentialCreated: hit.credentialCreated,
    ageDays: hit.ageDays,
    limit: hit.limit,
    message: hit.message,
    exempted: false,
    exemption: null,
  };
  return report.lookups === undefined && hit.service === undefined ? finding : enrichmentOf(finding, row, hit, report.lookups);
}


interface ExemptionTally {
  /** Findings each exemption was applied to (the first match in policy order wins). */
  applied: number[];
  /** Findings each exemption matched, applied or shadowed by an earlier one. */
  matched: number[];
}

function applyExemptions(finding: Finding, exemptions: PreparedExemption[], tally: ExemptionTally): Finding {
  let first: PreparedExemption | undefined;
  for (const candidate of exemptions) {
    if (!candidate.matches(finding)) continue;
    tally.matched[candidate.index] = (tally.matched[candidate.index] ?? 0) + 1;
    first ??= candidate;
  }
  if (first === undefined) return finding;
  tally.applied[first.index] = (tally.applied[first.index] ?? 0) + 1;
  const { reason, owner, expires } = first.exemption;
  return { ...finding, exempted: true, exemption: { reason, owner, expires } };
}

function summarize(configured: ConfiguredRule[], findings: Finding[]): RuleSummary[] {
  const order = new Map(RULES.map((rule, index) => [rule.id, index]));
  // One pass over the findings, however many rules are configured.
  const tallies = new Map<string, { findings: number; exempted: number }>();
  for (const finding of findings) {
    let tally = tallies.get(finding.rule);
    if (tally === undefined) {
      tally = { findings: 0, exempted: 0 };
      tallies.set(finding.rule, tally);
    }
    tally.findings += 1;
    if (finding.exempted) tally.exempted += 1;
  }
  return configured
    .filter((rule) => order.has(rule.id))
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((rule) => ({
      id: rule.id,
      enabled: rule.enabled,
      severity: rule.severity,
      findings: tallies.get(rule.id)?.findings ?? 0,
      exempted: tallies.get(rule.id)?.exempted ?? 0,
    }));
}

function count(findings: Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, notice: 0, exempted: 0 };
  for (const finding of findings) {
    if (finding.exempted) counts.exempted += 1;
    else counts[finding.severity satisfies Severity] += 1;
  }
  return counts;
}

/**
 * Applies the policy to every row of every report at `now`: rule findings, exemptions, the run-level
 * findings about the policy and the reports, sorted, counted and summarised per rule. Pure.
 */
export function evaluate(input: EvaluateInput): Evaluation {
  const { policy, now } = input;
  const rules = activeRules(policy.rules);
  const exemptions = policy.exemptions.map((exemption, index) => prepareExemption(exemption, index, now));
  const tally: ExemptionTally = { applied: exemptions.map(() => 0), matched: exemptions.map(() => 0) };
  const findings: Finding[] = [];
  const rootRules = rules.filter((rule) => rule.definition.appliesTo === 'root');
  const userRules = rules.filter((rule) => rule.definition.appliesTo === 'user');
  const rootRulesEnabled = rootRules.length > 0;
  for (const report of input.reports) {
    const context: RuleContext = report.lookups === undefined ? { now } : { now, lookups: report.lookups };
    if (rootRulesEnabled && !report.rows.some((row) => row.isRoot)) {
      const account = report.account ?? report.rows[0]?.accountId ?? null;
      findings.push(
        runFinding(
          'root-row-missing',
          account,
          `The credential report of ${account ?? 'an unknown account'} has no <root_account> row, ` +
            'so the root rules were not evaluated.',
        ),
      );
    }
    // Index loops: a large account makes ~100 000 rule calls, most with no hit, and this runs
    // once per process, mostly before the JIT has optimised it (for-of builds an iterator each).
    const { rows } = report;
    for (let r = 0; r < rows.length; r += 1) {
      const row = rows[r] as CredentialReportRow;
      const rowRules = row.isRoot ? rootRules : userRules;
      for (let k = 0; k < rowRules.length; k += 1) {
        const rule = rowRules[k] as ActiveRule;
        const hits = rule.definition.evaluate(row, rule.params, context);
        for (let h = 0; h < hits.length; h += 1) {
          const finding = rowFinding(rule, report, row, hits[h] as RuleHit);
          findings.push(exemptions.length === 0 ? finding : applyExemptions(finding, exemptions, tally));
        }
      }
    }
  }

  for (const prepared of exemptions) {
    const { reason, expires } = prepared.exemption;
    if (prepared.expired) {
      findings.push(
        runFinding(
          'exemption-expired',
          null,
          `${describeExemption(prepared)} ("${reason}") expired on ${expires ?? ''} and is no longer applied.`,
        ),
      );
    } else if (tally.matched[prepared.index] === 0) {
      findings.push(
        runFinding('exemption-unused', null, `${describeExemption(prepared)} ("${reason}") matched no finding.`),
      );
    }
  }

  const sorted = sortFindings(findings);
  return {
    findings: sorted,
    rules: summarize(policy.rules, sorted),
    counts: count(sorted),
    exemptions: exemptions.map((prepared) => ({
      exemption: prepared.exemption,
      applied: tally.applied[prepared.index] ?? 0,
      expired: prepared.expired,
    })),
  };
}
