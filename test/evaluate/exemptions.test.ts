import { describe, expect, it } from 'vitest';
import { compileGlob, exemptionEndsAt, isExpired, prepareExemption } from '../../src/evaluate/exemptions';
import { exemption } from '../support/policy-builder';
import { ACCOUNT } from '../support/row-builder';

describe('compileGlob', () => {
  it('matches the whole string, case-sensitively', () => {
    const match = compileGlob('deploy-bot');
    expect(match('deploy-bot')).toBe(true);
    expect(match('deploy-bot-2')).toBe(false);
    expect(match('my-deploy-bot')).toBe(false);
    expect(match('Deploy-Bot')).toBe(false);
  });

  it('lets * match any run of characters, / included, and nothing', () => {
    const match = compileGlob('legacy-*');
    expect(match('legacy-')).toBe(true);
    expect(match('legacy-app')).toBe(true);
    expect(compileGlob('arn:aws:iam::*:user/vendors/*')(`arn:aws:iam::${ACCOUNT}:user/vendors/acme/bot`)).toBe(true);
    expect(compileGlob('*')('<root_account>')).toBe(true);
  });

  it('lets ? match exactly one character', () => {
    const match = compileGlob('svc-?');
    expect(match('svc-1')).toBe(true);
    expect(match('svc-')).toBe(false);
    expect(match('svc-12')).toBe(false);
  });

  it('treats regular-expression characters literally', () => {
    expect(compileGlob('a.b+c')('a.b+c')).toBe(true);
    expect(compileGlob('a.b+c')('axbbc')).toBe(false);
    expect(compileGlob('(x)[y]{z}|$^\\')('(x)[y]{z}|$^\\')).toBe(true);
    expect(compileGlob('user=a,b@c')('user=a,b@c')).toBe(true);
  });
});

describe('expiry', () => {
  const endOf = Date.parse('2026-11-20T23:59:59.999Z');

  it('lasts through 23:59:59.999 UTC of the expiry day', () => {
    expect(exemptionEndsAt('2026-11-20')).toBe(endOf);
    expect(isExpired(exemption({ expires: '2026-11-20' }), endOf)).toBe(false);
    expect(isExpired(exemption({ expires: '2026-11-20' }), endOf + 1)).toBe(true);
    expect(isExpired(exemption({ expires: '2026-11-19' }), Date.parse('2026-11-20T00:00:00Z'))).toBe(true);
    expect(isExpired(exemption({ expires: null }), endOf + 1e12)).toBe(false);
  });

  it('treats a malformed or impossible date as expired', () => {
    expect(isExpired(exemption({ expires: '2026-02-31' }), 0)).toBe(true);
    expect(isExpired(exemption({ expires: 'soon' }), 0)).toBe(true);
  });
});

describe('prepareExemption', () => {
  const finding = {
    rule: 'access-key-max-age',
    user: 'vendor-bot',
    arn: `arn:aws:iam::${ACCOUNT}:user/vendors/vendor-bot`,
    account: ACCOUNT,
  };
  type Target = { rule: string; user: string | null; arn: string | null; account: string | null };
  const matches = (overrides: Parameters<typeof exemption>[0], target: Target = finding) =>
    prepareExemption(exemption(overrides), 0, 0).matches(target);

  it('needs a rule match (or *) and a user or ARN glob match', () => {
    expect(matches({ users: ['vendor-*'], rules: ['access-key-max-age'] })).toBe(true);
    expect(matches({ users: ['vendor-*'], rules: ['access-key-unused'] })).toBe(false);
    expect(matches({ users: ['vendor-*'], rules: ['*'] })).toBe(true);
    expect(matches({ arns: ['arn:aws:iam::*:user/vendors/*'] })).toBe(true);
    expect(matches({ users: ['someone'], arns: ['arn:aws:iam::*:user/vendors/*'] })).toBe(true);
    expect(matches({ users: ['someone'], arns: ['arn:aws:iam::*:user/staff/*'] })).toBe(false);
    expect(matches({})).toBe(false);
  });

  it('restricts to its accounts when given', () => {
    expect(matches({ users: ['*'], accounts: [ACCOUNT] })).toBe(true);
    expect(matches({ users: ['*'], accounts: ['999999999999'] })).toBe(false);
    expect(matches({ users: ['*'], accounts: [ACCOUNT] }, { ...finding, account: null })).toBe(
      false,
    );
  });

  it('never matches once expired', () => {
    const prepared = prepareExemption(exemption({ users: ['*'], expires: '1970-01-01' }), 0, 86_400_000);
    expect(prepared.expired).toBe(true);
    expect(prepared.matches(finding)).toBe(false);
  });
});
