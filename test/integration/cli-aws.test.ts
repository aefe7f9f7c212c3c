/**
 * dist/cli/index.js getting the report from the loopback IAM/STS server: the default credential
 * chain, --profile, --region and --role-arn, in real time.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { iamErrors, sampleReportCsv, startAwsServer, type AwsServer } from '../support/aws-server';
import { CLI_BUNDLE, runNode, type ProcessResult } from '../support/run-bundle';

const ACCOUNT = '111122223333';
const KEY_ACCOUNT = '444455556666';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/audit`;
const KEY = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const NOW = '2026-11-20T12:00:00Z';

let server: AwsServer;
let dir: string;

beforeAll(async () => {
  server = await startAwsServer({
    defaultAccount: KEY_ACCOUNT,
    roles: { [ROLE]: { trust: ({ callerAccessKeyId }) => callerAccessKeyId === KEY } },
    staticKeys: { [KEY]: KEY_ACCOUNT },
  });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.reset();
  server.accounts.clear();
  dir = mkdtempSync(join(tmpdir(), 'icg-cli-aws-'));
  for (const account of [ACCOUNT, KEY_ACCOUNT]) {
    server.account(account, { report: { csv: sampleReportCsv(account), generatedAt: new Date(Date.now() - 20 * 60_000).toISOString() } });
  }
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: server.url,
    AWS_CONFIG_FILE: join(dir, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    NO_COLOR: '1',
    ...extra,
  };
}

function check(args: string[], extraEnv: Record<string, string> = {}): Promise<ProcessResult> {
  return runNode(CLI_BUNDLE, ['check', '--now', NOW, '--format', 'json', ...args], env(extraEnv), dir);
}

describe('iam-credential-gate check against loopback AWS', () => {
  it('uses credentials from the environment and --region', async () => {
    const result = await check(['--region', 'eu-west-1', '--save-report', 'evaluated.csv'], { AWS_ACCESS_KEY_ID: KEY, AWS_SECRET_ACCESS_KEY: SECRET });
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.verdict).toBe('pass');
    expect(document.reports).toEqual([{ account: KEY_ACCOUNT, generatedAt: expect.any(String), source: 'aws', users: 2 }]);
    expect(server.callsTo('GetCredentialReport')).toHaveLength(1);
    expect(server.callsTo('GetCredentialReport')[0]?.accessKeyId).toBe(KEY);
    // IAM is global: the region shows in the signature's scope, not in the endpoint.
    expect(String(server.callsTo('GetCredentialReport')[0]?.headers.authorization)).toMatch(/\/iam\/aws4_request/);
    expect(readFileSync(join(dir, 'evaluated.csv'), 'utf8')).toBe(sampleReportCsv(KEY_ACCOUNT));
    expect(result.stderr).not.toContain(SECRET);
    // The SDK's notice about Node < 22 (this suite also runs on Node 20) stays out of the CLI's output.
    expect(result.stderr).not.toMatch(/NodeVersionSupportWarning|NodeDeprecationWarning/);
  });

  it('assumes --role-arn with sts:AssumeRole and evaluates that account', async () => {
    const result = await check(['--role-arn', ROLE], { AWS_ACCESS_KEY_ID: KEY, AWS_SECRET_ACCESS_KEY: SECRET });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).reports[0].account).toBe(ACCOUNT);
    expect(server.callsTo('AssumeRole')[0]?.accessKeyId).toBe(KEY);
    expect(server.callsTo('GetCredentialReport')[0]?.account).toBe(ACCOUNT);
  });

  it('uses --profile from the shared files', async () => {
    writeFileSync(join(dir, 'credentials'), `[audit]\naws_access_key_id = ${KEY}\naws_secret_access_key = ${SECRET}\n`);
    writeFileSync(join(dir, 'config'), '[profile audit]\nregion = eu-west-1\n');
    const result = await check(['--profile', 'audit']);
    expect(result.code).toBe(0);
    expect(server.callsTo('GetCredentialReport')[0]?.accessKeyId).toBe(KEY);
  });

  it('exits 2 and lists the ways to provide credentials when there are none', async () => {
    const result = await check([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No AWS credentials found');
    expect(result.stderr).toContain('--profile');
    expect(server.calls).toHaveLength(0);
  });

  it('exits 2 naming the permission when IAM denies it', async () => {
    server.script('iam', 'GetCredentialReport', iamErrors.accessDenied('GetCredentialReport', `arn:aws:iam::${KEY_ACCOUNT}:user/ci`));
    const result = await check([], { AWS_ACCESS_KEY_ID: KEY, AWS_SECRET_ACCESS_KEY: SECRET });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('AWS denied iam:GetCredentialReport');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 within --max-wait-seconds when generation never completes', async () => {
    server.account(KEY_ACCOUNT, { report: null, pollsUntilComplete: 1_000_000 });
    const result = await check(['--max-wait-seconds', '2'], { AWS_ACCESS_KEY_ID: KEY, AWS_SECRET_ACCESS_KEY: SECRET });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('within --max-wait-seconds (2 s)');
    expect(result.stderr).toContain('raise --max-wait-seconds');
  });
});
