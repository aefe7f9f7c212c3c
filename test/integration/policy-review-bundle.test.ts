/**
 * The policy change review through the real bundles: the action (inputs, outputs, job summary,
 * findings document) and the CLI (flags, exit codes, table), offline on a saved report.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_BUNDLE, REPO_ROOT, runActionBundle, runNode } from '../support/run-bundle';

const EXAMPLE = readFileSync(join(REPO_ROOT, 'examples', 'credential-report.csv'), 'utf8');
const NOW = '2026-11-20T12:00:00Z';
const OFFLINE_ENV = { AWS_EC2_METADATA_DISABLED: 'true', AWS_ENDPOINT_URL: 'http://127.0.0.1:9', NO_COLOR: '1' };

const BASE = `version: 1
extends: builtin:recommended
rules:
  access-key-max-age: { max_days: 90 }
`;
/** The pull request's policy: a raised limit and an exemption for carol.diaz. */
const CHANGED = `version: 1
extends: builtin:recommended
rules:
  access-key-max-age: { max_days: 365 }
exemptions:
  - users: ["carol.diaz"]
    rules: ["*"]
    reason: "Temporary (SEC-9)"
`;

/** A workspace as a pull request workflow has it: the base branch's policy checked out into base/. */
function workspace(changed = CHANGED): string {
  const dir = mkdtempSync(join(tmpdir(), 'icg-review-bundle-'));
  mkdirSync(join(dir, 'base'));
  writeFileSync(join(dir, 'base', 'policy.yml'), BASE);
  writeFileSync(join(dir, 'policy.yml'), changed);
  writeFileSync(join(dir, 'report.csv'), EXAMPLE);
  return dir;
}

describe('dist/index.js with compare-policy', () => {
  it('reviews the change: outputs, job summary opening with the review, policyChange in the document', async () => {
    const run = await runActionBundle(
      {
        policy: 'policy.yml',
        'compare-policy': 'base/policy.yml',
        'report-file': 'report.csv',
        now: NOW,
        'json-file': 'findings.json',
        'fail-on': 'never',
      },
      { workspace: workspace(), env: OFFLINE_ENV },
    );
    // warn (the default): a warning, and fail-on never lets it pass.
    expect(run.outputs.result).toBe('pass');
    expect(run.outputs['policy-weakened']).toBe('true');
    const document = JSON.parse(readFileSync(join(run.workspace, 'findings.json'), 'utf8'));
    const change = document.policyChange;
    expect(run.outputs['findings-hidden']).toBe(String(change.hidden.length));
    expect(run.outputs['findings-added']).toBe('0');
    expect(change.hidden.length).toBeGreaterThan(0);
    expect(change.hidden.some((finding: { user: string }) => finding.user === 'carol.diaz')).toBe(true);
    expect(change.rules).toEqual([
      expect.objectContaining({ id: 'access-key-max-age', effect: 'looser' }),
    ]);
    expect(change.exemptions.added).toEqual([expect.objectContaining({ users: ['carol.diaz'], reason: 'Temporary (SEC-9)' })]);
    expect(Object.keys(document).slice(-4)).toEqual(['findings', 'baseline', 'policyChange', 'errors']);
    expect(document.findings.find((finding: { rule: string }) => finding.rule === 'policy-weakened')).toMatchObject({
      severity: 'warning',
      exempted: false,
    });
    const headings = run.summary.split('\n').filter((line) => /^#{2,3} /.test(line));
    expect(headings.slice(0, 2)).toEqual(['## ✅ IAM credential gate passed', '### 🔍 Policy change review']);
    expect(run.summary).toContain(`**This change hides ${change.hidden.length} findings**`);
  });

  it('fails with policy-weakening: fail whatever fail-on says, and says why', async () => {
    const run = await runActionBundle(
      {
        policy: 'policy.yml',
        'compare-policy': 'base/policy.yml',
        'policy-weakening': 'fail',
        'fail-on': 'never',
        'report-file': 'report.csv',
        now: NOW,
      },
      { workspace: workspace(), env: OFFLINE_ENV },
    );
    expect(run.outputs.result).toBe('fail');
    expect(run.code).toBe(1);
    expect(run.outputs['policy-weakened']).toBe('true');
  });

  it('outputs false and zeros without compare-policy', async () => {
    const run = await runActionBundle(
      { policy: 'policy.yml', 'report-file': 'report.csv', now: NOW, 'fail-on': 'never' },
      { workspace: workspace(), env: OFFLINE_ENV },
    );
    expect(run.outputs['policy-weakened']).toBe('false');
    expect(run.outputs['findings-hidden']).toBe('0');
    expect(run.outputs['findings-added']).toBe('0');
    expect(run.summary).not.toContain('Policy change review');
  });

  it('ends in error naming the compare-policy file when it is invalid', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'base', 'policy.yml'), 'version: 1\nrules:\n  acess-key-max-age: on\n');
    const run = await runActionBundle(
      { policy: 'policy.yml', 'compare-policy': 'base/policy.yml', 'report-file': 'report.csv', now: NOW },
      { workspace: dir, env: OFFLINE_ENV },
    );
    expect(run.outputs.result).toBe('error');
    expect(run.stdout).toContain("compare-policy 'base/policy.yml' is not a valid policy: base/policy.yml:3:3");
  });
});

