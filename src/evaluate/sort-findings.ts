import type { Severity } from '../rules/types';
import type { Finding } from './types';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Plain code-unit order, never locale-dependent, with null first: the same order on every machine. */
export function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Account, user, credential: the order within one severity and rule. */
function compareWithinRule(a: Finding, b: Finding): number {
  return compareText(a.account, b.account) || compareText(a.user, b.user) || compareText(a.credential, b.credential);
}

/**
 * Whether the group is in compareWithinRule's order already: the evaluator's findings of one
 * account usually are (it takes the rows by user name, and a rule reports a user's credentials in
 * slot order). One loop with the comparisons written out: thousands of calls of the comparator from
 * sort cost several ms in a run's first second, before V8 has optimised them.
 */
function inOrderWithinRule(group: readonly Finding[]): boolean {
  for (let i = 1; i < group.length; i += 1) {
    const a = group[i - 1] as Finding;
    const b = group[i] as Finding;
    if (a.account !== b.account) {
      if (a.account === null) continue;
      if (b.account === null || a.account > b.account) return false;
      continue;
    }
    if (a.user !== b.user) {
      if (a.user === null) continue;
      if (b.user === null || a.user > b.user) return false;
      continue;
    }
    if (a.credential !== b.credential && a.credential !== null && (b.credential === null || a.credential > b.credential)) return false;
  }
  return true;
}

export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareText(a.rule, b.rule) || compareWithinRule(a, b);
}

/**
 * Severity, rule, account, user, credential; ties keep report order. The same order as sorting
 * by compareFindings (both sorts are stable), in two steps: findings are first grouped by
 * severity and rule (a handful of groups, each filled in report order), so only each group is
 * sorted, by the three keys left. A large account has thousands of findings of few rules.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // One map of rule groups per severity: the rule ids are the rules' own strings, so each lookup
  // hashes nothing new (a key built per finding would be a new string to hash 8 000 times).
  const bySeverity = [new Map<string, Finding[]>(), new Map<string, Finding[]>(), new Map<string, Finding[]>()];
  for (let i = 0; i < findings.length; i += 1) {
    const finding = findings[i] as Finding;
    const groups = bySeverity[SEVERITY_RANK[finding.severity]] as Map<string, Finding[]>;
    const group = groups.get(finding.rule);
    if (group === undefined) groups.set(finding.rule, [finding]);
    else group.push(finding);
  }
  const sorted: Finding[] = [];
  for (const groups of bySeverity) {
    for (const rule of [...groups.keys()].sort(compareText)) {
      const group = groups.get(rule) as Finding[];
      if (!inOrderWithinRule(group)) group.sort(compareWithinRule);
      for (let i = 0; i < group.length; i += 1) sorted.push(group[i] as Finding);
    }
  }
  return sorted;
}
