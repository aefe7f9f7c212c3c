import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_BUNDLE, REPO_ROOT, runNode } from '../support/run-bundle';

const EXAMPLE_PATH = join(REPO_ROOT, 'examples', 'credential-report.csv');
const NOW = '2026-11-20T12:00:00Z';
const ENV = { NO_COLOR: '1', AWS_EC2_METADATA_DISABLED: 'true' };

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'icg-cli-'));
}

describe('dist/cli/index.js', () => {
  it('check exits 1 on the example report and prints a table without colour', async () => {
    const result = await runNode(CLI_BUNDLE, ['check', '--report-file', EXAMPLE_PATH, '--now', NOW], ENV, workdir());
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/fail/i);
    expect(result.stdout).toContain('access-key-max-age');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('check --format json prints the findings document and writes --json-file', async () => {
    const dir = workdir();
    const result = await runNode(
      CLI_BUNDLE,
      ['check', '--report-file', EXAMPLE_PATH, '--now', NOW, '--format', 'json', '--json-file', 'f.json', '--fail-on', 'never'],
      ENV,
      dir,
    );
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed.verdict).toBe('pass');
    expect(printed.failOn).toBe('never');
    expect(JSON.parse(readFileSync(join(dir, 'f.json'), 'utf8'))).toEqual(printed);
  });

  it('check --format markdown prints the summary', async () => {
    const result = await runNode(
      CLI_BUNDLE,
      ['check', '--report-file', EXAMPLE_PATH, '--now', NOW, '--format', 'markdown'],
      ENV,
      workdir(),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('|');
  });

  it('exits 2 with one line for a user mistake, never a stack trace', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'policy.yml'), 'version: 1\nrulez: {}\n');
    const cases: string[][] = [
      ['check', '--report-file', 'nope.csv'],
      ['check', '--report-file', EXAMPLE_PATH, '--fail-on', 'sometimes'],
      ['check', '--report-file', EXAMPLE_PATH, '--format', 'yaml'],
      ['check', '--report-file', EXAMPLE_PATH, '--policy', 'policy.yml'],
      ['check', '--no-such-flag'],
      ['frobnicate'],
    ];
    for (const args of cases) {
      const result = await runNode(CLI_BUNDLE, args, ENV, dir);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(/error: /);
      expect(result.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  });

  it('validate exits 0 for the builtins and 2 for a broken policy', async () => {
    for (const name of ['recommended', 'cis-aws-foundations-v3', 'strict']) {
      const result = await runNode(CLI_BUNDLE, ['validate', '--policy', `builtin:${name}`], ENV, workdir());
      expect(result.code, name).toBe(0);
    }
    const dir = workdir();
    writeFileSync(join(dir, 'p.yml'), 'version: 1\nrules:\n  mfa-for-console: maybe\n');
    const result = await runNode(CLI_BUNDLE, ['validate', '--policy', 'p.yml'], ENV, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('p.yml:3:20');
  });

  it('evaluates the example policy: exemptions applied and upcoming rotations shown', async () => {
    const result = await runNode(
      CLI_BUNDLE,
      ['check', '--report-file', EXAMPLE_PATH, '--policy', join(REPO_ROOT, 'examples', 'policy.yml'), '--now', NOW, '--format', 'json'],
      ENV,
      workdir(),
    );
    expect(result.code).toBe(1);
    const document = JSON.parse(result.stdout);
    expect(document.counts.exempted).toBe(2);
    const vendor = document.findings.find((finding: { user: string }) => finding.user === 'vendor-sync');
    expect(vendor.exemption).toEqual({
      reason: 'Vendor rotates quarterly; next rotation tracked in SEC-142',
      owner: 'platform-team',
      expires: '2027-01-31',
    });
    expect(document.findings.some((finding: { status: string }) => finding.status === 'upcoming')).toBe(true);
  });

  it('schema prints the JSON Schema of the policy language', async () => {
    const result = await runNode(CLI_BUNDLE, ['schema'], ENV, workdir());
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(JSON.stringify(schema)).toContain('access-key-max-age');
    expect(schema).toEqual(JSON.parse(readFileSync(join(REPO_ROOT, 'policies', 'schema.json'), 'utf8')));
  });
});
