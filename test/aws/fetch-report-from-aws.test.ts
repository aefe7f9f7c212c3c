/**
 * The AWS adapter with the real SDK over HTTP against the loopback IAM/STS/OIDC server. Time is
 * virtual (backoff sleeps are instant) except for per-request timeouts, which are real.
 */
import * as core from '@actions/core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchReportFromAws, type AwsReportRequest } from '../../src/aws/fetch-report-from-aws';
import { UserError } from '../../src/user-error';
import { isolatedAwsEnv, useEnv } from '../support/aws-env';
import { fakeClock, type FakeClock } from '../support/aws-fake-clock';
import {
  decodeJwtClaims,
  iamErrors,
  jsonReply,
  sampleReportCsv,
  startAwsServer,
  stsErrors,
  type AwsServer,
} from '../support/aws-server';

const ACCOUNT = '111122223333';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/iam-credential-gate`;
const STATIC_KEY = 'AKIAIOSFODNN7EXAMPLE';
const STATIC_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const MINUTE = 60_000;

let server: AwsServer;
let clock: FakeClock;
let restoreEnv: () => void = () => undefined;
let trusted = true;

beforeAll(async () => {
  server = await startAwsServer({
    now: () => clock.clock.now(),
    defaultAccount: ACCOUNT,
    roles: { [ROLE]: { trust: ({ claims, callerAccessKeyId }) => trusted && (claims !== null || callerAccessKeyId !== null) } },
    staticKeys: { [STATIC_KEY]: '444455556666' },
  });
  // core.getIDToken announces masks and debug lines on stdout; keep the test output readable.
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterAll(async () => {
  vi.restoreAllMocks();
  await server.close();
});

beforeEach(() => {
  clock = fakeClock({ start: Date.now() });
  server.reset();
  server.accounts.clear();
  trusted = true;
  restoreEnv = useEnv(baseEnv());
});

afterEach(() => {
  restoreEnv();
});

function baseEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return isolatedAwsEnv({
    AWS_ENDPOINT_URL: server.url,
    ACTIONS_ID_TOKEN_REQUEST_URL: server.oidcUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: server.oidcRequestToken,
    ...overrides,
  });
}

function setEnv(overrides: Record<string, string | undefined>): void {
  restoreEnv();
  restoreEnv = useEnv(baseEnv(overrides));
}

interface Harness {
  request: AwsReportRequest;
  masked: string[];
  tokens: string[];
  logs: string[];
}

function harness(overrides: Partial<AwsReportRequest> = {}): Harness {
  const masked: string[] = [];
  const tokens: string[] = [];
  const logs: string[] = [];
  const request: AwsReportRequest = {
    region: 'us-east-1',
    roleToAssume: ROLE,
    audience: 'sts.amazonaws.com',
    roleSessionName: 'iam-credential-gate',
    roleDurationSeconds: 900,
    roleArn: null,
    profile: null,
    maxWaitSeconds: 300,
    maxReportAgeHours: 4,
    getIdToken: async (audience) => {
      const token = await core.getIDToken(audience);
      tokens.push(token);
      return token;
    },
    mask: (secret) => masked.push(secret),
    log: {
      info: (m) => logs.push(m),
      warning: (m) => logs.push(`WARNING ${m}`),
      debug: (m) => logs.push(`DEBUG ${m}`),
    },
    userAgent: 'iam-credential-gate/1.0.0',
    clock: clock.clock,
    ...overrides,
  };
  return { request, masked, tokens, logs };
}

function freshReport(ageMs = 10 * MINUTE, account = ACCOUNT): string {
  const csv = sampleReportCsv(account);
  server.account(account, { report: { csv, generatedAt: new Date(clock.clock.now() - ageMs).toISOString() } });
  return csv;
}

async function userError(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

function iamActions(): string[] {
  return server.calls.filter((c) => c.service === 'iam').map((c) => c.action);
}

describe('fetchReportFromAws with role-to-assume (GitHub OIDC)', () => {
  it('uses a fresh report with exactly one IAM call, signed with the assumed role, and masks everything', async () => {
    const csv = freshReport(10 * MINUTE);
    const h = harness();
    const result = await fetchReportFromAws(h.request);

    expect(result.content).toBe(csv);
    expect(result.generatedAt).toBe(new Date(Math.floor((clock.clock.now() - 10 * MINUTE) / 1000) * 1000).toISOString());
    expect(result.accountId).toBe(ACCOUNT);
    expect(result.apiCalls).toBe(1);
    expect(iamActions()).toEqual(['GetCredentialReport']);

    const [oidc] = server.callsTo('GetIdToken');
    expect(oidc?.params.audience).toBe('sts.amazonaws.com');
    const [assume] = server.callsTo('AssumeRoleWithWebIdentity');
    expect(assume?.params).toMatchObject({ RoleArn: ROLE, RoleSessionName: 'iam-credential-gate', DurationSeconds: '900' });
    expect(assume?.params.WebIdentityToken).toBe(h.tokens[0]);
    expect(assume?.accessKeyId).toBeNull();

    const issued = server.issued.at(-1);
    expect(issued).toBeDefined();
    const [get] = server.callsTo('GetCredentialReport');
    expect(get?.accessKeyId).toBe(issued?.accessKeyId);
    expect(get?.userAgent).toContain('iam-credential-gate/1.0.0');
    expect(assume?.userAgent).toContain('iam-credential-gate/1.0.0');

    expect(h.masked).toEqual(expect.arrayContaining([h.tokens[0], issued?.accessKeyId, issued?.secretAccessKey, issued?.sessionToken]));
    // In memory only: nothing exported for later steps.
    expect(process.env.AWS_ACCESS_KEY_ID).toBeUndefined();
    expect(process.env.AWS_SECRET_ACCESS_KEY).toBeUndefined();
    expect(process.env.AWS_SESSION_TOKEN).toBeUndefined();
    const logged = h.logs.join('\n');
    for (const secret of h.masked) expect(logged).not.toContain(secret);
    expect(logged).toContain('10 minutes ago');
  });

  it('generates a missing report: none → STARTED → INPROGRESS → COMPLETE, riding out ReportInProgress', async () => {
    server.account(ACCOUNT, { pollsUntilComplete: 2 });
    server.script('iam', 'GetCredentialReport', iamErrors.reportNotPresent(), iamErrors.reportInProgress());
    const h = harness();
    const result = await fetchReportFromAws(h.request);
    expect(iamActions()).toEqual([
      'GetCredentialReport',
      'GenerateCredentialReport', // STARTED
      'GenerateCredentialReport', // INPROGRESS
      'GenerateCredentialReport', // INPROGRESS
      'GenerateCredentialReport', // COMPLETE
      'GetCredentialReport', // ReportInProgress (scripted race)
      'GenerateCredentialReport', // COMPLETE
      'GetCredentialReport',
    ]);
    expect(result.apiCalls).toBe(8);
    expect(result.content).toBe(sampleReportCsv(ACCOUNT));
    expect(result.generatedAt).toBe(server.accounts.get(ACCOUNT)?.report?.generatedAt.replace(/\.\d{3}Z$/, '.000Z'));
    // Every wait is a 300 ms poll (random() = 0.5): after STARTED, both INPROGRESS and the ReportInProgress race.
    expect(clock.sleeps).toEqual([300, 300, 300, 300]);
  });

  it('rides out throttling bursts on both IAM calls', async () => {
    server.script('iam', 'GetCredentialReport', iamErrors.throttling(), iamErrors.throttling(), iamErrors.throttling());
    server.script('iam', 'GenerateCredentialReport', iamErrors.throttling(), iamErrors.throttling());
    const result = await fetchReportFromAws(harness().request);
    expect(result.content).toBe(sampleReportCsv(ACCOUNT));
    expect(iamActions().slice(0, 4)).toEqual(['GetCredentialReport', 'GetCredentialReport', 'GetCredentialReport', 'GetCredentialReport']);
  });

  it('retries LimitExceeded on generation', async () => {
    server.script('iam', 'GenerateCredentialReport', iamErrors.limitExceeded(), iamErrors.limitExceeded(), iamErrors.limitExceeded());
    const result = await fetchReportFromAws(harness().request);
    expect(result.content).toBe(sampleReportCsv(ACCOUNT));
    expect(server.callsTo('GenerateCredentialReport').length).toBeGreaterThanOrEqual(5);
  });

  it('retries 500s from IAM and from STS', async () => {
    freshReport();
    server.script('sts', 'AssumeRoleWithWebIdentity', queryServiceUnavailable());
    server.script('iam', 'GetCredentialReport', iamErrors.serviceFailure(), iamErrors.serviceFailure());
    const h = harness();
    const result = await fetchReportFromAws(h.request);
    expect(result.apiCalls).toBe(3);
    expect(server.callsTo('AssumeRoleWithWebIdentity')).toHaveLength(2);
    // A fresh OIDC token for every attempt.
    expect(server.callsTo('GetIdToken')).toHaveLength(2);
    expect(h.tokens[0]).not.toBe(h.tokens[1]);
  });

  it('retries connection resets', async () => {
    freshReport();
    server.script('sts', 'AssumeRoleWithWebIdentity', { type: 'reset' });
    server.script('iam', 'GetCredentialReport', { type: 'reset' }, { type: 'reset' });
    const result = await fetchReportFromAws(harness().request);
    expect(result.apiCalls).toBe(3);
    expect(server.callsTo('AssumeRoleWithWebIdentity')).toHaveLength(2);
  });

  it('regenerates an expired report', async () => {
    server.script('iam', 'GetCredentialReport', iamErrors.reportExpired());
    const result = await fetchReportFromAws(harness().request);
    expect(result.content).toBe(sampleReportCsv(ACCOUNT));
    expect(iamActions()[1]).toBe('GenerateCredentialReport');
  });

  it('regenerates a report older than max_report_age_hours and warns when AWS keeps the cached one', async () => {
    freshReport(2 * 60 * MINUTE);
    const h = harness({ maxReportAgeHours: 1 });
    const result = await fetchReportFromAws(h.request);
    expect(iamActions()).toEqual(['GetCredentialReport', 'GenerateCredentialReport', 'GetCredentialReport']);
    expect(result.generatedAt).not.toBeNull();
    expect(h.logs.filter((l) => l.startsWith('WARNING'))).toEqual([expect.stringContaining('generated 2 hours ago')]);
  });

  it('fails closed within max-wait-seconds when generation never completes', async () => {
    server.account(ACCOUNT, { pollsUntilComplete: 1_000_000 });
    const error = await userError(fetchReportFromAws(harness({ maxWaitSeconds: 120 }).request));
    expect(clock.elapsed()).toBeLessThanOrEqual(120_000);
    expect(error.message).toContain('within max-wait-seconds (120 s)');
    expect(error.message).toContain('state INPROGRESS');
    // Polled, not hammered: 20 polls of 300 ms in the first 6 s, then 0.3, 0.6, 1.2, 2.4, 4.8 s and
    // 5 s apart (random() = 0.5) until the deadline: 46 Generate calls in 120 s, one per wait except
    // the last, cut, one.
    expect(clock.sleeps.slice(0, 20)).toEqual(Array<number>(20).fill(300));
    expect(clock.sleeps.slice(20, 26)).toEqual([300, 600, 1200, 2400, 4800, 5000]);
    expect(Math.max(...clock.sleeps)).toBe(5000);
    expect(server.callsTo('GenerateCredentialReport')).toHaveLength(46);
  });

  it('fails closed when a request hangs, bounded by the time left', async () => {
    server.script('iam', 'GetCredentialReport', { type: 'hang' });
    // Real time here: the hang is only cut by the request's own timeout.
    const error = await userError(fetchReportFromAws(harness({ maxWaitSeconds: 1, clock: undefined }).request));
    expect(error.message).toContain('within max-wait-seconds (1 s)');
    expect(error.message).toContain('made 1 GetCredentialReport and 0 GenerateCredentialReport calls');
    expect(server.callsTo('GetCredentialReport')).toHaveLength(1);
  });

  it('names iam:GetCredentialReport when it is denied', async () => {
    server.script('iam', 'GetCredentialReport', iamErrors.accessDenied('GetCredentialReport'));
    const error = await userError(fetchReportFromAws(harness().request));
    expect(error.message).toContain(`AWS denied iam:GetCredentialReport to role ${ROLE}`);
    expect(error.message).toContain('iam:GenerateCredentialReport and iam:GetCredentialReport');
    expect(iamActions()).toEqual(['GetCredentialReport']);
  });

  it('names iam:GenerateCredentialReport when it is denied', async () => {
    server.script('iam', 'GenerateCredentialReport', iamErrors.accessDenied('GenerateCredentialReport'));
    const error = await userError(fetchReportFromAws(harness().request));
    expect(error.message).toContain('AWS denied iam:GenerateCredentialReport');
  });

  it('explains a denied AssumeRoleWithWebIdentity with the role, sub and aud, never the token', async () => {
    trusted = false;
    const h = harness({ audience: 'sts.amazonaws.com' });
    const error = await userError(fetchReportFromAws(h.request));
    expect(error.message).toContain(`Could not assume role ${ROLE}`);
    expect(error.message).toContain("sub is 'repo:octo-org/infra:ref:refs/heads/main'");
    expect(error.message).toContain("aud is 'sts.amazonaws.com'");
    expect(error.message).toContain('trust policy');
    expect(error.message).toContain('AccessDenied');
    expect(h.tokens).toHaveLength(1);
    expect(error.message).not.toContain(h.tokens[0]);
    expect(decodeJwtClaims(h.tokens[0] ?? '')?.aud).toBe('sts.amazonaws.com');
    expect(server.callsTo('GetCredentialReport')).toHaveLength(0);
  });

  it('fails closed within max-wait-seconds when STS keeps throttling, with a fresh token per attempt', async () => {
    server.handle('sts', () => stsErrors.throttling());
    const h = harness({ maxWaitSeconds: 30 });
    const error = await userError(fetchReportFromAws(h.request));
    expect(error.message).toMatch(new RegExp(`Could not assume role ${ROLE} within max-wait-seconds \\(30 s\\): \\d+ attempts, the last answered Throttling`));
    expect(clock.elapsed()).toBe(30_000);
    const attempts = server.callsTo('AssumeRoleWithWebIdentity').length;
    expect(attempts).toBeGreaterThan(2);
    expect(new Set(h.tokens).size).toBe(attempts);
    expect(server.callsTo('GetCredentialReport')).toHaveLength(0);
  });

  it('explains a missing OIDC identity provider', async () => {
    server.script('sts', 'AssumeRoleWithWebIdentity', stsErrors.invalidIdentityToken());
    const error = await userError(fetchReportFromAws(harness().request));
    expect(error.message).toContain('IAM OIDC identity provider for https://token.actions.githubusercontent.com');
  });

  it('fails at once, naming id-token: write, forks and Dependabot, when the OIDC variables are missing', async () => {
    setEnv({ ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined });
    const error = await userError(fetchReportFromAws(harness().request));
    expect(error.message).toContain('permissions: id-token: write');
    expect(error.message).toContain('forks');
    expect(error.message).toContain('Dependabot');
    expect(server.calls).toHaveLength(0);
    expect(clock.sleeps).toEqual([]);
  });

  it('fails at once when the entry point says OIDC is unavailable', async () => {
    const error = await userError(fetchReportFromAws(harness({ oidcAvailable: false }).request));
    expect(error.message).toContain('permissions: id-token: write');
    expect(server.calls).toHaveLength(0);
  });

  it('explains an OIDC token endpoint that refuses', async () => {
    server.script('oidc', 'GetIdToken', jsonReply(403, { message: 'Forbidden' }));
    const error = await userError(fetchReportFromAws(harness().request));
    expect(error.message).toContain("Could not get a GitHub OIDC token for audience 'sts.amazonaws.com'");
    expect(error.message).toContain('403');
    expect(server.callsTo('AssumeRoleWithWebIdentity')).toHaveLength(0);
  });

  it('explains an OIDC token endpoint that is down', async () => {
    const dead = await startAwsServer();
    const deadUrl = dead.oidcUrl;
    await dead.close();
    setEnv({ ACTIONS_ID_TOKEN_REQUEST_URL: deadUrl });
    const error = await userError(fetchReportFromAws(harness().request));
    expect(error.message).toContain('Could not get a GitHub OIDC token');
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('refreshes the assumed role before it expires during a long generation', async () => {
    server.account(ACCOUNT, { pollsUntilComplete: 150 });
    // The SDK checks expiry against Date, so virtual time must move Date too.
    const start = Date.now();
    vi.useFakeTimers({ toFake: ['Date'], now: start });
    clock = fakeClock({ start, random: () => 0.95 });
    const sleep = clock.clock.sleep;
    clock.clock.sleep = async (ms) => {
      await sleep(ms);
      vi.setSystemTime(clock.clock.now());
    };
    const result = await fetchReportFromAws(harness({ maxWaitSeconds: 3600, roleDurationSeconds: 900 }).request).finally(() => vi.useRealTimers());
    expect(result.content).toBe(sampleReportCsv(ACCOUNT));
    expect(clock.elapsed()).toBeGreaterThan(900_000);
    expect(server.callsTo('AssumeRoleWithWebIdentity').length).toBeGreaterThanOrEqual(2);
    const keys = new Set(server.calls.filter((c) => c.service === 'iam').map((c) => c.accessKeyId));
    expect(keys.size).toBeGreaterThanOrEqual(2);
  });

  it('rejects a role-to-assume that is not a role ARN before calling anything', async () => {
    const error = await userError(fetchReportFromAws(harness({ roleToAssume: 'iam-credential-gate' }).request));
    expect(error.message).toContain('role-to-assume must be an IAM role ARN');
    expect(server.calls).toHaveLength(0);
  });
});

function queryServiceUnavailable() {
  return { type: 'response' as const, status: 503, body: '<html><body>Service Unavailable</body></html>', contentType: 'text/html' };
}

describe('fetchReportFromAws with the default credential chain', () => {
  it('signs with the ambient keys, masks them, and takes the account from AWS_ACCOUNT_ID when set', async () => {
    setEnv({ AWS_ACCESS_KEY_ID: STATIC_KEY, AWS_SECRET_ACCESS_KEY: STATIC_SECRET, AWS_ACCOUNT_ID: '444455556666' });
    freshReport(5 * MINUTE, '444455556666');
    const h = harness({ roleToAssume: null, getIdToken: null });
    const result = await fetchReportFromAws(h.request);
    expect(result.content).toBe(sampleReportCsv('444455556666'));
    expect(result.accountId).toBe('444455556666');
    expect(server.callsTo('GetCredentialReport')[0]?.accessKeyId).toBe(STATIC_KEY);
    expect(server.callsTo('AssumeRoleWithWebIdentity')).toHaveLength(0);
    expect(h.masked).toEqual(expect.arrayContaining([STATIC_KEY, STATIC_SECRET]));
  });

  it('leaves the account unknown (null) when the chain does not say', async () => {
    setEnv({ AWS_ACCESS_KEY_ID: STATIC_KEY, AWS_SECRET_ACCESS_KEY: STATIC_SECRET });
    freshReport(5 * MINUTE, '444455556666');
    const result = await fetchReportFromAws(harness({ roleToAssume: null, getIdToken: null }).request);
    expect(result.accountId).toBeNull();
  });

  it('lists the ways to provide credentials when there are none', async () => {
    const error = await userError(fetchReportFromAws(harness({ roleToAssume: null }).request));
    expect(error.message).toContain('No AWS credentials found');
    expect(error.message).toContain('role-to-assume');
    expect(error.message).toContain('aws-actions/configure-aws-credentials');
    expect(error.message).toContain('AWS_ACCESS_KEY_ID');
    expect(error.message).toContain('--profile');
    expect(error.message).toContain('report-file');
    expect(server.calls).toHaveLength(0);
  });

  it('outside an Actions job (no token request, the CLI), advises in flags only', async () => {
    const { request } = harness({ roleToAssume: null, getIdToken: null });
    const error = await userError(fetchReportFromAws({ ...request, label: (input) => `--${input}` }));
    expect(error.message).toContain('No AWS credentials found');
    expect(error.message).toContain('--profile NAME');
    expect(error.message).toContain('--role-arn ARN');
    expect(error.message).toContain('use --report-file.');
    expect(error.message).not.toMatch(/role-to-assume|id-token|configure-aws-credentials/);
  });

  it('assumes --role-arn with sts:AssumeRole from the ambient keys', async () => {
    setEnv({ AWS_ACCESS_KEY_ID: STATIC_KEY, AWS_SECRET_ACCESS_KEY: STATIC_SECRET });
    freshReport();
    const h = harness({ roleToAssume: null, getIdToken: null, roleArn: ROLE, roleSessionName: 'cli-session' });
    const result = await fetchReportFromAws(h.request);
    expect(result.accountId).toBe(ACCOUNT);
    const [assume] = server.callsTo('AssumeRole');
    expect(assume?.accessKeyId).toBe(STATIC_KEY);
    expect(assume?.params).toMatchObject({ RoleArn: ROLE, RoleSessionName: 'cli-session', DurationSeconds: '900' });
    const issued = server.issued.at(-1);
    expect(issued?.roleArn).toBe(ROLE);
    expect(server.callsTo('GetCredentialReport')[0]?.accessKeyId).toBe(issued?.accessKeyId);
    expect(h.masked).toEqual(expect.arrayContaining([issued?.accessKeyId, issued?.secretAccessKey, issued?.sessionToken]));
  });

  it('explains a denied sts:AssumeRole', async () => {
    setEnv({ AWS_ACCESS_KEY_ID: STATIC_KEY, AWS_SECRET_ACCESS_KEY: STATIC_SECRET });
    trusted = false;
    const error = await userError(fetchReportFromAws(harness({ roleToAssume: null, getIdToken: null, roleArn: ROLE }).request));
    expect(error.message).toContain(`Could not assume role ${ROLE} from the default AWS credential chain`);
    expect(error.message).toContain('trust policy');
  });

  describe('with a shared credentials file', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'gate-profile-'));
      writeFileSync(join(dir, 'credentials'), `[gate]\naws_access_key_id = ${STATIC_KEY}\naws_secret_access_key = ${STATIC_SECRET}\n`);
      writeFileSync(join(dir, 'config'), '[profile gate]\nregion = eu-west-1\n');
      setEnv({ AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), AWS_CONFIG_FILE: join(dir, 'config') });
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('uses --profile', async () => {
      freshReport(5 * MINUTE, '444455556666');
      const result = await fetchReportFromAws(harness({ roleToAssume: null, getIdToken: null, profile: 'gate' }).request);
      expect(result.content).toBe(sampleReportCsv('444455556666'));
      expect(server.callsTo('GetCredentialReport')[0]?.accessKeyId).toBe(STATIC_KEY);
    });

    it('names a profile that does not exist', async () => {
      const error = await userError(fetchReportFromAws(harness({ roleToAssume: null, getIdToken: null, profile: 'nope' }).request));
      expect(error.message).toContain("No AWS credentials found in the AWS profile 'nope'");
    });
  });
});

describe('endpoints', () => {
  it('honours AWS_ENDPOINT_URL_IAM and AWS_ENDPOINT_URL_STS over AWS_ENDPOINT_URL', async () => {
    const dead = await startAwsServer();
    const deadUrl = dead.url;
    await dead.close();
    setEnv({ AWS_ENDPOINT_URL: deadUrl, AWS_ENDPOINT_URL_IAM: server.url, AWS_ENDPOINT_URL_STS: server.url });
    freshReport();
    const result = await fetchReportFromAws(harness().request);
    expect(result.apiCalls).toBe(1);
    expect(server.callsTo('AssumeRoleWithWebIdentity')).toHaveLength(1);
  });
});
