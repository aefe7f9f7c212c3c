import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_BUNDLE, REPO_ROOT, runActionBundle, runNode } from '../support/run-bundle';

const EXAMPLE = readFileSync(join(REPO_ROOT, 'examples', 'credential-report.csv'), 'utf8');
const MERGE_FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'merge');
const NOW = '2026-11-20T12:00:00Z';
const OFFLINE_ENV = { AWS_EC2_METADATA_DISABLED: 'true', AWS_ENDPOINT_URL: 'http://127.0.0.1:9' };

/** Lines of the log the runner would read as workflow commands. */
function commands(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^\s*(::|##\[)/.test(line));
}

describe('dist/index.js with mode: merge', () => {
  it('joins the documents of findings-files (paths and globs): outputs, json-file, summary, annotations', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'icg-merge-action-'));
    mkdirSync(join(workspace, 'shards', 'b'), { recursive: true });
    copyFileSync(join(MERGE_FIXTURES, 'shard-1.json'), join(workspace, 'shards', 'shard-1.json'));
    copyFileSync(join(MERGE_FIXTURES, 'shard-2.json'), join(workspace, 'shards', 'b', 'shard-2.json'));
    const merged = await runActionBundle(
      { mode: 'merge', 'findings-files': 'shards/**/*.json\n', 'json-file': 'merged.json', 'fail-on': 'error' },
      { env: OFFLINE_ENV, workspace },
    );
    const run = { workspace };
    const document = JSON.parse(readFileSync(join(run.workspace, 'merged.json'), 'utf8'));
    expect(document.reports.map((report: { account: string }) => report.account)).toEqual([
      '111111111111',
      '222222222222',
      '333333333333',
    ]);
    expect(merged.outputs.result).toBe(document.verdict);
    expect(merged.outputs['json-file']).toBe('merged.json');
    expect(merged.outputs['aws-account-id']).toBe('111111111111,222222222222,333333333333');
    expect(merged.outputs.errors).toBe(String(document.counts.error));
    expect(merged.summary).toContain('IAM credential');
    expect(merged.stdout).toContain('Merging 2 findings documents: shards/b/shard-2.json, shards/shard-1.json.');
    expect(merged.code).toBe(document.verdict === 'pass' ? 0 : 1);
  });

  it('is an error when a glob matches nothing, naming the input and the pattern', async () => {
    const run = await runActionBundle(
      { mode: 'merge', 'findings-files': 'artifacts/*.json', 'json-file': 'merged.json' },
      { env: OFFLINE_ENV },
    );
    expect(run.outputs.result).toBe('error');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Input 'findings-files' has the pattern 'artifacts/*.json', which matches no file");
    expect(run.summary).toContain('artifacts/\\*.json');
    expect(JSON.parse(readFileSync(join(run.workspace, 'merged.json'), 'utf8')).verdict).toBe('error');
  });
});

