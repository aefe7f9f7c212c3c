import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { collectingIo } from '../support/cli-io';
import { REPO_ROOT } from '../support/run-bundle';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');
const EXAMPLE = join(REPO_ROOT, 'examples', 'credential-report.csv');
const NOW = '2026-11-20T12:00:00Z';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'icg-refused-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('a policy that enables no rule', () => {
  it.each(['only-exemptions.yml', 'all-off.yml'])('is an error in check (%s), with how to enable rules', async (file) => {
    const { io, out } = collectingIo(work);
    const policy = join(FIXTURES, 'policies', 'no-rules', file);
    const code = await runCli(
      ['check', '--report-file', EXAMPLE, '--policy', policy, '--now', NOW, '--json-file', 'f.json'],
      io,
    );
    expect(code).toBe(2);
    expect(out.stderr).toContain(`error: Policy ${policy} enables no rule`);
    expect(out.stderr).toContain("extends: builtin:recommended");
    const document = JSON.parse(readFileSync(join(work, 'f.json'), 'utf8'));
    expect(document.verdict).toBe('error');
    expect(document.findings).toEqual([]);
    expect(document.errors).toEqual([expect.stringContaining('enables no rule')]);
  });

  it('is an error in validate, which does not call it valid', async () => {
    const { io, out } = collectingIo(work);
    const policy = join(FIXTURES, 'policies', 'no-rules', 'only-exemptions.yml');
    expect(await runCli(['validate', '--policy', policy], io)).toBe(2);
    expect(out.stdout).not.toContain('is valid');
    expect(out.stderr).toContain('enables no rule');
  });

  it('a policy with one rule is valid', async () => {
    const { io, out } = collectingIo(work);
    expect(await runCli(['validate', '--policy', 'builtin:strict'], io)).toBe(0);
    expect(out.stdout).toContain('is valid');
  });
});

describe('a report with a header and no rows', () => {
  it('is an error naming the file: a real report always has the root row', async () => {
    const { io, out } = collectingIo(work);
    const report = join(FIXTURES, 'reports', 'broken-header-only.csv');
    expect(await runCli(['check', '--report-file', report, '--now', NOW], io)).toBe(2);
    expect(out.stderr).toContain(`error: ${report}:2:1: the report has a header but no rows`);
  });
});

describe('refused flags', () => {
  it('still write the findings document with verdict error when --json-file is usable', async () => {
    const { io, out } = collectingIo(work);
    const code = await runCli(['check', '--report-file', EXAMPLE, '--fail-on', 'sometimes', '--now', NOW, '--json-file', 'f.json'], io);
    expect(code).toBe(2);
    expect(out.stderr).toContain("--fail-on is 'sometimes'");
    const document = JSON.parse(readFileSync(join(work, 'f.json'), 'utf8'));
    expect(document).toMatchObject({ verdict: 'error', failOn: 'error', evaluatedAt: '2026-11-20T12:00:00.000Z', findings: [] });
    expect(document.errors).toEqual([expect.stringContaining("'sometimes'")]);
  });

  it('never write a document onto the policy the run would read', async () => {
    const { io } = collectingIo(work);
    const policy = join(work, 'p.yml');
    const text = 'version: 1\nextends: builtin:recommended\n';
    writeFileSync(policy, text);
    expect(await runCli(['check', '--report-file', EXAMPLE, '--policy', policy, '--json-file', policy], io)).toBe(2);
    expect(readFileSync(policy, 'utf8')).toBe(text);
  });
});

describe('stderr lines in a workflow step', () => {
  it('cannot start a workflow command from an echoed flag', async () => {
    const { io, out } = collectingIo(work);
    const policy = 'missing.yml\n::stop-commands::x';
    expect(await runCli(['check', '--report-file', EXAMPLE, '--policy', policy, '--now', NOW], io)).toBe(2);
    expect(out.stderr).toContain('missing.yml');
    expect(out.stderr.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([]);
  });
});
