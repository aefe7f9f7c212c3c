import { describe, expect, it } from 'vitest';
import { FindingIndex, findingIdentity } from '../../src/evaluate/finding-identity';
import type { Finding } from '../../src/evaluate/types';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'access-key-max-age',
    severity: 'error',
    status: 'violation',
    account: '123456789012',
    user: 'carol',
    arn: 'arn:aws:iam::123456789012:user/carol',
    credential: 'access_key_1',
    credentialCreated: '2026-07-01T09:00:00.000Z',
    ageDays: 142,
    limit: 90,
    message: 'm',
    exempted: false,
    exemption: null,
    ...overrides,
  };
}

describe('findingIdentity', () => {
  it('ignores what is not identity (severity, message, age, exemption)', () => {
    const a = findingIdentity(finding());
    const b = findingIdentity(finding({ severity: 'warning', message: 'other', ageDays: 150, exempted: true }));
    expect(b).toEqual(a);
  });

  it.each<[string, Partial<Finding>]>([
    ['rule', { rule: 'access-key-unused' }],
    ['account', { account: '210987654321' }],
    ['arn', { arn: 'arn:aws:iam::123456789012:user/ops/carol' }],
    ['credential', { credential: 'access_key_2' }],
    ['credentialCreated (a rotated key)', { credentialCreated: '2026-10-01T09:00:00.000Z' }],
    ['status (upcoming → violation)', { status: 'upcoming' }],
  ])('differs when %s differs', (_name, change) => {
    expect(findingIdentity(finding(change)).byArn).not.toBe(findingIdentity(finding()).byArn);
  });
});

describe('FindingIndex', () => {
  it('matches by ARN when both sides have one, by user when either side has none', () => {
    const index = new FindingIndex<string>();
    index.add(finding(), 'with-arn');
    index.add(finding({ user: 'dave', arn: null }), 'dave-no-arn');
    expect(index.lookup(finding())).toEqual(['with-arn']);
    expect(index.lookup(finding({ arn: null }))).toEqual(['with-arn']);
    expect(index.lookup(finding({ user: 'dave', arn: 'arn:aws:iam::123456789012:user/dave' }))).toEqual(['dave-no-arn']);
    // Same user name under another path is another user when both sides have ARNs.
    expect(index.lookup(finding({ arn: 'arn:aws:iam::123456789012:user/x/carol' }))).toEqual([]);
  });
});

describe('FindingIndex: hashes are only a first look', () => {
  const variants: Array<[string, Partial<Finding>]> = [
    ['the same', {}],
    ['another rule', { rule: 'access-key-unused' }],
    ['another account', { account: '210987654321' }],
    ['no account', { account: null }],
    ['another ARN', { arn: 'arn:aws:iam::123456789012:user/x/carol' }],
    ['another user without ARN', { user: 'dave', arn: null }],
    ['the empty user without ARN', { user: '', arn: null }],
    ['another credential', { credential: 'access_key_2' }],
    ['another creation time', { credentialCreated: null }],
    ['another status', { status: 'upcoming' }],
  ];

  it.each([
    ['FNV-1a', undefined],
    ['a hash that always collides', () => 7],
    ['a hash that collides on the user key only', (item: Finding, who: 'arn' | 'user') => (who === 'user' ? 1 : item.arn?.length ?? 0)],
  ])('matches exactly what the text identity matches, with %s', (_name, hash) => {
    const index = new FindingIndex<string>(hash);
    for (const [name, change] of variants) index.add(finding(change), name);
    const same = (a: Finding, b: Finding): boolean => {
      const [x, y] = [findingIdentity(a), findingIdentity(b)];
      return x.byArn !== null && y.byArn !== null ? x.byArn === y.byArn : x.byUser === y.byUser;
    };
    for (const [, change] of [...variants, ['a run-level finding', { user: null, arn: null }] as [string, Partial<Finding>]]) {
      const probe = finding(change);
      const expected = variants.filter(([, other]) => same(finding(other), probe)).map(([name]) => name);
      expect([...index.lookup(probe)].sort()).toEqual([...expected].sort());
    }
  });

  it('returns the matches in the order they were added, across many entries', () => {
    const index = new FindingIndex<number>(() => 3);
    for (let i = 0; i < 300; i += 1) index.add(finding({ user: `u${i % 100}`, arn: null }), i);
    expect(index.size).toBe(300);
    expect(index.lookup(finding({ user: 'u7', arn: null }))).toEqual([7, 107, 207]);
    expect(index.lookup(finding({ user: 'u7' }))).toEqual([7, 107, 207]);
    const byDefault = new FindingIndex<number>();
    for (let i = 0; i < 5_000; i += 1) byDefault.add(finding({ user: `u${i}`, arn: `arn:aws:iam::123456789012:user/u${i}` }), i);
    expect(byDefault.lookup(finding({ user: 'u4321', arn: 'arn:aws:iam::123456789012:user/u4321' }))).toEqual([4321]);
    expect(byDefault.lookup(finding({ user: 'u4321', arn: null }))).toEqual([4321]);
    expect(byDefault.lookup(finding({ user: 'u4321', arn: 'arn:aws:iam::123456789012:user/other' }))).toEqual([]);
  });
});
