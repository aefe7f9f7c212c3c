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
