import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Exemption } from '../../src/policy/types';
import { reviewPolicy } from '../../src/validate/review-policy';
import { buildPolicy } from '../support/policy-builder';
import { userRow } from '../support/row-builder';
import { cli } from '../support/cli-io';

const NOW = Date.parse('2026-11-20T12:00:00Z');

function exemption(overrides: Partial<Exemption>): Exemption {
  return {
    users: ['deploy-bot'],
    arns: [],
    accounts: null,
    rules: ['access-key-max-age'],
    reason: 'r',
    expires: null,
    owner: null,
    position: { file: 'policy.yml', line: 9, column: 5 },
    ...overrides,
  };
}

describe('reviewPolicy', () => {
  it('warns about expired, soon-expiring and blanket exemptions, with file:line:col', () => {
    const policy = buildPolicy({
      exemptions: [
        exemption({ expires: '2026-11-19' }),
        exemption({ expires: '2026-12-10' }),
        exemption({ expires: '2027-06-01' }),
        exemption({ users: ['*'], rules: ['*'], position: { file: 'policy.yml', line: 20, column: 5 } }),
      ],
    });
    const { errors, warnings } = reviewPolicy(policy, NOW, null);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'policy.yml:9:5: exemption 1 expired on 2026-11-19 and is no longer applied; renew it with a new date and reason, or remove it.',
      'policy.yml:9:5: exemption 2 expires on 2026-12-10 (in 20 days); fix the findings it hides, or renew it.',
      expect.stringMatching(/^policy\.yml:20:5: exemption 4 exempts every user from every rule/),
    ]);
  });

  it('counts the 30 days to the end of the expiry day', () => {
    const at = (expires: string): string[] => reviewPolicy(buildPolicy({ exemptions: [exemption({ expires })] }), NOW, null).warnings;
    expect(at('2026-12-19')).toHaveLength(1); // 29 days left
    expect(at('2026-12-20')).toHaveLength(0); // 30 days left
    expect(at('2026-11-20')[0]).toContain('(today)');
  });

  it('with report rows, warns about globs that match a user only by case', () => {
    const policy = buildPolicy({
      exemptions: [
        exemption({ users: ['Deploy-*', 'ci-bot'], arns: ['arn:aws:iam::*:user/Vendors/*'] }),
      ],
    });
    const rows = [
      userRow('deploy-bot'),
      userRow('ci-bot', { arn: 'arn:aws:iam::123456789012:user/vendors/x' }),
    ];
    expect(reviewPolicy(policy, NOW, null).warnings).toEqual([]);
    expect(reviewPolicy(policy, NOW, rows).warnings).toEqual([
      "policy.yml:9:5: exemption 1: users glob 'Deploy-*' matches no user, but would match 'deploy-bot' if case were ignored; globs are case-sensitive.",
      "policy.yml:9:5: exemption 1: arns glob 'arn:aws:iam::*:user/Vendors/*' matches no ARN, but would match 'arn:aws:iam::123456789012:user/vendors/x' if case were ignored; globs are case-sensitive.",
    ]);
  });

  it('is an error when the policy enables no rule', () => {
    expect(reviewPolicy(buildPolicy({ recommended: false }), NOW, null).errors).toEqual([
      expect.stringContaining('the policy enables no rule'),
    ]);
  });
});

describe('iam-credential-gate validate', () => {
  function policyFile(text: string): { dir: string; file: string } {
    const dir = mkdtempSync(join(tmpdir(), 'icg-validate-'));
    writeFileSync(join(dir, 'policy.yml'), text);
    return { dir, file: 'policy.yml' };
  }

  it('says valid with singular and plural words, and lists warnings with their position', async () => {
    const { dir } = policyFile(
      'version: 1\nrules:\n  root-mfa: on\nexemptions:\n  - users: ["*"]\n    rules: ["*"]\n    reason: everything\n    expires: 2026-11-30\n',
    );
    const result = await cli(['validate', '--policy', 'policy.yml', '--now', '2026-11-20T12:00:00Z'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'Policy policy.yml is valid: 1 rule enabled, 1 exemption, 2 warnings.',
      'warning: policy.yml:5:5: exemption 1 expires on 2026-11-30 (in 10 days); fix the findings it hides, or renew it.',
      expect.stringMatching(/^warning: policy\.yml:5:5: exemption 1 exempts every user from every rule/),
      '',
    ]);
  });

  it('exits 2 for a policy that enables no rule', async () => {
    const { dir } = policyFile('version: 1\nrules:\n  root-mfa: off\n');
    const result = await cli(['validate', '--policy', 'policy.yml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('the policy enables no rule');
  });

  it('reads --report-file for the case check of the globs', async () => {
    const { dir } = policyFile(
      'version: 1\nextends: builtin:recommended\nexemptions:\n  - users: ["Alice.Nguyen"]\n    rules: [mfa-for-console]\n    reason: r\n',
    );
    const report = join(import.meta.dirname, '..', '..', 'examples', 'credential-report.csv');
    const result = await cli(['validate', '--policy', 'policy.yml', '--report-file', report], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("users glob 'Alice.Nguyen' matches no user, but would match 'alice.nguyen'");
  });
});
