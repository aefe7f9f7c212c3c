import { describe, expect, it } from 'vitest';
import { memberRoleArn, partitionOfRegion, resolveAccountTargets } from '../../src/accounts/account-targets';
import { UserError } from '../../src/user-error';

describe('resolveAccountTargets', () => {
  it('turns ids into the member role of each account and keeps role ARNs as written, sorted by id', () => {
    const targets = resolveAccountTargets(
      ['333333333333', 'arn:aws:iam::111111111111:role/audit/Reader', '222222222222'],
      'GateReader',
      'aws',
    );
    expect(targets).toEqual([
      { accountId: '111111111111', roleArn: 'arn:aws:iam::111111111111:role/audit/Reader' },
      { accountId: '222222222222', roleArn: 'arn:aws:iam::222222222222:role/GateReader' },
      { accountId: '333333333333', roleArn: 'arn:aws:iam::333333333333:role/GateReader' },
    ]);
  });

  it('builds ARNs in the partition given (GovCloud, China)', () => {
    expect(resolveAccountTargets(['111111111111'], 'audit/GateReader', 'aws-us-gov')[0]?.roleArn).toBe(
      'arn:aws-us-gov:iam::111111111111:role/audit/GateReader',
    );
  });

  it('refuses the same account listed twice, naming both entries', () => {
    expect(() =>
      resolveAccountTargets(['111111111111', 'arn:aws:iam::111111111111:role/Other'], 'GateReader', 'aws'),
    ).toThrow(/account 111111111111 twice \('111111111111' and 'arn:aws:iam::111111111111:role\/Other'\)/);
  });

  it('needs a member role name for ids but not for ARNs', () => {
    expect(() => resolveAccountTargets(['111111111111'], null, 'aws')).toThrow(UserError);
    expect(resolveAccountTargets(['arn:aws:iam::111111111111:role/R'], null, 'aws')).toHaveLength(1);
  });

  it('refuses an entry that is neither an id nor a role ARN', () => {
    expect(() => resolveAccountTargets(['12345'], 'R', 'aws')).toThrow(/'12345'/);
  });
});

describe('memberRoleArn', () => {
  it('refuses an ARN given as a role name', () => {
    expect(() => memberRoleArn('111111111111', 'arn:aws:iam::111111111111:role/R', 'aws')).toThrow(
      /member-role-name.*not an IAM role name/,
    );
  });
});

describe('partitionOfRegion', () => {
  it.each([
    ['us-east-1', 'aws'],
    ['eu-central-2', 'aws'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['cn-northwest-1', 'aws-cn'],
  ])('%s is in %s', (region, partition) => {
    expect(partitionOfRegion(region)).toBe(partition);
  });
});