describe('dist/cli/index.js with --compare-policy', () => {
  it('check prints the review first and exits 1 with --policy-weakening fail --fail-on never', async () => {
    const dir = workspace();
    const result = await runNode(
      CLI_BUNDLE,
      ['check', '--policy', 'policy.yml', '--compare-policy', 'base/policy.yml', '--policy-weakening', 'fail',
        '--fail-on', 'never', '--report-file', join(dir, 'report.csv'), '--now', NOW],
      OFFLINE_ENV,
      dir,
    );
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[1]).toBe('Policy change review against base/policy.yml: this change WEAKENS the policy');
    expect(lines[2]).toMatch(/^ {2}hides \d+ findings: /);
    expect(result.stdout).toContain('policy-weakened');
  });

  it('check passes a change that only tightens, and --format json carries policyChange', async () => {
    const dir = workspace(BASE.replace('max_days: 90', 'max_days: 30'));
    const result = await runNode(
      CLI_BUNDLE,
      ['check', '--policy', 'policy.yml', '--compare-policy', 'base/policy.yml', '--policy-weakening', 'fail',
        '--fail-on', 'never', '--report-file', join(dir, 'report.csv'), '--now', NOW, '--format', 'json'],
      OFFLINE_ENV,
      dir,
    );
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.policyChange).toMatchObject({ comparePolicy: 'base/policy.yml', weakened: false, hidden: [] });
    expect(document.policyChange.rules[0]).toMatchObject({ id: 'access-key-max-age', effect: 'stricter' });
  });

  it('validate checks both policies and shows the rule and exemption changes', async () => {
    const dir = workspace();
    const ok = await runNode(CLI_BUNDLE, ['validate', '--policy', 'policy.yml', '--compare-policy', 'base/policy.yml'], OFFLINE_ENV, dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Policy change review against base/policy.yml: this change WEAKENS the policy');
    expect(ok.stdout).toContain('loosens: access-key-max-age max_days 90 → 365; new exemption users [carol.diaz]');

    writeFileSync(join(dir, 'base', 'policy.yml'), 'version: 2\n');
    const bad = await runNode(CLI_BUNDLE, ['validate', '--policy', 'policy.yml', '--compare-policy', 'base/policy.yml'], OFFLINE_ENV, dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("compare-policy 'base/policy.yml'");
  });

  it('lists the flags in --help', async () => {
    const result = await runNode(CLI_BUNDLE, ['check', '--help'], OFFLINE_ENV, workspace());
    expect(result.stdout).toContain('--compare-policy');
    expect(result.stdout).toContain('--policy-weakening <allow|warn|fail>');
  });
});
