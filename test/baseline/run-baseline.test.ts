import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AwsAccounts } from '../../src/accounts/aws-accounts';
import type { GateLogger } from '../../src/logger';
import { runGate, type GateDependencies, type GateRun } from '../../src/run/run-gate';
import { serializeFindingsDocument } from '../../src/run/write-files';
import { parseSettings, type RawInputs } from '../../src/settings/settings';
import { reportCsv, rootRow, userRow } from '../support/report-builder';

const NOW = '2026-11-20T12:00:00Z';
const HUB = '999999999999';
const A = '111111111111';
const B = '222222222222';

interface Logged {
  warnings: string[];
}

function deps(logged: Logged = { warnings: [] }, extra: Partial<GateDependencies> = {}): GateDependencies {
  const log: GateLogger = { info: () => undefined, debug: () => undefined, warning: (message) => logged.warnings.push(message) };
  return { log, getIdToken: null, mask: () => undefined, ...extra };
}

function workdir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'icg-baseline-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

async function run(dir: string, inputs: RawInputs, logged?: Logged, extra?: Partial<GateDependencies>): Promise<GateRun> {
  // The report reader resolves from the process's directory: give it the test's own.
  const reportFile = inputs['report-file'] === undefined ? {} : { 'report-file': join(dir, inputs['report-file']) };
  return runGate(parseSettings({ now: NOW, ...inputs, ...reportFile }, 0, dir), deps(logged, extra));
}

function saved(dir: string, name: string, result: GateRun): void {
  writeFileSync(join(dir, name), [...serializeFindingsDocument(result.document)].join(''));
}

const key = (user: string, rotated: string) =>
  userRow({ user, access_key_1_active: 'true', access_key_1_last_rotated: rotated, access_key_1_last_used_date: '2026-11-19T00:00:00Z' });

