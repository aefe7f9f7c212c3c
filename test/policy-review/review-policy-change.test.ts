import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import type { Finding } from '../../src/evaluate/types';
import { compareFindings } from '../../src/policy-review/compare-findings';
import {
  policyWeakenedFinding,
  reviewPolicyChange,
  verdictWithReview,
  withPolicyReview,
} from '../../src/policy-review/review-policy-change';
import type { Policy } from '../../src/policy/types';
import type { PolicyWeakening } from '../../src/settings/settings';
import { exemption, onlyRules } from '../support/policy-builder';
import { activeKey, consoleUser, NOW, userRow } from '../support/row-builder';

const rows = [
  userRow('carol', { key1: activeKey(120, 1) }),
  userRow('dave', { key1: activeKey(60, 1) }),
  consoleUser('erin', 10, 1, { mfaActive: false }),
];

function review(before: Policy, after: Policy, policyWeakening: PolicyWeakening = 'warn') {
  const under = (policy: Policy) => evaluate({ reports: [{ account: '123456789012', rows }], policy, now: NOW }).findings;
  return reviewPolicyChange({
    comparePolicy: 'base/policy.yml',
    before,
    after,
    findings: compareFindings(under(before), under(after)),
    policyWeakening,
  });
}

const base = onlyRules({ 'access-key-max-age': true, 'mfa-for-console': true });

describe('reviewPolicyChange', () => {
  it('does not weaken when nothing changed', () => {
    const change = review(base, base);
    expect(change).toMatchObject({ weakened: false, reasons: [], hidden: [], added: [], rules: [] });
    expect(policyWeakenedFinding(change)).toBeNull();
  });

  it('finds a finding hidden by a new exemption, as it was under compare-policy', () => {
    const after = onlyRules({ 'access-key-max-age': true, 'mfa-for-console': true }, [
      exemption({ users: ['carol'], rules: ['access-key-max-age'], reason: 'vendor' }),
    ]);
    const change = review(base, after);
    expect(change.hidden.map((finding) => [finding.rule, finding.user, finding.exempted])).toEqual([
      ['access-key-max-age', 'carol', false],
    ]);
    expect(change.added).toEqual([]);
    expect(change.weakened).toBe(true);
    expect(change.reasons).toEqual([
      'it hides 1 finding that counts under the compare-policy',
      'new exemption: users [carol], rules [access-key-max-age], no expiry ("vendor")',
    ]);
  });

  it('finds findings hidden by a rule turned off', () => {
    const after = onlyRules({ 'access-key-max-age': true });
    const change = review(base, after);
    expect(change.hidden.map((finding) => [finding.rule, finding.user])).toEqual([['mfa-for-console', 'erin']]);
    expect(change.reasons).toContain('rule mfa-for-console: turned off');
  });

  it('finds findings added by a stricter limit, and does not call that weakening', () => {
    const after = onlyRules({ 'access-key-max-age': { params: { max_days: 45 } }, 'mfa-for-console': true });
    const change = review(base, after);
    expect(change.added.map((finding) => [finding.rule, finding.user, finding.limit])).toEqual([
      ['access-key-max-age', 'dave', 45],
    ]);
    expect(change.hidden).toEqual([]);
    expect(change.rules.map((rule) => [rule.id, rule.effect])).toEqual([['access-key-max-age', 'stricter']]);
    expect(change.weakened).toBe(false);
  });

  it('weakens when a rule loosens even if no finding is hidden', () => {
    const after = onlyRules({ 'access-key-max-age': { params: { max_days: 100 } }, 'mfa-for-console': true });
    const change = review(base, after);
    expect(change.hidden).toEqual([]);
    expect(change.weakened).toBe(true);
    expect(change.reasons).toEqual(['rule access-key-max-age: max_days 90 → 100']);
  });

  it('weakens when an exemption widens', () => {
    const narrow = exemption({ users: ['nobody'], rules: ['access-key-max-age'], reason: 'r', expires: '2027-01-01' });
    const before = onlyRules({ 'access-key-max-age': true }, [narrow]);
    const after = onlyRules({ 'access-key-max-age': true }, [{ ...narrow, expires: null }]);
    const change = review(before, after);
    expect(change.exemptions.changed).toHaveLength(1);
    expect(change.reasons).toEqual(['exemption ("r") widened: expires 2027-01-01 → never']);
  });

  it('does not count an exempted finding as hidden when it was exempted before as well', () => {
    const ex = exemption({ users: ['carol'], rules: ['*'], reason: 'known' });
    const change = review(onlyRules({ 'access-key-max-age': true }, [ex]), onlyRules({ 'access-key-max-age': true }, [ex]));
    expect(change.hidden).toEqual([]);
  });
});

describe('the policy-weakened finding', () => {
  const weakened = review(base, onlyRules({ 'access-key-max-age': true }), 'warn');

  it.each([
    ['warn', 'warning'],
    ['fail', 'error'],
  ] as const)('with %s is a run-level %s listing the reasons', (mode, severity) => {
    const finding = policyWeakenedFinding({ ...weakened, policyWeakening: mode });
    expect(finding).toMatchObject({
      rule: 'policy-weakened',
      severity,
      status: 'violation',
      account: null,
      user: null,
      credential: null,
      exempted: false,
      exemption: null,
    });
    expect(finding?.message).toBe(
      'The policy change weakens the policy compared with base/policy.yml: it hides 1 finding that counts under ' +
        'the compare-policy; rule mfa-for-console: turned off.',
    );
  });

  it('is absent with allow', () => {
    expect(policyWeakenedFinding({ ...weakened, policyWeakening: 'allow' })).toBeNull();
  });

  it('is added in sorted place and counted', () => {
    const evaluation = evaluate({ reports: [{ account: '123456789012', rows }], policy: base, now: NOW });
    const reviewed = withPolicyReview(evaluation, { ...weakened, policyWeakening: 'fail' });
    expect(reviewed.counts.error).toBe(evaluation.counts.error + 1);
    expect(reviewed.findings).toHaveLength(evaluation.findings.length + 1);
    const sorted = [...reviewed.findings].sort((a: Finding, b: Finding) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    expect(sorted.map((finding) => finding.severity)).toEqual(reviewed.findings.map((finding) => finding.severity));
    expect(withPolicyReview(evaluation, { ...weakened, policyWeakening: 'allow' })).toBe(evaluation);
  });

  it('fails the run with fail whatever fail-on made of it, never turning an error into fail', () => {
    expect(verdictWithReview('pass', { ...weakened, policyWeakening: 'fail' })).toBe('fail');
    expect(verdictWithReview('pass', { ...weakened, policyWeakening: 'warn' })).toBe('pass');
    expect(verdictWithReview('error', { ...weakened, policyWeakening: 'fail' })).toBe('error');
    expect(verdictWithReview('pass', null)).toBe('pass');
  });
});
