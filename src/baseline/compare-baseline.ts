import { FindingIndex, type IdentityHash } from '../evaluate/finding-identity';
import type { BaselineMark, BaselineSummary, Finding, FindingsDocument } from '../evaluate/types';

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
 * The baseline join of the contract ("Baselines"), with the baseline's findings offered one at a
 * time as they are read: the index is over this run's findings (the gate holds them anyway), so of
 * the baseline only the fixed findings are ever kept. Linear in both sides.
 *
 * - A finding of this run is `unchanged` when a baseline finding that was not exempted there has its
 *   identity; run-level findings (no user) are always `new`. A finding exempted in the baseline is
 *   not a candidate, so once its exemption expires it is new.
 * - `fixed`: the candidates that no finding of this run matched, exempted or not (a finding
 *   exempted now is not fixed, only waived), in the baseline's order.
 * - Only the accounts this run evaluated take part: a shard, or an account that failed this time,
 *   neither fixes nor matches the baseline's other accounts. Run-level findings without an account
 *   (about the policy's exemptions) take part whenever the run evaluated a report.
 * - `new` and `unchanged` count findings not exempted, like `counts`; exempted ones are marked too.
 */
export class BaselineJoin {
  private readonly inScope: Set<string | null>;
  private readonly index: FindingIndex<number>;
  /** 1 where a candidate of the baseline has this run's finding's identity. */
  private matched: Uint8Array;
  private fixed: Finding[] = [];

  /** `hash` is for tests, which force collisions. */
  constructor(
    private readonly findings: readonly Finding[],
    accounts: readonly (string | null)[],
    hash?: IdentityHash,
  ) {
    this.inScope = new Set(accounts);
    if (accounts.length > 0) this.inScope.add(null);
    this.index = new FindingIndex<number>(hash);
    for (let at = 0; at < findings.length; at += 1) {
      const finding = findings[at] as Finding;
      this.inScope.add(finding.account);
      this.index.add(finding, at);
    }
    this.matched = new Uint8Array(findings.length);
  }

  /** One finding of the baseline's `findings`, in its order. Kept (as given) only if it is fixed. */
  offer(finding: Finding): void {
    if (finding.exempted || !this.inScope.has(finding.account)) return;
    let found = false;
    this.index.forEachMatch(finding, (at) => {
      this.matched[at] = 1;
      found = true;
    });
    if (!found) this.fixed.push(finding);
  }

  /** Forgets every finding offered so far (the baseline is being read again from its start). */
  restart(): void {
    this.matched = new Uint8Array(this.findings.length);
    this.fixed = [];
  }

  /** The run's findings marked, and the document's `baseline` section. */
  finish(baseline: { file: string; evaluatedAt: string; newOnly: boolean }): BaselineComparison {
    let fresh = 0;
    let unchanged = 0;
    const findings = this.findings.map((finding, at): Finding => {
      const mark = finding.user !== null && this.matched[at] === 1 ? 'unchanged' : 'new';
      if (!finding.exempted) {
        if (mark === 'new') fresh += 1;
        else unchanged += 1;
      }
      return marked(finding, mark);
    });
    return {
      findings,
      summary: { file: baseline.file, evaluatedAt: baseline.evaluatedAt, newOnly: baseline.newOnly, new: fresh, unchanged, fixed: this.fixed },
    };
  }
}

/**
 * The finding with its mark, built field by field: `{ ...finding, baseline }` adds a key to a copy,
 * which V8 turns into a dictionary-mode object of ~600 bytes instead of ~150 (49 MiB more over the
 * 84 729 findings of a hundred accounts).
 */
function marked(finding: Finding, mark: BaselineMark): Finding {
  const copy: Finding = {
    rule: finding.rule,
    severity: finding.severity,
    status: finding.status,
    account: finding.account,
    user: finding.user,
    arn: finding.arn,
    credential: finding.credential,
    credentialCreated: finding.credentialCreated,
    ageDays: finding.ageDays,
    limit: finding.limit,
    message: finding.message,
    exempted: finding.exempted,
    exemption: finding.exemption,
    baseline: mark,
  };
  // The look-ups' fields only when their look-up was made (see enrich/finding-enrichment.ts).
  if (finding.accessKeyId !== undefined) copy.accessKeyId = finding.accessKeyId;
  if (finding.owner !== undefined) copy.owner = finding.owner;
  if (finding.service !== undefined) copy.service = finding.service;
  return copy;
}

/** The join over a baseline document already in memory. */
export function compareWithBaseline(input: BaselineComparisonInput): BaselineComparison {
  const join = new BaselineJoin(input.findings, input.accounts);
  for (const finding of input.baseline.findings) join.offer(finding);
  return join.finish({ file: input.file, evaluatedAt: input.baseline.evaluatedAt, newOnly: input.newOnly });
}
