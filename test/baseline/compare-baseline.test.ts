import { describe, expect, it } from 'vitest';
import { BaselineJoin, compareWithBaseline } from '../../src/baseline/compare-baseline';
import { verdictCounts } from '../../src/baseline/verdict-counts';
import { countFindings } from '../../src/evaluate/evaluate-incremental';
import type { Finding, FindingsDocument } from '../../src/evaluate/types';
import { decideVerdict } from '../../src/evaluate/verdict';
import { ACCOUNT, buildOutcome, finding, report, runFinding } from '../support/outcome-builder';

const OTHER = '210987654321';

const key = (overrides: Partial<Finding> = {}): Finding =>
  finding({
    rule: 'access-key-max-age',
    user: 'carol',
    credential: 'access_key_1',
    credentialCreated: '2026-07-01T09:00:00.000Z',
    ageDays: 142,
    limit: 90,
    message: 'Access key 1 of carol is 142 days old (limit 90 days).',
    ...overrides,
  });

function baselineOf(findings: Finding[], accounts: string[] = [ACCOUNT]): FindingsDocument {
  return buildOutcome({
    findings,
    reports: accounts.map((account) => report({ account })),
    evaluatedAt: '2026-11-19T02:00:00.000Z',
  }).document;
}

/**
 * The join over an in-memory baseline, checked against the same join with every hash colliding:
 * identities are compared field by field on each hit, so collisions never change a mark.
 */
function compare(findings: Finding[], baseline: Finding[], options: { accounts?: string[]; baselineAccounts?: string[] } = {}) {
  const accounts = options.accounts ?? [ACCOUNT];
  const document = baselineOf(baseline, options.baselineAccounts);
  const result = compareWithBaseline({ findings, accounts, baseline: document, file: 'baseline.json', newOnly: false });
  const colliding = new BaselineJoin(findings, accounts, () => 42);
  for (const item of document.findings) colliding.offer(item);
  expect(colliding.finish({ file: 'baseline.json', evaluatedAt: document.evaluatedAt, newOnly: false })).toEqual(result);
  return result;
}

function marks(findings: Finding[], baseline: Finding[]): (string | null | undefined)[] {
  return compare(findings, baseline).findings.map((item) => item.baseline);
}