describe('runGate with a baseline (report-file)', () => {
  it('marks every finding unchanged against its own run; new-only then passes', async () => {
    const dir = workdir({ 'r.csv': reportCsv([rootRow(), key('alice', '2026-01-05T09:00:00Z')]) });
    const first = await run(dir, { 'report-file': 'r.csv' });
    expect(first.document.verdict).toBe('fail');
    expect(first.document.baseline).toBeNull();
    expect(first.document.findings.every((finding) => finding.baseline === null)).toBe(true);
    saved(dir, 'base.json', first);

    const again = await run(dir, { 'report-file': 'r.csv', baseline: 'base.json', 'new-only': 'true' });
    expect(again.document.errors).toEqual([]);
    expect(again.document.findings.map((finding) => finding.baseline)).toEqual(first.document.findings.map(() => 'unchanged'));
    expect(again.document.baseline).toEqual({
      file: 'base.json',
      evaluatedAt: '2026-11-20T12:00:00.000Z',
      newOnly: true,
      new: 0,
      unchanged: first.document.findings.length,
      fixed: [],
    });
    // counts still count every finding; only the verdict looks at the new ones.
    expect(again.document.counts).toEqual(first.document.counts);
    expect(again.document.verdict).toBe('pass');
  });

  it('a rotated key is new and the old one fixed', async () => {
    const dir = workdir({
      'before.csv': reportCsv([rootRow(), key('alice', '2026-01-05T09:00:00Z')]),
      'after.csv': reportCsv([rootRow(), key('alice', '2026-06-01T09:00:00Z')]),
    });
    saved(dir, 'base.json', await run(dir, { 'report-file': 'before.csv' }));
    const after = await run(dir, { 'report-file': 'after.csv', baseline: 'base.json', 'new-only': 'true' });
    const maxAge = after.document.findings.filter((finding) => finding.rule === 'access-key-max-age');
    expect(maxAge.map((finding) => [finding.credentialCreated, finding.baseline])).toEqual([['2026-06-01T09:00:00.000Z', 'new']]);
    expect(after.document.baseline?.fixed.map((finding) => [finding.rule, finding.credentialCreated])).toContainEqual([
      'access-key-max-age',
      '2026-01-05T09:00:00.000Z',
    ]);
    expect(after.document.verdict).toBe('fail');
  });

  it('a finding whose exemption expired since is new (and fails new-only)', async () => {
    const policy =
      'version: 1\nextends: builtin:recommended\nexemptions:\n' +
      '  - users: [alice]\n    rules: [access-key-max-age]\n    reason: SEC-1\n    expires: 2026-11-25\n';
    const dir = workdir({ 'r.csv': reportCsv([rootRow(), key('alice', '2026-01-05T09:00:00Z')]), 'p.yml': policy });
    const before = await run(dir, { 'report-file': 'r.csv', policy: 'p.yml' });
    expect(before.document.findings.find((finding) => finding.rule === 'access-key-max-age')?.exempted).toBe(true);
    saved(dir, 'base.json', before);

    const after = await run(dir, { 'report-file': 'r.csv', policy: 'p.yml', now: '2026-12-01T12:00:00Z', baseline: 'base.json', 'new-only': 'true' });
    const alice = after.document.findings.find((finding) => finding.rule === 'access-key-max-age');
    expect(alice).toMatchObject({ exempted: false, baseline: 'new' });
    expect(after.document.findings.find((finding) => finding.rule === 'exemption-expired')?.baseline).toBe('new');
    expect(after.document.baseline?.fixed).toEqual([]);
    expect(after.document.verdict).toBe('fail');
  });

  it('new-only: unchanged errors do not fail; a new warning fails with fail-on warning only', async () => {
    const old = key('alice', '2026-01-05T09:00:00Z');
    // Two active keys: single-active-access-key (a warning) is new.
    const twoKeys = { ...old, access_key_2_active: 'true', access_key_2_last_rotated: '2026-11-01T09:00:00Z' };
    const dir = workdir({ 'before.csv': reportCsv([rootRow(), old]), 'after.csv': reportCsv([rootRow(), twoKeys]) });
    saved(dir, 'base.json', await run(dir, { 'report-file': 'before.csv' }));
    const onErrors = await run(dir, { 'report-file': 'after.csv', baseline: 'base.json', 'new-only': 'true' });
    const fresh = onErrors.document.findings.filter((finding) => finding.baseline === 'new');
    expect(fresh.map((finding) => [finding.rule, finding.severity])).toEqual([['single-active-access-key', 'warning']]);
    expect(onErrors.document.counts.error).toBeGreaterThan(0);
    expect(onErrors.document.verdict).toBe('pass');
    const onWarnings = await run(dir, { 'report-file': 'after.csv', baseline: 'base.json', 'new-only': 'true', 'fail-on': 'warning' });
    expect(onWarnings.document.verdict).toBe('fail');
    // Without new-only the old error fails as before.
    const all = await run(dir, { 'report-file': 'after.csv', baseline: 'base.json' });
    expect(all.document.verdict).toBe('fail');
    expect(all.document.baseline?.newOnly).toBe(false);
  });

  it('uses a baseline whose own verdict was error, with a warning in the log', async () => {
    const dir = workdir({ 'r.csv': reportCsv([rootRow(), key('alice', '2026-01-05T09:00:00Z')]) });
    const broken = await run(dir, { 'report-file': 'missing.csv' });
    expect(broken.document.verdict).toBe('error');
    saved(dir, 'base.json', broken);
    const logged: Logged = { warnings: [] };
    const result = await run(dir, { 'report-file': 'r.csv', baseline: 'base.json' }, logged);
    expect(result.document.errors).toEqual([]);
    expect(result.document.findings.every((finding) => finding.baseline === 'new')).toBe(true);
    expect(logged.warnings.join('\n')).toMatch(/base\.json has verdict 'error'/);
  });
});

