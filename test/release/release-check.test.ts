import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const script = join(root, 'scripts', 'release-check.mjs');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

function releaseCheck(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each run starts node twice (the script, the CLI bundle's --version): slow on a loaded machine.
describe('release-check on the committed tree', { timeout: 60_000 }, () => {
  it('finds that every version agrees', () => {
    const { status, stdout, stderr } = releaseCheck();
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(`version ${version} agrees`);
  });

  it('accepts the tag v + package.json version, and no other', () => {
    expect(releaseCheck('--tag', `v${version}`).status).toBe(0);
    const wrong = releaseCheck('--tag', 'v99.0.0');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(`tag v99.0.0 does not match package.json's version ${version}`);
  });
});

describe('release-check on a copy of the tree', { timeout: 60_000 }, () => {
  let copy: string;
  const edit = (file: string, change: (text: string) => string) => {
    writeFileSync(join(copy, file), change(readFileSync(join(copy, file), 'utf8')));
  };

  beforeEach(() => {
    copy = mkdtempSync(join(tmpdir(), 'icg-release-check-'));
    for (const file of ['package.json', 'package-lock.json', 'CHANGELOG.md', 'README.md']) {
      cpSync(join(root, file), join(copy, file));
    }
    mkdirSync(join(copy, 'src'));
    cpSync(join(root, 'src', 'version.ts'), join(copy, 'src', 'version.ts'));
    mkdirSync(join(copy, 'dist'));
    cpSync(join(root, 'dist', 'package.json'), join(copy, 'dist', 'package.json'));
    cpSync(join(root, 'dist', 'cli'), join(copy, 'dist', 'cli'), { recursive: true });
  });

  afterEach(() => {
    rmSync(copy, { recursive: true, force: true });
  });

  it('passes while the copy is unchanged', () => {
    expect(releaseCheck('--root', copy).status).toBe(0);
  });

  it('fails when the top CHANGELOG entry names another version, pointing at its line', () => {
    const lines = readFileSync(join(copy, 'CHANGELOG.md'), 'utf8').split('\n');
    const line = lines.findIndex((text) => text.startsWith(`## [${version}]`)) + 1;
    expect(line).toBeGreaterThan(0);
    edit('CHANGELOG.md', (text) => text.replace(`## [${version}]`, '## [0.9.0]'));
    const { status, stderr } = releaseCheck('--root', copy);
    expect(status).toBe(1);
    expect(stderr).toContain(`CHANGELOG.md:${line}: the top released entry is [0.9.0], package.json says ${version}`);
  });

  it('fails when the top CHANGELOG entry has no date or no link', () => {
    edit('CHANGELOG.md', (text) =>
      text.replace(/^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$/m, '## [$1]').replace(/^\[\d+\.\d+\.\d+\]: .*$/gm, ''),
    );
    const { status, stderr } = releaseCheck('--root', copy);
    expect(status).toBe(1);
    expect(stderr).toContain(`needs a release date: "## [${version}] - YYYY-MM-DD"`);
    expect(stderr).toContain(`no link definition "[${version}]:`);
  });

  it('fails on a version bumped in package.json alone, naming every place that disagrees', () => {
    edit('package.json', (text) => text.replace(`"version": "${version}"`, '"version": "7.8.9"'));
    const { status, stderr } = releaseCheck('--root', copy, '--tag', 'v7.8.9');
    expect(status).toBe(1);
    expect(stderr).toContain(`package-lock.json: "version" is ${version}, package.json says 7.8.9`);
    expect(stderr).toContain(`dist/cli/index.js --version says ${version}, package.json says 7.8.9`);
    expect(stderr).toContain('CHANGELOG.md:');
    expect(stderr).toMatch(/README\.md:\d+: uses @v\d+, the current major tag is v7/);
    expect(stderr).not.toContain('tag v7.8.9 does not match');
  });

  it("checks that package.json's repository is the one releasing (npm provenance needs it)", () => {
    const pkg = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')) as { repository: { url: string } };
    const repository = /github\.com\/(.+?)(?:\.git)?$/.exec(pkg.repository.url)?.[1] ?? '';
    expect(repository).not.toBe('');
    expect(releaseCheck('--root', copy, '--repository', repository).status).toBe(0);
    const fork = releaseCheck('--root', copy, '--repository', 'someone/fork');
    expect(fork.status).toBe(1);
    expect(fork.stderr).toContain('npm publish --provenance needs it to be git+https://github.com/someone/fork.git');
  });

  it('fails on a literal TOOL_VERSION that disagrees', () => {
    writeFileSync(join(copy, 'src', 'version.ts'), "export const TOOL_VERSION: string = '0.0.1';\n");
    const { status, stderr } = releaseCheck('--root', copy);
    expect(status).toBe(1);
    expect(stderr).toContain(`src/version.ts: TOOL_VERSION is 0.0.1, package.json says ${version}`);
  });

  it('writes the top released entry as the release notes', () => {
    writeFileSync(
      join(copy, 'CHANGELOG.md'),
      [
        '# Changelog',
        '',
        '## [Unreleased]',
        '',
        '- not yet',
        '',
        `## [${version}] - 2026-12-01`,
        '',
        '### Fixed',
        '',
        '- the thing that was broken',
        '',
        '## [0.0.9] - 2026-01-01',
        '',
        '- older',
        '',
        `[${version}]: https://example.test/releases/tag/v${version}`,
        '',
      ].join('\n'),
    );
    const notes = join(copy, 'notes.md');
    expect(releaseCheck('--root', copy, '--notes', notes).status).toBe(0);
    expect(readFileSync(notes, 'utf8')).toBe('### Fixed\n\n- the thing that was broken\n');
  });
});
