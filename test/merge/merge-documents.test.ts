import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortFindings } from '../../src/evaluate/sort-findings';
import type { ReportFacts } from '../../src/evaluate/types';
import { mergeFindingsDocuments, type NamedDocument } from '../../src/merge/merge-documents';
import { readFindingsDocument } from '../../src/merge/read-findings-document';
import { UserError } from '../../src/user-error';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'merge');

function load(...files: string[]): NamedDocument[] {
  return files.map((file) => ({ file, document: readFindingsDocument(readFileSync(join(FIXTURES, file), 'utf8'), file) }));
}

function sortReportsById(reports: ReportFacts[]): ReportFacts[] {
  return [...reports].sort((a, b) => String(a.account).localeCompare(String(b.account)));
}

const options = { failOn: 'error' as const, version: '9.9.9' };

describe('mergeFindingsDocuments', () => {
  it('joins shards into one document: reports and findings re-sorted, counts and verdict recomputed', () => {
    const merged = mergeFindingsDocuments(load('shard-2.json', 'shard-1.json'), options);
    expect(merged.reports.map((report) => report.account)).toEqual(['111111111111', '222222222222', '333333333333']);
    expect(merged.findings.map((f) => [f.severity, f.rule, f.account, f.user])).toEqual([
      ['error', 'access-key-max-age', '111111111111', 'carol'],
      ['error', 'access-key-max-age', '222222222222', 'vendor-sync'],
      ['error', 'root-access-keys', '333333333333', '<root_account>'],
      ['warning', 'exemption-expired', null, null],
      ['warning', 'single-active-access-key', '222222222222', 'dave'],
      ['warning', 'single-active-access-key', '333333333333', 'erin'],
      ['notice', 'exemption-unused', null, null],
    ]);
    expect(merged.counts).toEqual({ error: 1, warning: 3, notice: 1, exempted: 2 });
    expect(merged.verdict).toBe('fail');
    expect(merged.failOn).toBe('error');
    expect(merged.errors).toEqual([]);
    expect(merged.tool).toEqual({ name: 'iam-credential-gate', version: '9.9.9' });
    expect(merged.policy).toEqual({ source: 'policy.yml' });
    expect(merged.evaluatedAt).toBe('2026-11-20T12:00:00.000Z');
  });

  it('keeps an exemption as unused only when no shard used it', () => {
    const merged = mergeFindingsDocuments(load('shard-1.json', 'shard-2.json'), options);
    const unused = merged.findings.filter((f) => f.rule === 'exemption-unused').map((f) => f.message);
    // Exemption 1 exempted vendor-sync in shard 1, so shard 2 calling it unused is not the whole story.
    expect(unused).toEqual(['Exemption 2 (policy.yml:18:5) ("Legacy import") matched no finding.']);
  });

  it('sums the rule summary from the merged findings', () => {
    const merged = mergeFindingsDocuments(load('shard-1.json', 'shard-2.json'), options);
    expect(merged.rules).toEqual([
      { id: 'root-access-keys', enabled: true, severity: 'error', findings: 1, exempted: 1 },
      { id: 'access-key-max-age', enabled: true, severity: 'error', findings: 2, exempted: 1 },
      { id: 'single-active-access-key', enabled: true, severity: 'warning', findings: 2, exempted: 0 },
      { id: 'mfa-for-console', enabled: true, severity: 'error', findings: 0, exempted: 0 },
    ]);
  });

  it('uses its own fail-on, not the shards’', () => {
    expect(mergeFindingsDocuments(load('shard-1.json', 'shard-2.json'), { ...options, failOn: 'never' }).verdict).toBe('pass');
    expect(mergeFindingsDocuments(load('shard-2.json'), options).verdict).toBe('pass');
    expect(mergeFindingsDocuments(load('shard-2.json'), { ...options, failOn: 'warning' }).verdict).toBe('fail');
  });

  it('is error when any shard had an error, whatever fail-on says, and keeps the shard’s findings', () => {
    for (const failOn of ['error', 'warning', 'never'] as const) {
      const merged = mergeFindingsDocuments(load('shard-1.json', 'shard-2.json', 'shard-error.json'), { ...options, failOn });
      expect(merged.verdict).toBe('error');
      expect(merged.errors).toEqual([
        'Account 555555555555: could not assume arn:aws:iam::555555555555:role/GateReader: AccessDenied: not authorized to perform sts:AssumeRole.',
      ]);
      expect(merged.findings.some((f) => f.account === '444444444444' && f.rule === 'mfa-for-console')).toBe(true);
      expect(merged.counts.error).toBe(2);
    }
  });

  it('a shard that evaluated nothing makes the merge error without changing which exemptions were unused', () => {
    const merged = mergeFindingsDocuments(load('shard-1.json', 'shard-nothing.json'), options);
    expect(merged.verdict).toBe('error');
    expect(merged.errors).toEqual(['Could not get credentials of the hub identity: no credentials in the default chain.']);
    expect(merged.findings.filter((f) => f.rule === 'exemption-unused')).toHaveLength(1);
  });

  it('never fails open on a document that says error without a message', () => {
    const [doc] = load('shard-2.json');
    if (!doc) throw new Error('fixture missing');
    const silent: NamedDocument = { file: 'silent.json', document: { ...doc.document, verdict: 'error' } };
    const merged = mergeFindingsDocuments([silent], options);
    expect(merged.verdict).toBe('error');
    expect(merged.errors).toEqual(["silent.json has verdict 'error' but no error message."]);
  });

  it('refuses an account evaluated by two shards, naming both files', () => {
    const [first] = load('shard-1.json');
    if (!first) throw new Error('fixture missing');
    expect(() => mergeFindingsDocuments([first, { ...first, file: 'copy.json' }], options)).toThrow(
      /Account 222222222222 was evaluated in both shard-1\.json and copy\.json/,
    );
  });

  it('refuses documents of different policies', () => {
    expect(() => mergeFindingsDocuments(load('shard-1.json', 'other-policy.json'), options)).toThrow(
      /shard-1\.json was evaluated with policy 'policy\.yml' but other-policy\.json with 'builtin:strict'/,
    );
  });

  it('refuses an empty list', () => {
    expect(() => mergeFindingsDocuments([], options)).toThrow(UserError);
  });

  it('merging one document changes nothing but the tool version', () => {
    const [doc] = load('shard-1.json');
    if (!doc) throw new Error('fixture missing');
    const merged = mergeFindingsDocuments([doc], { failOn: 'error', version: doc.document.tool.version });
    expect(merged.findings).toEqual(sortFindings(doc.document.findings));
    expect(merged.reports).toEqual(sortReportsById(doc.document.reports));
    expect(merged.counts).toEqual(doc.document.counts);
    expect(merged.verdict).toBe(doc.document.verdict);
  });
});

