import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { startEvaluation } from '../../src/evaluate/evaluate-incremental';
import type { ReportInput } from '../../src/evaluate/types';
import { compareFindings } from '../../src/policy-review/compare-findings';
import { startFindingsReview } from '../../src/policy-review/review-findings';
import { exemption, onlyRules } from '../support/policy-builder';
import { activeKey, consoleUser, NOW, userRow } from '../support/row-builder';

const reports: ReportInput[] = ['111111111111', '222222222222', '333333333333'].map((account, index) => ({
  account,
  rows: [
    userRow(`carol-${index}`, { key1: activeKey(120 + index, 1) }),
    userRow('dave', { key1: activeKey(60, 1) }),
    consoleUser('erin', 10, 1, { mfaActive: false }),
  ],
}));

describe('startFindingsReview', () => {
  it('gives, account by account, the same hidden and added findings as one join over the whole run', () => {
    const before = onlyRules({ 'access-key-max-age': true, 'mfa-for-console': true });
    const after = onlyRules({ 'access-key-max-age': { params: { max_days: 45 } } }, [
      exemption({ users: ['carol-1'], rules: ['*'], reason: 'r' }),
    ]);
    const evaluation = startEvaluation(after, NOW);
    const review = startFindingsReview(before, NOW);
    for (const report of reports) review.add(report, evaluation.add(report));
    const whole = compareFindings(
      evaluate({ reports, policy: before, now: NOW }).findings,
      evaluate({ reports, policy: after, now: NOW }).findings,
    );
    const result = review.finish();
    expect(result).toEqual(whole);
    // Sorted like the document's findings: severity, rule, account, user.
    expect(result.hidden.map((finding) => [finding.rule, finding.account, finding.user])).toEqual([
      ['access-key-max-age', '222222222222', 'carol-1'],
      ['mfa-for-console', '111111111111', 'erin'],
      ['mfa-for-console', '222222222222', 'erin'],
      ['mfa-for-console', '333333333333', 'erin'],
    ]);
    expect(result.added.map((finding) => [finding.account, finding.user])).toEqual([
      ['111111111111', 'dave'],
      ['222222222222', 'dave'],
      ['333333333333', 'dave'],
    ]);
  });
});