describe('compareWithBaseline: identity', () => {
  it('marks a finding with the same identity unchanged, whatever its age, message or severity now', () => {
    const now = key({ ageDays: 170, message: 'Access key 1 of carol is 170 days old (limit 90 days).', severity: 'warning', limit: 60 });
    expect(marks([now], [key()])).toEqual(['unchanged']);
  });

  it.each<[string, Partial<Finding>]>([
    ['rule', { rule: 'access-key-unused' }],
    ['account', { account: OTHER, arn: `arn:aws:iam::${OTHER}:user/carol` }],
    ['ARN', { arn: 'arn:aws:iam::123456789012:user/teams/carol' }],
    ['credential', { credential: 'access_key_2' }],
    ['credentialCreated (a rotated key)', { credentialCreated: '2026-11-01T09:00:00.000Z' }],
    ['status (upcoming → violation)', { status: 'violation' }],
  ])('a different %s makes the finding new', (_field, change) => {
    const before = change.status === 'violation' ? key({ status: 'upcoming', severity: 'warning' }) : key();
    const accounts = change.account ? [ACCOUNT, OTHER] : [ACCOUNT];
    const result = compare([key(change)], [before], { accounts, baselineAccounts: accounts });
    expect(result.findings[0]?.baseline).toBe('new');
  });

  it('matches by user where either side has no ARN, by ARN where both have one', () => {
    expect(marks([key({ arn: null })], [key()])).toEqual(['unchanged']);
    expect(marks([key()], [key({ arn: null })])).toEqual(['unchanged']);
    // Same ARN, the user renamed in the report: still the same finding.
    expect(marks([key({ user: 'carol.new', arn: 'arn:aws:iam::123456789012:user/carol' })], [key()])).toEqual(['unchanged']);
    // Another user without ARNs: new.
    expect(marks([key({ arn: null, user: 'dave' })], [key({ arn: null })])).toEqual(['new']);
  });

  it('a finding exempted in the baseline is new now; one whose exemption expired since is new', () => {
    const exempted = key({ exempted: true, exemption: { reason: 'SEC-1', owner: null, expires: '2026-11-19' } });
    expect(marks([key()], [exempted])).toEqual(['new']);
    // Exempted on both sides: marked new too (it is not counted).
    const result = compare([exempted], [exempted]);
    expect(result.findings[0]?.baseline).toBe('new');
    expect(result.summary).toMatchObject({ new: 0, unchanged: 0 });
  });

  it('run-level findings are always new', () => {
    const missing = runFinding('root-row-missing', 'error', 'no root row', ACCOUNT);
    const expired = runFinding('exemption-expired', 'warning', 'Exemption 1 expired');
    const result = compare([missing, expired], [missing, expired]);
    expect(result.findings.map((item) => item.baseline)).toEqual(['new', 'new']);
    // … but being there still, they are not fixed.
    expect(result.summary.fixed).toEqual([]);
  });

  it('findings of accounts the baseline lacks are all new', () => {
    const theirs = key({ account: OTHER, arn: `arn:aws:iam::${OTHER}:user/carol` });
    const result = compare([key(), theirs], [key()], { accounts: [ACCOUNT, OTHER] });
    expect(result.findings.map((item) => item.baseline)).toEqual(['unchanged', 'new']);
  });

  it('keeps the look-ups’ fields of a finding it marks, after the mark as in the document', () => {
    const enriched = key({ accessKeyId: 'AKIAEXAMPLE', owner: null, service: 'codecommit.amazonaws.com' });
    const [mine] = compare([enriched, key({ user: 'dave' })], [key()]).findings;
    expect(mine).toEqual({ ...enriched, baseline: 'unchanged' });
    expect(Object.keys(mine ?? {}).slice(-4)).toEqual(['baseline', 'accessKeyId', 'owner', 'service']);
  });

  it('does not change the findings it is given', () => {
    const mine = key();
    compare([mine], [key()]);
    expect(mine.baseline).toBeUndefined();
  });
});

describe('BaselineJoin: the baseline offered a finding at a time', () => {
  it('a restart forgets what was offered before', () => {
    const gone = key({ user: 'erin', arn: 'arn:aws:iam::123456789012:user/erin' });
    const join = new BaselineJoin([key()], [ACCOUNT]);
    join.offer(key());
    join.offer(gone);
    join.restart();
    join.offer(gone);
    const result = join.finish({ file: 'b.json', evaluatedAt: '2026-11-19T02:00:00.000Z', newOnly: true });
    expect(result.findings.map((item) => item.baseline)).toEqual(['new']);
    expect(result.summary).toEqual({ file: 'b.json', evaluatedAt: '2026-11-19T02:00:00.000Z', newOnly: true, new: 1, unchanged: 0, fixed: [gone] });
  });

  it('one baseline finding marks every finding of this run with its identity; duplicates in the baseline are each fixed', () => {
    const again = key({ message: 'the same identity twice in this run' });
    const gone = key({ user: 'erin', arn: 'arn:aws:iam::123456789012:user/erin' });
    const result = compare([key(), again], [key(), gone, gone]);
    expect(result.findings.map((item) => item.baseline)).toEqual(['unchanged', 'unchanged']);
    expect(result.summary.fixed).toEqual([gone, gone]);
  });

  it('with colliding hashes, findings that differ only in one field stay apart', () => {
    const variants = [key(), key({ credential: 'access_key_2' }), key({ status: 'upcoming' }), key({ arn: null, user: 'dave' }), key({ account: null, arn: null })];
    const join = new BaselineJoin(variants, [ACCOUNT], () => 0);
    join.offer(key({ credential: 'access_key_2' }));
    join.offer(key({ arn: null, user: 'dave' }));
    join.offer(key({ rule: 'access-key-unused' }));
    const result = join.finish({ file: 'b.json', evaluatedAt: '2026-11-19T02:00:00.000Z', newOnly: false });
    expect(result.findings.map((item) => item.baseline)).toEqual(['new', 'unchanged', 'new', 'unchanged', 'new']);
    expect(result.summary.fixed).toEqual([key({ rule: 'access-key-unused' })]);
  });
});

