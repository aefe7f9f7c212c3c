import { describe, expect, it } from 'vitest';
import {
  activeKey,
  consoleUser,
  DAY,
  daysAgo,
  MINUTE,
  NA,
  NO_INFO,
  NOT_SUPPORTED,
  NOW,
  SECOND,
  userRow,
} from '../support/row-builder';
import { runRule } from './run-rule';

const iso = (days: number, extraMs = 0) => new Date(NOW - days * DAY - extraMs).toISOString();

describe('access-key-max-age', () => {
  const withKey1 = (days: number, extraMs = 0) =>
    userRow('carol', { key1: { ...activeKey(0, 1), lastRotated: daysAgo(days, extraMs) } });

  it('passes a key exactly max_days old', () => {
    expect(runRule('access-key-max-age', withKey1(90))).toEqual([]);
    expect(runRule('access-key-max-age', withKey1(90, SECOND))).toEqual([]);
    expect(runRule('access-key-max-age', withKey1(90, DAY - SECOND))).toEqual([]);
  });

  it('finds a key max_days + 1 days old', () => {
    expect(runRule('access-key-max-age', withKey1(91))).toEqual([
      {
        credential: 'access_key_1',
        credentialCreated: iso(91),
        ageDays: 91,
        limit: 90,
        message: 'Access key 1 of carol is 91 days old (limit 90 days).',
      },
    ]);
  });

  it('is not fooled by a key dated in the future', () => {
    expect(runRule('access-key-max-age', withKey1(-5))).toEqual([]);
  });

  it('checks both slots independently, slot 1 newer than slot 2', () => {
    const row = userRow('bob', { key1: activeKey(10), key2: activeKey(200) });
    const hits = runRule('access-key-max-age', row);
    expect(hits.map((hit) => [hit.credential, hit.ageDays])).toEqual([['access_key_2', 200]]);
    expect(hits[0]?.message).toBe('Access key 2 of bob is 200 days old (limit 90 days).');
  });

  it('checks key 2 when key 1 is inactive, and ignores inactive old keys', () => {
    const row = userRow('bob', { key1: { ...activeKey(500), active: false }, key2: activeKey(100) });
    expect(runRule('access-key-max-age', row).map((hit) => hit.credential)).toEqual(['access_key_2']);
  });

  it('flags an active key without a creation date', () => {
    for (const lastRotated of [NA, NO_INFO, NOT_SUPPORTED]) {
      const row = userRow('bob', { key1: { active: true, lastRotated } });
      expect(runRule('access-key-max-age', row)).toEqual([
        {
          credential: 'access_key_1',
          credentialCreated: null,
          ageDays: null,
          limit: 90,
          message: 'Access key 1 of bob is active but has no creation date (limit 90 days).',
        },
      ]);
    }
  });

  describe('warn_days', () => {
    const params = { max_days: 90, warn_days: 14 };

    it('gives an upcoming finding above max_days − warn_days up to max_days', () => {
      expect(runRule('access-key-max-age', withKey1(76), params)).toEqual([]);
      expect(runRule('access-key-max-age', withKey1(77), params)).toEqual([
        {
          credential: 'access_key_1',
          credentialCreated: iso(77),
          ageDays: 77,
          limit: 90,
          status: 'upcoming',
          message: 'Access key 1 of carol is 77 days old and passes the limit of 90 days in 14 days.',
        },
      ]);
      expect(runRule('access-key-max-age', withKey1(90), params)[0]?.status).toBe('upcoming');
      expect(runRule('access-key-max-age', withKey1(91), params)[0]?.status).toBeUndefined();
    });

    it('never warns with warn_days 0', () => {
      expect(runRule('access-key-max-age', withKey1(90), { warn_days: 0 })).toEqual([]);
    });
  });
});