describe('dist/index.js with refused inputs', () => {
  it('fail-on: sometimes still writes the job summary and the findings document, with the error', async () => {
    const run = await runActionBundle(
      { 'report-file': 'report.csv', now: NOW, 'fail-on': 'sometimes', 'json-file': 'out/findings.json' },
      { files: { 'report.csv': EXAMPLE }, env: OFFLINE_ENV },
    );
    expect(run.outputs.result).toBe('error');
    expect(run.outputs['json-file']).toBe('out/findings.json');
    expect(run.code).toBe(1);
    expect(run.summary).toContain("Input 'fail-on' is 'sometimes'");
    const document = JSON.parse(readFileSync(join(run.workspace, 'out/findings.json'), 'utf8'));
    expect(document).toMatchObject({ schemaVersion: 1, verdict: 'error', evaluatedAt: '2026-11-20T12:00:00.000Z', findings: [] });
    expect(document.errors).toEqual([expect.stringContaining("Input 'fail-on' is 'sometimes'")]);
  });

  it('refuses json-file and sarif-file on one path, naming both, and writes neither', async () => {
    const run = await runActionBundle(
      { 'report-file': 'report.csv', now: NOW, 'json-file': 'out.json', 'sarif-file': './out.json' },
      { files: { 'report.csv': EXAMPLE }, env: OFFLINE_ENV },
    );
    expect(run.outputs.result).toBe('error');
    expect(run.stdout).toContain("Inputs 'json-file' and 'sarif-file' both write");
    expect(run.summary).toContain('json-file');
    expect(run.outputs['json-file']).toBe('');
  });

  it('refuses save-report onto the report file, which stays as it was', async () => {
    const run = await runActionBundle(
      { 'report-file': 'report.csv', now: NOW, 'save-report': 'report.csv' },
      { files: { 'report.csv': EXAMPLE }, env: OFFLINE_ENV },
    );
    expect(run.outputs.result).toBe('error');
    expect(run.stdout).toContain("file of input 'report-file'");
    expect(readFileSync(join(run.workspace, 'report.csv'), 'utf8')).toBe(EXAMPLE);
  });

  it('json-file that is a folder: result error naming the input, with a document far over 16 KiB', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'icg-folder-'));
    mkdirSync(join(workspace, 'taken2'));
    const run = await runActionBundle(
      { 'report-file': 'report.csv', now: NOW, 'json-file': 'taken2', policy: 'builtin:strict' },
      { workspace, files: { 'report.csv': EXAMPLE }, env: OFFLINE_ENV },
    );
    expect(run.outputs.result).toBe('error');
    expect(run.stdout).toContain("Could not write json-file 'taken2'");
    expect(run.stderr).not.toMatch(/Unhandled|UnhandledPromiseRejection/);
  });
});

describe('dist/index.js log lines', () => {
  it('a policy input with a workflow command in it does not inject the command', async () => {
    const run = await runActionBundle(
      { 'report-file': 'report.csv', now: NOW, policy: 'builtin:recommended\n::stop-commands::x' },
      { files: { 'report.csv': EXAMPLE }, env: OFFLINE_ENV },
    );
    expect(run.outputs.result).toBe('error');
    expect(commands(run.stdout).filter((line) => /stop-commands/.test(line.split('::')[1] ?? ''))).toEqual([]);
    expect(run.stdout).toContain('Policy "builtin:recommended\\n::stop-commands::x"');
  });

  it('a 1 MB user name makes no line longer than a few KiB', async () => {
    const lines = EXAMPLE.trimEnd().split('\n');
    const long = 'u'.repeat(1024 * 1024);
    const row = (lines.find((line) => line.startsWith('carol.diaz,')) ?? '').split(',');
    row[0] = long;
    row[1] = `arn:aws:iam::123456789012:user/${long}`;
    const report = [...lines, row.join(',')].join('\n');
    const run = await runActionBundle(
      { 'report-file': 'report.csv', now: NOW },
      { files: { 'report.csv': report }, env: OFFLINE_ENV },
    );
    expect(run.outputs.result).toBe('fail');
    const longest = Math.max(...run.stdout.split('\n').map((line) => line.length));
    expect(longest).toBeLessThan(16 * 1024);
    expect(run.stdout).toContain('more characters cut');
  });
});

describe('dist/cli/index.js refusals', () => {
  it('--now 2026-02-30T00:00:00Z and a bare date are refused', async () => {
    for (const now of ['2026-02-30T00:00:00Z', '2026-11-20']) {
      const result = await runNode(
        CLI_BUNDLE,
        ['check', '--report-file', join(REPO_ROOT, 'examples', 'credential-report.csv'), '--now', now],
        { NO_COLOR: '1' },
        REPO_ROOT,
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`'${now}'`);
    }
  });

  it('--json-file under a regular file exits 2 at once', async () => {
    const result = await runNode(
      CLI_BUNDLE,
      ['check', '--report-file', join(REPO_ROOT, 'examples', 'credential-report.csv'), '--now', NOW, '--json-file', 'package.json/x.json'],
      { NO_COLOR: '1' },
      REPO_ROOT,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Could not write --json-file 'package.json/x.json'");
  });
});
