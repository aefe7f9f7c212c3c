import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/output/redact';
import { buildOutcome, finding, sampleOutcome } from '../support/outcome-builder';

function expectedHash(kind: string, value: string): string {
  return `${kind}-${createHash('sha256').update(value).digest('hex').slice(0, 8)}`;
}

describe('createRedactor(false)', () => {
  it('changes nothing', () => {
    const redact = createRedactor(false);
    redact.learn(sampleOutcome());
    expect(redact.enabled).toBe(false);
    expect(redact.user('carol')).toBe('carol');
    expect(redact.arn('arn:aws:iam::123456789012:user/carol')).toBe('arn:aws:iam::123456789012:user/carol');
    expect(redact.account('123456789012')).toBe('123456789012');
    expect(redact.text('carol in 123456789012')).toBe('carol in 123456789012');
  });
});

describe('createRedactor(true)', () => {
  it('gives stable short hashes: the same value, the same hash, in any redactor', () => {
    const one = createRedactor(true);
    const two = createRedactor(true);
    expect(one.user('carol')).toBe(expectedHash('user', 'carol'));
    expect(one.user('carol')).toBe(two.user('carol'));
    expect(one.user('carol')).not.toBe(one.user('dave'));
    expect(one.account('123456789012')).toBe(expectedHash('account', '123456789012'));
    expect(one.arn('arn:aws:iam::123456789012:user/carol')).toMatch(/^arn-[0-9a-f]{8}$/);
  });

  it('keeps <root_account>, which names no one', () => {
    expect(createRedactor(true).user('<root_account>')).toBe('<root_account>');
  });

  it('replaces learnt names in free text on name boundaries only', () => {
    const redact = createRedactor(true);
    redact.learn(
      buildOutcome({
        findings: [
          finding({ rule: 'mfa-for-console', user: 'al', message: 'x' }),
          finding({ rule: 'mfa-for-console', user: 'carol.smith', message: 'x' }),
          finding({ rule: 'mfa-for-console', user: 'carol', message: 'x' }),
        ],
      }),
    );
    const al = redact.user('al');
    expect(redact.text('Access key 1 of al is old. also: al, al.')).toBe(
      `Access key 1 of ${al} is old. also: ${al}, ${al}.`,
    );
    expect(redact.text('carol.smith and carol')).toBe(`${redact.user('carol.smith')} and ${redact.user('carol')}`);
    // `al` inside other words or longer names stays.
    expect(redact.text('alice, halt, al-bot, al@x')).toBe('alice, halt, al-bot, al@x');
  });

  it('replaces any ARN and any 12-digit account id, learnt or not', () => {
    const redact = createRedactor(true);
    const text = redact.text(
      'Could not assume arn:aws-us-gov:iam::111122223333:role/gate-reader, in account 444455556666. Key AKIA1234567890123.',
    );
    expect(text).toBe(
      `Could not assume ${redact.arn('arn:aws-us-gov:iam::111122223333:role/gate-reader')}, in account ${redact.account('444455556666')}. Key AKIA1234567890123.`,
    );
    expect(text).not.toMatch(/111122223333|444455556666|gate-reader/);
  });

  it('is idempotent: redacted text stays as it is', () => {
    const redact = createRedactor(true);
    redact.learn(sampleOutcome());
    const once = redact.text('Access key 1 of carol in arn:aws:iam::123456789012:user/carol (123456789012)');
    expect(redact.text(once)).toBe(once);
  });

  it('learns the users, ARNs and accounts of a run and the patterns of its exemptions', () => {
    const redact = createRedactor(true);
    redact.learn(sampleOutcome());
    expect(redact.text('deploy-bot, legacy-* and dave')).toBe(
      `${redact.user('deploy-bot')}, ${redact.user('legacy-*')} and ${redact.user('dave')}`,
    );
  });
});