describe('access-key-unused', () => {
  it('finds a key last used more than max_days ago, not one used exactly max_days ago', () => {
    const used = (days: number, extraMs = 0) =>
      userRow('carol', { key1: { ...activeKey(300), lastUsed: daysAgo(days, extraMs) } });
    expect(runRule('access-key-unused', used(45))).toEqual([]);
    expect(runRule('access-key-unused', used(45, SECOND))).toEqual([]);
    expect(runRule('access-key-unused', used(45, DAY - SECOND))).toEqual([]);
    expect(runRule('access-key-unused', used(46))).toEqual([
      {
        credential: 'access_key_1',
        credentialCreated: iso(300),
        ageDays: 46,
        limit: 45,
        message: 'Access key 1 of carol was last used 46 days ago (limit 45 days).',
      },
    ]);
  });

  it('passes a key used in the future (clock skew)', () => {
    expect(runRule('access-key-unused', userRow('c', { key1: { ...activeKey(300), lastUsed: daysAgo(-1) } }))).toEqual(
      [],
    );
  });

  describe('never used', () => {
    const neverUsed = (createdDaysAgo: number, lastUsed = NA) =>
      userRow('bob', { key2: { ...activeKey(createdDaysAgo), lastUsed } });

    it('from-creation ages it from last_rotated (N/A and no_information alike)', () => {
      expect(runRule('access-key-unused', neverUsed(45))).toEqual([]);
      expect(runRule('access-key-unused', neverUsed(60))).toEqual([
        {
          credential: 'access_key_2',
          credentialCreated: iso(60),
          ageDays: 60,
          limit: 45,
          message: 'Access key 2 of bob has never been used and was created 60 days ago (limit 45 days).',
        },
      ]);
      expect(runRule('access-key-unused', neverUsed(46, NO_INFO))).toHaveLength(1);
    });

    it('from-creation flags a never-used key without a creation date', () => {
      const row = userRow('bob', { key1: { active: true, lastRotated: NA, lastUsed: NA } });
      expect(runRule('access-key-unused', row)[0]).toMatchObject({ ageDays: null, credentialCreated: null });
    });

    it('ignore never flags it', () => {
      expect(runRule('access-key-unused', neverUsed(1000), { never_used: 'ignore' })).toEqual([]);
    });

    it('ignore still flags a key whose last use is too old', () => {
      const row = userRow('bob', { key1: activeKey(300, 100) });
      expect(runRule('access-key-unused', row, { never_used: 'ignore' })).toHaveLength(1);
    });

    it('violation flags it at once', () => {
      expect(runRule('access-key-unused', neverUsed(0), { never_used: 'violation' })).toEqual([
        {
          credential: 'access_key_2',
          credentialCreated: iso(0),
          ageDays: 0,
          limit: 45,
          message: 'Access key 2 of bob has never been used.',
        },
      ]);
    });
  });

  it('ignores inactive keys and checks both slots', () => {
    const row = userRow('bob', {
      key1: { ...activeKey(300, 200), active: false },
      key2: activeKey(300, 50),
    });
    expect(runRule('access-key-unused', row).map((hit) => [hit.credential, hit.ageDays])).toEqual([
      ['access_key_2', 50],
    ]);
    const both = userRow('bob', { key1: activeKey(300, 46), key2: activeKey(300, 47) });
    expect(runRule('access-key-unused', both).map((hit) => hit.credential)).toEqual(['access_key_1', 'access_key_2']);
  });
});

describe('single-active-access-key', () => {
  it('finds a user with both keys active', () => {
    expect(runRule('single-active-access-key', userRow('bob', { key1: activeKey(100), key2: activeKey(3) }))).toEqual([
      { credential: null, credentialCreated: null, ageDays: null, limit: null, message: 'bob has two active access keys.' },
    ]);
  });

  it('passes one active key, in either slot', () => {
    expect(runRule('single-active-access-key', userRow('a', { key1: activeKey(1) }))).toEqual([]);
    expect(runRule('single-active-access-key', userRow('a', { key2: activeKey(1) }))).toEqual([]);
    expect(
      runRule('single-active-access-key', userRow('a', { key1: { ...activeKey(1), active: false }, key2: activeKey(1) })),
    ).toEqual([]);
  });

  it('allows a rotation while the newer key is younger than grace_days (whichever slot holds it)', () => {
    const row = (newer: number) => userRow('bob', { key1: activeKey(newer), key2: activeKey(200) });
    expect(runRule('single-active-access-key', row(6), { grace_days: 7 })).toEqual([]);
    expect(runRule('single-active-access-key', row(7), { grace_days: 7 })).toHaveLength(1);
    const slot2Newer = userRow('bob', { key1: activeKey(200), key2: activeKey(6) });
    expect(runRule('single-active-access-key', slot2Newer, { grace_days: 7 })).toEqual([]);
  });

  it('does not let an undated key prove a rotation in progress', () => {
    const row = userRow('bob', { key1: activeKey(1), key2: { active: true, lastRotated: NA } });
    expect(runRule('single-active-access-key', row, { grace_days: 7 })).toHaveLength(1);
  });
});

