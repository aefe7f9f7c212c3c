import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_BUNDLE, REPO_ROOT, runActionBundle, runNode } from '../support/run-bundle';

const EXAMPLE = readFileSync(join(REPO_ROOT, 'examples', 'credential-report.csv'), 'utf8');
/** The example without carol.diaz: her findings are fixed. */
const WITHOUT_CAROL = EXAMPLE.split('\n')
  .filter((line) => !line.startsWith('carol.diaz,'))
  .join('\n');
const NIGHT = '2026-11-20T02:00:00Z';
/** Five weeks later: two keys went from upcoming to over their limit. */
const LATER = '2026-12-25T12:00:00Z';
const OFFLINE_ENV = { AWS_EC2_METADATA_DISABLED: 'true', AWS_ENDPOINT_URL: 'http://127.0.0.1:9' };

interface Finding {
  rule: string;
  user: string | null;
  exempted: boolean;
  baseline: string | null;
}

describe('dist/index.js with a baseline', () => {
  it('marks findings, lists fixed ones, sets outputs new and fixed, SARIF baselineState, and with new-only fails on new ones only', async () => {
    const night = await runActionBundle(
      { 'report-file': 'report.csv', now: NIGHT, 'json-file': 'nightly/findings.json', 'fail-on': 'never' },
      { files: { 'report.csv': EXAMPLE }, env: OFFLINE_ENV },
    );
    expect(night.outputs.result).toBe('pass');
    // No baseline: empty, not 0 (nothing was compared).
    expect(night.outputs.new).toBe('');
    expect(night.outputs.fixed).toBe('');
    const baseline = JSON.parse(readFileSync(join(night.workspace, 'nightly/findings.json'), 'utf8'));
    expect(baseline.baseline).toBeNull();
    expect(baseline.findings.every((finding: Finding) => finding.baseline === null)).toBe(true);

    const workspace = mkdtempSync(join(tmpdir(), 'icg-action-baseline-'));
    copyFileSync(join(night.workspace, 'nightly/findings.json'), join(workspace, 'findings-nightly.json'));
    const run = await runActionBundle(
      {
        'report-file': 'report.csv',
        now: LATER,
        baseline: 'findings-nightly.json',
        'new-only': 'true',
        'json-file': 'findings.json',
        'sarif-file': 'findings.sarif',
      },
      { workspace, files: { 'report.csv': WITHOUT_CAROL }, env: OFFLINE_ENV },
    );
    const document = JSON.parse(readFileSync(join(workspace, 'findings.json'), 'utf8'));
    const fresh = document.findings.filter((finding: Finding) => finding.baseline === 'new' && !finding.exempted);
    expect(fresh.map((finding: Finding) => finding.user).sort()).toEqual(['data-export', 'erin.walsh']);
    expect(document.baseline.file).toBe('findings-nightly.json');
    expect(document.baseline.evaluatedAt).toBe('2026-11-20T02:00:00.000Z');
    expect(document.baseline.newOnly).toBe(true);
    expect(document.baseline.new).toBe(2);
    expect(document.baseline.fixed.map((finding: Finding) => finding.user)).toEqual(['carol.diaz']);
    expect(run.outputs.new).toBe('2');
    expect(run.outputs.fixed).toBe('1');
    expect(run.outputs.result).toBe('fail');
    expect(run.stdout).toMatch(/2 new errors/);

    const sarif = JSON.parse(readFileSync(join(workspace, 'findings.sarif'), 'utf8'));
    const states = sarif.runs[0].results.map((result: { baselineState?: string }) => result.baselineState);
    expect(states).toEqual(document.findings.map((finding: Finding) => finding.baseline));

    expect(run.summary).toContain('### Since the baseline');
    expect(run.summary).toContain('**2 new** findings, **1 fixed** since the baseline');
    expect(run.summary.indexOf('### Since the baseline')).toBeLessThan(run.summary.indexOf('### Rules'));
  });

  it('passes with new-only when nothing is new, though old errors remain', async () => {
    const night = await runActionBundle(
      { 'report-file': 'report.csv', now: NIGHT, 'json-file': 'findings-nightly.json', 'fail-on': 'never' },
      { files: { 'report.csv': EXAMPLE }, env: OFFLINE_ENV },
    );
    const run = await runActionBundle(
      { 'report-file': 'report.csv', now: NIGHT, baseline: 'findings-nightly.json', 'new-only': 'true' },
      { workspace: night.workspace, env: OFFLINE_ENV },
    );
    expect(run.outputs.result).toBe('pass');
    expect(run.code).toBe(0);
    expect(Number(run.outputs.errors)).toBeGreaterThan(0);
    expect(run.outputs.new).toBe('0');
    expect(run.outputs.fixed).toBe('0');
  });

  it('fails closed on a baseline that is not a findings document, naming the file, quoting nothing', async () => {
    const run = await runActionBundle(
      { 'report-file': 'report.csv', baseline: 'baseline.json', 'new-only': 'true' },
      { files: { 'report.csv': EXAMPLE, 'baseline.json': '{"token": "ghp_SECRETfromTHEfile"}' }, env: OFFLINE_ENV },
    );
    expect(run.outputs.result).toBe('error');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/baseline\.json is not a findings document/);
    expect(`${run.stdout}${run.stderr}${run.summary}`).not.toContain('ghp_SECRET');
    expect(run.outputs.new).toBe('');
  });
});

describe('dist/cli/index.js with --baseline --new-only', () => {
  it('prints what changed, marks new findings, and exits on the new ones only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icg-cli-baseline-'));
    const report = join(REPO_ROOT, 'examples', 'credential-report.csv');
    writeFileSync(join(dir, 'without-carol.csv'), WITHOUT_CAROL);
    const env = { NO_COLOR: '1', AWS_EC2_METADATA_DISABLED: 'true' };
    const night = await runNode(CLI_BUNDLE, ['check', '--report-file', report, '--now', NIGHT, '--json-file', 'base.json'], env, dir);
    expect(night.code).toBe(1);

    const same = await runNode(CLI_BUNDLE, ['check', '--report-file', report, '--now', NIGHT, '--baseline', 'base.json', '--new-only'], env, dir);
    expect(same.stderr).toBe('');
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/since the baseline base\.json \(run of 2026-11-20 02:00 UTC\): 0 new, 0 fixed, \d+ unchanged/);

    const later = await runNode(
      CLI_BUNDLE,
      ['check', '--report-file', 'without-carol.csv', '--now', LATER, '--baseline', 'base.json', '--new-only', '--format', 'json'],
      env,
      dir,
    );
    expect(later.code).toBe(1);
    const document = JSON.parse(later.stdout);
    expect(document.baseline).toMatchObject({ file: 'base.json', newOnly: true, new: 2 });
    expect(document.baseline.fixed.map((finding: Finding) => finding.user)).toEqual(['carol.diaz']);

    const table = await runNode(CLI_BUNDLE, ['check', '--report-file', 'without-carol.csv', '--now', LATER, '--baseline', 'base.json'], env, dir);
    expect(table.stdout).toMatch(/Fixed since the baseline \(1 finding\):\nFIXED\s+error\s+access-key-max-age\s+carol\.diaz/);
    expect(table.stdout).toMatch(/\nerror\s+NEW\s+access-key-max-age\s+(erin\.walsh|data-export)/);

    const usage = await runNode(CLI_BUNDLE, ['check', '--help'], env, dir);
    expect(usage.stdout).toContain('--baseline <file.json>');
    expect(usage.stdout).toContain('--new-only');
  });
});
