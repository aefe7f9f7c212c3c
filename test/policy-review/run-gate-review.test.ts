/**
 * The policy change review through runGate: both policies loaded with the same loader, the same
 * report evaluated under each (a saved CSV, and several accounts as they arrive), the
 * policy-weakened finding and the verdict it forces.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AwsAccounts } from '../../src/accounts/aws-accounts';
import { runGate, type GateDependencies } from '../../src/run/run-gate';
import { serializeFindingsDocument } from '../../src/run/write-files';
import { parseSettings, type RawInputs } from '../../src/settings/settings';
import { UserError } from '../../src/user-error';
import { REPO_ROOT } from '../support/run-bundle';

const NOW = '2026-11-20T12:00:00Z';
const EXAMPLE_CSV = join(REPO_ROOT, 'examples', 'credential-report.csv');

const BASE = `version: 1
extends: builtin:recommended
rules:
  access-key-max-age: { max_days: 90 }
`;
/** Raises a limit (looser) and exempts everyone from everything. */
const WEAKER = `version: 1
extends: builtin:recommended
rules:
  access-key-max-age: { max_days: 365 }
exemptions:
  - users: ["*"]
    rules: ["*"]
    reason: "everything, forever"
`;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'icg-review-'));
  copyFileSync(EXAMPLE_CSV, join(dir, 'report.csv'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const quietDeps: GateDependencies = {
  log: { info: () => undefined, warning: () => undefined, debug: () => undefined },
  getIdToken: null,
  mask: () => undefined,
};

async function run(raw: RawInputs, files: Record<string, string> = { 'base.yml': BASE, 'policy.yml': WEAKER }, deps = quietDeps) {
  const cwd = workspace(files);
  // The report reader resolves from the process's working directory: give it an absolute path.
  const settings = parseSettings({ 'report-file': join(cwd, 'report.csv'), now: NOW, ...raw }, Date.parse(NOW), cwd);
  return runGate(settings, deps);
}

describe('runGate with compare-policy', () => {
  it('has no policyChange without compare-policy', async () => {
    const { document } = await run({ policy: 'policy.yml' });
    expect(document.policyChange).toBeNull();
    expect(document.findings.some((finding) => finding.rule === 'policy-weakened')).toBe(false);
  });

  it('evaluates the saved report under both policies and reports what the change hides', async () => {
    const { document } = await run({ policy: 'policy.yml', 'compare-policy': 'base.yml' });
    const change = document.policyChange;
    expect(change?.comparePolicy).toBe('base.yml');
    expect(change?.weakened).toBe(true);
    // Under base.yml these count; the blanket exemption hides every one of them.
    const counted = (await run({ policy: 'base.yml' })).document.findings.filter((f) => !f.exempted && f.user !== null);
    expect(change?.hidden).toEqual(counted);
    expect(change?.added).toEqual([]);
    expect(change?.rules.map((rule) => [rule.id, rule.effect])).toEqual([['access-key-max-age', 'looser']]);
    expect(change?.exemptions.added).toHaveLength(1);
    const weakened = document.findings.find((finding) => finding.rule === 'policy-weakened');
    expect(weakened).toMatchObject({ severity: 'warning', exempted: false, exemption: null, user: null });
    expect(weakened?.message).toContain(`it hides ${counted.length} findings`);
  });

  it('never lets an exemption of rules ["*"] exempt policy-weakened', async () => {
    const { document } = await run({ policy: 'policy.yml', 'compare-policy': 'base.yml', 'policy-weakening': 'fail' });
    const weakened = document.findings.find((finding) => finding.rule === 'policy-weakened');
    expect(weakened).toMatchObject({ severity: 'error', exempted: false });
    expect(document.counts.error).toBe(1);
  });

  it.each([
    ['allow', 'error', 'pass', null],
    ['warn', 'error', 'pass', 'warning'],
    ['warn', 'warning', 'fail', 'warning'],
    ['fail', 'error', 'fail', 'error'],
    ['fail', 'never', 'fail', 'error'],
  ] as const)('policy-weakening %s with fail-on %s: %s', async (mode, failOn, verdict, severity) => {
    const { document } = await run({
      policy: 'policy.yml',
      'compare-policy': 'base.yml',
      'policy-weakening': mode,
      'fail-on': failOn,
    });
    expect(document.verdict).toBe(verdict);
    expect(document.findings.find((finding) => finding.rule === 'policy-weakened')?.severity ?? null).toBe(severity);
    expect(document.policyChange?.policyWeakening).toBe(mode);
  });

  it('does not weaken (nor fail) when the change only tightens', async () => {
    const { document } = await run(
      { policy: 'policy.yml', 'compare-policy': 'base.yml', 'policy-weakening': 'fail', 'fail-on': 'never' },
      { 'base.yml': BASE, 'policy.yml': BASE.replace('max_days: 90', 'max_days: 30') },
    );
    expect(document.verdict).toBe('pass');
    expect(document.policyChange?.weakened).toBe(false);
    expect(document.policyChange?.added.length).toBeGreaterThan(0);
  });

  it('ends in error naming the compare-policy file when it is invalid', async () => {
    const { document } = await run(
      { policy: 'policy.yml', 'compare-policy': 'base.yml' },
      { 'base.yml': 'version: 1\nrules:\n  acess-key-max-age: on\n', 'policy.yml': BASE },
    );
    expect(document.verdict).toBe('error');
    expect(document.errors).toHaveLength(1);
    expect(document.errors[0]).toMatch(/^compare-policy 'base\.yml' is not a valid policy: base\.yml:3:3/);
    expect(document.errors[0]).toContain("did you mean 'access-key-max-age'");
    expect(document.policyChange).toBeNull();
  });

  it('ends in error when the compare-policy file is missing', async () => {
    const { document } = await run({ policy: 'policy.yml', 'compare-policy': 'nowhere/base.yml' });
    expect(document.verdict).toBe('error');
    expect(document.errors[0]).toContain("compare-policy 'nowhere/base.yml'");
  });

  it('validates both policies in validate mode and reviews rules and exemptions without findings', async () => {
    const valid = await run({ mode: 'validate', policy: 'policy.yml', 'compare-policy': 'base.yml', 'policy-weakening': 'fail' });
    expect(valid.document.verdict).toBe('pass');
    expect(valid.document.policyChange).toMatchObject({ weakened: true, hidden: [], added: [] });
    expect(valid.document.policyChange?.rules).toHaveLength(1);
    expect(valid.document.findings).toEqual([]);

    const invalid = await run(
      { mode: 'validate', policy: 'policy.yml', 'compare-policy': 'base.yml' },
      { 'base.yml': 'version: 2\n', 'policy.yml': BASE },
    );
    expect(invalid.document.verdict).toBe('error');
    expect(invalid.document.errors[0]).toContain("compare-policy 'base.yml'");
  });

  it('accepts builtin:NAME as compare-policy', async () => {
    const { document } = await run({ policy: 'builtin:recommended', 'compare-policy': 'builtin:strict' });
    expect(document.policyChange?.comparePolicy).toBe('builtin:strict');
    expect(document.policyChange?.rules.some((rule) => rule.id === 'console-access-forbidden' && rule.effect === 'looser')).toBe(true);
  });

  it('streams policyChange after findings, equal to the document', async () => {
    const { document } = await run({ policy: 'policy.yml', 'compare-policy': 'base.yml' });
    const text = [...serializeFindingsDocument(document)].join('');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(document)));
    expect(Object.keys(JSON.parse(text) as object).slice(-4)).toEqual(['findings', 'baseline', 'policyChange', 'errors']);
  });
});

