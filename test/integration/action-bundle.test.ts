import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runActionBundle } from '../support/run-bundle';

const EXAMPLE = readFileSync(join(REPO_ROOT, 'examples', 'credential-report.csv'), 'utf8');
const NOW = '2026-11-20T12:00:00Z';
// Offline tests must never reach for AWS: no instance metadata, no real endpoint.
const OFFLINE_ENV = { AWS_EC2_METADATA_DISABLED: 'true', AWS_ENDPOINT_URL: 'http://127.0.0.1:9' };

describe('dist/index.js start-up', () => {
  it('keeps the AWS SDK, zod, yaml and the HTTP client out of the main chunk (loaded only on demand)', () => {
    const main = readFileSync(join(REPO_ROOT, 'dist', 'index.js'), 'utf8');
    expect(main).not.toMatch(/class ZodType|ZodObject/);
    expect(main).not.toContain('YAMLParseError');
    expect(main).not.toContain('@aws-sdk/client-iam');
    expect(main).not.toMatch(/undici/i);
  });
});

describe('dist/index.js run as a runner runs it', () => {
  it('evaluates a saved report: outputs, findings document, saved CSV, job summary', async () => {
    const run = await runActionBundle(
      {
        'report-file': 'report.csv',
        now: NOW,
        'json-file': 'out/findings.json',
        'save-report': 'out/evaluated.csv',
        'sarif-file': 'out/findings.sarif',
      },
      { files: { 'report.csv': EXAMPLE }, env: OFFLINE_ENV },
    );
    expect(run.outputs.result).toBe('fail');
    expect(run.code).toBe(1);
    const document = JSON.parse(readFileSync(join(run.workspace, 'out/findings.json'), 'utf8'));
    expect(document.schemaVersion).toBe(1);
    expect(document.verdict).toBe('fail');
    expect(document.evaluatedAt).toBe('2026-11-20T12:00:00.000Z');
    expect(document.reports).toEqual([
      { account: '123456789012', generatedAt: null, source: 'file', users: document.reports[0].users },
    ]);
    expect(run.outputs.errors).toBe(String(document.counts.error));
    expect(run.outputs.warnings).toBe(String(document.counts.warning));
    expect(run.outputs.notices).toBe(String(document.counts.notice));
    expect(run.outputs.exempted).toBe(String(document.counts.exempted));
    expect(run.outputs.users).toBe(String(EXAMPLE.trim().split('\n').length - 1));
    expect(run.outputs['aws-account-id']).toBe('123456789012');
    expect(run.outputs['report-generated-at']).toBe('');
    expect(run.outputs['json-file']).toBe('out/findings.json');
    expect(run.outputs['sarif-file']).toBe('out/findings.sarif');
    expect(readFileSync(join(run.workspace, 'out/evaluated.csv'), 'utf8')).toBe(EXAMPLE);
    expect(JSON.parse(readFileSync(join(run.workspace, 'out/findings.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(run.summary).toContain('IAM credential');
    expect(run.stdout).toContain('::error');
  });

  it('with redact, no user name, ARN or account id reaches the log, annotations or summary; the JSON keeps them', async () => {
    const run = await runActionBundle(
      { 'report-file': 'report.csv', now: NOW, redact: 'true', 'json-file': 'findings.json' },
      { files: { 'report.csv': EXAMPLE }, env: OFFLINE_ENV },
    );
    expect(run.outputs.result).toBe('fail');
    const users = EXAMPLE.trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0] ?? '')
      .filter((user) => user !== '<root_account>');
    const human = `${run.stdout}\n${run.stderr}\n${run.summary}`;
    for (const user of users) expect(human, user).not.toContain(user);
    expect(human).not.toContain('123456789012');
    expect(human).not.toContain('arn:aws:iam::');
    const document = JSON.parse(readFileSync(join(run.workspace, 'findings.json'), 'utf8'));
    expect(document.findings.map((finding: { user: string }) => finding.user)).toContain('carol.diaz');
  });

  it('passes with fail-on never, and fails on warnings with fail-on warning', async () => {
    const never = await runActionBundle(
      { 'report-file': 'report.csv', now: NOW, 'fail-on': 'never' },
      { files: { 'report.csv': EXAMPLE }, env: OFFLINE_ENV },
    );
    expect(never.outputs.result).toBe('pass');
    expect(never.code).toBe(0);
  });

  it('points annotations at the rule line of a workspace policy', async () => {
    const policy = ['version: 1', 'rules:', '  mfa-for-console: on', '  access-key-max-age: { max_days: 30 }', ''].join('\n');
    const run = await runActionBundle(
      { 'report-file': 'report.csv', policy: 'policy.yml', now: NOW },
      { files: { 'report.csv': EXAMPLE, 'policy.yml': policy }, env: OFFLINE_ENV },
    );
    expect(run.outputs.result).toBe('fail');
    expect(run.stdout).toMatch(/::error (?:[^\n]*,)?file=policy\.yml,line=4[^\n]*::Access key/);
  });

  it('ends in result error, never a pass, for a bad input', async () => {
    const run = await runActionBundle({ 'report-file': 'report.csv', 'fail-on': 'sometimes' }, {
      files: { 'report.csv': EXAMPLE },
      env: OFFLINE_ENV,
    });
    expect(run.outputs.result).toBe('error');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::Input 'fail-on' is 'sometimes'; use one of: error, warning, never.");
  });

  it('ends in result error with the file, line and column of a policy mistake, and no stack trace', async () => {
    const policy = ['version: 1', 'rules:', '  acess-key-max-age: on', ''].join('\n');
    const run = await runActionBundle(
      { 'report-file': 'report.csv', policy: 'policy.yml', 'fail-on': 'never', 'json-file': 'findings.json' },
      { files: { 'report.csv': EXAMPLE, 'policy.yml': policy }, env: OFFLINE_ENV },
    );
    expect(run.outputs.result).toBe('error');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("policy.yml:3:3: unknown rule 'acess-key-max-age'");
    expect(run.stdout).toContain("did you mean 'access-key-max-age'?");
    expect(run.stdout).not.toMatch(/\n\s+at /);
    const document = JSON.parse(readFileSync(join(run.workspace, 'findings.json'), 'utf8'));
    expect(document.verdict).toBe('error');
    expect(document.errors[0]).toContain('policy.yml:3:3');
  });

  it('ends in result error for a missing report file', async () => {
    const run = await runActionBundle({ 'report-file': 'missing.csv' }, { env: OFFLINE_ENV });
    expect(run.outputs.result).toBe('error');
    expect(run.stdout).toContain('missing.csv');
  });

  it('without report-file and without AWS credentials ends in error, not a pass', async () => {
    const run = await runActionBundle({ 'fail-on': 'never', 'max-wait-seconds': '5' }, { env: OFFLINE_ENV });
    expect(run.outputs.result).toBe('error');
    expect(run.code).toBe(1);
  });

  it('validates a policy in mode validate without a report', async () => {
    const good = await runActionBundle({ mode: 'validate', policy: 'builtin:cis-aws-foundations-v3' }, { env: OFFLINE_ENV });
    expect(good.outputs.result).toBe('pass');
    expect(good.code).toBe(0);
    // Nothing was evaluated: the summary and log say the policy is valid, not "passed · 0 errors".
    expect(good.summary).toContain('IAM credential gate: policy valid');
    expect(good.summary).not.toContain('0 errors');
    expect(good.stdout).toMatch(/Policy builtin:cis-aws-foundations-v3 is valid: \d+ rules enabled, 0 exemptions\./);
    expect(good.stdout).not.toContain('Verdict pass');
    const warned = await runActionBundle(
      { mode: 'validate', policy: 'policy.yml', now: '2026-11-20T12:00:00Z' },
      {
        files: { 'policy.yml': 'version: 1\nextends: builtin:recommended\nexemptions:\n  - users: [bot]\n    rules: [root-mfa]\n    reason: r\n    expires: 2026-11-01\n' },
        env: OFFLINE_ENV,
      },
    );
    expect(warned.outputs.result).toBe('pass');
    expect(warned.stdout).toContain('::warning::policy.yml:4:5: exemption 1 expired on 2026-11-01');
    expect(warned.summary).toContain('**Warnings (1):**');
    const bad = await runActionBundle(
      { mode: 'validate', policy: 'policy.yml' },
      { files: { 'policy.yml': 'version: 2\n' }, env: OFFLINE_ENV },
    );
    expect(bad.outputs.result).toBe('error');
    expect(bad.stdout).toContain('policy.yml:1:10');
  });
});