describe('no-initial-access-key', () => {
  const created = daysAgo(100);
  const createdAt = NOW - 100 * DAY;
  const setupUser = (keyOffsetMs: number, lastUsed = NA) =>
    consoleUser('erin', 100, 5, {
      userCreationTime: created,
      key1: { active: true, lastRotated: { kind: 'date', at: createdAt + keyOffsetMs }, lastUsed },
    });

  it('finds a never-used key created within window_minutes of its console user', () => {
    expect(runRule('no-initial-access-key', setupUser(5 * MINUTE))).toEqual([
      {
        credential: 'access_key_1',
        credentialCreated: new Date(createdAt + 5 * MINUTE).toISOString(),
        ageDays: null,
        limit: null,
        message: 'Access key 1 of erin was created with the user and has never been used.',
      },
    ]);
    expect(runRule('no-initial-access-key', setupUser(0, NO_INFO))).toHaveLength(1);
    expect(runRule('no-initial-access-key', setupUser(-5 * MINUTE))).toHaveLength(1);
  });

  it('passes a key created just outside the window', () => {
    expect(runRule('no-initial-access-key', setupUser(5 * MINUTE + SECOND))).toEqual([]);
    expect(runRule('no-initial-access-key', setupUser(11 * MINUTE), { window_minutes: 10 })).toEqual([]);
    expect(runRule('no-initial-access-key', setupUser(10 * MINUTE), { window_minutes: 10 })).toHaveLength(1);
  });

  it('passes a key that has been used, a user without a password, and inactive keys', () => {
    expect(runRule('no-initial-access-key', setupUser(0, daysAgo(1)))).toEqual([]);
    const noPassword = { ...setupUser(0), passwordEnabled: false as const };
    expect(runRule('no-initial-access-key', noPassword)).toEqual([]);
    const inactive = setupUser(0);
    inactive.accessKeys[0].active = false;
    expect(runRule('no-initial-access-key', inactive)).toEqual([]);
  });

  it('checks key 2 on its own', () => {
    const row = consoleUser('erin', 100, 5, {
      userCreationTime: created,
      key1: activeKey(50, 1),
      key2: { active: true, lastRotated: { kind: 'date', at: createdAt + MINUTE }, lastUsed: NA },
    });
    expect(runRule('no-initial-access-key', row).map((hit) => hit.credential)).toEqual(['access_key_2']);
  });
});

describe('access-keys-forbidden', () => {
  it('finds every active key and nothing else', () => {
    const row = userRow('bob', { key1: { ...activeKey(1), active: false }, key2: activeKey(1) });
    expect(runRule('access-keys-forbidden', row)).toEqual([
      {
        credential: 'access_key_2',
        credentialCreated: iso(1),
        ageDays: null,
        limit: null,
        message: 'Access key 2 of bob is active.',
      },
    ]);
    expect(runRule('access-keys-forbidden', userRow('none'))).toEqual([]);
  });
});

describe('console-user-access-keys', () => {
  it('finds active keys of a console user only', () => {
    const keys = { key1: activeKey(3), key2: activeKey(2) };
    expect(runRule('console-user-access-keys', consoleUser('dave', 1, 1, keys)).map((hit) => hit.message)).toEqual([
      'Access key 1 of dave is active although dave also has a console password.',
      'Access key 2 of dave is active although dave also has a console password.',
    ]);
    expect(runRule('console-user-access-keys', userRow('svc', keys))).toEqual([]);
    expect(runRule('console-user-access-keys', consoleUser('dave', 1, 1))).toEqual([]);
  });
});

describe('access-key-region', () => {
  const usedIn = (region: string | null) => userRow('bob', { key1: { ...activeKey(10, 1), lastUsedRegion: region } });

  it('finds a key last used outside the allowed regions', () => {
    expect(runRule('access-key-region', usedIn('ap-south-1'), { allowed_regions: ['eu-west-1'] })).toEqual([
      {
        credential: 'access_key_1',
        credentialCreated: iso(10),
        ageDays: null,
        limit: null,
        message: 'Access key 1 of bob was last used in ap-south-1, which is not an allowed region.',
      },
    ]);
  });

  it('passes an allowed region and N/A (a global service)', () => {
    expect(runRule('access-key-region', usedIn('eu-west-1'), { allowed_regions: ['eu-west-1'] })).toEqual([]);
    expect(runRule('access-key-region', usedIn(null), { allowed_regions: ['eu-west-1'] })).toEqual([]);
  });

  it('with the default empty list flags every regional use', () => {
    expect(runRule('access-key-region', usedIn('eu-west-1'))).toHaveLength(1);
  });

  it('ignores inactive keys', () => {
    const row = userRow('bob', { key2: { ...activeKey(10, 1), lastUsedRegion: 'ap-south-1', active: false } });
    expect(runRule('access-key-region', row, { allowed_regions: ['eu-west-1'] })).toEqual([]);
  });
});