describe('compareWithBaseline: fixed and counts', () => {
  it('lists the baseline findings (not exempted there) that no finding of this run has, as they were', () => {
    const gone = key({ user: 'erin', arn: 'arn:aws:iam::123456789012:user/erin', message: 'Access key 1 of erin …' });
    const waived = key({ user: 'frank', arn: 'arn:aws:iam::123456789012:user/frank', exempted: true, exemption: { reason: 'x', owner: null, expires: null } });
    const result = compare([key()], [key(), gone, waived]);
    expect(result.summary.fixed).toEqual([gone]);
    expect(result.summary).toMatchObject({ file: 'baseline.json', evaluatedAt: '2026-11-19T02:00:00.000Z', newOnly: false, new: 0, unchanged: 1 });
  });

  it('a finding exempted now is not fixed', () => {
    const exemptedNow = key({ exempted: true, exemption: { reason: 'SEC-9', owner: null, expires: null } });
    const result = compare([exemptedNow], [key()]);
    expect(result.summary.fixed).toEqual([]);
    expect(result.findings[0]?.baseline).toBe('unchanged');
    expect(result.summary).toMatchObject({ new: 0, unchanged: 0 });
  });

  it('a finding gone since is fixed; a run-level one gone since too', () => {
    const expired = runFinding('exemption-expired', 'warning', 'Exemption 1 expired');
    const result = compare([], [key(), expired]);
    expect(result.summary.fixed).toEqual([key(), expired]);
  });

  it('ignores the baseline findings of accounts this run did not evaluate (neither fixed nor matched)', () => {
    const theirs = key({ account: OTHER, arn: `arn:aws:iam::${OTHER}:user/carol` });
    const result = compare([key()], [key(), theirs], { baselineAccounts: [ACCOUNT, OTHER] });
    expect(result.summary.fixed).toEqual([]);
    expect(result.summary.unchanged).toBe(1);
  });

  it('a run that evaluated nothing fixes nothing', () => {
    const expired = runFinding('exemption-expired', 'warning', 'Exemption 1 expired');
    const result = compare([], [key(), expired], { accounts: [] });
    expect(result.summary.fixed).toEqual([]);
  });

  it('counts new and unchanged over findings not exempted', () => {
    const dave = key({ user: 'dave', arn: 'arn:aws:iam::123456789012:user/dave' });
    const waived = key({ user: 'erin', arn: 'arn:aws:iam::123456789012:user/erin', exempted: true, exemption: { reason: 'x', owner: null, expires: null } });
    const result = compare([key(), dave, waived], [key()]);
    expect(result.summary).toMatchObject({ new: 1, unchanged: 1 });
  });
});

describe('verdictCounts (new-only)', () => {
  const oldError = key({ baseline: 'unchanged' });
  const newWarning = key({ rule: 'single-active-access-key', severity: 'warning', baseline: 'new' });
  const findings = [oldError, newWarning];
  const summary = (newOnly: boolean) => ({ file: 'b.json', evaluatedAt: '2026-11-19T02:00:00.000Z', newOnly, new: 1, unchanged: 1, fixed: [] });

  it('with new-only, unchanged errors do not fail; a new warning fails with fail-on warning', () => {
    const counts = verdictCounts(findings, countFindings(findings), summary(true));
    expect(counts).toEqual({ error: 0, warning: 1, notice: 0, exempted: 0 });
    expect(decideVerdict(counts, 'error', [])).toBe('pass');
    expect(decideVerdict(counts, 'warning', [])).toBe('fail');
  });

  it('without new-only (or without a baseline) every finding not exempted counts', () => {
    expect(verdictCounts(findings, countFindings(findings), summary(false))).toEqual(countFindings(findings));
    expect(verdictCounts(findings, countFindings(findings), null)).toEqual(countFindings(findings));
  });
});
