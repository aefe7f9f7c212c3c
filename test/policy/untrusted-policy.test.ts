import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/policy/load-policy';
import { isUserError, type UserError } from '../../src/user-error';

/** Planted in files a pull request could point the policy at: no message may show it. */
const SECRET = 'ghs_PLANTEDsecret0123456789';

let root = '';
let workspace = '';
let outside = '';

function write(path: string, content: string | Buffer): void {
  writeFileSync(path, content);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'icg-policy-untrusted-'));
  workspace = join(root, 'repo');
  outside = join(root, 'elsewhere');
  mkdirSync(join(workspace, '.git'), { recursive: true });
  mkdirSync(join(workspace, '.github'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  write(
    join(workspace, '.git', 'config'),
    `[core]\n\trepositoryformatversion = 0\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`,
  );
  write(join(outside, 'shadow'), `root:$6$${SECRET}:19000:0:99999:7:::\n`);
  write(join(outside, 'team.yml'), 'version: 1\nrules:\n  mfa-for-console: on\n');
  write(join(workspace, 'not-a-mapping.yml'), `[core]\n\turl = https://x:${SECRET}@github.com/acme/infra\n`);
  write(join(workspace, 'scalar.yml'), `${SECRET}\n`);
  write(join(workspace, 'base.yml'), 'version: 1\nrules:\n  mfa-for-console: on\n');
  symlinkSync(join(workspace, '.git', 'config'), join(workspace, 'git-config.yml'));
  const policies: Record<string, string> = {
    'git-parent.yml': 'version: 1\nextends: ../.git/config\n',
    'git-link-parent.yml': 'version: 1\nextends: ../git-config.yml\n',
    'shadow-parent.yml': 'version: 1\nextends: /etc/shadow\n',
    'planted-shadow-parent.yml': `version: 1\nextends: ${join(outside, 'shadow')}\n`,
    'outside-parent.yml': `version: 1\nextends: ${join(outside, 'team.yml')}\n`,
    'dotdot-parent.yml': 'version: 1\nextends: ../../elsewhere/team.yml\n',
    'mapping-parent.yml': 'version: 1\nextends: ../not-a-mapping.yml\n',
    'scalar-parent.yml': 'version: 1\nextends: ../scalar.yml\n',
    'good-child.yml': 'version: 1\nextends: ../base.yml\nrules:\n  password-unused: on\n',
  };
  for (const [name, text] of Object.entries(policies)) write(join(workspace, '.github', name), text);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const inAction = (ref: string) => loadPolicy(ref, { cwd: workspace, workspace });
const inCli = (ref: string) => loadPolicy(ref, { cwd: workspace, workspace: null });

async function errorOf(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (isUserError(error)) {
      expect(error.message).not.toContain(SECRET);
      expect(error.message).not.toContain('PLANTED');
      return error;
    }
    throw error;
  }
  throw new Error('expected the policy to be refused');
}

describe('the policy and its extends are files a pull request controls', () => {
  it('refuses extends: ../.git/config at the extends line, in the action and the CLI', async () => {
    for (const load of [inAction, inCli]) {
      const error = await errorOf(load('.github/git-parent.yml'));
      expect(error.message).toMatch(
        /^\.github\/git-parent\.yml:2:10: policy file \.git\/config \(extends\) is inside a \.git directory, which holds the repository's credentials and is never read\./,
      );
      expect(error.position).toEqual({ file: '.github/git-parent.yml', line: 2, column: 10 });
    }
  });

  it('refuses an extends that reaches .git through a symlink', async () => {
    const error = await errorOf(inCli('.github/git-link-parent.yml'));
    expect(error.message).toContain(`resolves to ${join(workspace, '.git', 'config')}, inside a .git directory`);
  });

  it('refuses extends: /etc/shadow without reading it', async () => {
    const action = await errorOf(inAction('.github/shadow-parent.yml'));
    expect(action.message).toMatch(/^\.github\/shadow-parent\.yml:2:10: policy file .*etc\/shadow \(extends\) (resolves to|does not exist)/);
    // The CLI: not a .yml file (or not there), so not read either.
    const cli = await errorOf(inCli('.github/planted-shadow-parent.yml'));
    expect(cli.message).toContain('is not a .yml or .yaml file');
  });

  it('refuses an extends outside the workspace in the action (absolute or ..), and follows it in the CLI', async () => {
    for (const ref of ['.github/outside-parent.yml', '.github/dotdot-parent.yml']) {
      const error = await errorOf(inAction(ref));
      expect(error.message).toMatch(/:2:10: policy file .* \(extends\) resolves to .*, outside the workspace/);
      const policy = await inCli(ref);
      expect(policy.rules.find((rule) => rule.id === 'mfa-for-console')?.enabled).toBe(true);
    }
  });

  it('refuses the policy itself outside the workspace, naming the input', async () => {
    const error = await errorOf(loadPolicy(join(outside, 'team.yml'), { cwd: workspace, workspace, input: 'compare-policy' }));
    expect(error.message).toMatch(/^policy file .*team\.yml \(compare-policy\) resolves to .*, outside the workspace/);
  });

  it('quotes nothing of a file that is not a mapping', async () => {
    const seq = await errorOf(inCli('.github/mapping-parent.yml'));
    expect(seq.message).toMatch(/^not-a-mapping\.yml:\d+:\d+: this is not YAML a policy can be \(UNEXPECTED_TOKEN\)/);
    const scalar = await errorOf(inCli('.github/scalar-parent.yml'));
    expect(scalar.message).toMatch(/^scalar\.yml:1:1: a policy is a mapping of keys/);
  });

  it('follows a good extends chain inside the workspace', async () => {
    const policy = await inAction('.github/good-child.yml');
    const enabled = policy.rules.filter((rule) => rule.enabled).map((rule) => rule.id);
    expect(enabled).toEqual(expect.arrayContaining(['mfa-for-console', 'password-unused']));
  });
});

describe('quoting a policy', () => {
  it('escapes and cuts what it quotes from a mapping', async () => {
    const key = `evil\u202e::stop-commands::x${'y'.repeat(200)}`;
    write(join(workspace, 'quoted.yml'), `version: 1\n"${key}": 1\nrules:\n  mfa-for-console:\n    max_days: "x\\n::warning::pwned"\n`);
    const error = await errorOf(inCli('quoted.yml'));
    expect(error.message).not.toContain('::');
    expect(error.message).not.toContain('\u202e');
    expect(error.message).toContain("unknown key 'evil\\u202e:\\x3astop-commands:\\x3axyyyy");
    expect(error.message).toMatch(/y…'/);
    expect(error.message.split('\n').every((line) => line.startsWith('quoted.yml:'))).toBe(true);
    expect(error.message.length).toBeLessThan(600);
  });

  it('escapes and cuts a duplicate key', async () => {
    write(join(workspace, 'duplicate.yml'), `version: 1\n${'k'.repeat(100)}: 1\n${'k'.repeat(100)}: 2\n`);
    const error = await errorOf(inCli('duplicate.yml'));
    expect(error.message).toContain(`duplicate key '${'k'.repeat(59)}…'`);
  });
});

describe('a policy is UTF-8', () => {
  it('accepts a UTF-8 byte order mark', async () => {
    write(join(workspace, 'bom.yml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('version: 1\nrules:\n  mfa-for-console: on\n')]));
    const policy = await inCli('bom.yml');
    expect(policy.rules.find((rule) => rule.id === 'mfa-for-console')?.position).toEqual({ file: 'bom.yml', line: 3, column: 3 });
  });

  it('refuses invalid UTF-8 at its position instead of repairing it', async () => {
    write(join(workspace, 'latin1.yml'), Buffer.from('version: 1\nexemptions:\n  - users: [ren\xe9]\n', 'latin1'));
    const error = await errorOf(inCli('latin1.yml'));
    expect(error.message).toBe(
      'latin1.yml:3:16: the policy is not valid UTF-8 here (another encoding, such as Latin-1?) — a policy must be UTF-8: save it as UTF-8',
    );
    expect(error.position).toEqual({ file: 'latin1.yml', line: 3, column: 16 });
  });

  it.each([
    ['utf16le.yml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('version: 1\n', 'utf16le')]), 'UTF-16 (little-endian byte order mark)'],
    ['utf16be.yml', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('version: 1\n', 'utf16le').swap16()]), 'UTF-16 (big-endian byte order mark)'],
    ['utf16-no-bom.yml', Buffer.from('version: 1\n', 'utf16le'), 'UTF-16 or binary (it has NUL bytes)'],
  ])('refuses %s, saying the encoding must be UTF-8', async (name, bytes, what) => {
    write(join(workspace, name), bytes);
    const error = await errorOf(inCli(name));
    expect(error.message).toBe(
      `${name}: the policy is ${what}, but a policy must be UTF-8 — save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)`,
    );
  });
});