describe('runGate with compare-policy and several accounts', () => {
  const ACCOUNTS = ['111111111111', '222222222222', '333333333333'];
  const csv = readFileSync(EXAMPLE_CSV, 'utf8');

  function fakeAccounts(failing: string | null): AwsAccounts {
    return {
      identity: 'the test hub',
      listOrganizationAccounts: () => Promise.resolve(ACCOUNTS),
      fetchAccount: (target) =>
        target.accountId === failing
          ? Promise.reject(new UserError('AccessDenied'))
          : Promise.resolve({
              content: csv.replaceAll('123456789012', target.accountId),
              generatedAt: '2026-11-20T11:00:00.000Z',
              accountId: target.accountId,
              apiCalls: 1,
            }),
      close: () => undefined,
    };
  }

  it('evaluates each account under both policies as its report arrives', async () => {
    const cwd = workspace({ 'base.yml': BASE, 'policy.yml': WEAKER });
    const raw: RawInputs = { now: NOW, accounts: ACCOUNTS.join(','), 'member-role-name': 'Reader' };
    const deps = (failing: string | null): GateDependencies => ({ ...quietDeps, openAccounts: () => Promise.resolve(fakeAccounts(failing)) });
    const settings = parseSettings({ ...raw, policy: 'policy.yml', 'compare-policy': 'base.yml' }, Date.parse(NOW), cwd);
    const { document } = await runGate(settings, deps(null));
    const base = await runGate(parseSettings({ ...raw, policy: 'base.yml' }, Date.parse(NOW), cwd), deps(null));
    const counted = base.document.findings.filter((finding) => !finding.exempted && finding.user !== null);
    expect(counted.length).toBeGreaterThan(0);
    expect(new Set(counted.map((finding) => finding.account))).toEqual(new Set(ACCOUNTS));
    expect(document.policyChange?.hidden).toEqual(counted);
    expect(document.findings.filter((finding) => finding.rule === 'policy-weakened')).toHaveLength(1);

    // An account that fails is left out of both sides: nothing of it is hidden or added.
    const partial = await runGate(settings, deps('222222222222'));
    expect(partial.document.verdict).toBe('error');
    expect(partial.document.policyChange?.hidden.some((finding) => finding.account === '222222222222')).toBe(false);
    expect(partial.document.policyChange?.hidden.length).toBe((counted.length / 3) * 2);
  });
});
