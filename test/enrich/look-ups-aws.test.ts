/**
 * The look-ups beyond the report through the real SDK over HTTP, against the loopback IAM server:
 * every listing read to its last page, throttling ridden out, a denied permission failing the run
 * with the permission and the enrich value, and what each look-up adds to the findings.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchReportFromAws, type AwsReportRequest } from '../../src/aws/fetch-report-from-aws';
import { planLookUps } from '../../src/enrich/look-up-plan';
import { evaluate } from '../../src/evaluate/evaluate';
import type { Finding } from '../../src/evaluate/types';
import type { Policy } from '../../src/policy/types';
import { parseCredentialReport } from '../../src/report/parse-report';
import type { EnrichValue } from '../../src/settings/settings';
import { UserError } from '../../src/user-error';
import { isolatedAwsEnv, useEnv } from '../support/aws-env';
import { fakeClock, type FakeClock } from '../support/aws-fake-clock';
import { iamErrors, startAwsServer, type AwsServer } from '../support/aws-server';
import { emptyDirectory, iamLookUpsHandler, LOOK_UP_ACTIONS, type IamDirectory } from '../support/iam-lookups-server';
import { onlyRules } from '../support/policy-builder';
import { reportCsv, rootRow, userRow } from '../support/report-builder';

const ACCOUNT = '123456789012';
const STATIC_KEY = 'AKIAIOSFODNN7EXAMPLE';
const STATIC_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const NOW = Date.parse('2026-11-20T12:00:00Z');
const ROOT_ARN = `arn:aws:iam::${ACCOUNT}:root`;

let server: AwsServer;
let clock: FakeClock;
let directory: IamDirectory;
let restoreEnv: () => void = () => undefined;

beforeAll(async () => {
  server = await startAwsServer({ now: () => clock.clock.now(), defaultAccount: ACCOUNT, staticKeys: { [STATIC_KEY]: ACCOUNT } });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  clock = fakeClock({ start: NOW });
  server.reset();
  server.accounts.clear();
  directory = emptyDirectory();
  server.handle('iam', iamLookUpsHandler(directory, ACCOUNT));
  restoreEnv = useEnv(isolatedAwsEnv({ AWS_ENDPOINT_URL: server.url, AWS_ACCESS_KEY_ID: STATIC_KEY, AWS_SECRET_ACCESS_KEY: STATIC_SECRET }));
});

afterEach(() => {
  restoreEnv();
});

/** carol: an old key (a finding); dave: a fresh key (none); erin: a key deleted since the report. */
const REPORT = reportCsv([
  rootRow({ mfa_active: 'true' }),
  userRow({ user: 'carol', access_key_1_active: 'true', access_key_1_last_rotated: '2026-03-01T09:00:00+00:00', access_key_1_last_used_date: '2026-11-19T09:00:00+00:00' }),
  userRow({ user: 'dave', access_key_1_active: 'true', access_key_1_last_rotated: '2026-11-01T09:00:00+00:00', access_key_1_last_used_date: '2026-11-19T09:00:00+00:00' }),
  userRow({ user: 'erin', access_key_1_active: 'true', access_key_1_last_rotated: '2026-02-01T09:00:00+00:00', access_key_1_last_used_date: '2026-11-19T09:00:00+00:00' }),
]);

function publishReport(csv = REPORT): void {
  server.account(ACCOUNT, { report: { csv, generatedAt: new Date(NOW - 10 * 60_000).toISOString() } });
  for (const row of parseCredentialReport(csv, 'test').rows) if (!row.isRoot) directory.users.add(row.user);
}

const ALL_RULES = onlyRules({
  'access-key-max-age': true,
  'service-credential-max-age': true,
  'service-credential-no-expiry': true,
  'ssh-key-max-age': true,
  'root-hardware-mfa': true,
});

function request(policy: Policy, enrich: EnrichValue[], overrides: Partial<AwsReportRequest> = {}): AwsReportRequest {
  const plan = planLookUps({ enrich, ownerTag: 'owner', now: NOW }, policy);
  return {
    region: 'us-east-1',
    roleToAssume: null,
    audience: 'sts.amazonaws.com',
    roleSessionName: 'iam-credential-gate',
    roleDurationSeconds: 900,
    roleArn: null,
    profile: null,
    maxWaitSeconds: 300,
    maxReportAgeHours: 4,
    getIdToken: null,
    mask: () => undefined,
    log: { info: () => undefined, warning: () => undefined, debug: () => undefined },
    userAgent: 'iam-credential-gate/1.1.0',
    clock: clock.clock,
    ...(plan === null ? {} : { lookUps: plan }),
    ...overrides,
  };
}

