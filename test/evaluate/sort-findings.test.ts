import { describe, expect, it } from 'vitest';
import { compareFindings, sortFindings } from '../../src/evaluate/sort-findings';
import type { Finding } from '../../src/evaluate/types';

function finding(fields: Partial<Finding>): Finding {
  return {
    rule: 'access-key-max-age',
    severity: 'error',
    status: 'violation',
    account: '123456789012',
    user: 'alice',
    arn: null,
    credential: 'access_key_1',
    credentialCreated: null,
    ageDays: null,
    limit: null,
    message: '',
    exempted: false,
    exemption: null,
    ...fields,
  };
}

/** A small deterministic generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('sortFindings', () => {
  it('gives exactly the order of a stable sort by compareFindings, ties in input order', () => {
    const next = random(7);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
    const findings = Array.from({ length: 2_000 }, (_, index) =>
      finding({
        // Rules whose ids are prefixes of each other, and severities a rule does not usually have.
        rule: pick(['mfa', 'mfa-for-console', 'access-key-max-age', 'access-key', 'root-row-missing']),
        severity: pick(['error', 'warning', 'notice'] as const),
        account: pick([null, '000000000001', '123456789012']),
        user: pick([null, 'amy', 'Amy', 'zed', 'amy2', '']),
        credential: pick([null, 'access_key_1', 'access_key_2', 'password']),
        message: `#${index}`,
      }),
    );
    const expected = [...findings].sort(compareFindings);
    const sorted = sortFindings(findings);
    expect(sorted.map((each) => each.message)).toEqual(expected.map((each) => each.message));
    // The input is left as it was.
    expect(findings[0]?.message).toBe('#0');
  });

  it('gives the same order for input already in order, or with one pair out of order anywhere', () => {
    const next = random(11);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
    const findings = Array.from({ length: 600 }, (_, index) =>
      finding({
        rule: pick(['mfa-for-console', 'access-key-max-age']),
        account: pick([null, '000000000001', '123456789012']),
        user: pick([null, 'amy', 'Amy', 'zed', '']),
        credential: pick([null, 'access_key_1', 'access_key_2']),
        message: `#${index}`,
      }),
    );
    const inOrder = [...findings].sort(compareFindings);
    expect(sortFindings(inOrder).map((each) => each.message)).toEqual(inOrder.map((each) => each.message));
    for (let swap = 0; swap < inOrder.length - 1; swap += 7) {
      const nearly = [...inOrder];
      [nearly[swap], nearly[swap + 1]] = [nearly[swap + 1] as Finding, nearly[swap] as Finding];
      const expected = [...nearly].sort(compareFindings);
      expect(sortFindings(nearly).map((each) => each.message), `swap ${swap}`).toEqual(expected.map((each) => each.message));
    }
  });

  it('puts severity before rule: a notice of an early rule comes after an error of a late one', () => {
    const sorted = sortFindings([finding({ rule: 'a', severity: 'notice' }), finding({ rule: 'z', severity: 'error' })]);
    expect(sorted.map((each) => each.rule)).toEqual(['z', 'a']);
  });
});
