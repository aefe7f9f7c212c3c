import { describe, expect, it } from 'vitest';
import { activeKey, consoleUser, daysAgo, NA, NO_INFO, SECOND, userRow } from '../support/row-builder';
import { runRule } from './run-rule';

describe('user-inactive', () => {
  it('finds a console user whose password was last used more than max_days ago', () => {
    expect(runRule('user-inactive', consoleUser('old', 900, 90))).toEqual([]);
    expect(runRule('user-inactive', consoleUser('old', 900, 90, { passwordLastUsed: daysAgo(90, SECOND) }))).toEqual([]);
    expect(runRule('user-inactive', consoleUser('old', 900, 91))).toEqual([
      {
        credential: null,
        credentialCreated: null,
        ageDays: 91,
        limit: 90,
        message: 'old last used a credential 91 days ago (limit 90 days).',
      },
    ]);
  });

  it('takes the most recent use of the password and either key', () => {
    const row = consoleUser('mixed', 900, 200, { key1: activeKey(900, 150), key2: activeKey(900, 10) });
    expect(runRule('user-inactive', row)).toEqual([]);
    const slot1Recent = consoleUser('mixed', 900, 200, { key1: activeKey(900, 10), key2: activeKey(900, 150) });
    expect(runRule('user-inactive', slot1Recent)).toEqual([]);
    const allOld = consoleUser('mixed', 900, 200, { key1: activeKey(900, 95), key2: activeKey(900, 120) });
    expect(runRule('user-inactive', allOld)[0]?.ageDays).toBe(95);
  });

  it('ages a user that never used anything from its creation', () => {
    const row = (created: number) => userRow('idle', { userCreationTime: daysAgo(created), key1: activeKey(created) });
    expect(runRule('user-inactive', row(90))).toEqual([]);
    expect(runRule('user-inactive', row(91))[0]?.message).toBe(
      'idle has never used its credentials and was created 91 days ago (limit 90 days).',
    );
  });

  it('counts an active certificate as an enabled credential', () => {
    expect(runRule('user-inactive', userRow('cert-only', { cert1: { active: true, lastRotated: daysAgo(500) } }))).toHaveLength(1);
  });

  it('counts a certificate in either slot, and a use of either key even when that key is inactive now', () => {
    expect(runRule('user-inactive', userRow('cert-2', { cert2: { active: true, lastRotated: daysAgo(500) } }))).toHaveLength(1);
    const usedByOldKey = consoleUser('rotated', 900, 200, { key2: { ...activeKey(900, 5), active: false } });
    expect(runRule('user-inactive', usedByOldKey)).toEqual([]);
    const onlyKey2Active = userRow('k2', { userCreationTime: daysAgo(300), key2: activeKey(300, 91) });
    expect(runRule('user-inactive', onlyKey2Active)[0]?.ageDays).toBe(91);
  });

  it('passes a user without enabled credentials, however old', () => {
    const row = userRow('empty', {
      passwordLastUsed: daysAgo(800),
      key1: { ...activeKey(900, 800), active: false },
      cert1: { active: false, lastRotated: daysAgo(900) },
    });
    expect(runRule('user-inactive', row)).toEqual([]);
  });

  it('flags a user with no usable date at all', () => {
    const row = userRow('odd', { userCreationTime: NO_INFO, passwordEnabled: true, passwordLastUsed: NA });
    expect(runRule('user-inactive', row)[0]).toMatchObject({ ageDays: null, limit: 90 });
  });
});

describe('additional-credentials', () => {
  it('finds a user with credentials the report cannot show', () => {
    const row = userRow('many-keys', { additionalCredentialsInfo: 'access_key_3_active: true' });
    expect(runRule('additional-credentials', row)).toEqual([
      {
        credential: null,
        credentialCreated: null,
        ageDays: null,
        limit: null,
        message:
          'many-keys has credentials the report cannot show (additional_credentials_info: access_key_3_active: true).',
      },
    ]);
  });

  it('passes when the column is absent or blank', () => {
    expect(runRule('additional-credentials', userRow('a'))).toEqual([]);
    expect(runRule('additional-credentials', userRow('a', { additionalCredentialsInfo: '  ' }))).toEqual([]);
  });
});
