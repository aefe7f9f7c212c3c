import { evaluate } from '../evaluate/evaluate';
import { describeExemption, prepareExemption } from '../evaluate/exemptions';
import type { Counts, FailOn, Finding, ReportInput } from '../evaluate/types';
import { decideVerdict } from '../evaluate/verdict';
import { closestMatch } from '../policy/did-you-mean';
import type { Policy } from '../policy/types';
import type { CredentialReportRow } from '../report/types';
import { RULES } from '../rules/registry';
import type { RuleId } from '../rules/rule-params';
import type { Severity } from '../rules/types';
import { UserError } from '../user-error';
import { factValue, RULE_FACTS, type FactValue } from './rule-facts';

export type RuleOutcome = 'failed' | 'exempted' | 'passed' | 'not-applicable';

export interface ExemptionRef {
  /** 1-based position in the policy's list, as validate and the run-level findings number them. */
  number: number;
  /** `Exemption 2 (policy.yml:14:5)`. */
  where: string;
  reason: string;
  owner: string | null;
  expires: string | null;
}

export interface RuleExplanation {
  rule: string;
  title: string;
  severity: Severity;
  outcome: RuleOutcome;
  /** One sentence: the findings' messages, or why the rule passed or did not apply. */
  reason: string;
  /** The params the rule ran with (limits, grace periods), defaults filled in. */
  params: Record<string, unknown>;
  /** The report values the rule read, with ages at the evaluation instant. */
  values: FactValue[];
  /** What `check` reports for this user and rule (exempted ones included). */
  findings: Finding[];
  /** The exemption applied to each exempted finding, in the findings' order (no repeats). */
  exemptions: ExemptionRef[];
}

export interface UserExplanation {
  user: string;
  arn: string;
  account: string | null;
  evaluatedAt: string;
  policy: string;
  failOn: FailOn;
  /** `fail` when this user's findings that are not exempted fail `failOn`, as they would in `check`. */
  verdict: 'pass' | 'fail';
  rules: RuleExplanation[];
}

export interface ExplainInput {
  report: ReportInput;
  row: CredentialReportRow;
  policy: Policy;
  now: number;
  failOn: FailOn;
}

/** The row `--user NAME` or `--arn ARN` names; a UserError with a did-you-mean when none does. */
export function findUserRow(rows: readonly CredentialReportRow[], who: { user: string } | { arn: string }): CredentialReportRow {
  if ('user' in who) {
    const row = rows.find((candidate) => candidate.user === who.user);
    if (row !== undefined) return row;
    const names = rows.map((candidate) => candidate.user);
    const match = closestMatch(who.user, names);
    const hint = match === undefined ? ` (it has ${names.length === 1 ? '1 user' : `${names.length} users`}).` : `; did you mean '${match}'?`;
    throw new UserError(
      `No user '${who.user}' in the credential report${hint} Names are case-sensitive; the root account is <root_account>.`,
    );
  }
  const row = rows.find((candidate) => candidate.arn === who.arn);
  if (row !== undefined) return row;
  const match = closestMatch(who.arn, rows.map((candidate) => candidate.arn));
  throw new UserError(`No user with ARN '${who.arn}' in the credential report${match === undefined ? '.' : `; did you mean '${match}'?`}`);
}

function countOwn(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, notice: 0, exempted: 0 };
  for (const finding of findings) counts[finding.exempted ? 'exempted' : finding.severity] += 1;
  return counts;
}

/** The outcome of a rule that found nothing: passed, or not applicable (with why). */
function passReason(rule: RuleId, row: CredentialReportRow): { outcome: RuleOutcome; reason: string } {
  const definition = RULES.find((candidate) => candidate.id === rule);
  const appliesTo = definition?.appliesTo ?? 'user';
  if (appliesTo === 'root' && !row.isRoot) return { outcome: 'not-applicable', reason: 'a root rule: it judges only the root account' };
  if (appliesTo === 'user' && row.isRoot) return { outcome: 'not-applicable', reason: 'a user rule: it does not judge the root account' };
  const missing = RULE_FACTS[rule].notApplicable?.(row) ?? null;
  if (missing !== null) return { outcome: 'not-applicable', reason: `nothing to judge: ${missing}` };
  return { outcome: 'passed', reason: definition?.title ?? rule };
}

/**
 * Every enabled rule's outcome for one row of a report, with the values it used. The findings come
 * from `evaluate` itself, run on that row with the same policy and instant as `check`, so an
 * outcome cannot differ from what `check` reports; rule-facts.ts only adds which values were read
 * and, for a rule that found nothing, whether it had anything to judge. Pure.
 */
export function explainUser(input: ExplainInput): UserExplanation {
  const { report, row, policy, now, failOn } = input;
  const evaluation = evaluate({ reports: [{ account: report.account, rows: [row] }], policy, now });
  const own = evaluation.findings.filter((finding) => finding.user === row.user && finding.arn === row.arn);
  const prepared = policy.exemptions.map((exemption, index) => prepareExemption(exemption, index, now));

  const rules: RuleExplanation[] = [];
  for (const definition of RULES) {
    const configured = policy.rules.find((rule) => rule.id === definition.id);
    if (configured === undefined || !configured.enabled) continue;
    const id = definition.id as RuleId;
    const findings = own.filter((finding) => finding.rule === id);
    const exemptions: ExemptionRef[] = [];
    for (const finding of findings) {
      if (!finding.exempted) continue;
      // The first matching exemption in policy order is the one evaluate applied.
      const applied = prepared.find((candidate) => candidate.matches(finding));
      if (applied === undefined || exemptions.some((ref) => ref.number === applied.index + 1)) continue;
      const { reason, owner, expires } = applied.exemption;
      exemptions.push({ number: applied.index + 1, where: describeExemption(applied), reason, owner, expires });
    }
    const failing = findings.filter((finding) => !finding.exempted);
    const judged =
      failing.length > 0
        ? { outcome: 'failed' as const, reason: failing.map((finding) => finding.message).join(' ') }
        : findings.length > 0
          ? {
              outcome: 'exempted' as const,
              reason: `${findings.map((finding) => finding.message).join(' ')} Exempted by ${exemptions
                .map((ref) => `${ref.where}: "${ref.reason}"`)
                .join('; ')}.`,
            }
          : passReason(id, row);
    rules.push({
      rule: id,
      title: definition.title,
      severity: configured.severity,
      ...judged,
      params: { ...definition.defaults, ...configured.params },
      // A rule for the other kind of row read nothing of this one.
      values:
        (definition.appliesTo === 'root') === row.isRoot
          ? RULE_FACTS[id].columns.map((column) => factValue(row, column, now))
          : [],
      findings,
      exemptions,
    });
  }
  return {
    user: row.user,
    arn: row.arn,
    account: report.account ?? row.accountId,
    evaluatedAt: new Date(now).toISOString(),
    policy: policy.source,
    failOn,
    verdict: decideVerdict(countOwn(own), failOn, []) === 'fail' ? 'fail' : 'pass',
    rules,
  };
}
