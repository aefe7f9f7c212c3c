/**
 * Benchmark e of `npm run bench`: the look-ups beyond the report (`enrich: all`) on a 5 000-user
 * account with 1 000 access-key findings, against a loopback IAM server that takes 20 ms per call.
 * The CLI bundle runs in a child process (build it with `npm run bundle`), so the server's work
 * does not share the gate's event loop. Reports the wall time, the IAM calls per look-up, and the
 * ratio to the same run without `enrich`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LOOK_UP_CONCURRENCY } from '../src/enrich/look-up-account';
import { startAwsServer } from '../test/support/aws-server';
import { emptyDirectory, iamLookUpsHandler, LOOK_UP_ACTIONS } from '../test/support/iam-lookups-server';

const ACCOUNT = '123456789012';
const KEY = 'AKIABENCHENRICH00001';
const NOW = '2026-11-20T12:00:00Z';
const NOW_MS = Date.parse(NOW);
const DAY = 86_400_000;
const USERS = 5_000;
const KEY_FINDINGS = 1_000;
const LATENCY_MS = 20;
const CLI = resolve(import.meta.dirname, '..', 'dist', 'cli', 'index.js');

export interface BenchRow {
  id: string;
  benchmark: string;
  result: string;
  target: string;
  met: boolean | null;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');

/** Every user has one active key, used yesterday; the first KEY_FINDINGS of them are 200 days old. */
function reportCsv(): string {
  const header =
    'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,' +
    'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,' +
    'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,' +
    'cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
  const lines = [
    header,
    `<root_account>,arn:aws:iam::${ACCOUNT}:root,${iso(NOW_MS - 2000 * DAY)},true,${iso(NOW_MS - 90 * DAY)},${iso(NOW_MS - 1500 * DAY)},N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
  ];
  for (let i = 0; i < USERS; i += 1) {
    const created = NOW_MS - (i < KEY_FINDINGS ? 200 : 10) * DAY;
    lines.push(
      `user-${i},arn:aws:iam::${ACCOUNT}:user/user-${i},${iso(NOW_MS - 400 * DAY)},false,N/A,N/A,N/A,false,` +
        `true,${iso(created)},${iso(NOW_MS - DAY)},us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
    );
  }
  return lines.join('\n');
}

