import { describe, expect, it } from 'vitest';
import { accountsOf, coversSeveralAccounts } from '../../src/output/finding-groups';
import { buildOutcome, finding, report } from '../support/outcome-builder';

describe('coversSeveralAccounts', () => {
  it('says what accountsOf(...).length > 1 says, for reports and findings with and without accounts', () => {
    const ids = [null, '111111111111', '222222222222'] as const;
    for (const reportAccounts of [[], [null], ['111111111111'], ['111111111111', '111111111111'], ['111111111111', '222222222222'], [null, '222222222222']]) {
      for (const first of ids) {
        for (const second of ids) {
          const { document } = buildOutcome({
            reports: reportAccounts.map((account) => ({ ...report(), account })),
            findings: [
              finding({ rule: 'mfa-for-console', message: 'a', account: first }),
              finding({ rule: 'mfa-for-console', message: 'b', account: second }),
            ],
          });
          const expected = accountsOf(document).length > 1;
          expect(coversSeveralAccounts(document), JSON.stringify({ reportAccounts, first, second })).toBe(expected);
        }
      }
    }
  });

  it('is false for a run without accounts or findings', () => {
    expect(coversSeveralAccounts(buildOutcome({ reports: [] }).document)).toBe(false);
  });
});
