import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FindingsDocument } from '../../src/evaluate/types';
import { savedReportPath, serializeFindingsDocument, writeFindingsDocument } from '../../src/run/write-files';
import { UserError } from '../../src/user-error';

function documentWith(findings: number, withBaseline = false): FindingsDocument {
  const document: FindingsDocument = {
    schemaVersion: 1,
    tool: { name: 'iam-credential-gate', version: '1.0.0' },
    evaluatedAt: '2026-11-20T12:00:00.000Z',
    verdict: findings > 0 ? 'fail' : 'pass',
    failOn: 'error',
    policy: { source: 'builtin:recommended' },
    reports: [{ account: '123456789012', generatedAt: null, source: 'file', users: 3 }],
    counts: { error: findings, warning: 0, notice: 0, exempted: 0 },
    rules: [{ id: 'access-key-max-age', enabled: true, severity: 'error', findings, exempted: 0 }],
    findings: Array.from({ length: findings }, (_, index) => ({
      rule: 'access-key-max-age',
      severity: 'error' as const,
      status: 'violation' as const,
      account: '123456789012',
      user: `user-"${index}"`,
      arn: `arn:aws:iam::123456789012:user/u${index}`,
      credential: 'access_key_1' as const,
      credentialCreated: '2026-01-01T00:00:00.000Z',
      ageDays: 323,
      limit: 90,
      message: `Access key 1 of u${index} is 323 days old (limit 90 days).\nline`,
      exempted: false,
      exemption: null,
      baseline: withBaseline ? ('new' as const) : null,
    })),
    baseline: null,
    policyChange: null,
    errors: findings > 1 ? ['one "quoted" error'] : [],
  };
  if (withBaseline) {
    document.baseline = {
      file: 'baseline "nightly".json',
      evaluatedAt: '2026-11-19T02:00:00.000Z',
      newOnly: true,
      new: findings,
      unchanged: 0,
      fixed: document.findings.map((finding) => ({ ...finding, baseline: null, user: `fixed-${finding.user ?? ''}` })),
    };
  }
  return document;
}

describe('serializeFindingsDocument', () => {
  it.each([0, 1, 3])('writes JSON equal to the document (%i findings), key order kept', (findings) => {
    const document = documentWith(findings);
    const text = [...serializeFindingsDocument(document)].join('');
    expect(JSON.parse(text)).toEqual(document);
    expect(Object.keys(JSON.parse(text))).toEqual(Object.keys(document));
    expect(text.endsWith('}\n')).toBe(true);
  });

  it.each([0, 1, 3])('writes the baseline section after the findings, one fixed finding per line (%i)', (findings) => {
    const document = documentWith(findings, true);
    const text = [...serializeFindingsDocument(document)].join('');
    expect(JSON.parse(text)).toEqual(document);
    expect(Object.keys(JSON.parse(text))).toEqual(Object.keys(document));
    expect(Object.keys(JSON.parse(text).baseline)).toEqual(['file', 'evaluatedAt', 'newOnly', 'new', 'unchanged', 'fixed']);
    expect(text.split('\n').filter((line) => line.includes('"user":"fixed-')).length).toBe(findings);
  });
});

describe('writeFindingsDocument', () => {
  it('creates the folder and writes the document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icg-write-'));
    await writeFindingsDocument(dir, 'out/deep/findings.json', documentWith(2), 'json-file');
    expect(JSON.parse(readFileSync(join(dir, 'out/deep/findings.json'), 'utf8'))).toEqual(documentWith(2));
  });

  it('names the input and the path when it cannot write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icg-write-'));
    writeFileSync(join(dir, 'file'), '');
    const attempt = writeFindingsDocument(dir, 'file/findings.json', documentWith(0), '--json-file');
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toThrow(/^Could not write --json-file 'file\/findings.json': .*Choose a writable path\.$/);
  });
});

describe('savedReportPath', () => {
  it('adds the account id only when several reports are saved', () => {
    expect(savedReportPath('out/report.csv', '123456789012', false)).toBe('out/report.csv');
    expect(savedReportPath('out/report.csv', '123456789012', true)).toBe('out/report-123456789012.csv');
    expect(savedReportPath('out/report', '123456789012', true)).toBe('out/report-123456789012.csv');
  });
});
