import { describe, expect, it } from 'vitest';
import {
  activeKey,
  daysAgo,
  DAY,
  NA,
  NO_INFO,
  NOT_SUPPORTED,
  NOW,
  rootRow,
  SECOND,
} from '../support/row-builder';
import { runRule } from './run-rule';

describe('root-access-keys', () => {
  it('passes a root account without keys', () => {
    expect(runRule('root-access-keys', rootRow())).toEqual([]);
  });

  it('finds each active root key, naming its slot and creation', () => {
    const hits = runRule('root-access-keys', rootRow({ key1: activeKey(10), key2: activeKey(3, 1) }));
    expect(hits).toEqual([
      {
        credential: 'access_key_1',
        credentialCreated: new Date(NOW - 10 * DAY).toISOString(),
        ageDays: null,
        limit: null,
        message: 'Access key 1 of the root account is active.',
      },
      expect.objectContaining({ credential: 'access_key_2', message: 'Access key 2 of the root account is active.' }),
    ]);
  });

  it('finds key 2 active while key 1 is not, and ignores inactive keys', () => {
    const row = rootRow({ key1: { ...activeKey(10), active: false }, key2: activeKey(3) });
    expect(runRule('root-access-keys', row).map((hit) => hit.credential)).toEqual(['access_key_2']);
  });
});

describe('root-mfa', () => {
  it('passes root with MFA', () => {
    expect(runRule('root-mfa', rootRow({ mfaActive: true }))).toEqual([]);
  });

  it('finds root with a password and no MFA', () => {
    expect(runRule('root-mfa', rootRow({ mfaActive: false }))).toEqual([
      {
        credential: 'mfa',
        credentialCreated: null,
        ageDays: null,
        limit: null,
        message: 'The root account has credentials but no MFA device.',
      },
    ]);
  });

  it('treats not_supported (old reports) as having a password', () => {
    const row = rootRow({ mfaActive: false, passwordEnabled: 'not_supported', passwordLastChanged: NOT_SUPPORTED });
    expect(runRule('root-mfa', row)).toHaveLength(1);
  });

  it('finds root with only an active access key and no MFA', () => {
    const row = rootRow({ mfaActive: false, passwordEnabled: false, key2: activeKey(5) });
    expect(runRule('root-mfa', row)).toHaveLength(1);
  });

  it('passes root without credentials (an Organizations member account)', () => {
    const row = rootRow({
      mfaActive: false,
      passwordEnabled: false,
      passwordLastUsed: NA,
      key1: { ...activeKey(5), active: false },
    });
    expect(runRule('root-mfa', row)).toEqual([]);
  });
});

describe('root-recent-use', () => {
  const usedAt = (msAgo: number) => rootRow({ passwordLastUsed: { kind: 'date', at: NOW - msAgo } });

  it('finds a use less than 24 hours ago', () => {
    const hits = runRule('root-recent-use', usedAt(DAY - SECOND));
    expect(hits).toEqual([
      {
        credential: null,
        credentialCreated: null,
        ageDays: 0,
        limit: 1,
        message: `The root account was used with its password at ${new Date(NOW - DAY + SECOND).toISOString()}, less than 1 day ago.`,
      },
    ]);
  });

  it('does not find a use exactly 24 hours ago, nor older', () => {
    expect(runRule('root-recent-use', usedAt(DAY))).toEqual([]);
    expect(runRule('root-recent-use', usedAt(DAY + SECOND))).toEqual([]);
  });

  it('honours days: a use 6 days 23 h ago is recent with days 7, 7 days ago is not', () => {
    expect(runRule('root-recent-use', usedAt(7 * DAY - SECOND), { days: 7 })).toHaveLength(1);
    expect(runRule('root-recent-use', usedAt(7 * DAY), { days: 7 })).toEqual([]);
  });

  it('finds a use dated in the future', () => {
    expect(runRule('root-recent-use', usedAt(-DAY))).toHaveLength(1);
  });

  it('takes the most recent of the password and both keys, whichever slot', () => {
    const keyUse = rootRow({
      passwordLastUsed: daysAgo(300),
      key1: activeKey(400, 200),
      key2: { ...activeKey(400), lastUsed: { kind: 'date', at: NOW - 2 * 3600 * SECOND } },
    });
    const hits = runRule('root-recent-use', keyUse);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('with access key 2');

    const slotOne = rootRow({ passwordLastUsed: NO_INFO, key1: { lastUsed: daysAgo(0, -1) }, key2: activeKey(9, 5) });
    expect(runRule('root-recent-use', slotOne)[0]?.message).toContain('with access key 1');
  });

  it('ignores sentinels: root never used passes', () => {
    const row = rootRow({ passwordLastUsed: NO_INFO, key1: { lastUsed: NA }, key2: { lastUsed: NOT_SUPPORTED } });
    expect(runRule('root-recent-use', row)).toEqual([]);
    expect(runRule('root-recent-use', rootRow({ passwordLastUsed: NOT_SUPPORTED }))).toEqual([]);
  });
});

describe('root-signing-certificates', () => {
  it('passes root without active certificates', () => {
    expect(runRule('root-signing-certificates', rootRow({ cert1: { active: false, lastRotated: daysAgo(9) } }))).toEqual(
      [],
    );
  });

  it('finds each active root certificate', () => {
    const row = rootRow({ cert2: { active: true, lastRotated: daysAgo(9) } });
    expect(runRule('root-signing-certificates', row)).toEqual([
      {
        credential: 'cert_2',
        credentialCreated: new Date(NOW - 9 * DAY).toISOString(),
        ageDays: null,
        limit: null,
        message: 'Signing certificate 2 of the root account is active.',
      },
    ]);
  });
});
