import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { expandFindingsFiles } from '../../src/merge/findings-files';
import { mergeFindingsFiles } from '../../src/merge/merge-files';
import { collectingIo } from '../support/cli-io';
import { rejectedUserError } from '../support/rejected-user-error';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'merge');

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'icg-files-'));
  mkdirSync(join(work, 'shards', 'b'), { recursive: true });
  copyFileSync(join(FIXTURES, 'shard-2.json'), join(work, 'shards', 'b', 'findings-2.json'));
  copyFileSync(join(FIXTURES, 'shard-1.json'), join(work, 'shards', 'findings-1.json'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('expandFindingsFiles', () => {
  it('expands globs relative to cwd, sorted, and keeps plain paths as given', async () => {
    expect(await expandFindingsFiles(['shards/**/*.json'], work, 'findings-files')).toEqual([
      'shards/b/findings-2.json',
      'shards/findings-1.json',
    ]);
    expect(await expandFindingsFiles(['shards/findings-1.json', 'missing.json'], work, 'findings-files')).toEqual([
      'shards/findings-1.json',
      'missing.json',
    ]);
  });

  it('lists a file matched twice once', async () => {
    expect(await expandFindingsFiles(['shards/*.json', 'shards/findings-1.json', 'shards/findings-?.json'], work, 'x')).toEqual([
      'shards/findings-1.json',
    ]);
  });

  it('refuses a glob that matches nothing, naming it', async () => {
    expect((await rejectedUserError(expandFindingsFiles(['shards/*.json', 'artifacts/*.json'], work, "Input 'findings-files'"))).message).toBe(
      `Input 'findings-files' has the pattern 'artifacts/*.json', which matches no file (looked in ${work}). ` +
        'Did a shard fail before writing its document, or was its artifact not downloaded?',
    );
  });
});

describe('mergeFindingsFiles', () => {
  it('reads and joins the documents', async () => {
    const files = await expandFindingsFiles(['shards/**/*.json'], work, 'findings-files');
    const outcome = await mergeFindingsFiles(files, {
      failOn: 'error',
      version: '9.9.9',
      access: { cwd: work, workspace: work, input: 'findings-files' },
    });
    expect(outcome.document.reports.map((report) => report.account)).toEqual(['111111111111', '222222222222', '333333333333']);
    expect(outcome.document.tool.version).toBe('9.9.9');
    expect(outcome.policy).toBeNull();
  });

  it('names a file that is not a findings document', async () => {
    copyFileSync(join(FIXTURES, 'sarif.json'), join(work, 'shards', 'sarif.json'));
    const files = await expandFindingsFiles(['shards/*.json'], work, 'findings-files');
    const { message } = await rejectedUserError(
      mergeFindingsFiles(files, { failOn: 'error', version: '1', access: { cwd: work, workspace: work, input: 'findings-files' } }),
    );
    expect(message).toContain('shards/sarif.json is not a findings document');
  });
});

describe('the CLI merge with globs and paths', () => {
  it('expands a quoted glob itself', async () => {
    const { io, out } = collectingIo(work);
    expect(await runCli(['merge', 'shards/**/*.json', '--fail-on', 'never', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(out.stdout).reports).toHaveLength(3);
  });

  it('refuses --json-file on one of the documents it reads', async () => {
    const { io, out } = collectingIo(work);
    expect(await runCli(['merge', 'shards/*.json', '--json-file', 'shards/findings-1.json'], io)).toBe(2);
    expect(out.stderr).toContain("Input 'json-file' would write");
    expect(out.stderr).toContain("file of input 'findings document'");
  });
});
