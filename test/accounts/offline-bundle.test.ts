/**
 * The offline path (report-file) must not load the AWS SDK: both bundles keep the SDK in chunks of
 * their own, imported only when fetching. Proved on a copy of dist/ with those chunks deleted: an
 * offline run still works, and an online run fails for want of them (so they are the SDK's).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOutputFile, REPO_ROOT, runNode } from '../support/run-bundle';

const AWS_CODE = /@aws-sdk\/|@smithy\/|awsEndpointFunctions|GenerateCredentialReportCommand|ListAccountsCommand/;
const NOW = '2026-11-20T12:00:00Z';

let stripped: string;
let workspace: string;
const removed: string[] = [];

function chunks(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.js'));
}

beforeAll(() => {
  stripped = mkdtempSync(join(tmpdir(), 'icg-no-sdk-'));
  cpSync(join(REPO_ROOT, 'dist'), stripped, { recursive: true });
  for (const dir of [stripped, join(stripped, 'cli')]) {
    for (const name of chunks(dir)) {
      if (name === 'index.js') continue;
      if (AWS_CODE.test(readFileSync(join(dir, name), 'utf8'))) {
        rmSync(join(dir, name));
        removed.push(join(dir, name));
      }
    }
  }
  workspace = mkdtempSync(join(tmpdir(), 'icg-no-sdk-ws-'));
  cpSync(join(REPO_ROOT, 'examples', 'credential-report.csv'), join(workspace, 'report.csv'));
});

afterAll(() => {
  rmSync(stripped, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
});

const OFFLINE_ENV = { AWS_EC2_METADATA_DISABLED: 'true', AWS_ENDPOINT_URL: 'http://127.0.0.1:9' };

async function runAction(inputs: Record<string, string>) {
  const output = join(workspace, 'output');
  const summary = join(workspace, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = { ...OFFLINE_ENV, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await runNode(join(stripped, 'index.js'), [], env, workspace);
  return { ...result, outputs: parseOutputFile(readFileSync(output, 'utf8')) };
}

describe('the bundles without their AWS SDK chunks', () => {
  it('keep the SDK out of the entry files', () => {
    expect(AWS_CODE.test(readFileSync(join(stripped, 'index.js'), 'utf8'))).toBe(false);
    expect(AWS_CODE.test(readFileSync(join(stripped, 'cli', 'index.js'), 'utf8'))).toBe(false);
    expect(removed.some((path) => path.startsWith(join(stripped, 'cli')))).toBe(true);
    expect(removed.some((path) => !path.startsWith(join(stripped, 'cli')))).toBe(true);
  });

  it('still evaluate a saved report: the offline path never imports them', async () => {
    const action = await runAction({ 'report-file': 'report.csv', now: NOW });
    expect(action.outputs.result).toBe('fail');
    expect(action.code).toBe(1);

    const cli = await runNode(join(stripped, 'cli', 'index.js'), ['check', '--report-file', 'report.csv', '--now', NOW], OFFLINE_ENV, workspace);
    expect(cli.stderr).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
    expect(cli.code).toBe(1);
  });

  it('cannot fetch without them: the chunks removed are the ones fetching needs', async () => {
    const action = await runAction({ accounts: '111111111111', 'member-role-name': 'GateReader', now: NOW });
    expect(action.outputs.result).toBe('error');
    expect(`${action.stdout}${action.stderr}`).toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);

    const cli = await runNode(join(stripped, 'cli', 'index.js'), ['check', '--now', NOW], OFFLINE_ENV, workspace);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
  });
});
