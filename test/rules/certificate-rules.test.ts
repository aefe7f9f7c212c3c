import { describe, expect, it } from 'vitest';
import { DAY, daysAgo, NA, NOW, SECOND, userRow } from '../support/row-builder';
import { runRule } from './run-rule';

describe('signing-certificate-max-age', () => {
  it('finds an active certificate older than max_days', () => {
    const row = (days: number, extraMs = 0) => userRow('legacy', { cert1: { active: true, lastRotated: daysAgo(days, extraMs) } });
    expect(runRule('signing-certificate-max-age', row(365))).toEqual([]);
    expect(runRule('signing-certificate-max-age', row(365, SECOND))).toEqual([]);
    expect(runRule('signing-certificate-max-age', row(366))).toEqual([
      {
        credential: 'cert_1',
        credentialCreated: new Date(NOW - 366 * DAY).toISOString(),
        ageDays: 366,
        limit: 365,
        message: 'Signing certificate 1 of legacy is 366 days old (limit 365 days).',
      },
    ]);
  });

  it('checks cert 2 when cert 1 is inactive, and ignores inactive certificates', () => {
    const row = userRow('legacy', {
      cert1: { active: false, lastRotated: daysAgo(900) },
      cert2: { active: true, lastRotated: daysAgo(31) },
    });
    expect(runRule('signing-certificate-max-age', row, { max_days: 30 }).map((hit) => hit.credential)).toEqual(['cert_2']);
    expect(runRule('signing-certificate-max-age', row)).toEqual([]);
  });

  it('flags an active certificate without a date', () => {
    const row = userRow('legacy', { cert1: { active: true, lastRotated: NA } });
    expect(runRule('signing-certificate-max-age', row)[0]).toMatchObject({
      credential: 'cert_1',
      ageDays: null,
      credentialCreated: null,
    });
  });
});