describe('readFindingsDocument', () => {
  const read = (file: string) => () => readFindingsDocument(readFileSync(join(FIXTURES, file), 'utf8'), file);

  it('names the file and says what is wrong', () => {
    expect(read('not-json.json')).toThrow(/^not-json\.json is not JSON/);
    expect(read('schema-v2.json')).toThrow(/^schema-v2\.json has a schemaVersion other than 1; .* schemaVersion 1 only/);
    expect(read('sarif.json')).toThrow(/^sarif\.json is not a findings document \(no schemaVersion\)/);
    expect(read('bad-severity.json')).toThrow(/^bad-severity\.json is not a valid findings document: findings\[0\]\.severity: /);
  });

  it('never shows the content of the file it refuses', () => {
    const secret = 'ghs_PLANTEDsecret0123456789';
    const texts = [
      secret,
      `{"schemaVersion": 1, "x": ${secret}}`,
      `{"schemaVersion": "${secret}"}`,
      JSON.stringify({ schemaVersion: 1, tool: { name: secret, version: '1' } }),
    ];
    for (const text of texts) {
      expect(() => readFindingsDocument(text, 'planted.json')).toThrow(/^planted\.json /);
      try {
        readFindingsDocument(text, 'planted.json');
      } catch (error) {
        expect((error as Error).message).not.toContain('PLANTED');
      }
    }
    expect(() => readFindingsDocument('{"schemaVersion": 1,\n  x}', 'p.json')).toThrow(/^p\.json is not JSON \(invalid at line 2, column 3\)/);
  });

  it('reads a document as written', () => {
    const doc = read('shard-1.json')();
    expect(doc.reports).toHaveLength(2);
    expect(doc.findings[0]?.credentialCreated).toBe('2026-07-01T09:00:00.000Z');
  });
});
