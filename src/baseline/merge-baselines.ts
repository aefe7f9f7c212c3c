import type { BaselineSummary, FindingsDocument } from '../evaluate/types';

/**
 * The `baseline` section of merged documents (the shards of one run, each compared with the same
 * baseline): counts summed, fixed findings concatenated (each shard evaluated other accounts, so
 * none is listed twice). `new-only` holds only when every document was compared with it on, so a
 * merge never counts fewer findings than one of its shards did. null when none had a baseline.
 */
export function mergeBaselines(documents: readonly FindingsDocument[]): BaselineSummary | null {
  const summaries = documents.map((document) => document.baseline ?? null);
  const present = summaries.filter((summary) => summary !== null);
  const [first] = present;
  if (first === undefined) return null;
  const files = [...new Set(present.map((summary) => summary.file))];
  const earliest = present
    .map((summary) => summary.evaluatedAt)
    .reduce((at, other) => (Date.parse(other) < Date.parse(at) ? other : at));
  return {
    file: files.join(', '),
    evaluatedAt: earliest,
    newOnly: present.length === summaries.length && present.every((summary) => summary.newOnly),
    new: present.reduce((sum, summary) => sum + summary.new, 0),
    unchanged: present.reduce((sum, summary) => sum + summary.unchanged, 0),
    fixed: present.flatMap((summary) => summary.fixed),
  };
}
