/**
 * dist/index.js as a runner runs it, getting the report from the loopback IAM/STS server with the
 * workflow's OIDC identity (`role-to-assume` and nothing else), in real time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { iamErrors, jsonReply, sampleReportCsv, startAwsServer, type AwsServer } from '../support/aws-server';
import { runActionBundle, type ActionRun } from '../support/run-bundle';

const ACCOUNT = '111122223333';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/iam-credential-gate`;
const NOW = '2026-11-20T12:00:00Z';
const MINUTE = 60_000;

let server: AwsServer;
let trusted = true;

beforeAll(async () => {
  server = await startAwsServer({
    defaultAccount: ACCOUNT,
    roles: { [ROLE]: { trust: ({ claims }) => trusted && claims?.aud === 'sts.amazonaws.com' } },
    staticKeys: { AKIAIOSFODNN7EXAMPLE: '444455556666' },
  });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.reset();
  server.accounts.clear();
  trusted = true;
});

/** What a job with `permissions: id-token: write` has, pointed at the loopback server. */
function jobEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: server.url,
    ACTIONS_ID_TOKEN_REQUEST_URL: server.oidcUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: server.oidcRequestToken,
    AWS_CONFIG_FILE: '/nonexistent/aws/config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws/credentials',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  };
}

function runGate(inputs: Record<string, string> = {}, env: Record<string, string> = jobEnv()): Promise<ActionRun> {
  return runActionBundle({ 'role-to-assume': ROLE, now: NOW, ...inputs }, { env });
}

function presentReport(ageMs: number, account = ACCOUNT): { csv: string; generatedAt: string } {
  const csv = sampleReportCsv(account);
  const generatedAt = new Date(Math.floor((Date.now() - ageMs) / 1000) * 1000).toISOString();
  server.account(account, { report: { csv, generatedAt } });
  return { csv, generatedAt };
}

/** Secrets the run handled: the OIDC token it presented and the credentials STS issued to it. */
function secretsOfRun(): string[] {
  const tokens = server.callsTo('AssumeRoleWithWebIdentity').map((c) => c.params.WebIdentityToken ?? '');
  const issued = server.issued.filter((c) => server.calls.some((call) => call.accessKeyId === c.accessKeyId));
  return [...tokens, ...issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken])].filter((s) => s !== '');
}

