import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import type { FindingsDocument } from '../../src/evaluate/types';
import { collectingIo } from '../support/cli-io';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'merge');

function io(cwd: string) {
  const { io: value, out } = collectingIo(cwd);
  return { io: value, out };
}

describe('iam-credential-gate merge', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'icg-merge-'));
  });
  afterEach(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('writes the merged document and exits 1 when the merged verdict fails', async () => {
    const { io: cli, out } = io(FIXTURES);
    const json = join(work, 'out', 'merged.json');
    const code = await runCli(['merge', 'shard-1.json', 'shard-2.json', '--json-file', json, '--format', 'json'], cli);
    expect(code).toBe(1);
    const written = JSON.parse(readFileSync(json, 'utf8')) as FindingsDocument;
    expect(written.verdict).toBe('fail');
    expect(written.reports.map((report) => report.account)).toEqual(['111111111111', '222222222222', '333333333333']);
    expect(JSON.parse(out.stdout)).toEqual(written);
    expect(out.stderr).toBe('');
  });

  it('applies its own --fail-on', async () => {
    const { io: cli } = io(FIXTURES);
    expect(await runCli(['merge', 'shard-1.json', 'shard-2.json', '--fail-on', 'never'], cli)).toBe(0);
    expect(await runCli(['merge', 'shard-2.json', '--fail-on', 'warning'], cli)).toBe(1);
    expect(await runCli(['merge', 'shard-2.json'], cli)).toBe(0);
  });

  it('exits 2 when a shard had an error, printing the error on stderr', async () => {
    const { io: cli, out } = io(FIXTURES);
    const code = await runCli(['merge', 'shard-1.json', 'shard-error.json', '--fail-on', 'never'], cli);
    expect(code).toBe(2);
    expect(out.stderr).toContain('error: Account 555555555555: could not assume');
  });

  it('writes a Markdown summary of all accounts', async () => {
    const { io: cli } = io(FIXTURES);
    const summary = join(work, 'summary.md');
    await runCli(['merge', 'shard-1.json', 'shard-2.json', '--summary-file', summary, '--format', 'markdown'], cli);
    const markdown = readFileSync(summary, 'utf8');
    for (const account of ['111111111111', '222222222222', '333333333333']) expect(markdown).toContain(account);
  });

  it('names a missing or foreign file and exits 2', async () => {
    const { io: cli, out } = io(FIXTURES);
    expect(await runCli(['merge', 'shard-1.json', 'missing.json'], cli)).toBe(2);
    expect(out.stderr).toMatch(/error: .*missing\.json/);
    expect(await runCli(['merge', 'sarif.json'], cli)).toBe(2);
    expect(out.stderr).toContain('error: sarif.json is not a findings document');
  });

  it('needs at least one document and a valid --fail-on', async () => {
    const { io: cli, out } = io(FIXTURES);
    expect(await runCli(['merge'], cli)).toBe(2);
    expect(await runCli(['merge', 'shard-1.json', '--fail-on', 'critical'], cli)).toBe(2);
    expect(out.stderr).toContain("--fail-on is 'critical'");
  });
});
