/**
 * The look-ups' pure side, offline: root-mfa's applies_when, rule-not-evaluated, what the
 * evaluator adds to findings from the look-ups, and how the outputs show (and redact) it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchAccessKey } from '../../src/enrich/finding-enrichment';
import { planLookUps } from '../../src/enrich/look-up-plan';
import { noteRulesNotEvaluated, rulesNotEvaluated } from '../../src/enrich/rule-not-evaluated';
import type { AccountLookups } from '../../src/enrich/types';
import { evaluate } from '../../src/evaluate/evaluate';
import { combineFindings } from '../../src/evaluate/evaluate-incremental';
import { buildFindingsDocument } from '../../src/evaluate/findings-document';
import { readFindingsDocument } from '../../src/merge/read-findings-document';
import { createRedactor } from '../../src/output/redact';
import { renderOwnersBlock } from '../../src/output/render-owners';
import { renderSummary } from '../../src/output/render-summary';
import { buildSarif } from '../../src/output/sarif';
import { runGate } from '../../src/run/run-gate';
import { parseSettings } from '../../src/settings/settings';
import { buildOutcome, finding } from '../support/outcome-builder';
import { onlyRules } from '../support/policy-builder';
import { reportCsv, rootRow as rootCsvRow, userRow as userCsvRow } from '../support/report-builder';
import { activeKey, NOW, rootRow, userRow } from '../support/row-builder';

const ACCOUNT = '123456789012';
const quiet = { info: () => undefined, warning: () => undefined, debug: () => undefined };

describe('root-mfa applies_when', () => {
  const keysNoPassword = rootRow({ passwordEnabled: false, mfaActive: false, key1: activeKey(10) });

  function rootMfa(appliesWhen: 'any-credential' | 'password', row = keysNoPassword) {
    return evaluate({ reports: [{ account: ACCOUNT, rows: [row] }], policy: onlyRules({ 'root-mfa': { params: { applies_when: appliesWhen } } }), now: NOW }).findings;
  }

  it('any-credential (1.0, the default): root with an active key but no password needs MFA', () => {
    expect(rootMfa('any-credential').map((f) => [f.rule, f.credential, f.message])).toEqual([
      ['root-mfa', 'mfa', 'The root account has credentials but no MFA device.'],
    ]);
  });

  it('password (CIS v5 and later): root without a console password passes, root with one does not', () => {
    expect(rootMfa('password')).toEqual([]);
    const withPassword = rootRow({ passwordEnabled: true, mfaActive: false });
    expect(rootMfa('password', withPassword).map((f) => f.message)).toEqual(['The root account has a console password but no MFA device.']);
    // An old report cannot tell: assume a password rather than fail open.
    expect(rootMfa('password', rootRow({ passwordEnabled: 'not_supported', mfaActive: false }))).toHaveLength(1);
  });
});

describe('rule-not-evaluated', () => {
  const policy = onlyRules({ 'ssh-key-max-age': true, 'root-hardware-mfa': true, 'access-key-max-age': true });

  it('is one run-level notice per enabled rule whose look-up enrich does not ask for, naming the value to add', () => {
    const notices = rulesNotEvaluated(policy, ['mfa-devices']);
    expect(notices.map((notice) => [notice.rule, notice.severity, notice.user, notice.account])).toEqual([['rule-not-evaluated', 'notice', null, null]]);
    expect(notices[0]?.message).toBe(
      'Rule ssh-key-max-age is enabled but was not evaluated: it needs the look-up ssh-keys (permission iam:ListSSHPublicKeys), ' +
        'which enrich does not ask for. Add ssh-keys to enrich, or turn the rule off.',
    );
    expect(rulesNotEvaluated(policy, ['ssh-keys', 'mfa-devices'])).toEqual([]);
    expect(rulesNotEvaluated(onlyRules({ 'access-key-max-age': true }), [])).toEqual([]);
  });

  it('counts as a notice and never fails the run', () => {
    const evaluation = noteRulesNotEvaluated(evaluate({ reports: [], policy, now: NOW }), policy, []);
    expect(evaluation.counts).toEqual({ error: 0, warning: 0, notice: 2, exempted: 0 });
  });

  it('is reported once when the parts of a run (accounts, shards) each carry it', () => {
    const [notice] = rulesNotEvaluated(policy, []);
    if (notice === undefined) throw new Error('expected a notice');
    const combined = combineFindings([
      { findings: [notice], evaluated: true },
      { findings: [notice], evaluated: true },
    ]);
    expect(combined).toHaveLength(1);
  });

  it('comes out of an offline run (report-file) of a policy enabling a look-up rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icg-enrich-'));
    writeFileSync(join(dir, 'report.csv'), reportCsv([rootCsvRow(), userCsvRow({ user: 'alice' })]));
    writeFileSync(join(dir, 'policy.yml'), 'version: 1\nrules:\n  ssh-key-max-age: on\n  service-credential-no-expiry: on\n');
    const settings = parseSettings({ policy: join(dir, 'policy.yml'), 'report-file': join(dir, 'report.csv'), now: '2026-11-20T12:00:00Z' }, NOW, dir);
    const run = await runGate(settings, { log: quiet, getIdToken: null, mask: () => undefined });
    expect(run.document.errors).toEqual([]);
    expect(run.document.verdict).toBe('pass');
    expect(run.document.findings.map((f) => [f.rule, f.message.split(':')[0]])).toEqual([
      ['rule-not-evaluated', 'Rule service-credential-no-expiry is enabled but was not evaluated'],
      ['rule-not-evaluated', 'Rule ssh-key-max-age is enabled but was not evaluated'],
    ]);
    expect(run.document.counts.notice).toBe(2);
  });
});

describe('the look-up plan', () => {
  it('makes a rule look-up only when an enabled rule reads it, and the finding look-ups whenever asked', () => {
    const plan = planLookUps({ enrich: ['access-key-ids', 'service-credentials', 'ssh-keys', 'mfa-devices', 'user-tags'], ownerTag: 'team', now: NOW }, onlyRules({ 'ssh-key-max-age': true }));
    expect(plan?.lookUps).toEqual(['access-key-ids', 'ssh-keys', 'user-tags']);
    expect(plan?.skipped).toEqual(['service-credentials', 'mfa-devices']);
    expect(plan?.ownerTag).toBe('team');
    expect(planLookUps({ enrich: [], ownerTag: 'owner', now: NOW }, onlyRules({}))).toBeNull();
  });

  it('looks up key ids for users with a finding on a key, and owners for users with any finding, never root', () => {
    const plan = planLookUps({ enrich: ['access-key-ids', 'user-tags'], ownerTag: 'owner', now: NOW }, onlyRules({ 'access-key-max-age': true, 'mfa-for-all-users': true, 'root-mfa': true }));
    const rows = [rootRow({ mfaActive: false }), userRow('old-key', { key1: activeKey(200), mfaActive: true }), userRow('no-mfa')];
    const users = plan?.usersToLookUp({ account: ACCOUNT, rows });
    expect(users?.keyUsers).toEqual(['old-key']);
    expect(users?.findingUsers.sort()).toEqual(['no-mfa', 'old-key']);
  });
});

describe('what the look-ups add to findings', () => {
  const row = userRow('carol', { key1: activeKey(200), mfaActive: true });
  const created = new Date(NOW - 200 * 86_400_000).toISOString();

  function findingsWith(lookups: AccountLookups) {
    return evaluate({ reports: [{ account: ACCOUNT, rows: [row], lookups }], policy: onlyRules({ 'access-key-max-age': true }), now: NOW }).findings;
  }

  it('omits a field whose look-up was not made, and keeps the document key order', () => {
    const [plain] = evaluate({ reports: [{ account: ACCOUNT, rows: [row] }], policy: onlyRules({ 'access-key-max-age': true }), now: NOW }).findings;
    expect(plain && Object.keys(plain)).not.toContain('accessKeyId');
    const [enriched] = findingsWith({ accessKeys: new Map([['carol', [{ id: 'AKIACAROL', active: true, created: Date.parse(created) + 400 }]]]), owners: new Map([['carol', 'team-a']]) });
    if (enriched === undefined) throw new Error('expected a finding');
    const document = buildFindingsDocument({
      evaluation: { findings: [enriched], rules: [], counts: { error: 1, warning: 0, notice: 0, exempted: 0 }, exemptions: [] },
      verdict: 'fail',
      failOn: 'error',
      policySource: 'builtin:recommended',
      reports: [],
      errors: [],
      evaluatedAt: NOW,
      version: '1.1.0',
    });
    expect(Object.keys(document.findings[0] ?? {}).slice(-4)).toEqual(['exemption', 'baseline', 'accessKeyId', 'owner']);
    expect(document.findings[0]?.accessKeyId).toBe('AKIACAROL');
    expect(document.findings[0]?.owner).toBe('team-a');
    expect(document.findings[0]?.message).toMatch(/^Access key 1 \(AKIACAROL\) of carol is 200 days old \(limit 90 days\)\. Owner: team-a\. Deactivate it: aws iam update-access-key/);
  });

  it('matches keys to the second, and two keys of the same second by slot order', () => {
    const second = '2026-01-01T00:00:00.000Z';
    const keys = [
      { id: 'AKIASECOND', active: true, created: Date.parse(second) + 900 },
      { id: 'AKIAFIRST', active: true, created: Date.parse(second) + 100 },
    ];
    expect(matchAccessKey(keys, second, 1, second)).toBe('AKIAFIRST');
    expect(matchAccessKey(keys, second, 2, second)).toBe('AKIASECOND');
    expect(matchAccessKey(keys, '2026-01-02T00:00:00Z', 1, null)).toBeNull();
    expect(matchAccessKey(keys, null, 1, null)).toBeNull();
  });

  it('survives a merge: the document reader keeps the fields and the looked-up credential names', () => {
    const outcome = buildOutcome({
      findings: [
        finding({ rule: 'ssh-key-max-age', message: 'SSH public key APKA1 of dave is 323 days old (limit 90 days).', user: 'dave', credential: 'ssh_key:APKA1', owner: null }),
        finding({ rule: 'access-key-max-age', message: 'Access key 1 (AKIA1) of carol is old.', user: 'carol', credential: 'access_key_1', accessKeyId: 'AKIA1', owner: 'team-a' }),
      ],
    });
    const read = readFindingsDocument(JSON.stringify(outcome.document), 'doc.json');
    expect(read.findings.map((f) => [f.credential, f.accessKeyId, f.owner])).toEqual(outcome.document.findings.map((f) => [f.credential, f.accessKeyId, f.owner]));
  });
});

describe('outputs of the look-ups', () => {
  const findings = [
    finding({ rule: 'access-key-max-age', severity: 'error', user: 'carol', credential: 'access_key_1', accessKeyId: 'AKIACAROLKEY', owner: 'team-payments', message: 'Access key 1 (AKIACAROLKEY) of carol is 200 days old. Owner: team-payments.' }),
    finding({ rule: 'service-credential-no-expiry', severity: 'error', user: 'dave', credential: 'service_credential:ACCADAVEKEY', service: 'bedrock.amazonaws.com', owner: null, message: 'Amazon Bedrock API key ACCADAVEKEY of dave never expires.' }),
    finding({ rule: 'access-key-unused', severity: 'warning', user: 'erin', credential: 'access_key_2', owner: 'team-payments', message: 'Access key 2 of erin is unused.', exempted: true }),
  ];

  it('groups the summary by owner when owners were looked up, users without the tag last', () => {
    const block = renderOwnersBlock(findings, createRedactor(false));
    expect(block).toContain('### Findings by owner');
    expect(block).toContain('| `team-payments` | 1 | 0 | 0 | 1 | 2 |');
    expect(block.indexOf('team-payments')).toBeLessThan(block.indexOf('no owner tag'));
    expect(renderOwnersBlock(findings.map(({ owner: _owner, ...rest }) => rest), createRedactor(false))).toBe('');
  });

  it('puts the owners after the rules in the job summary, and cites the builtin benchmark there', () => {
    const outcome = buildOutcome({ findings });
    outcome.document.policy.source = 'builtin:cis-aws-foundations-v7';
    const summary = renderSummary(outcome, { now: NOW, jsonFile: null, redact: createRedactor(false) });
    expect(summary.indexOf('### Rules')).toBeLessThan(summary.indexOf('### Findings by owner'));
    expect(summary).toContain('CIS AWS Foundations v7.0 2.12');
    expect(summary).toContain('`service_credential:ACCADAVEKEY`');
    const plain = renderSummary(buildOutcome({ findings: findings.map(({ owner: _owner, ...rest }) => rest) }), { now: NOW, jsonFile: null, redact: createRedactor(false) });
    expect(plain).not.toContain('Findings by owner');
  });

  it('hashes key ids and owners like user names when redacting', () => {
    const redact = createRedactor(true);
    redact.learn(buildOutcome({ findings }));
    const message = redact.text(findings[0]?.message ?? '');
    expect(message).not.toContain('AKIACAROLKEY');
    expect(message).not.toContain('team-payments');
    expect(message).toContain(redact.key('AKIACAROLKEY'));
    expect(message).toContain(redact.owner('team-payments'));
    expect(redact.text('service_credential:ACCADAVEKEY')).toBe(`service_credential:${redact.key('ACCADAVEKEY')}`);
    const block = renderOwnersBlock(findings, redact);
    expect(block).not.toContain('team-payments');
  });

  it('puts the fields in SARIF result properties, and builtin benchmark items in the rules', () => {
    const outcome = buildOutcome({ findings });
    outcome.document.policy.source = 'builtin:cis-aws-foundations-v5';
    const sarif = buildSarif(outcome, { toolVersion: '1.1.0' });
    const [run] = sarif.runs;
    expect(run?.results[0]?.properties).toMatchObject({ accessKeyId: 'AKIACAROLKEY', owner: 'team-payments' });
    expect(run?.results[1]?.properties).toMatchObject({ service: 'bedrock.amazonaws.com', owner: null, credential: 'service_credential:ACCADAVEKEY' });
    const rule = run?.tool.driver.rules.find((candidate) => candidate.id === 'access-key-max-age');
    expect(rule?.help.text).toContain('CIS AWS Foundations v5.0 1.13');
  });
});
