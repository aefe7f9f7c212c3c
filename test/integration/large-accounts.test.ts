/**
 * Issue 10 items 4 and 7, through the real bundles: accounts far larger than the unit tests use,
 * with builtin:strict (about 1.7 findings per user), and the order of the action's annotations.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchReportCsv } from '../../scripts/bench-report';
import { CLI_BUNDLE, runActionBundle, runNode } from '../support/run-bundle';

const NOW = '2026-11-20T12:00:00Z';
const NOW_MS = Date.parse(NOW);
const ENV = { NO_COLOR: '1', AWS_EC2_METADATA_DISABLED: 'true', AWS_ENDPOINT_URL: 'http://127.0.0.1:9' };

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'icg-large-'));
}

function check(dir: string, report: string, extra: string[]) {
  return runNode(CLI_BUNDLE, ['check', '--report-file', report, '--policy', 'builtin:strict', '--now', NOW, ...extra], ENV, dir);
}

describe('large accounts through the CLI bundle', () => {
  it('35 000 users: the table, the findings document and a capped SARIF file, without a crash', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'report.csv'), benchReportCsv({ account: '123456789012', users: 35_000, now: NOW_MS }));
    const run = await check(dir, 'report.csv', ['--json-file', 'findings.json', '--sarif-file', 'findings.sarif']);
    expect(run.stderr).not.toContain('internal error');
    expect(run.code).toBe(1);
    const document = JSON.parse(readFileSync(join(dir, 'findings.json'), 'utf8'));
    const total = document.findings.length as number;
    expect(total).toBeGreaterThan(50_000);
    // A table row per finding, after the verdict, context and header lines.
    expect(run.stdout.split('\n').filter((line) => /^(error|warning|notice|\()/.test(line))).toHaveLength(total);
    const sarif = JSON.parse(readFileSync(join(dir, 'findings.sarif'), 'utf8'));
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].results).toHaveLength(25_000);
    expect(sarif.runs[0].properties.resultsOmitted).toBe(total - 25_000);
    expect(run.stderr).toContain(`SARIF: ${(total - 25_000).toLocaleString('en-US')} of ${total.toLocaleString('en-US')} findings`);
  }, 180_000);

  it('merges two shards of 25 000 users each', async () => {
    const dir = workdir();
    for (const [shard, account] of [
      ['1', '111111111111'],
      ['2', '222222222222'],
    ] as const) {
      writeFileSync(join(dir, `r${shard}.csv`), benchReportCsv({ account, users: 25_000, now: NOW_MS }));
      const run = await check(dir, `r${shard}.csv`, ['--json-file', `shard-${shard}.json`, '--format', 'json']);
      expect(run.code).toBe(1);
    }
    const merged = await runNode(CLI_BUNDLE, ['merge', 'shard-1.json', 'shard-2.json', '--json-file', 'merged.json', '--summary-file', 'summary.md'], ENV, dir);
    expect(merged.stderr).not.toContain('internal error');
    expect(merged.code).toBe(1);
    const count = (file: string) => (JSON.parse(readFileSync(join(dir, file), 'utf8')).findings as unknown[]).length;
    expect(count('merged.json')).toBe(count('shard-1.json') + count('shard-2.json'));
    expect(Buffer.byteLength(readFileSync(join(dir, 'summary.md'), 'utf8'))).toBeLessThan(1_000_000);
    expect(merged.stdout).toContain('111111111111');
    expect(merged.stdout).toContain('222222222222');
  }, 180_000);
});

describe('the action bundle with many error findings', () => {
  it('writes the "check failed" error annotation first, once', async () => {
    const run = await runActionBundle(
      { 'report-file': 'report.csv', policy: 'builtin:strict', now: NOW },
      { files: { 'report.csv': benchReportCsv({ account: '123456789012', users: 300, now: NOW_MS }) }, env: ENV },
    );
    expect(run.outputs.result).toBe('fail');
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors.length).toBe(11);
    expect(errors[0]).toMatch(/^::error::IAM credential report check failed: \d+ errors \(fail-on: error\)/);
    expect(errors.filter((line) => line.includes('check failed'))).toHaveLength(1);
  });

  it('writes the "could not evaluate" error first too', async () => {
    const run = await runActionBundle({ 'report-file': 'missing.csv', now: NOW }, { env: ENV });
    expect(run.outputs.result).toBe('error');
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('The gate could not evaluate');
  });
});
