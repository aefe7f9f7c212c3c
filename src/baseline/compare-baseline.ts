import { FindingIndex } from '../evaluate/finding-identity';
import type { BaselineSummary, Finding, FindingsDocument } from '../evaluate/types';

export interface BaselineComparisonInput {
  /** This run's findings (exempted included), in document order. */
  findings: readonly Finding[];
  /** Accounts this run evaluated (its reports'); the baseline's other accounts are left out. */
  accounts: readonly (string | null)[];
  baseline: FindingsDocument;
  /** The baseline file as given, for the document. */
  file: string;
  newOnly: boolean;
}

export interface BaselineComparison {
  /** The run's findings, each marked `new` or `unchanged` (new objects; the input is not changed). */
  findings: Finding[];
  summary: BaselineSummary;
}

/**
 * The baseline join of the contract ("Baselines"): one hash index over the baseline's findings
 * that were not exempted there, looked up once per finding of this run, so the cost is linear in
 * both sides.
 *
 * - A finding of this run is `unchanged` when the index holds one with its identity; run-level
 *   findings (no user) are always `new`. A finding exempted in the baseline is not in the index,
 *   so once its exemption expires it is new.
 * - `fixed`: the indexed findings that no finding of this run matched, exempted or not (a finding
 *   exempted now is not fixed, only waived).
 * - Only the accounts this run evaluated take part: a shard, or an account that failed this time,
 *   neither fixes nor matches the baseline's other accounts. Run-level findings without an account
 *   (about the policy's exemptions) take part whenever the run evaluated a report.
 * - `new` and `unchanged` count findings not exempted, like `counts`; exempted ones are marked too.
 */
export function compareWithBaseline(input: BaselineComparisonInput): BaselineComparison {
  const inScope = new Set<string | null>(input.accounts);
  if (input.accounts.length > 0) inScope.add(null);
  for (const finding of input.findings) inScope.add(finding.account);

  const candidates: Finding[] = [];
  const index = new FindingIndex<number>();
  for (const finding of input.baseline.findings) {
    if (finding.exempted || !inScope.has(finding.account)) continue;
    index.add(finding, candidates.length);
    candidates.push(finding);
  }

  const matched = new Uint8Array(candidates.length);
  let fresh = 0;
  let unchanged = 0;
  const findings = input.findings.map((finding): Finding => {
    const same = index.lookup(finding);
    for (const at of same) matched[at] = 1;
    const mark = finding.user !== null && same.length > 0 ? 'unchanged' : 'new';
    if (!finding.exempted) {
      if (mark === 'new') fresh += 1;
      else unchanged += 1;
    }
    return { ...finding, baseline: mark };
  });

  return {
    findings,
    summary: {
      file: input.file,
      evaluatedAt: input.baseline.evaluatedAt,
      newOnly: input.newOnly,
      new: fresh,
      unchanged,
      fixed: candidates.filter((_, at) => matched[at] === 0),
    },
  };
}