async function run(policy: Policy, enrich: EnrichValue[], overrides: Partial<AwsReportRequest> = {}): Promise<Finding[]> {
  const fetched = await fetchReportFromAws(request(policy, enrich, overrides));
  const report = parseCredentialReport(fetched.content, 'test');
  return evaluate({
    reports: [{ account: ACCOUNT, rows: report.rows, ...(fetched.lookups === undefined ? {} : { lookups: fetched.lookups }) }],
    policy,
    now: NOW,
  }).findings;
}

function lookUpCalls(action?: string) {
  return server.calls.filter((call) => (LOOK_UP_ACTIONS as readonly string[]).includes(call.action) && (action === undefined || call.action === action));
}

async function userError(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('access-key-ids (iam:ListAccessKeys)', () => {
  it('names the key whose creation time is the slot, only for users with a finding on a key, null for a deleted key', async () => {
    publishReport();
    directory.pageSize = 1;
    directory.accessKeys.set('carol', [
      { id: 'AKIACAROLNEWKEY00002', created: '2026-11-01T00:00:00Z', status: 'Inactive' },
      { id: 'AKIACAROLOLDKEY00001', created: '2026-03-01T09:00:00.000Z' },
    ]);
    directory.accessKeys.set('dave', [{ id: 'AKIADAVE000000000001', created: '2026-11-01T09:00:00Z' }]);
    // erin's key was deleted and replaced since the report.
    directory.accessKeys.set('erin', [{ id: 'AKIAERINREPLACED0001', created: '2026-11-19T10:00:00Z' }]);

    const findings = await run(onlyRules({ 'access-key-max-age': true }), ['access-key-ids']);

    const carol = findings.find((finding) => finding.user === 'carol');
    expect(carol?.accessKeyId).toBe('AKIACAROLOLDKEY00001');
    expect(carol?.message).toContain('Access key 1 (AKIACAROLOLDKEY00001) of carol is 264 days old');
    expect(carol?.message).toContain('aws iam update-access-key --user-name carol --access-key-id AKIACAROLOLDKEY00001 --status Inactive');
    const erin = findings.find((finding) => finding.user === 'erin');
    expect(erin?.accessKeyId).toBeNull();
    expect(erin?.message).toContain('no longer exists');
    expect(findings.some((finding) => finding.user === 'dave')).toBe(false);
    // Two pages for carol (one key per page), one for erin; none for dave, who has no finding.
    expect(lookUpCalls().map((call) => [call.action, call.params.UserName, call.params.Marker])).toEqual(
      expect.arrayContaining([
        ['ListAccessKeys', 'carol', undefined],
        ['ListAccessKeys', 'carol', '1'],
        ['ListAccessKeys', 'erin', undefined],
      ]),
    );
    expect(lookUpCalls()).toHaveLength(3);
    expect(lookUpCalls().every((call) => call.accessKeyId === STATIC_KEY)).toBe(true);
  });

  it('makes no call at all without enrich', async () => {
    publishReport();
    const findings = await run(onlyRules({ 'access-key-max-age': true }), []);
    expect(lookUpCalls()).toEqual([]);
    expect(findings.every((finding) => !('accessKeyId' in finding))).toBe(true);
  });

  it('rides out throttling, then succeeds', async () => {
    publishReport();
    directory.accessKeys.set('carol', [{ id: 'AKIACAROLOLDKEY00001', created: '2026-03-01T09:00:00Z' }]);
    server.script('iam', 'ListAccessKeys', iamErrors.throttling(), iamErrors.throttling());
    const findings = await run(onlyRules({ 'access-key-max-age': true }), ['access-key-ids']);
    expect(findings.find((finding) => finding.user === 'carol')?.accessKeyId).toBe('AKIACAROLOLDKEY00001');
    // carol's and erin's calls are throttled once each, and each call backs off on its own budget
    // (full jitter at random() = 0.5: 500 ms); a third throttle of the same call would wait 1 s.
    expect(clock.sleeps).toEqual([500, 500]);
    expect(lookUpCalls('ListAccessKeys')).toHaveLength(4);
  });

  it('fails the run naming the permission and the enrich value when AWS denies it', async () => {
    publishReport();
    server.script('iam', 'ListAccessKeys', iamErrors.accessDenied('ListAccessKeys'));
    const error = await userError(run(onlyRules({ 'access-key-max-age': true }), ['access-key-ids']));
    expect(error.message).toContain('AWS denied iam:ListAccessKeys');
    expect(error.message).toContain('enrich: access-key-ids');
  });

  it('fails closed when the look-up keeps failing within max-wait-seconds', async () => {
    publishReport();
    server.handle('iam', (call) => (call.action === 'ListAccessKeys' ? iamErrors.throttling() : iamLookUpsHandler(directory, ACCOUNT)(call, server)));
    const error = await userError(run(onlyRules({ 'access-key-max-age': true }), ['access-key-ids'], { maxWaitSeconds: 20 }));
    expect(error.message).toContain('Could not make the look-up access-key-ids (iam:ListAccessKeys)');
    expect(error.message).toContain('max-wait-seconds (20 s)');
  });
});

describe('service-credentials (iam:ListServiceSpecificCredentials)', () => {
  it('lists every user at once (AllUsers), every page, and flags a Bedrock key without expiration', async () => {
    publishReport();
    directory.pageSize = 2;
    directory.serviceCredentials.push(
      { user: 'carol', id: 'ACCACAROLBEDROCK0001', service: 'bedrock.amazonaws.com', created: '2026-11-10T00:00:00Z' },
      { user: 'carol', id: 'ACCACAROLBEDROCK0002', service: 'bedrock.amazonaws.com', created: '2026-11-10T00:00:00Z', expires: '2026-11-17T00:00:00Z' },
      { user: 'dave', id: 'ACCADAVECODECOMMIT01', service: 'codecommit.amazonaws.com', created: '2025-01-01T00:00:00Z' },
      { user: 'dave', id: 'ACCADAVEKEYSPACES001', service: 'cassandra.amazonaws.com', created: '2025-01-01T00:00:00Z', status: 'Inactive' },
    );
    const policy = onlyRules({ 'service-credential-max-age': true, 'service-credential-no-expiry': true });
    const findings = await run(policy, ['service-credentials']);

    const calls = lookUpCalls('ListServiceSpecificCredentials');
    expect(calls.map((call) => [call.params.AllUsers, call.params.UserName, call.params.Marker])).toEqual([
      ['true', undefined, undefined],
      ['true', undefined, '2'],
    ]);
    const summary = findings.map((finding) => [finding.rule, finding.user, finding.credential, finding.service]);
    expect(summary).toEqual([
      ['service-credential-no-expiry', 'carol', 'service_credential:ACCACAROLBEDROCK0001', 'bedrock.amazonaws.com'],
      ['service-credential-no-expiry', 'dave', 'service_credential:ACCADAVECODECOMMIT01', 'codecommit.amazonaws.com'],
      ['service-credential-max-age', 'dave', 'service_credential:ACCADAVECODECOMMIT01', 'codecommit.amazonaws.com'],
    ]);
    const bedrock = findings[0];
    expect(bedrock?.message).toBe(
      'Amazon Bedrock API key ACCACAROLBEDROCK0001 of carol never expires (limit 30 days of lifetime). ' +
        'Deactivate it: aws iam update-service-specific-credential --user-name carol --service-specific-credential-id ACCACAROLBEDROCK0001 --status Inactive',
    );
    expect(bedrock?.credentialCreated).toBe('2026-11-10T00:00:00.000Z');
  });

  it('fails the run naming the permission and the enrich value when AWS denies it', async () => {
    publishReport();
    server.script('iam', 'ListServiceSpecificCredentials', iamErrors.accessDenied('ListServiceSpecificCredentials'));
    const error = await userError(run(onlyRules({ 'service-credential-no-expiry': true }), ['service-credentials']));
    expect(error.message).toContain('iam:ListServiceSpecificCredentials');
    expect(error.message).toContain('service-credentials');
  });
});

describe('ssh-keys (iam:ListSSHPublicKeys)', () => {
  it('lists every user, every page, and flags an old active key', async () => {
    publishReport();
    directory.pageSize = 1;
    directory.sshKeys.set('dave', [
      { id: 'APKADAVEINACTIVE0001', uploaded: '2024-01-01T00:00:00Z', status: 'Inactive' },
      { id: 'APKADAVEOLDKEY000002', uploaded: '2026-01-01T00:00:00Z' },
    ]);
    const findings = await run(onlyRules({ 'ssh-key-max-age': true }), ['ssh-keys']);
    expect(findings.map((finding) => [finding.user, finding.credential, finding.ageDays])).toEqual([['dave', 'ssh_key:APKADAVEOLDKEY000002', 323]]);
    expect(findings[0]?.message).toContain('aws iam update-ssh-public-key --user-name dave --ssh-public-key-id APKADAVEOLDKEY000002 --status Inactive');
    const calls = lookUpCalls('ListSSHPublicKeys').map((call) => `${call.params.UserName}:${call.params.Marker ?? '-'}`);
    expect(calls.sort()).toEqual(['carol:-', 'dave:-', 'dave:1', 'erin:-']);
  });

  it('fails the run naming the permission and the enrich value when AWS denies it', async () => {
    publishReport();
    server.handle('iam', (call) =>
      call.action === 'ListSSHPublicKeys' ? iamErrors.accessDenied('ListSSHPublicKeys') : iamLookUpsHandler(directory, ACCOUNT)(call, server),
    );
    const error = await userError(run(onlyRules({ 'ssh-key-max-age': true }), ['ssh-keys']));
    expect(error.message).toContain('AWS denied iam:ListSSHPublicKeys');
    expect(error.message).toContain('enrich: ssh-keys');
    expect(error.message).toContain('never skipped');
  });
});

describe('mfa-devices (iam:ListVirtualMFADevices)', () => {
  it('flags root whose MFA is a virtual device assigned to the root ARN, reading every page', async () => {
    publishReport();
    directory.pageSize = 1;
    directory.virtualMfa.push(
      { serial: `arn:aws:iam::${ACCOUNT}:mfa/carol`, userArn: `arn:aws:iam::${ACCOUNT}:user/carol` },
      { serial: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device`, userArn: ROOT_ARN },
    );
    const findings = await run(onlyRules({ 'root-hardware-mfa': true }), ['mfa-devices']);
    expect(findings.map((finding) => [finding.rule, finding.user, finding.credential])).toEqual([['root-hardware-mfa', '<root_account>', 'mfa']]);
    expect(findings[0]?.message).toContain(`arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device`);
    expect(lookUpCalls('ListVirtualMFADevices').map((call) => [call.params.AssignmentStatus, call.params.Marker])).toEqual([
      ['Assigned', undefined],
      ['Assigned', '1'],
    ]);
  });

  it('passes root with a hardware device: no virtual device is assigned to the root ARN', async () => {
    publishReport();
    directory.virtualMfa.push({ serial: `arn:aws:iam::${ACCOUNT}:mfa/carol`, userArn: `arn:aws:iam::${ACCOUNT}:user/carol` }, { serial: `arn:aws:iam::${ACCOUNT}:mfa/spare` });
    const findings = await run(onlyRules({ 'root-hardware-mfa': true }), ['mfa-devices']);
    expect(findings).toEqual([]);
    expect(lookUpCalls('ListVirtualMFADevices')).toHaveLength(1);
  });
});

describe('user-tags (iam:ListUserTags)', () => {
  it("gives findings the owner from the user's tag, every page read, null for a user without the tag", async () => {
    publishReport();
    directory.pageSize = 1;
    directory.tags.set('carol', [
      { key: 'cost-centre', value: '42' },
      { key: 'Owner', value: 'team-payments' },
    ]);
    directory.tags.set('erin', [{ key: 'cost-centre', value: '7' }]);
    const findings = await run(onlyRules({ 'access-key-max-age': true }), ['user-tags', 'access-key-ids']);
    const carol = findings.find((finding) => finding.user === 'carol');
    expect(carol?.owner).toBe('team-payments');
    expect(carol?.message).toContain('Owner: team-payments.');
    expect(findings.find((finding) => finding.user === 'erin')?.owner).toBeNull();
    const tagCalls = lookUpCalls('ListUserTags').map((call) => `${call.params.UserName}:${call.params.Marker ?? '-'}`);
    // Only the users with findings: not dave.
    expect(tagCalls.sort()).toEqual(['carol:-', 'carol:1', 'erin:-']);
  });

  it('gives owners to the findings of the rules that look further, too', async () => {
    publishReport();
    directory.sshKeys.set('dave', [{ id: 'APKADAVEOLDKEY000002', uploaded: '2026-01-01T00:00:00Z' }]);
    directory.tags.set('dave', [{ key: 'owner', value: 'team-git' }]);
    const findings = await run(onlyRules({ 'ssh-key-max-age': true }), ['ssh-keys', 'user-tags']);
    expect(findings.map((finding) => [finding.user, finding.owner])).toEqual([['dave', 'team-git']]);
  });

  it('fails the run naming the permission and the enrich value when AWS denies it', async () => {
    publishReport();
    server.script('iam', 'ListUserTags', iamErrors.accessDenied('ListUserTags'));
    const error = await userError(run(onlyRules({ 'access-key-max-age': true }), ['user-tags']));
    expect(error.message).toContain('AWS denied iam:ListUserTags');
    expect(error.message).toContain('enrich: user-tags');
  });
});

describe('enrich: all', () => {
  it('makes every look-up the policy has a rule for, and skips the rule look-ups no enabled rule reads', async () => {
    publishReport();
    await run(ALL_RULES, ['access-key-ids', 'service-credentials', 'ssh-keys', 'mfa-devices', 'user-tags']);
    expect(new Set(lookUpCalls().map((call) => call.action))).toEqual(new Set(LOOK_UP_ACTIONS));

    server.reset();
    server.handle('iam', iamLookUpsHandler(directory, ACCOUNT));
    await run(onlyRules({ 'access-key-max-age': true }), ['access-key-ids', 'service-credentials', 'ssh-keys', 'mfa-devices', 'user-tags']);
    expect(new Set(lookUpCalls().map((call) => call.action))).toEqual(new Set(['ListAccessKeys', 'ListUserTags']));
  });
});