function expectMaskedEverywhere(run: ActionRun, secrets: string[]): void {
  const masks = new Set(run.stdout.split('\n').flatMap((line) => (line.startsWith('::add-mask::') ? [line.slice('::add-mask::'.length)] : [])));
  const visible = [run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n'), run.stderr, run.summary].join('\n');
  for (const secret of secrets) {
    expect(masks.has(secret)).toBe(true);
    expect(visible).not.toContain(secret);
  }
}

function errorLines(run: ActionRun): string {
  return run.stdout.split('\n').filter((line) => line.startsWith('::error')).join('\n');
}

describe('dist/index.js with role-to-assume against loopback AWS', () => {
  it('gets a fresh report with one IAM call and reports its facts everywhere', async () => {
    const { csv, generatedAt } = presentReport(12 * MINUTE);
    // Evaluated at the real time, so the summary's "generated N minutes ago" is about this run;
    // `fail-on: never` keeps the verdict independent of the day the test runs.
    const run = await runGate({ now: new Date().toISOString(), 'fail-on': 'never', 'json-file': 'findings.json', 'save-report': 'evaluated.csv' });

    expect(run.outputs.result).toBe('pass');
    expect(run.code).toBe(0);
    expect(run.outputs['aws-account-id']).toBe(ACCOUNT);
    expect(run.outputs['report-generated-at']).toBe(generatedAt);
    expect(run.outputs.users).toBe('2');
    expect(server.calls.filter((c) => c.service === 'iam').map((c) => c.action)).toEqual(['GetCredentialReport']);

    const [assume] = server.callsTo('AssumeRoleWithWebIdentity');
    expect(assume?.params).toMatchObject({ RoleArn: ROLE, RoleSessionName: 'iam-credential-gate', DurationSeconds: '900' });
    expect(server.callsTo('GetIdToken')[0]?.params.audience).toBe('sts.amazonaws.com');
    expect(server.callsTo('GetCredentialReport')[0]?.userAgent).toMatch(/iam-credential-gate\/\d+\.\d+\.\d+/);

    const document = JSON.parse(readFileSync(join(run.workspace, 'findings.json'), 'utf8'));
    expect(document.reports).toEqual([{ account: ACCOUNT, generatedAt, source: 'aws', users: 2 }]);
    expect(readFileSync(join(run.workspace, 'evaluated.csv'), 'utf8')).toBe(csv);
    expect(run.summary).toContain('12 minutes');

    expectMaskedEverywhere(run, secretsOfRun());
    expect(secretsOfRun()).toHaveLength(4);
  });

  it('generates a report that does not exist yet: STARTED → INPROGRESS → COMPLETE', async () => {
    server.account(ACCOUNT, { pollsUntilComplete: 1 });
    const run = await runGate();
    expect(run.outputs.result).toBe('pass');
    expect(server.calls.filter((c) => c.service === 'iam').map((c) => c.action)).toEqual([
      'GetCredentialReport',
      'GenerateCredentialReport',
      'GenerateCredentialReport',
      'GenerateCredentialReport',
      'GetCredentialReport',
    ]);
    expect(run.outputs['report-generated-at']).toBe(server.accounts.get(ACCOUNT)?.report?.generatedAt.replace(/\.\d{3}Z$/, '.000Z'));
  });

  it('rides out throttling and a connection reset', async () => {
    presentReport(MINUTE);
    server.script('iam', 'GetCredentialReport', iamErrors.throttling(), { type: 'reset' });
    const run = await runGate();
    expect(run.outputs.result).toBe('pass');
    expect(server.callsTo('GetCredentialReport')).toHaveLength(3);
  });

  it('ends in result error within max-wait-seconds when generation never completes', async () => {
    server.account(ACCOUNT, { pollsUntilComplete: 1_000_000 });
    const run = await runGate({ 'max-wait-seconds': '2' });
    expect(run.outputs.result).toBe('error');
    expect(run.code).toBe(1);
    expect(errorLines(run)).toContain('within max-wait-seconds (2 s)');
    expect(errorLines(run)).toContain('state INPROGRESS');
  });

  it('names iam:GetCredentialReport when AWS denies it', async () => {
    server.script('iam', 'GetCredentialReport', iamErrors.accessDenied('GetCredentialReport', `arn:aws:sts::${ACCOUNT}:assumed-role/iam-credential-gate/gh`));
    const run = await runGate();
    expect(run.outputs.result).toBe('error');
    expect(errorLines(run)).toContain('AWS denied iam:GetCredentialReport');
    // A user's AWS problem gets a message, not a stack trace (newlines are %0A in workflow commands).
    expect(run.stdout).not.toMatch(/%0A\s+at /);
  });

  it('names the role, sub and aud when the trust policy refuses, never the token', async () => {
    trusted = false;
    const run = await runGate();
    expect(run.outputs.result).toBe('error');
    const errors = errorLines(run);
    expect(errors).toContain(`Could not assume role ${ROLE}`);
    expect(errors).toContain("sub is 'repo:octo-org/infra:ref:refs/heads/main'");
    expect(errors).toContain("aud is 'sts.amazonaws.com'");
    expect(errors).toContain('trust policy');
    expectMaskedEverywhere(run, secretsOfRun());
    expect(server.callsTo('GetCredentialReport')).toHaveLength(0);
  });

  it('fails at once without the OIDC request variables, naming id-token: write, forks and Dependabot', async () => {
    const env = jobEnv();
    delete env.ACTIONS_ID_TOKEN_REQUEST_URL;
    delete env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    const run = await runGate({}, env);
    expect(run.outputs.result).toBe('error');
    const errors = errorLines(run);
    expect(errors).toContain('permissions: id-token: write');
    expect(errors).toContain('forks');
    expect(errors).toContain('Dependabot');
    expect(server.calls).toHaveLength(0);
  });

  it('explains an OIDC token endpoint that refuses', async () => {
    server.script('oidc', 'GetIdToken', jsonReply(401, { message: 'Bad credentials' }));
    const run = await runGate();
    expect(run.outputs.result).toBe('error');
    expect(errorLines(run)).toContain('Could not get a GitHub OIDC token');
  });

  it('uses the default credential chain when role-to-assume is empty (after configure-aws-credentials)', async () => {
    const { generatedAt } = presentReport(5 * MINUTE, '444455556666');
    const run = await runActionBundle(
      { now: NOW },
      { env: jobEnv({ AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }) },
    );
    expect(run.outputs.result).toBe('pass');
    // No account from the credentials: the orchestration takes it from the report's ARNs.
    expect(run.outputs['aws-account-id']).toBe('444455556666');
    expect(run.outputs['report-generated-at']).toBe(generatedAt);
    expect(server.callsTo('AssumeRoleWithWebIdentity')).toHaveLength(0);
    expect(server.callsTo('GetCredentialReport')[0]?.accessKeyId).toBe('AKIAIOSFODNN7EXAMPLE');
  });

  it('lists the ways to provide credentials when there are none', async () => {
    const env = jobEnv();
    delete env.ACTIONS_ID_TOKEN_REQUEST_URL;
    delete env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    const run = await runActionBundle({ now: NOW }, { env });
    expect(run.outputs.result).toBe('error');
    expect(errorLines(run)).toContain('No AWS credentials found');
    expect(errorLines(run)).toContain('role-to-assume');
  });
});
