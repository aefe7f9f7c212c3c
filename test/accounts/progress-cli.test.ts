/** The CLI draws multi-account progress on a terminal's stderr, and nothing when stderr is redirected. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/run-cli';
import { isolatedAwsEnv, useEnv } from '../support/aws-env';
import { memberRoles } from '../support/aws-org-server';
import { startAwsServer, type AwsServer } from '../support/aws-server';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'accounts');
const HUB_KEY = 'AKIAHUBEXAMPLE000002';
const ACCOUNTS = ['111111111111', '222222222222', '333333333333'];

let server: AwsServer;
let restoreEnv: () => void = () => undefined;

beforeAll(async () => {
  server = await startAwsServer({ roles: memberRoles(ACCOUNTS, 'GateReader'), staticKeys: { [HUB_KEY]: '999999999999' } });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  const csv = readFileSync(join(FIXTURES, 'member-report.csv'), 'utf8');
  // A fresh report in every account: no generation, so no backoff sleeps.
  for (const id of ACCOUNTS) {
    server.account(id, { report: { csv: csv.replaceAll('000000000000', id), generatedAt: new Date().toISOString() } });
  }
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

async function check(stderrIsTty: boolean, extra: string[] = []): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTty: false,
    stderrIsTty,
    env: {},
    cwd: FIXTURES,
    now: () => Date.parse('2026-11-20T12:00:00Z'),
  };
  const args = ['check', '--accounts', ACCOUNTS.join(','), '--member-role-name', 'GateReader', '--concurrency', '1'];
  const code = await runCli([...args, '--now', '2026-11-20T12:00:00Z', ...extra], io);
  return { code, stderr };
}

describe('progress of a multi-account run', () => {
  it('is drawn in place on a terminal: n of N accounts and the current one', async () => {
    const { code, stderr } = await check(true);
    expect(code).toBe(1);
    expect(stderr).toContain('\r\u001b[2K0 of 3 accounts, current: 111111111111');
    expect(stderr).toContain('\r\u001b[2K2 of 3 accounts, current: 333333333333');
    // Log lines start on a clean line, and the line is gone at the end.
    expect(stderr).toContain('\r\u001b[2K[222222222222] ');
    expect(stderr.endsWith('\n')).toBe(true);
  });

  it('hashes the account ids with --redact', async () => {
    const { stderr } = await check(true, ['--redact']);
    expect(stderr).toMatch(/0 of 3 accounts, current: account-[0-9a-f]{8}/);
    expect(stderr).not.toContain('111111111111');
  });

  it('is absent when stderr is not a terminal', async () => {
    const { code, stderr } = await check(false);
    expect(code).toBe(1);
    expect(stderr).not.toContain('accounts, current');
    expect(stderr).not.toContain('\r');
    expect(stderr).toContain('[111111111111] ');
  });
});
