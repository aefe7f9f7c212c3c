import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import type { FindingsDocument } from '../../src/evaluate/types';
import { ensureDirectory, writeFindingsDocument, writeOutputFile } from '../../src/run/write-files';
import { collectingIo } from '../support/cli-io';
import { rejectedUserError } from '../support/rejected-user-error';
import { REPO_ROOT } from '../support/run-bundle';

const EXAMPLE = join(REPO_ROOT, 'examples', 'credential-report.csv');

/** A document well over the write stream's 16 KiB buffer, so writing it waits for drains. */
function largeDocument(): FindingsDocument {
  return {
    schemaVersion: 1,
    tool: { name: 'iam-credential-gate', version: '1.0.0' },
    evaluatedAt: '2026-11-20T12:00:00.000Z',
    verdict: 'fail',
    failOn: 'error',
    policy: { source: 'builtin:recommended' },
    reports: [{ account: '123456789012', generatedAt: null, source: 'file', users: 500 }],
    counts: { error: 500, warning: 0, notice: 0, exempted: 0 },
    rules: [{ id: 'access-key-max-age', enabled: true, severity: 'error', findings: 500, exempted: 0 }],
    findings: Array.from({ length: 500 }, (_, index) => ({
      rule: 'access-key-max-age',
      severity: 'error' as const,
      status: 'violation' as const,
      account: '123456789012',
      user: `user-${index}`,
      arn: `arn:aws:iam::123456789012:user/user-${index}`,
      credential: 'access_key_1' as const,
      credentialCreated: '2026-01-01T00:00:00.000Z',
      ageDays: 323,
      limit: 90,
      message: `Access key 1 of user-${index} is 323 days old (limit 90 days).`,
      exempted: false,
      exemption: null,
    })),
    baseline: null,
    policyChange: null,
    errors: [],
  };
}

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'icg-write-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('writing the findings document where it cannot go', () => {
  it('rejects with the input named when json-file is a folder (no unhandled rejection)', async () => {
    mkdirSync(join(work, 'taken'));
    const document = largeDocument();
    expect(JSON.stringify(document).length).toBeGreaterThan(64 * 1024);
    const error = await rejectedUserError(writeFindingsDocument(work, 'taken', document, 'json-file'));
    expect(error.message).toMatch(/^Could not write json-file 'taken': EISDIR/);
  });

  it('rejects under a regular file, at once, for both writers', async () => {
    writeFileSync(join(work, 'file.txt'), 'not a folder');
    const json = await rejectedUserError(writeFindingsDocument(work, 'file.txt/x.json', largeDocument(), '--json-file'));
    expect(json.message).toContain("Could not write --json-file 'file.txt/x.json': ENOTDIR");
    const sarif = await rejectedUserError(writeOutputFile(work, 'file.txt/deeper/x.sarif', '{}', '--sarif-file'));
    expect(sarif.message).toContain("Could not write --sarif-file 'file.txt/deeper/x.sarif': ENOTDIR");
  });

  it.runIf(existsSync('/proc/self'))('rejects under /proc, where a recursive mkdir never ends', async () => {
    const error = await rejectedUserError(writeFindingsDocument(work, '/proc/nope/x.json', largeDocument(), '--json-file'));
    expect(error.message).toMatch(/^Could not write --json-file '\/proc\/nope\/x\.json': /);
  });

  it('creates missing folders level by level, and accepts one that exists', async () => {
    await ensureDirectory(join(work, 'a', 'b', 'c'));
    await ensureDirectory(join(work, 'a', 'b', 'c'));
    await writeFindingsDocument(work, 'a/b/c/d/findings.json', largeDocument(), 'json-file');
    expect(JSON.parse(readFileSync(join(work, 'a/b/c/d/findings.json'), 'utf8'))).toEqual(largeDocument());
  });
});

describe('the CLI when --json-file cannot be written', () => {
  it('exits 2 (error), naming the flag, for a folder', async () => {
    mkdirSync(join(work, 'out.json'));
    const { io, out } = collectingIo(work);
    const code = await runCli(
      ['check', '--report-file', EXAMPLE, '--now', '2026-11-20T12:00:00Z', '--policy', 'builtin:strict', '--json-file', 'out.json'],
      io,
    );
    expect(code).toBe(2);
    expect(out.stderr).toContain("error: Could not write --json-file 'out.json': EISDIR");
  });

  it('exits 2 for a path under a regular file', async () => {
    writeFileSync(join(work, 'file.txt'), '');
    const { io, out } = collectingIo(work);
    const code = await runCli(['check', '--report-file', EXAMPLE, '--now', '2026-11-20T12:00:00Z', '--json-file', 'file.txt/x.json'], io);
    expect(code).toBe(2);
    expect(out.stderr).toContain('ENOTDIR');
  });
});
