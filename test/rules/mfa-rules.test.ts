import { describe, expect, it } from 'vitest';
import { consoleUser, daysAgo, NA, NO_INFO, SECOND, userRow } from '../support/row-builder';
import { runRule } from './run-rule';

describe('mfa-for-console', () => {
  it('finds a console user without MFA', () => {
    expect(runRule('mfa-for-console', consoleUser('dave', 10, 1))).toEqual([
      {
        credential: 'mfa',
        credentialCreated: null,
        ageDays: null,
        limit: null,
        message: 'dave has a console password but no MFA device.',
      },
    ]);
  });

  it('passes a console user with MFA, and a user without a password', () => {
    expect(runRule('mfa-for-console', consoleUser('dave', 10, 1, { mfaActive: true }))).toEqual([]);
    expect(runRule('mfa-for-console', userRow('svc', { passwordLastUsed: NA }))).toEqual([]);
  });

  it('flags a user whose age reaches grace_days, not one a day younger', () => {
    const aged = (days: number, extraMs = 0) =>
      consoleUser('new', 1, null, { userCreationTime: daysAgo(days, extraMs) });
    expect(runRule('mfa-for-console', aged(7), { grace_days: 7 })).toHaveLength(1);
    expect(runRule('mfa-for-console', aged(6), { grace_days: 7 })).toEqual([]);
    expect(runRule('mfa-for-console', aged(7, -SECOND), { grace_days: 7 })).toEqual([]);
    expect(runRule('mfa-for-console', aged(7), { grace_days: 7 })[0]?.message).toBe(
      'new has a console password but no MFA device and was created at least 7 days ago.',
    );
  });

  it('flags a user created today with the default grace_days 0', () => {
    expect(runRule('mfa-for-console', consoleUser('new', 0, null, { userCreationTime: daysAgo(0) }))).toHaveLength(1);
  });

  it('fails closed when the creation time is unknown', () => {
    expect(runRule('mfa-for-console', consoleUser('x', 1, 1, { userCreationTime: NO_INFO }), { grace_days: 30 })).toHaveLength(1);
  });
});

describe('mfa-for-all-users', () => {
  it('finds any user without MFA, with or without a password', () => {
    expect(runRule('mfa-for-all-users', userRow('svc'))).toEqual([
      { credential: 'mfa', credentialCreated: null, ageDays: null, limit: null, message: 'svc has no MFA device.' },
    ]);
    expect(runRule('mfa-for-all-users', consoleUser('dave', 1, 1))).toHaveLength(1);
  });

  it('passes users with MFA', () => {
    expect(runRule('mfa-for-all-users', userRow('svc', { mfaActive: true }))).toEqual([]);
  });

  it('honours grace_days at N − 1 and N', () => {
    expect(runRule('mfa-for-all-users', userRow('a', { userCreationTime: daysAgo(2) }), { grace_days: 3 })).toEqual([]);
    expect(runRule('mfa-for-all-users', userRow('a', { userCreationTime: daysAgo(3) }), { grace_days: 3 })).toHaveLength(1);
  });
});