function directoryFor(): ReturnType<typeof emptyDirectory> {
  const directory = emptyDirectory({ pageSize: 100, latencyMs: 0 });
  for (let i = 0; i < USERS; i += 1) {
    const user = `user-${i}`;
    directory.users.add(user);
    const created = NOW_MS - (i < KEY_FINDINGS ? 200 : 10) * DAY;
    directory.accessKeys.set(user, [{ id: `AKIA${String(i).padStart(16, '0')}`, created: new Date(created).toISOString() }]);
    directory.tags.set(user, [{ key: 'owner', value: `team-${i % 40}` }]);
    if (i % 50 === 0) directory.sshKeys.set(user, [{ id: `APKA${String(i).padStart(16, '0')}`, uploaded: new Date(NOW_MS - 300 * DAY).toISOString() }]);
    if (i % 20 === 0) {
      directory.serviceCredentials.push({ user, id: `ACCA${String(i).padStart(16, '0')}`, service: 'bedrock.amazonaws.com', created: new Date(NOW_MS - 5 * DAY).toISOString() });
    }
  }
  directory.virtualMfa.push({ serial: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device`, userArn: `arn:aws:iam::${ACCOUNT}:root` });
  return directory;
}

const delay = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The CLI in a child process: exit code, wall time, and the CPU time it used (user + system). */
function runCli(work: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; wallMs: number; cpuMs: number; stderr: string }> {
  const cpuFile = join(work, `cpu-${Math.random().toString(36).slice(2)}.txt`);
  const hook = join(work, 'cpu-hook.cjs');
  writeFileSync(hook, `process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeFileSync(${JSON.stringify(cpuFile)}, String((u.user + u.system) / 1000)); });\n`);
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--require', hook, CLI, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', fail);
    child.on('close', (code) =>
      done({ code, wallMs: performance.now() - started, cpuMs: existsSync(cpuFile) ? Number(readFileSync(cpuFile, 'utf8')) : Number.NaN, stderr }),
    );
  });
}

export async function enrichWallTime(rows: BenchRow[]): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'icg-bench-enrich-'));
  const server = await startAwsServer({ defaultAccount: ACCOUNT, staticKeys: { [KEY]: ACCOUNT } });
  try {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run bundle\` first.`);
    const csv = reportCsv();
    server.account(ACCOUNT, { report: { csv, generatedAt: new Date(Date.now() - 60_000).toISOString() } });
    const lookUps = iamLookUpsHandler(directoryFor(), ACCOUNT);
    // 20 ms for every IAM call, the report's included, as a distant region would answer.
    server.handle('iam', async (call, api) => {
      await delay(LATENCY_MS);
      return lookUps(call, api);
    });
    writeFileSync(
      join(work, 'policy.yml'),
      'version: 1\nextends: builtin:recommended\nrules:\n  service-credential-max-age: on\n  service-credential-no-expiry: on\n  ssh-key-max-age: on\n  root-hardware-mfa: on\n',
    );
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NO_COLOR: '1',
      AWS_ENDPOINT_URL: server.url,
      AWS_ACCESS_KEY_ID: KEY,
      AWS_SECRET_ACCESS_KEY: 'benchsecretEXAMPLEKEY000000000000000000000',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: join(work, 'none'),
      AWS_SHARED_CREDENTIALS_FILE: join(work, 'none'),
    };
    const once = async (enrich: string) => {
      server.calls.length = 0;
      const jsonFile = join(work, `findings-${enrich || 'none'}.json`);
      const run = await runCli(
        work,
        ['check', '--policy', join(work, 'policy.yml'), '--now', NOW, '--format', 'json', '--json-file', jsonFile, ...(enrich === '' ? [] : ['--enrich', enrich])],
        env,
      );
      // Exit 1 is the expected verdict (the findings fail the run); 2 would be an error.
      if (run.code !== 1) throw new Error(`enrich bench run failed (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
      const calls = Object.fromEntries(LOOK_UP_ACTIONS.map((action) => [action, server.callsTo(action).length]));
      const document = JSON.parse(readFileSync(jsonFile, 'utf8')) as { findings: { rule: string; accessKeyId?: string | null }[] };
      const keys = document.findings.filter((finding) => finding.rule === 'access-key-max-age');
      if (enrich !== '' && keys.some((finding) => typeof finding.accessKeyId !== 'string')) throw new Error('a key finding has no accessKeyId');
      const keyFindings = keys.length;
      return { wall: run.wallMs, cpu: run.cpuMs, calls, keyFindings, iam: server.calls.filter((call) => call.service === 'iam').length };
    };
    const plain = await once('');
    const enriched = await once('all');
    const ratio = enriched.wall / plain.wall;
    const perLookUp = Object.entries(enriched.calls)
      .map(([action, count]) => `${action} ${count}`)
      .join(', ');
    const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
    rows.push({
      id: 'e',
      benchmark: `enrich: all, ${USERS} users, ${enriched.keyFindings} key findings, ${LATENCY_MS} ms per IAM call, ${LOOK_UP_CONCURRENCY} calls at once`,
      result:
        `${fmt(enriched.wall)}, CPU ${fmt(enriched.cpu)} (without enrich ${fmt(plain.wall)}, CPU ${fmt(plain.cpu)}, ${plain.iam} IAM calls) = ${ratio.toFixed(1)}× · ` +
        `IAM calls: ${perLookUp} · ideal at ${LOOK_UP_CONCURRENCY} at once: ${fmt(((enriched.iam - plain.iam) * LATENCY_MS) / LOOK_UP_CONCURRENCY)}`,
      target: '—',
      met: null,
    });
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