describe('runGate: a baseline that cannot be used ends the run with error naming the file', () => {
  const SECRET = 'ghp_SECRETtokenFROMtheFILE';
  const report = reportCsv([rootRow(), key('alice', '2026-01-05T09:00:00Z')]);

  it.each<[string, string | null, RegExp]>([
    ['not JSON', `${SECRET} not json`, /bad\.json is not JSON \(invalid( at line 1, column 1)?\); set baseline to/],
    ['truncated JSON', `{"schemaVersion": 1, "note": "${SECRET}"`, /bad\.json is not JSON \(invalid( at line \d+, column \d+)?\); set baseline to/],
    ['not a findings document', `["${SECRET}"]`, /bad\.json is not a findings document/],
    ['an object without schemaVersion', `{"token": "${SECRET}"}`, /bad\.json is not a findings document/],
    ['schemaVersion 2', `{"schemaVersion": 2, "token": "${SECRET}"}`, /bad\.json has schemaVersion 2; .*schemaVersion 1 only/],
    ['a schemaVersion that is text', `{"schemaVersion": "${SECRET}"}`, /bad\.json has a schemaVersion that is not a number/],
    ['a broken document', `{"schemaVersion": 1, "tool": {"name": "${SECRET}"}}`, /bad\.json is not a valid findings document: tool\.name/],
    ['a missing file', null, /baseline bad\.json \(baseline\) does not exist/],
  ])('%s', async (_case, content, message) => {
    const dir = workdir({ 'r.csv': report, ...(content === null ? {} : { 'bad.json': content }) });
    const result = await run(dir, { 'report-file': 'r.csv', baseline: 'bad.json' });
    expect(result.document.verdict).toBe('error');
    expect(result.document.errors).toHaveLength(1);
    expect(result.document.errors[0]).toMatch(message);
    expect(result.document.errors.join('')).not.toContain(SECRET);
    expect(result.document.baseline).toBeNull();
  });

  it('a directory', async () => {
    const dir = workdir({ 'r.csv': report });
    mkdirSync(join(dir, 'base.json'));
    const result = await run(dir, { 'report-file': 'r.csv', baseline: 'base.json' });
    expect(result.document.verdict).toBe('error');
    expect(result.document.errors[0]).toMatch(/base\.json/);
  });

  it('new-only without baseline is an input error', () => {
    expect(() => parseSettings({ 'new-only': 'true' }, 0, '/')).toThrow(/Input 'new-only' is true but input 'baseline' is empty/);
  });
});

describe('runGate with a baseline over several accounts', () => {
  function fakeAccounts(reports: Record<string, string>): GateDependencies['openAccounts'] {
    return async () =>
      ({
        identity: 'the test hub',
        listOrganizationAccounts: async () => Object.keys(reports),
        fetchAccount: async (target) => {
          const content = reports[target.accountId];
          if (content === undefined) throw new Error(`no report for ${target.accountId}`);
          return { content, generatedAt: '2026-11-20T11:00:00.000Z', accountId: target.accountId, apiCalls: 2 };
        },
        close: () => undefined,
      }) satisfies AwsAccounts;
  }
  const csv = (account: string, rotated: string) =>
    reportCsv([rootRow({}, { account }), { ...key('alice', rotated), arn: `arn:aws:iam::${account}:user/alice` }]);

  it('matches per account; an account the baseline lacks is all new; one this run lacks is neither fixed nor matched', async () => {
    const dir = workdir();
    const inputs = { 'member-role-name': 'GateReader', now: NOW };
    const before = await runGate(
      parseSettings({ ...inputs, accounts: `${HUB},${A}` }, 0, dir),
      deps(undefined, { openAccounts: fakeAccounts({ [HUB]: csv(HUB, '2026-01-05T09:00:00Z'), [A]: csv(A, '2026-01-05T09:00:00Z') }) }),
    );
    expect(before.document.errors).toEqual([]);
    saved(dir, 'base.json', before);

    const after = await runGate(
      parseSettings({ ...inputs, accounts: `${A},${B}`, baseline: 'base.json' }, 0, dir),
      deps(undefined, { openAccounts: fakeAccounts({ [A]: csv(A, '2026-01-05T09:00:00Z'), [B]: csv(B, '2026-01-05T09:00:00Z') }) }),
    );
    expect(after.document.errors).toEqual([]);
    const byAccount = (account: string) =>
      after.document.findings.filter((finding) => finding.account === account).map((finding) => finding.baseline);
    expect(byAccount(A).length).toBeGreaterThan(0);
    expect(byAccount(A).every((mark) => mark === 'unchanged')).toBe(true);
    expect(byAccount(B).every((mark) => mark === 'new')).toBe(true);
    expect(after.document.baseline?.fixed).toEqual([]);
  });
});
