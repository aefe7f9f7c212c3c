import type { ConfiguredRule } from '../policy/types';
import type { CredentialReportRow } from '../report/types';
import { RULES } from '../rules/registry';
import type { RuleContext, RuleDefinition, RuleHit, Severity } from '../rules/types';
import { enrichmentOf } from '../enrich/finding-enrichment';
import { describeExemption, prepareExemption, type PreparedExemption } from './exemptions';
import { runFinding } from './run-finding';
import { compareText, sortFindings } from './sort-findings';
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

/**
 * The text as one string of characters. A message built from a template literal is, in V8, a tree
 * of its pieces (~230 bytes for a typical message against ~90 flat), and a large account keeps
 * thousands of them through every garbage collection until the summary reads them, which flattens
 * them anyway. Reading one character flattens the string in place; the value is the same.
 */
function flattened(text: string): string {
  text.charCodeAt(0);
  return text;
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
    message: flattened(hit.message),
    exempted: false,
    exemption: null,
  };
  return report.lookups === undefined && hit.service === undefined ? finding : enrichmentOf(finding, row, hit, report.lookups);
}


interface RowRun {
  report: ReportInput;
  context: RuleContext;
  exemptions: PreparedExemption[];
  tally: ExemptionTally;
  findings: Finding[];
}

/**
 * One row through its rules. A function of its own, called once per row, so that V8 optimises it
 * after a few hundred rows; as the body of evaluate's loop it waited for on-stack replacement.
 */
function evaluateRow(row: CredentialReportRow, rules: readonly ActiveRule[], run: RowRun): void {
  const { report, context, exemptions, tally, findings } = run;
  for (let k = 0; k < rules.length; k += 1) {
    const rule = rules[k] as ActiveRule;
    const hits = rule.definition.evaluate(row, rule.params, context);
    for (let h = 0; h < hits.length; h += 1) {
      const finding = rowFinding(rule, report, row, hits[h] as RuleHit);
      findings.push(exemptions.length === 0 ? finding : applyExemptions(finding, exemptions, tally));
    }
  }
}

/**
 * The rows by user name (code-unit order; rows of one name in report order). Only a head start for
 * sortFindings, which decides the order: each rule's findings then come out nearly sorted, so its
 * sort is one pass instead of n log n comparisons of three keys. AWS writes rows ordered by name
 * already (case aside), so this sort is mostly a pass too.
 */
function inUserOrder(rows: readonly CredentialReportRow[]): readonly CredentialReportRow[] {
  for (let i = 1; i < rows.length; i += 1) {
    if (compareText((rows[i - 1] as CredentialReportRow).user, (rows[i] as CredentialReportRow).user) > 0) {
      return sortedByUser(rows);
    }
  }
  return rows;
}

/**
 * The rows by user name, rows of one name in report order. The names are sorted by the default
 * sort, which compares strings by code unit (compareText's order) inside V8: a comparator in
 * JavaScript is called ~60 000 times for 5 000 names, mostly before V8 has optimised it.
 */
function sortedByUser(rows: readonly CredentialReportRow[]): CredentialReportRow[] {
  const byUser = new Map<string, CredentialReportRow[]>();
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as CredentialReportRow;
    const same = byUser.get(row.user);
    if (same === undefined) byUser.set(row.user, [row]);
    else same.push(row);
  }
  const names = [...byUser.keys()].sort();
  const sorted: CredentialReportRow[] = [];
  for (let i = 0; i < names.length; i += 1) {
    const same = byUser.get(names[i] as string) as CredentialReportRow[];
    for (let j = 0; j < same.length; j += 1) sorted.push(same[j] as CredentialReportRow);
  }
  return sorted;
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

interface Tallies {
  counts: Counts;
  perRule: Map<string, { findings: number; exempted: number }>;
}

/** The verdict's counts and each rule's, in one pass over the findings. */
function countFindings(findings: readonly Finding[]): Tallies {
  const counts: Counts = { error: 0, warning: 0, notice: 0, exempted: 0 };
  const perRule = new Map<string, { findings: number; exempted: number }>();
  for (let i = 0; i < findings.length; i += 1) {
    const finding = findings[i] as Finding;
    let rule = perRule.get(finding.rule);
    if (rule === undefined) {
      rule = { findings: 0, exempted: 0 };
      perRule.set(finding.rule, rule);
    }
    rule.findings += 1;
    if (finding.exempted) {
      rule.exempted += 1;
      counts.exempted += 1;
    } else {
      counts[finding.severity satisfies Severity] += 1;
    }
  }
  return { counts, perRule };
}

function summarize(configured: ConfiguredRule[], perRule: Tallies['perRule']): RuleSummary[] {
  const order = new Map(RULES.map((rule, index) => [rule.id, index]));
  return configured
    .filter((rule) => order.has(rule.id))
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((rule) => ({
      id: rule.id,
      enabled: rule.enabled,
      severity: rule.severity,
      findings: perRule.get(rule.id)?.findings ?? 0,
      exempted: perRule.get(rule.id)?.exempted ?? 0,
    }));
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
    // once per process, much of it before the JIT has optimised it (for-of builds an iterator each).
    const rows = inUserOrder(report.rows);
    const run: RowRun = { report, context, exemptions, tally, findings };
    for (let r = 0; r < rows.length; r += 1) {
      const each = rows[r] as CredentialReportRow;
      evaluateRow(each, each.isRoot ? rootRules : userRules, run);
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
  const tallies = countFindings(sorted);
  return {
    findings: sorted,
    rules: summarize(policy.rules, tallies.perRule),
    counts: tallies.counts,
    exemptions: exemptions.map((prepared) => ({
      exemption: prepared.exemption,
      applied: tally.applied[prepared.index] ?? 0,
      expired: prepared.expired,
    })),
  };
}
