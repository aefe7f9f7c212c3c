import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadPolicy } from '../../src/policy/load-policy';
import { renderStarterPolicy } from '../../src/policy/render-starter-policy';
import { RULES } from '../../src/rules/registry';
import { cli } from '../support/cli-io';

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'icg-init-'));
}

describe('renderStarterPolicy', () => {
  it('lists every rule of the registry, set as builtin:recommended sets it, with its defaults in a comment', () => {
    const text = renderStarterPolicy('2027-02-18');
    const document = parse(text) as { extends: string; rules: Record<string, string>; exemptions: unknown[] };
    expect(document.extends).toBe('builtin:recommended');
    expect(Object.keys(document.rules)).toEqual(RULES.map((rule) => rule.id));
    for (const rule of RULES) {
      expect(document.rules[rule.id]).toBe(rule.recommended ? 'on' : 'off');
      expect(text).toContain(`  # ${rule.id}: { severity: ${rule.defaultSeverity}`);
    }
    expect(text).toContain('  # access-key-max-age: { severity: error, max_days: 90, warn_days: 0 }');
    expect(text).toContain('#    expires: 2027-02-18');
    expect(document.exemptions).toEqual([]);
  });

  it('the commented settings of each rule are a valid entry once uncommented', async () => {
    const dir = workdir();
    const text = renderStarterPolicy('2027-02-18')
      .split('\n')
      .filter((line) => !/^ {2}[a-z-]+: (on|off)$/.test(line))
      .map((line) => line.replace(/^ {2}# ([a-z-]+: \{)/, '  $1'))
      .join('\n');
    writeFileSync(join(dir, 'p.yml'), text);
    const policy = await loadPolicy('p.yml', { cwd: dir, workspace: null });
    expect(policy.rules.every((rule) => rule.enabled)).toBe(true);
  });
});

describe('iam-credential-gate init', () => {
  it('writes .github/iam-policy.yml (creating the folder), which validates and loads as builtin:recommended', async () => {
    const dir = workdir();
    const result = await cli(['init'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wrote .github/iam-policy.yml');
    const written = readFileSync(join(dir, '.github', 'iam-policy.yml'), 'utf8');
    expect(written).toContain('#    expires: 2027-02-18'); // 90 days after the test's now
    const policy = await loadPolicy('.github/iam-policy.yml', { cwd: dir, workspace: null });
    const recommended = await loadPolicy('builtin:recommended', { cwd: dir, workspace: null });
    expect(policy.rules.map(({ id, enabled, severity, params }) => ({ id, enabled, severity, params }))).toEqual(
      recommended.rules.map(({ id, enabled, severity, params }) => ({ id, enabled, severity, params })),
    );
    const validate = await cli(['validate', '--policy', '.github/iam-policy.yml'], { cwd: dir });
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/^Policy \.github\/iam-policy\.yml is valid: \d+ rules enabled, 0 exemptions\.\n$/);
  });

  it('takes another file, and never overwrites one', async () => {
    const dir = workdir();
    expect((await cli(['init', 'policies/gate.yml'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'mine.yml'), 'keep me');
    const again = await cli(['init', 'mine.yml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('error: mine.yml already exists; init never overwrites a policy. Pass another FILE, or edit that one.\n');
    expect(readFileSync(join(dir, 'mine.yml'), 'utf8')).toBe('keep me');
    expect((await cli(['init', 'a.yml', 'b.yml'], { cwd: dir })).code).toBe(2);
  });
});
