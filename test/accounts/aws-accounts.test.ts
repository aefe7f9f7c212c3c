/**
 * The AWS side of multi-account runs against the loopback server with the real SDK: the hub's
 * renewal, member sessions, and reports read byte for byte through the lean body middleware.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openAwsAccounts } from '../../src/accounts/aws-accounts';
import type { AwsReportRequest } from '../../src/aws/fetch-report-from-aws';
import { silentLogger } from '../../src/logger';
import { isolatedAwsEnv, useEnv } from '../support/aws-env';
import { fakeClock, type FakeClock } from '../support/aws-fake-clock';
import { memberRoles } from '../support/aws-org-server';
import { iamErrors, startAwsServer, type AwsServer } from '../support/aws-server';

const HUB_KEY = 'AKIAHUBEXAMPLE000003';
const HUB_ROLE = 'arn:aws:iam::999999999999:role/iam-credential-gate';
const A = { accountId: '111111111111', roleArn: 'arn:aws:iam::111111111111:role/GateReader' };
const B = { accountId: '222222222222', roleArn: 'arn:aws:iam::222222222222:role/GateReader' };

// A name outside ASCII, commas in quotes, and no trailing newline: the bytes must survive as sent.
const CSV = [
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated',
  '"josé,ops",arn:aws:iam::111111111111:user/josé,2024-05-01T10:00:00+00:00,false,N/A,N/A,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
].join('\n');

let server: AwsServer;
let clock: FakeClock;
let restoreEnv: () => void = () => undefined;

beforeAll(async () => {
  server = await startAwsServer({
    now: () => clock.clock.now(),
    roles: { ...memberRoles([A.accountId, B.accountId], 'GateReader'), [HUB_ROLE]: {} },
    staticKeys: { [HUB_KEY]: '999999999999' },
  });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  clock = fakeClock({ start: Date.parse('2026-11-20T12:00:00Z') });
  server.reset();
  server.accounts.clear();
  server.account(A.accountId, { nextCsv: CSV });
  server.account(B.accountId, { nextCsv: CSV.replaceAll('111111111111', B.accountId) });
  restoreEnv = useEnv(
    isolatedAwsEnv({
      AWS_ENDPOINT_URL: server.url,
      AWS_ACCESS_KEY_ID: HUB_KEY,
      AWS_SECRET_ACCESS_KEY: 'hubsecretEXAMPLEKEY0000000000000000000000',
    }),
  );
});

afterEach(() => {
  restoreEnv();
});

function request(overrides: Partial<AwsReportRequest> = {}): AwsReportRequest {
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
    log: silentLogger,
    userAgent: 'iam-credential-gate/test',
    clock: clock.clock,
    ...overrides,
  };
}

describe('openAwsAccounts', () => {
  it('returns each report exactly as AWS encoded it', async () => {
    const aws = await openAwsAccounts(request());
    try {
      const fetched = await aws.fetchAccount(A, silentLogger);
      expect(fetched.content).toBe(CSV);
      expect(fetched.accountId).toBe(A.accountId);
      const generated = server.accounts.get(A.accountId)?.report?.generatedAt ?? '';
      // GeneratedTime travels with second precision.
      expect(fetched.generatedAt).toBe(new Date(Math.floor(Date.parse(generated) / 1000) * 1000).toISOString());
    } finally {
      aws.close();
    }
  });

  it('still reads AWS errors of GetCredentialReport through the SDK', async () => {
    server.script('iam', 'GetCredentialReport', iamErrors.accessDenied('GetCredentialReport'));
    const aws = await openAwsAccounts(request());
    try {
      await expect(aws.fetchAccount(A, silentLogger)).rejects.toThrow(/AWS denied iam:GetCredentialReport/);
    } finally {
      aws.close();
    }
  });

  it('renews a temporary hub identity once half its lifetime has passed', async () => {
    const aws = await openAwsAccounts(request({ roleArn: HUB_ROLE }));
    try {
      await aws.fetchAccount(A, silentLogger);
      const hubSessions = () => server.callsTo('AssumeRole').filter((call) => call.params.RoleArn === HUB_ROLE).length;
      expect(hubSessions()).toBe(1);
      clock.advance(451_000);
      await aws.fetchAccount(B, silentLogger);
      expect(hubSessions()).toBe(2);
      // Member roles are assumed from the hub's session, not from the static keys.
      const member = server.callsTo('AssumeRole').filter((call) => call.params.RoleArn === B.roleArn);
      expect(member.map((call) => call.account)).toEqual(['999999999999']);
      expect(member[0]?.accessKeyId).not.toBe(HUB_KEY);
    } finally {
      aws.close();
    }
  });

  it('asks for member sessions of at most one hour, the limit of role chaining', async () => {
    const aws = await openAwsAccounts(request({ roleArn: HUB_ROLE, roleDurationSeconds: 7_200 }));
    try {
      await aws.fetchAccount(A, silentLogger);
      const durations = server.callsTo('AssumeRole').map((call) => [call.params.RoleArn, call.params.DurationSeconds]);
      expect(durations).toEqual([
        [HUB_ROLE, '7200'],
        [A.roleArn, '3600'],
      ]);
    } finally {
      aws.close();
    }
  });
});
