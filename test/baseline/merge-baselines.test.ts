import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BaselineMark, FindingsDocument } from '../../src/evaluate/types';
import { mergeFindingsDocuments, type NamedDocument } from '../../src/merge/merge-documents';
import { readFindingsDocument } from '../../src/merge/read-findings-document';
import { serializeFindingsDocument } from '../../src/run/write-files';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'merge');
const options = { failOn: 'error' as const, version: '9.9.9' };

function load(file: string): FindingsDocument {
  return readFindingsDocument(readFileSync(join(FIXTURES, file), 'utf8'), file);
}

/** A shard compared with the nightly baseline: every finding marked `mark`, one fixed finding. */
function compared(file: string, mark: BaselineMark, newOnly: boolean): NamedDocument {
  const document = load(file);
  const findings = document.findings.map((finding) => ({ ...finding, baseline: mark }));
  const counted = findings.filter((finding) => !finding.exempted).length;
  const fixed = { ...findings[0]!, user: `gone-from-${file}`, baseline: null };
  return {
    file,
    document: {
      ...document,
      findings,
      baseline: {
        file: 'nightly.json',
        evaluatedAt: '2026-11-19T02:00:00.000Z',
        newOnly,
        new: mark === 'new' ? counted : 0,
        unchanged: mark === 'unchanged' ? counted : 0,
        fixed: [fixed],
      },
    },
  };
}

describe('merge of documents with baseline marks', () => {
  it('is null (and every finding null) when no document had a baseline', () => {
    const merged = mergeFindingsDocuments(
      ['shard-1.json', 'shard-2.json'].map((file) => ({ file, document: load(file) })),
      options,
    );
    expect(merged.baseline).toBeNull();
    expect(merged.findings.every((finding) => finding.baseline === null)).toBe(true);
    const written = JSON.parse([...serializeFindingsDocument(merged)].join('')) as Record<string, unknown>;
    expect(Object.keys(written)).toContain('baseline');
    expect(Object.keys((written.findings as object[])[0] ?? {}).slice(-2)).toEqual(['exemption', 'baseline']);
  });

  it('keeps the marks, sums new and unchanged, concatenates fixed', () => {
    const merged = mergeFindingsDocuments([compared('shard-1.json', 'new', false), compared('shard-2.json', 'unchanged', false)], options);
    const one = compared('shard-1.json', 'new', false).document.baseline!;
    const two = compared('shard-2.json', 'unchanged', false).document.baseline!;
    expect(merged.baseline).toMatchObject({
      file: 'nightly.json',
      evaluatedAt: '2026-11-19T02:00:00.000Z',
      newOnly: false,
      new: one.new,
      unchanged: two.unchanged,
    });
    expect(merged.baseline?.fixed.map((finding) => finding.user)).toEqual(['gone-from-shard-1.json', 'gone-from-shard-2.json']);
    expect(new Set(merged.findings.map((finding) => finding.baseline))).toEqual(new Set(['new', 'unchanged']));
  });

  it('computes the verdict from the new findings when every shard ran with new-only', () => {
    // Every finding was already in the baseline: the old error does not fail new-only.
    const allNewOnly = mergeFindingsDocuments([compared('shard-1.json', 'unchanged', true), compared('shard-2.json', 'unchanged', true)], options);
    expect(allNewOnly.baseline?.newOnly).toBe(true);
    expect(allNewOnly.counts.error).toBeGreaterThan(0);
    expect(allNewOnly.verdict).toBe('pass');
    // One shard without new-only: every finding counts, as that shard's own verdict did.
    const mixed = mergeFindingsDocuments([compared('shard-1.json', 'unchanged', true), compared('shard-2.json', 'unchanged', false)], options);
    expect(mixed.baseline?.newOnly).toBe(false);
    expect(mixed.verdict).toBe('fail');
  });

  it('survives a round trip through the reader', () => {
    const merged = mergeFindingsDocuments([compared('shard-1.json', 'new', true), compared('shard-2.json', 'unchanged', true)], options);
    const again = readFindingsDocument([...serializeFindingsDocument(merged)].join(''), 'merged.json');
    expect(again).toEqual(merged);
  });
});
