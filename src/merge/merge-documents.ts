import { mergeBaselines } from '../baseline/merge-baselines';
import { verdictCounts } from '../baseline/verdict-counts';
import { combineFindings, countFindings, summarizeRules } from '../evaluate/evaluate-incremental';
import type { FailOn, FindingsDocument, ReportFacts } from '../evaluate/types';
import { decideVerdict } from '../evaluate/verdict';
import { UserError } from '../user-error';

/** One document to merge and the file it came from (for messages). */
export interface NamedDocument {
  file: string;
  document: FindingsDocument;
}

export interface MergeOptions {
  /** The merged verdict's threshold; the documents' own `failOn` are not used. */
  failOn: FailOn;
  /** Version of the tool writing the merged document. */
  version: string;
}

function sortReports(reports: ReportFacts[]): ReportFacts[] {
  // Unknown accounts last; ties keep document order (the sort is stable).
  return [...reports].sort((a, b) => {
    if (a.account === b.account) return 0;
    if (a.account === null) return 1;
    if (b.account === null) return -1;
    return a.account < b.account ? -1 : 1;
  });
}

function rejectDuplicateAccounts(documents: readonly NamedDocument[]): void {
  const seen = new Map<string, string>();
  for (const { file, document } of documents) {
    for (const report of document.reports) {
      if (report.account === null) continue;
      const earlier = seen.get(report.account);
      if (earlier !== undefined) {
        const where = earlier === file ? `twice in ${file}` : `in both ${earlier} and ${file}`;
        throw new UserError(
          `Account ${report.account} was evaluated ${where}; merge the documents of one run's shards, each once ` +
            '(did two jobs get the same shard, or is a file listed twice?).',
        );
      }
      seen.set(report.account, file);
    }
  }
}

function samePolicy(documents: readonly NamedDocument[]): string {
  const [first] = documents;
  const source = first?.document.policy.source ?? '';
  const other = documents.find(({ document }) => document.policy.source !== source);
  if (first && other) {
    throw new UserError(
      `${first.file} was evaluated with policy '${source}' but ${other.file} with '${other.document.policy.source}'; ` +
        'merge documents of shards of one run, which share one policy.',
    );
  }
  return source;
}

function mergeErrors(documents: readonly NamedDocument[]): string[] {
  const errors = new Set<string>();
  for (const { file, document } of documents) {
    for (const message of document.errors) errors.add(message);
    // Never fail open: a document that says `error` without saying why still makes the merge `error`.
    if (document.verdict === 'error' && document.errors.length === 0) {
      errors.add(`${file} has verdict 'error' but no error message.`);
    }
  }
  return [...errors];
}

/**
 * Joins the findings documents of several runs (the shards of a matrix) into the document one run
 * over all their accounts would have written: reports and findings concatenated and re-sorted,
 * run-level exemption findings combined as one run would report them, counts, rule summary and verdict recomputed with `failOn`.
 * Any document's error makes the merged verdict `error`. `evaluatedAt` is the earliest of the
 * documents' (the age every finding was at least computed at). Pure.
 */
export function mergeFindingsDocuments(documents: readonly NamedDocument[], options: MergeOptions): FindingsDocument {
  if (documents.length === 0) {
    throw new UserError('merge needs at least one findings document: iam-credential-gate merge shard-1.json shard-2.json …');
  }
  const policySource = samePolicy(documents);
  rejectDuplicateAccounts(documents);

  // A document whose rules are empty evaluated nothing (its run failed first).
  const findings = combineFindings(
    documents.map(({ document }) => ({ findings: document.findings, evaluated: document.rules.length > 0 })),
  );
  const counts = countFindings(findings);
  const errors = mergeErrors(documents);
  const baseline = mergeBaselines(documents.map(({ document }) => document));
  const evaluatedAt = documents
    .map(({ document }) => document.evaluatedAt)
    .reduce((earliest, at) => (Date.parse(at) < Date.parse(earliest) ? at : earliest));

  return {
    schemaVersion: 1,
    tool: { name: 'iam-credential-gate', version: options.version },
    evaluatedAt: new Date(Date.parse(evaluatedAt)).toISOString(),
    verdict: decideVerdict(verdictCounts(findings, counts, baseline), options.failOn, errors),
    failOn: options.failOn,
    policy: { source: policySource },
    reports: sortReports(documents.flatMap(({ document }) => document.reports)),
    counts,
    rules: summarizeRules(
      documents.flatMap(({ document }) => document.rules),
      findings,
    ),
    findings,
    baseline,
    // Shards' policy change reviews are not joined (yet): their policy-weakened findings are kept.
    policyChange: null,
    errors,
  };
}
