import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FINDINGS_DOCUMENT_BYTES, MAX_POLICY_BYTES, MAX_REPORT_BYTES } from '../../src/files/limits';
import {
  readUntrustedFile,
  readUntrustedFileChunks,
  UNTRUSTED_FILE_CAPS,
  UntrustedFileError,
  type UntrustedFileKind,
} from '../../src/files/untrusted-file';

/** Planted in every file a test refuses: no message may ever show it. */
const SECRET = 'ghs_PLANTEDsecret0123456789';

let root = '';
let workspace = '';
let outside = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'icg-untrusted-'));
  workspace = join(root, 'workspace');
  outside = join(root, 'outside');
  mkdirSync(join(workspace, '.git'), { recursive: true });
  mkdirSync(join(workspace, 'sub', '.GIT'), { recursive: true });
  mkdirSync(join(workspace, 'reports'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(workspace, 'report.csv'), 'user,arn\n');
  writeFileSync(join(workspace, 'policy.yml'), 'version: 1\n');
  writeFileSync(join(workspace, 'policy.YAML'), 'version: 1\n');
  writeFileSync(join(workspace, 'notes.txt'), `token: ${SECRET}\n`);
  writeFileSync(join(workspace, '.git', 'config'), `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`);
  writeFileSync(join(workspace, 'sub', '.GIT', 'config'), `${SECRET}\n`);
  writeFileSync(join(outside, 'shadow'), `root:${SECRET}:19000:0:99999:7:::\n`);
  writeFileSync(join(outside, 'outside.yml'), `version: 1\n${SECRET}: x\n`);
  symlinkSync(join(outside, 'shadow'), join(workspace, 'link-out.csv'));
  symlinkSync(join(workspace, '.git', 'config'), join(workspace, 'link-git.csv'));
  symlinkSync('/dev/zero', join(workspace, 'zero.csv'));
  symlinkSync(join(workspace, 'notes.txt'), join(workspace, 'notes-link.yml'));
  symlinkSync(join(workspace, 'report.csv'), join(workspace, 'inside-link.csv'));
  execFileSync('mkfifo', [join(workspace, 'pipe.csv')]);
  symlinkSync(workspace, join(root, 'workspace-link'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const action = (input = 'report-file') => ({ cwd: workspace, workspace, input });
const cli = (input = 'report-file') => ({ cwd: workspace, workspace: null, input });

async function refusal(promise: Promise<unknown>): Promise<UntrustedFileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UntrustedFileError) {
      expect(error.message).not.toContain(SECRET);
      return error;
    }
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('readUntrustedFile: what it reads', () => {
  it('reads a regular file inside the workspace, through a symlink that stays inside too', async () => {
    const file = await readUntrustedFile('report.csv', 'report', action());
    expect(file).toEqual({ path: 'report.csv', absolute: join(workspace, 'report.csv'), bytes: Buffer.from('user,arn\n') });
    expect((await readUntrustedFile('inside-link.csv', 'report', action())).bytes.toString()).toBe('user,arn\n');
  });

  it('resolves the workspace itself with its symlinks', async () => {
    const linked = { cwd: join(root, 'workspace-link'), workspace: join(root, 'workspace-link'), input: 'policy' };
    expect((await readUntrustedFile('policy.yml', 'policy', linked)).bytes.toString()).toBe('version: 1\n');
    expect((await readUntrustedFile(join(workspace, 'policy.yml'), 'policy', linked)).bytes.toString()).toBe('version: 1\n');
  });

  it('accepts .yml and .yaml policies in any case', async () => {
    await expect(readUntrustedFile('policy.YAML', 'policy', action('policy'))).resolves.toMatchObject({ path: 'policy.YAML' });
  });

  it('reads a file of exactly the cap', async () => {
    const path = join(workspace, 'exactly-the-cap.yml');
    writeFileSync(path, '');
    truncateSync(path, MAX_POLICY_BYTES);
    expect((await readUntrustedFile(path, 'policy', action('policy'))).bytes.length).toBe(MAX_POLICY_BYTES);
  });
});

describe('readUntrustedFile: confinement to the workspace (the action only)', () => {
  it('refuses .. out of the workspace, naming the file, the input and where it resolves', async () => {
    const error = await refusal(readUntrustedFile('../outside/shadow', 'report', action()));
    expect(error.reason).toBe('outside-workspace');
    expect(error.message).toBe(
      `report file ../outside/shadow (report-file) resolves to ${join(outside, 'shadow')}, outside the workspace ` +
        `${workspace}. In a workflow the gate reads only files inside GITHUB_WORKSPACE: check the file out there and ` +
        'give a path inside it.',
    );
    expect(error.position).toEqual({ file: '../outside/shadow' });
  });

  it('refuses an absolute path outside the workspace', async () => {
    const error = await refusal(readUntrustedFile(join(outside, 'outside.yml'), 'policy', action('policy')));
    expect(error.reason).toBe('outside-workspace');
    expect((await refusal(readUntrustedFile('/etc/hostname', 'baseline', action('baseline')))).message).toMatch(
      /^baseline \/etc\/hostname \(baseline\) resolves to .*, outside the workspace/,
    );
  });

  it('refuses a symlink inside the workspace that points outside', async () => {
    const error = await refusal(readUntrustedFile('link-out.csv', 'report', action()));
    expect(error.reason).toBe('outside-workspace');
    expect(error.message).toContain(`resolves to ${join(outside, 'shadow')}, outside the workspace`);
  });

  it('does not tell whether a file outside the workspace exists', async () => {
    const missing = await refusal(readUntrustedFile(join(outside, 'no-such-file'), 'report', action()));
    expect(missing.reason).toBe('outside-workspace');
  });

  it('the CLI reads outside the working directory', async () => {
    const file = await readUntrustedFile('../outside/shadow', 'report', cli());
    expect(file.bytes.toString()).toContain('root:');
  });
});

describe('readUntrustedFile: never inside .git (action and CLI)', () => {
  it.each([
    ['.git/config', 'report' as const],
    ['sub/.GIT/config', 'findings' as const],
    ['link-git.csv', 'report' as const],
  ])('refuses %s', async (path, kind) => {
    for (const access of [action(), cli()]) {
      const error = await refusal(readUntrustedFile(path, kind, access));
      expect(error.reason).toBe('git-directory');
      expect(error.message).toMatch(/inside a \.git directory, which holds the repository's credentials and is never read/);
    }
  });

  it('says where a symlink into .git leads', async () => {
    const error = await refusal(readUntrustedFile('link-git.csv', 'report', action()));
    expect(error.message).toContain(`link-git.csv (report-file) resolves to ${join(workspace, '.git', 'config')}, inside a .git`);
  });
});

describe('readUntrustedFile: regular files only, refused before they are read', () => {
  it('refuses a symlink to /dev/zero at once', async () => {
    // The action: /dev is outside the workspace. The CLI: a device is not a regular file.
    expect((await refusal(readUntrustedFile('zero.csv', 'report', action()))).reason).toBe('outside-workspace');
    const error = await refusal(readUntrustedFile('zero.csv', 'report', cli()));
    expect(error.reason).toBe('not-regular');
    expect(error.message).toBe(
      'report file zero.csv (report-file) is not a regular file but a character device (it resolves to /dev/zero). ' +
        'Give the path of the credential report CSV file.',
    );
  });

  it('refuses a device inside the workspace', async () => {
    // A workspace that is / (or holds /dev) must still not read a device.
    const error = await refusal(readUntrustedFile('/dev/zero', 'report', { cwd: '/', workspace: '/', input: 'report-file' }));
    expect(error.reason).toBe('not-regular');
  });

  it('refuses a FIFO without waiting for a writer', { timeout: 5000 }, async () => {
    const error = await refusal(readUntrustedFile('pipe.csv', 'report', action()));
    expect(error.reason).toBe('not-regular');
    expect(error.message).toContain('is not a regular file but a named pipe (FIFO)');
  });

  it('refuses a directory', async () => {
    const error = await refusal(readUntrustedFile('reports', 'report', action()));
    expect(error.message).toBe('report file reports (report-file) is a directory. Give the path of the credential report CSV file in it.');
  });

  it('refuses a policy that is not named .yml or .yaml, also behind a .yml symlink', async () => {
    const direct = await refusal(readUntrustedFile('notes.txt', 'policy', action('policy')));
    expect(direct.reason).toBe('not-yaml');
    expect(direct.message).toBe('policy file notes.txt (policy) is not a .yml or .yaml file. A policy file is YAML named *.yml or *.yaml.');
    const linked = await refusal(readUntrustedFile('notes-link.yml', 'policy', cli('policy')));
    expect(linked.message).toContain(`is not a .yml or .yaml file (it resolves to ${join(workspace, 'notes.txt')})`);
    expect((await refusal(readUntrustedFile(join(outside, 'shadow'), 'policy', cli('extends')))).reason).toBe('not-yaml');
  });

  it('says when the file does not exist', async () => {
    const error = await refusal(readUntrustedFile('missing.json', 'baseline', action('baseline')));
    expect(error.reason).toBe('missing');
    expect(error.message).toBe(
      `baseline missing.json (baseline) does not exist (looked for ${join(workspace, 'missing.json')}). ` +
        'A relative path is resolved from the working directory (the workspace in a workflow).',
    );
  });
});

describe('readUntrustedFile: size caps', () => {
  it('has the caps of limits.ts', () => {
    expect(UNTRUSTED_FILE_CAPS).toEqual({
      policy: MAX_POLICY_BYTES,
      report: MAX_REPORT_BYTES,
      baseline: MAX_FINDINGS_DOCUMENT_BYTES,
      findings: MAX_FINDINGS_DOCUMENT_BYTES,
    });
    expect([MAX_POLICY_BYTES, MAX_REPORT_BYTES, MAX_FINDINGS_DOCUMENT_BYTES]).toEqual([1, 64, 256].map((mib) => mib * 1024 * 1024));
  });

  it.each([
    ['big.yml', 'policy', '1 MiB'],
    ['big.csv', 'report', '64 MiB'],
    ['big.json', 'baseline', '256 MiB'],
    ['big-shard.json', 'findings', '256 MiB'],
  ] as Array<[string, UntrustedFileKind, string]>)('refuses %s over the %s cap without reading it', async (name, kind, cap) => {
    const path = join(workspace, name);
    writeFileSync(path, SECRET);
    // Sparse: a cap + 1 byte file costs no disk and no time.
    truncateSync(path, UNTRUSTED_FILE_CAPS[kind] + 1);
    const error = await refusal(readUntrustedFile(name, kind, action(kind)));
    expect(error.reason).toBe('too-large');
    expect(error.message).toContain(`is ${(UNTRUSTED_FILE_CAPS[kind] + 1).toLocaleString('en-US')} bytes, over the cap of ${cap}`);
  });
});

describe('readUntrustedFile: messages', () => {
  it('escape the path they name', async () => {
    const error = await refusal(readUntrustedFile('x\n::stop-commands::y.csv', 'report', cli()));
    expect(error.message).not.toContain('\n');
    expect(error.message).not.toContain('::');
    expect(error.message.startsWith('report file x\\n:\\x3astop-commands:\\x3ay.csv (report-file) does not exist')).toBe(true);
  });
});

describe('readUntrustedFileChunks: the same checks, a chunk at a time', () => {
  async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer[]> {
    const all: Buffer[] = [];
    for await (const chunk of chunks) all.push(chunk);
    return all;
  }

  it('gives the file in chunks of at most the size asked for', async () => {
    writeFileSync(join(workspace, 'doc.json'), '0123456789abcdefghij');
    const chunks = await collect(readUntrustedFileChunks('doc.json', 'baseline', action('baseline'), 8));
    expect(chunks.map((chunk) => chunk.toString())).toEqual(['01234567', '89abcdef', 'ghij']);
    expect(Buffer.concat(await collect(readUntrustedFileChunks('doc.json', 'baseline', action('baseline')))).toString()).toBe('0123456789abcdefghij');
  });

  it('opens nothing until the first chunk is asked for, and stops when the reader does', async () => {
    writeFileSync(join(workspace, 'stop.json'), 'x'.repeat(100));
    readUntrustedFileChunks('no-such.json', 'baseline', action('baseline'));
    let seen = 0;
    for await (const chunk of readUntrustedFileChunks('stop.json', 'baseline', action('baseline'), 10)) {
      seen += chunk.length;
      if (seen >= 20) break;
    }
    expect(seen).toBe(20);
  });

  it.each<[string, UntrustedFileKind, string]>([
    ['../outside/shadow', 'baseline', 'outside-workspace'],
    ['link-git.csv', 'report', 'git-directory'],
    ['pipe.csv', 'report', 'not-regular'],
    ['zero.csv', 'report', 'outside-workspace'],
    ['reports', 'baseline', 'not-regular'],
    ['missing.json', 'baseline', 'missing'],
    ['notes.txt', 'policy', 'not-yaml'],
  ])('refuses %s (%s) as readUntrustedFile does', async (path, kind, reason) => {
    const chunked = await refusal(collect(readUntrustedFileChunks(path, kind, action(kind))));
    const whole = await refusal(readUntrustedFile(path, kind, action(kind)));
    expect(chunked.reason).toBe(reason);
    expect(chunked.message).toBe(whole.message);
  });

  it('refuses a file over the cap before reading it', async () => {
    const path = join(workspace, 'big-chunked.json');
    writeFileSync(path, SECRET);
    truncateSync(path, UNTRUSTED_FILE_CAPS.baseline + 1);
    const error = await refusal(collect(readUntrustedFileChunks('big-chunked.json', 'baseline', action('baseline'))));
    expect(error.reason).toBe('too-large');
    expect(error.message).toContain('over the cap of 256 MiB for a baseline');
  });
});
