import type { ExemptionUse, Finding, FindingsDocument } from '../evaluate/types';
import type { Severity } from '../rules/types';
import { RUN_LEVEL_IDS } from './rule-metadata';

/** The findings of a run as a reader sorts them: what fails, what is coming, what is waived, what is about the run. */
export interface FindingGroups {
  /** Not exempted, status `violation`, about a user or root. */
  violations: Finding[];
  /** Not exempted, status `upcoming` (a key about to pass its limit). */
  upcoming: Finding[];
  exempted: Finding[];
  /** `exemption-expired`, `exemption-unused`, `root-row-missing`. */
  runLevel: Finding[];
}

export function groupFindings(findings: readonly Finding[]): FindingGroups {
  const groups: FindingGroups = { violations: [], upcoming: [], exempted: [], runLevel: [] };
  for (let i = 0; i < findings.length; i += 1) {
    const finding = findings[i] as Finding;
    if (RUN_LEVEL_IDS.has(finding.rule)) groups.runLevel.push(finding);
    else if (finding.exempted) groups.exempted.push(finding);
    else if (finding.status === 'upcoming') groups.upcoming.push(finding);
    else groups.violations.push(finding);
  }
  return groups;
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, notice: 2 };

/**
 * Most important first: not exempted, by severity, violations before upcoming ones, then the
 * oldest credential (unknown age last). Equal findings keep the document's order.
 */
export function byImportance(a: Finding, b: Finding): number {
  return (
    Number(a.exempted) - Number(b.exempted) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    Number(a.status === 'upcoming') - Number(b.status === 'upcoming') ||
    (b.ageDays ?? -1) - (a.ageDays ?? -1)
  );
}

/**
 * Whether the reports and findings name more than one account: accountsOf(document).length > 1,
 * stopping at the second account and building no set (it runs on every summary and annotation).
 */
export function coversSeveralAccounts(document: FindingsDocument): boolean {
  let first: string | null = null;
  for (const report of document.reports) {
    if (report.account === null || report.account === first) continue;
    if (first !== null) return true;
    first = report.account;
  }
  // An index loop with nothing called inside: it runs once over thousands of findings, mostly
  // before V8 has optimised it.
  const { findings } = document;
  for (let i = 0; i < findings.length; i += 1) {
    const account = (findings[i] as Finding).account;
    if (account === null || account === first) continue;
    if (first !== null) return true;
    first = account;
  }
  return false;
}

/** Distinct accounts of the run, in report order. */
export function accountsOf(document: FindingsDocument): string[] {
  const accounts = new Set<string>();
  for (const report of document.reports) if (report.account !== null) accounts.add(report.account);
  for (const finding of document.findings) if (finding.account !== null) accounts.add(finding.account);
  return [...accounts];
}

/**
 * The exemption an `exemption-expired` / `exemption-unused` finding is about. The evaluator names
 * it `Exemption N …` (its 1-based place in the policy), which is the order of `exemptions`.
 */
export function exemptionOfFinding(finding: Finding, exemptions: readonly ExemptionUse[]): ExemptionUse | null {
  if (finding.rule !== 'exemption-expired' && finding.rule !== 'exemption-unused') return null;
  const number = /^Exemption (\d+)\b/.exec(finding.message)?.[1];
  const use = number === undefined ? undefined : exemptions[Number(number) - 1];
  if (use === undefined || use.expired !== (finding.rule === 'exemption-expired')) return null;
  return use;
}
