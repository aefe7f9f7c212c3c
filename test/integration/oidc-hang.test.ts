/**
 * Issue 10 item 16: a GitHub OIDC token endpoint that accepts the connection and never answers.
 * The action bundle must write `result: error` at `max-wait-seconds` and then exit by itself.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAwsServer, type AwsServer } from '../support/aws-server';
import { ACTION_BUNDLE, parseOutputFile } from '../support/run-bundle';

const ACCOUNT = '111122223333';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/iam-credential-gate`;
/** Far above max-wait-seconds plus start-up: a process still running then is a lingering one. */
const KILL_AFTER_MS = 40_000;

let server: AwsServer;

beforeAll(async () => {
  server = await startAwsServer({ defaultAccount: ACCOUNT, roles: { [ROLE]: {} } });
});

afterAll(async () => {
  await server.close();
});

interface Exit {
  code: number | null;
  killed: boolean;
  stdout: string;
}

function runAction(env: Record<string, string>, cwd: string): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION_BUNDLE], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.resume();
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, KILL_AFTER_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, killed, stdout });
    });
  });
}

describe('a hanging OIDC token endpoint', () => {
  it('writes result error at max-wait-seconds and the process exits by itself', async () => {
    server.reset();
    server.handle('oidc', () => ({ type: 'hang' }));
    const workspace = mkdtempSync(join(tmpdir(), 'icg-oidc-hang-'));
    const output = join(workspace, 'output');
    writeFileSync(output, '');
    writeFileSync(join(workspace, 'summary'), '');
    const run = await runAction(
      {
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: join(workspace, 'summary'),
        GITHUB_WORKSPACE: workspace,
        'INPUT_ROLE-TO-ASSUME': ROLE,
        'INPUT_MAX-WAIT-SECONDS': '2',
        INPUT_NOW: '2026-11-20T12:00:00Z',
        AWS_ENDPOINT_URL: server.url,
        ACTIONS_ID_TOKEN_REQUEST_URL: server.oidcUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: server.oidcRequestToken,
        AWS_CONFIG_FILE: '/nonexistent/aws/config',
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws/credentials',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
      workspace,
    );
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    expect(server.callsTo('GetIdToken').length).toBeGreaterThan(0);
    expect(parseOutputFile(readFileSync(output, 'utf8')).result).toBe('error');
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors[0]).toContain('Requesting the GitHub OIDC token did not finish within');
    expect(server.callsTo('AssumeRoleWithWebIdentity')).toHaveLength(0);
  }, 60_000);
});
