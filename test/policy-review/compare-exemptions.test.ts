import { describe, expect, it } from 'vitest';
import { compareExemptions } from '../../src/policy-review/compare-exemptions';
import type { Exemption } from '../../src/policy/types';
import { exemption } from '../support/policy-builder';

const vendor = exemption({
  arns: ['arn:aws:iam::*:user/vendors/*'],
  rules: ['access-key-max-age'],
  reason: 'Vendor rotates quarterly (SEC-142)',
  expires: '2027-01-31',
  accounts: ['123456789012'],
  position: { file: 'base/policy.yml', line: 12, column: 5 },
});
const deploy = exemption({ users: ['deploy-bot'], rules: ['single-active-access-key'], reason: 'Rotation (OPS-77)' });

function edited(before: Exemption, after: Exemption) {
  const result = compareExemptions([before], [after]);
  expect(result.added).toEqual([]);
  expect(result.removed).toEqual([]);
  expect(result.changed).toHaveLength(1);
  return result.changed[0];
}

describe('compareExemptions', () => {
  it('sees no change when exemptions are only reordered or moved', () => {
    const moved = { ...vendor, position: { file: 'policy.yml', line: 40, column: 5 } };
    expect(compareExemptions([vendor, deploy], [deploy, moved])).toEqual({ added: [], removed: [], changed: [] });
  });

  it('sees no change when globs of a list are only reordered', () => {
    const before = exemption({ users: ['a', 'b'], rules: ['access-key-unused', 'access-key-max-age'] });
    const after = exemption({ users: ['b', 'a'], rules: ['access-key-max-age', 'access-key-unused'] });
    expect(compareExemptions([before], [after]).changed).toEqual([]);
  });

  it('reports an added and a removed exemption with their content and place', () => {
    const blanket = exemption({ users: ['*'], rules: ['*'], reason: 'temporary', position: { file: 'policy.yml', line: 3 } });
    const result = compareExemptions([vendor], [vendor, blanket]);
    expect(result.added).toEqual([
      { users: ['*'], arns: [], accounts: null, rules: ['*'], reason: 'temporary', expires: null, owner: null, at: 'policy.yml:3' },
    ]);
    expect(compareExemptions([vendor, deploy], [vendor]).removed).toEqual([
      expect.objectContaining({ users: ['deploy-bot'], reason: 'Rotation (OPS-77)' }),
    ]);
  });

  it.each([
    ['users', { users: ['deploy-bot', 'legacy-*'] }],
    ['users', { users: ['*'] }],
    ['arns', { arns: ['arn:aws:iam::*:user/ci/*'] }],
    ['rules', { rules: ['single-active-access-key', 'access-key-max-age'] }],
    ['rules', { rules: ['*'] }],
  ] as [string, Partial<Exemption>][])('marks more %s widened (looser): %j', (field, change) => {
    const result = edited(deploy, { ...deploy, ...change });
    expect(result?.effect).toBe('looser');
    expect(result?.changes).toEqual([expect.objectContaining({ field, effect: 'looser' })]);
  });

  it('marks more accounts, or any account, widened', () => {
    expect(edited(vendor, { ...vendor, accounts: ['123456789012', '210987654321'] })?.effect).toBe('looser');
    expect(edited(vendor, { ...vendor, accounts: null })?.changes).toEqual([
      { field: 'accounts', before: ['123456789012'], after: null, effect: 'looser' },
    ]);
  });

  it('marks a later or removed expiry widened, an earlier or new one narrowed', () => {
    expect(edited(vendor, { ...vendor, expires: '2027-06-30' })?.effect).toBe('looser');
    expect(edited(vendor, { ...vendor, expires: null })?.changes).toEqual([
      { field: 'expires', before: '2027-01-31', after: null, effect: 'looser' },
    ]);
    expect(edited(vendor, { ...vendor, expires: '2026-12-31' })?.effect).toBe('stricter');
    expect(edited(deploy, { ...deploy, expires: '2026-12-31' })?.effect).toBe('stricter');
  });

  it('marks fewer users, ARNs, accounts or rules narrowed (stricter)', () => {
    const wide = exemption({ users: ['a', 'b'], arns: ['arn:x', 'arn:y'], accounts: null, rules: ['*'], reason: 'r' });
    const narrow = exemption({ users: ['a'], arns: ['arn:x'], accounts: ['123456789012'], rules: ['access-key-max-age'], reason: 'r' });
    const result = edited(wide, narrow);
    expect(result?.effect).toBe('stricter');
    expect(result?.changes.map((field) => [field.field, field.effect])).toEqual([
      ['users', 'stricter'],
      ['arns', 'stricter'],
      ['accounts', 'stricter'],
      ['rules', 'stricter'],
    ]);
  });

  it('is looser when one field widens while another narrows', () => {
    const result = edited(vendor, { ...vendor, rules: ['*'], expires: '2026-12-01' });
    expect(result?.effect).toBe('looser');
  });

  it('treats a new owner or a reworded reason as neutral, paired by the selector', () => {
    const result = edited(deploy, { ...deploy, reason: 'Rotation in progress (OPS-78)', owner: 'platform-team' });
    expect(result?.effect).toBe('neutral');
    expect(result?.changes.map((field) => field.field)).toEqual(['reason', 'owner']);
  });

  it('pairs by reason first: same reason, other globs is one exemption edited', () => {
    const result = edited(deploy, { ...deploy, users: ['release-bot'] });
    // A glob gained (and one lost): wider, since the new one lets other users through.
    expect(result?.effect).toBe('looser');
    expect(result?.before.users).toEqual(['deploy-bot']);
    expect(result?.after.users).toEqual(['release-bot']);
  });

  it('sees an exemption with another reason and other globs as removed and added', () => {
    const other = exemption({ users: ['other'], rules: ['*'], reason: 'unrelated' });
    const result = compareExemptions([deploy], [other]);
    expect(result.changed).toEqual([]);
    expect(result.added).toHaveLength(1);
    expect(result.removed).toHaveLength(1);
  });
});
