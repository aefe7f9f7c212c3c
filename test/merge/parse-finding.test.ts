import { describe, expect, it } from 'vitest';
import { findingSchema, invalidFindingsDocument, parseFinding } from '../../src/merge/read-findings-document';

const valid = {
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
  baseline: 'new',
};

const VALUES: unknown[] = [undefined, null, '', 'x', 0, -1.5, true, false, [], {}, ['a'], 'error', 'warning', 'notice', 'critical', 'violation', 'upcoming',
  'new', 'unchanged', 'password', 'mfa', 'access_key_1', 'access_key_3', 'cert_2', 'service_credential:', 'service_credential:codecommit\n', 'ssh_key:APKA',
  'ssh_key', { reason: 'r', owner: null, expires: null }, { reason: 'r', owner: 'o', expires: '2026-12-01', extra: 1 }, { reason: 1, owner: null, expires: null },
  { reason: 'r' }, { reason: 'r', owner: null, expires: 5 }];

const FIELDS = [...Object.keys(valid), 'accessKeyId', 'owner', 'service', 'extra'];

const invalid = invalidFindingsDocument('doc.json', 'baseline');

function outcome(value: unknown): { data: unknown } | { message: string } {
  try {
    return { data: parseFinding(value, ['findings', 3], invalid) };
  } catch (error) {
    return { message: (error as Error).message };
  }
}

function schemaOutcome(value: unknown): { data: unknown } | { message: string } {
  const parsed = findingSchema.safeParse(value);
  return parsed.success ? { data: parsed.data } : { message: invalid(parsed.error.issues[0], ['findings', 3]).message };
}

describe('parseFinding: the hand-written check is findingSchema', () => {
  it('gives what the schema gives for every field set to each of many values', () => {
    let cases = 0;
    for (const field of FIELDS) {
      for (const value of VALUES) {
        const finding: Record<string, unknown> = { ...valid };
        if (value === undefined) delete finding[field];
        else finding[field] = value;
        const ours = outcome(finding);
        expect(ours, `${field} = ${JSON.stringify(value)}`).toStrictEqual(schemaOutcome(finding));
        if ('data' in ours) expect(JSON.stringify(ours.data)).toBe(JSON.stringify((schemaOutcome(finding) as { data: unknown }).data));
        cases += 1;
      }
    }
    expect(cases).toBe(FIELDS.length * VALUES.length);
  });

  it('and for what is not an object at all', () => {
    for (const value of [null, 1, 'finding', [], [valid]]) expect(outcome(value)).toStrictEqual(schemaOutcome(value));
  });
});
