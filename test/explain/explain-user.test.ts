import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { explainUser, findUserRow } from '../../src/explain/explain-user';
import { RULE_FACTS } from '../../src/explain/rule-facts';
import { loadPolicy } from '../../src/policy/load-policy';
import { parseCredentialReport } from '../../src/report/parse-report';
import { RULES } from '../../src/rules/registry';
import { buildPolicy } from '../support/policy-builder';
import { cli } from '../support/cli-io';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'credential-report.csv');
const NOW = Date.parse('2026-11-20T12:00:00Z');
const report = parseCredentialReport(readFileSync(EXAMPLE, 'utf8'), EXAMPLE);
const input = { account: report.accountId, rows: report.rows };

const key = (finding: { rule: string; credential: string | null; message: string; exempted: boolean }): string =>
  `${finding.rule}|${finding.credential ?? ''}|${finding.exempted}|${finding.message}`;

describe('explainUser', () => {
  it('has facts for every rule of the registry', () => {
    expect(Object.keys(RULE_FACTS).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it.each([
    ['builtin:recommended'],
    ['builtin:strict'],
    [join(ROOT, 'examples', 'policy.yml')],
  ])('for every user of the example report, explain and check agree (%s)', async (ref) => {
    const policy = await loadPolicy(ref, { cwd: ROOT, workspace: null });
    const check = evaluate({ reports: [input], policy, now: NOW });
    for (const row of report.rows) {
      const explanation = explainUser({ report: input, row, policy, now: NOW, failOn: 'error' });
      const own = check.findings.filter((finding) => finding.user === row.user && finding.arn === row.arn);
      const failed = explanation.rules.filter((rule) => rule.outcome === 'failed').flatMap((rule) => rule.findings);
      const shown = explanation.rules.flatMap((rule) => rule.findings);
      expect(failed.filter((finding) => !finding.exempted).map(key).sort(), row.user).toEqual(
        own.filter((finding) => !finding.exempted).map(key).sort(),
      );
      expect(shown.map(key).sort(), row.user).toEqual(own.map(key).sort());
      // Every enabled rule has an outcome, in registry order.
      expect(explanation.rules.map((rule) => rule.rule)).toEqual(
        RULES.filter((rule) => policy.rules.find((entry) => entry.id === rule.id)?.enabled).map((rule) => rule.id),
      );
      const failing = own.some((finding) => !finding.exempted && finding.severity === 'error');
      expect(explanation.verdict, row.user).toBe(failing ? 'fail' : 'pass');
    }
  });

  it('names the exemption that applied, with its number and reason', async () => {
    const policy = await loadPolicy(join(ROOT, 'examples', 'policy.yml'), { cwd: ROOT, workspace: null });
    const row = findUserRow(report.rows, { user: 'vendor-sync' });
    const explanation = explainUser({ report: input, row, policy, now: NOW, failOn: 'error' });
    const exempted = explanation.rules.find((rule) => rule.outcome === 'exempted');
    expect(exempted?.exemptions[0]).toMatchObject({
      reason: 'Vendor rotates quarterly; next rotation tracked in SEC-142',
      expires: '2027-01-31',
    });
    expect(exempted?.exemptions[0]?.where).toMatch(/^Exemption \d+ \(.*policy\.yml:\d+:\d+\)$/);
    expect(exempted?.reason).toContain('Exempted by Exemption');
  });

  it('says not applicable, and why, with the values used', () => {
    const policy = buildPolicy({ rules: { 'access-key-max-age': true, 'root-mfa': true } });
    const root = findUserRow(report.rows, { user: '<root_account>' });
    const user = report.rows.find((row) => !row.isRoot && row.accessKeys.every((slot) => !slot.active));
    if (user === undefined) throw new Error('fixture has a user without keys');
    const forRoot = explainUser({ report: input, row: root, policy, now: NOW, failOn: 'error' });
    expect(forRoot.rules.find((rule) => rule.rule === 'access-key-max-age')).toMatchObject({
      outcome: 'not-applicable',
      values: [],
    });
    const forUser = explainUser({ report: input, row: user, policy, now: NOW, failOn: 'error' });
    expect(forUser.rules.find((rule) => rule.rule === 'root-mfa')?.outcome).toBe('not-applicable');
    const keyRule = forUser.rules.find((rule) => rule.rule === 'access-key-max-age');
    expect(keyRule).toMatchObject({ outcome: 'not-applicable', params: { max_days: 90, warn_days: 0 } });
    expect(keyRule?.reason).toContain('no active access key');
    expect(keyRule?.values.map((value) => value.column)).toContain('access_key_1_last_rotated');
  });

  it('shows dates with their age at the evaluation instant', () => {
    const policy = buildPolicy({ rules: { 'password-unused': true } });
    const row = findUserRow(report.rows, { user: 'alice.nguyen' });
    const rule = explainUser({ report: input, row, policy, now: NOW, failOn: 'error' }).rules.find(
      (entry) => entry.rule === 'password-unused',
    );
    const created = rule?.values.find((value) => value.column === 'user_creation_time');
    expect(created?.value).toBe('2023-01-09T09:12:00.000Z');
    expect(created?.ageDays).toBe(Math.floor((NOW - Date.parse('2023-01-09T09:12:00Z')) / 86_400_000));
  });

  it('finds users by name or ARN, with a did-you-mean', () => {
    expect(findUserRow(report.rows, { arn: 'arn:aws:iam::123456789012:user/alice.nguyen' }).user).toBe('alice.nguyen');
    expect(() => findUserRow(report.rows, { user: 'alice.ngyuen' })).toThrow("did you mean 'alice.nguyen'?");
    expect(() => findUserRow(report.rows, { user: 'zzzzzzzz' })).toThrow('(it has 16 users).');
  });
});

describe('iam-credential-gate explain', () => {
  const base = ['explain', '--report-file', EXAMPLE, '--now', '2026-11-20T12:00:00Z'];

  it('exits 0 for a user who passes and prints each rule', async () => {
    const result = await cli([...base, '--user', 'alice.nguyen']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^PASS {2}alice\.nguyen/);
    expect(result.stdout).toContain('passed    mfa-for-console (error)');
    expect(result.stdout).toContain('n/a       access-key-max-age (error)  nothing to judge: the user has no active access key');
  });

  it('exits 1 for a failing user; --format json prints the document', async () => {
    const policy = await loadPolicy('builtin:recommended', { cwd: ROOT, workspace: null });
    const check = evaluate({ reports: [input], policy, now: NOW });
    const failing = check.findings.find((finding) => finding.user !== null && finding.severity === 'error' && !finding.exempted);
    const arn = failing?.arn ?? '';
    const result = await cli([...base, '--arn', arn, '--format', 'json']);
    expect(result.code).toBe(1);
    const document = JSON.parse(result.stdout);
    expect(document.verdict).toBe('fail');
    expect(document.rules.some((rule: { outcome: string }) => rule.outcome === 'failed')).toBe(true);
  });

  it('exits 2 for an unknown user, with a did-you-mean', async () => {
    const result = await cli([...base, '--user', 'bob.martn']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("did you mean 'bob.martin'?");
    expect((await cli([...base])).stderr).toContain('exactly one of --user NAME or --arn ARN');
  });
});
