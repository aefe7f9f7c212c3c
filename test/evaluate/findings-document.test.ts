import { describe, expect, it } from 'vitest';
import { buildFindingsDocument } from '../../src/evaluate/findings-document';
import type { Evaluation, Finding } from '../../src/evaluate/types';

// Built with keys in a scrambled order: the document must still follow the contract's order.
const finding = {
  exemption: null,
  exempted: false,
  message: 'Access key 1 of carol is 142 days old (limit 90 days).',
  limit: 90,
  ageDays: 142,
  credentialCreated: '2026-07-01T09:00:00.000Z',
  credential: 'access_key_1',
  arn: 'arn:aws:iam::123456789012:user/carol',
  user: 'carol',
  account: '123456789012',
  status: 'violation',
  severity: 'error',
  rule: 'access-key-max-age',
} satisfies Finding;

const evaluation: Evaluation = {
  findings: [finding],
  rules: [{ exempted: 0, findings: 1, severity: 'error', enabled: true, id: 'access-key-max-age' }],
  counts: { exempted: 2, notice: 0, warning: 1, error: 3 },
  exemptions: [],
};

describe('buildFindingsDocument', () => {
  const document = buildFindingsDocument({
    evaluation,
    verdict: 'fail',
    failOn: 'error',
    policySource: 'builtin:recommended',
    reports: [{ users: 42, source: 'aws', generatedAt: '2026-11-20T11:58:02.000Z', account: '123456789012' }],
    errors: [],
    evaluatedAt: Date.parse('2026-11-20T12:00:00Z'),
    version: '1.0.0',
  });

  it('matches the contract example, key order included', () => {
    const expected = {
      schemaVersion: 1,
      tool: { name: 'iam-credential-gate', version: '1.0.0' },
      evaluatedAt: '2026-11-20T12:00:00.000Z',
      verdict: 'fail',
      failOn: 'error',
      policy: { source: 'builtin:recommended' },
      reports: [{ account: '123456789012', generatedAt: '2026-11-20T11:58:02.000Z', source: 'aws', users: 42 }],
      counts: { error: 3, warning: 1, notice: 0, exempted: 2 },
      rules: [{ id: 'access-key-max-age', enabled: true, severity: 'error', findings: 1, exempted: 0 }],
      findings: [
        {
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
          message: 'Access key 1 of carol is 142 days old (limit 90 days).',
          exempted: false,
          exemption: null,
          baseline: null,
        },
      ],
      baseline: null,
      // 1.1: null without compare-policy.
      policyChange: null,
      errors: [],
    };
    expect(JSON.stringify(document)).toBe(JSON.stringify(expected));
  });

  it('writes the baseline marks and section in the contract order', () => {
    const marked = { baseline: 'unchanged', ...finding } satisfies Finding;
    const compared = buildFindingsDocument({
      evaluation: { ...evaluation, findings: [marked] },
      verdict: 'pass',
      failOn: 'error',
      policySource: 'builtin:recommended',
      reports: [],
      errors: [],
      evaluatedAt: 0,
      version: '1.0.0',
      baseline: { fixed: [marked], unchanged: 1, new: 0, newOnly: true, evaluatedAt: '2026-11-19T02:00:00.000Z', file: 'b.json' },
    });
    expect(Object.keys(compared.findings[0] ?? {}).slice(-3)).toEqual(['exempted', 'exemption', 'baseline']);
    expect(compared.findings[0]?.baseline).toBe('unchanged');
    expect(Object.keys(compared)).toEqual([
      'schemaVersion', 'tool', 'evaluatedAt', 'verdict', 'failOn', 'policy', 'reports', 'counts', 'rules', 'findings', 'baseline', 'policyChange', 'errors',
    ]);
    expect(JSON.stringify(compared.baseline)).toBe(
      JSON.stringify({
        file: 'b.json',
        evaluatedAt: '2026-11-19T02:00:00.000Z',
        newOnly: true,
        new: 0,
        unchanged: 1,
        fixed: [compared.findings[0]],
      }),
    );
  });

  it('keeps the exemption fields in order and carries errors', () => {
    const exempted = buildFindingsDocument({
      evaluation: {
        ...evaluation,
        findings: [{ ...finding, exempted: true, exemption: { expires: '2027-01-31', owner: null, reason: 'SEC-142' } }],
      },
      verdict: 'error',
      failOn: 'warning',
      policySource: 'policy.yml',
      reports: [{ account: null, generatedAt: null, source: 'file', users: 3 }],
      errors: ['Account 210987654321: access denied.'],
      evaluatedAt: 0,
      version: '1.2.3',
    });
    expect(JSON.stringify(exempted.findings[0]?.exemption)).toBe('{"reason":"SEC-142","owner":null,"expires":"2027-01-31"}');
    expect(exempted.errors).toEqual(['Account 210987654321: access denied.']);
    expect(exempted.reports).toEqual([{ account: null, generatedAt: null, source: 'file', users: 3 }]);
    expect(exempted.evaluatedAt).toBe('1970-01-01T00:00:00.000Z');
    expect(exempted.tool.version).toBe('1.2.3');
  });
});
