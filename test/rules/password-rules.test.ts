import { describe, expect, it } from 'vitest';
import {
  consoleUser,
  DAY,
  daysAgo,
  NA,
  NO_INFO,
  NOT_SUPPORTED,
  NOW,
  SECOND,
  userRow,
} from '../support/row-builder';
import { runRule } from './run-rule';

const iso = (days: number) => new Date(NOW - days * DAY).toISOString();

describe('password-unused', () => {
  it('finds a password last used more than max_days ago', () => {
    expect(runRule('password-unused', consoleUser('dave', 300, 45))).toEqual([]);
    expect(runRule('password-unused', consoleUser('dave', 300, 45, { passwordLastUsed: daysAgo(45, SECOND) }))).toEqual(
      [],
    );
    expect(runRule('password-unused', consoleUser('dave', 300, 46))).toEqual([
      {
        credential: 'password',
        credentialCreated: iso(300),
        ageDays: 46,
        limit: 45,
        message: 'The console password of dave was last used 46 days ago (limit 45 days).',
      },
    ]);
  });

  it('passes users without a console password whatever the dates say', () => {
    expect(runRule('password-unused', userRow('svc', { passwordLastUsed: daysAgo(400) }))).toEqual([]);
    expect(runRule('password-unused', userRow('svc', { passwordLastUsed: NO_INFO }), { never_used: 'violation' })).toEqual(
      [],
    );
  });

  describe('never used', () => {
    it('from-creation ages it from password_last_changed', () => {
      expect(runRule('password-unused', consoleUser('new', 45, null))).toEqual([]);
      expect(runRule('password-unused', consoleUser('new', 46, null))).toEqual([
        {
          credential: 'password',
          credentialCreated: iso(46),
          ageDays: 46,
          limit: 45,
          message: 'The console password of new has never been used and was set 46 days ago (limit 45 days).',
        },
      ]);
    });

    it('treats N/A while enabled like no_information', () => {
      expect(runRule('password-unused', consoleUser('new', 46, null, { passwordLastUsed: NA }))).toHaveLength(1);
      expect(runRule('password-unused', consoleUser('new', 44, null, { passwordLastUsed: NA }))).toEqual([]);
    });

    it('from-creation falls back to the user creation time', () => {
      const row = (created: number) =>
        consoleUser('new', 0, null, { passwordLastChanged: NA, userCreationTime: daysAgo(created) });
      expect(runRule('password-unused', row(45))).toEqual([]);
      expect(runRule('password-unused', row(46))[0]).toMatchObject({ ageDays: 46, credentialCreated: null });
    });

    it('from-creation flags a password with no date at all', () => {
      const row = consoleUser('x', 0, null, { passwordLastChanged: NOT_SUPPORTED, userCreationTime: NO_INFO });
      expect(runRule('password-unused', row)).toEqual([
        {
          credential: 'password',
          credentialCreated: null,
          ageDays: null,
          limit: 45,
          message: 'The console password of x has never been used and has no creation date (limit 45 days).',
        },
      ]);
    });

    it('ignore never flags it; violation flags it at once', () => {
      expect(runRule('password-unused', consoleUser('new', 900, null), { never_used: 'ignore' })).toEqual([]);
      expect(runRule('password-unused', consoleUser('new', 0, null), { never_used: 'violation' })).toEqual([
        {
          credential: 'password',
          credentialCreated: iso(0),
          ageDays: 0,
          limit: 45,
          message: 'The console password of new has never been used.',
        },
      ]);
    });
  });
});

describe('password-max-age', () => {
  it('finds a password changed more than max_days ago', () => {
    expect(runRule('password-max-age', consoleUser('dave', 90, 1))).toEqual([]);
    expect(runRule('password-max-age', consoleUser('dave', 90, 1, { passwordLastChanged: daysAgo(90, SECOND) }))).toEqual(
      [],
    );
    expect(runRule('password-max-age', consoleUser('dave', 91, 1))).toEqual([
      {
        credential: 'password',
        credentialCreated: iso(91),
        ageDays: 91,
        limit: 90,
        message: 'The console password of dave is 91 days old (limit 90 days).',
      },
    ]);
    expect(runRule('password-max-age', consoleUser('dave', 31, 1), { max_days: 30 })).toHaveLength(1);
  });

  it('passes users without a password and flags an enabled password without a date', () => {
    expect(runRule('password-max-age', userRow('svc', { passwordLastChanged: daysAgo(900) }))).toEqual([]);
    expect(runRule('password-max-age', consoleUser('x', 0, 1, { passwordLastChanged: NA }))[0]).toMatchObject({
      ageDays: null,
      limit: 90,
    });
  });
});

describe('console-access-forbidden', () => {
  it('finds every console password', () => {
    expect(runRule('console-access-forbidden', consoleUser('dave', 5, 1))).toEqual([
      {
        credential: 'password',
        credentialCreated: iso(5),
        ageDays: null,
        limit: null,
        message: 'dave has a console password.',
      },
    ]);
    expect(runRule('console-access-forbidden', userRow('svc'))).toEqual([]);
  });
});
