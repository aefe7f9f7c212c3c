import type { Severity } from '../rules/types';
import type { Finding } from './types';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Plain code-unit order, never locale-dependent, with null first: the same order on every machine. */
function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.rule, b.rule) ||
    compareText(a.account, b.account) ||
    compareText(a.user, b.user) ||
    compareText(a.credential, b.credential)
  );
}

/** Severity, rule, account, user, credential; ties keep report order (the sort is stable). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
