/**
 * The benchmark rows of issue 10 (large accounts), registered in scripts/bench.ts:
 *
 *   e  cold start of a findings-heavy run: the action bundle on 5 000 users with builtin:strict
 *      (about 8 500 findings), against a bare `node -e 0` measured in the same loop; target ≤ 2.5×.
 *   f  peak RSS of one account of 2 000 users fetched from a loopback IAM server, against reading
 *      the same report from a file (both the action bundle).
 *   g  the CLI bundle on 35 000 and 100 000 users with builtin:strict, json-file and sarif-file:
 *      wall time and peak RSS; target < 1 GiB at 100 000 users.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getReportReply, startAwsServer } from '../test/support/aws-server';
import { benchReportCsv } from './bench-report';

export interface BenchRow {
  id: string;
  benchmark: string;
  result: string;
  target: string;
  met: boolean | null;
}

const ROOT = resolve(import.meta.dirname, '..');
const ACTION = join(ROOT, 'dist', 'index.js');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const NOW = '2026-11-20T12:00:00Z';
const NOW_MS = Date.parse(NOW);
const ACCOUNT = '123456789012';
const KEY = 'AKIABENCHLARGE000001';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function ms(value: number): string {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`;
}

/** A child's wall time and peak RSS (MiB), read from process.resourceUsage() at its exit. */
function runChild(work: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number | null; wallMs: number; rssMiB: number; stderr: string }> {
  const rssFile = join(work, `rss-${Math.random().toString(36).slice(2)}.txt`);
  const hook = join(work, 'rss-hook-large.cjs');
  writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(process.env.ICG_RSS_FILE, String(process.resourceUsage().maxRSS)));\n`);
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--require', hook, ...args], { env: { ...env, ICG_RSS_FILE: rssFile }, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      done({ code, wallMs, rssMiB: existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : Number.NaN, stderr });
    });
  });
}

function actionEnv(workspace: string, inputs: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_OUTPUT: join(workspace, 'output'),
    GITHUB_STEP_SUMMARY: join(workspace, 'summary'),
    GITHUB_WORKSPACE: workspace,
    AWS_EC2_METADATA_DISABLED: 'true',
    INPUT_NOW: NOW,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

function resultOf(workspace: string): string {
  return /result<<(\S+)\n(\w+)/.exec(readFileSync(join(workspace, 'output'), 'utf8'))?.[2] ?? '?';
}

function fresh(workspace: string): void {
  writeFileSync(join(workspace, 'output'), '');
  writeFileSync(join(workspace, 'summary'), '');
}

/**
 * `node -e 0` run twice per round: with this process's environment (how row a has always measured
 * it, and how the issue did) and with exactly the gate's environment. They differ where the
 * environment makes node itself slower to start: NODE_EXTRA_CA_CERTS, set on this machine, makes
 * every node read the CA bundle at start-up (~100 ms here), and the gate runs without it, as on
 * GitHub's runners.
 */
export interface BareStarts {
  inherited: number[];
  sameEnv: number[];
}

export function bareStart(env: NodeJS.ProcessEnv, starts: BareStarts): void {
  let started = performance.now();
  spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  starts.inherited.push(performance.now() - started);
  started = performance.now();
  spawnSync(process.execPath, ['-e', '0'], { env, stdio: 'ignore' });
  starts.sameEnv.push(performance.now() - started);
}

/** `226 ms vs 107 ms = 2.12× (…)`, the ratio against both bare starts. */
export function coldStartResult(gate: number[], starts: BareStarts): { text: string; ratio: number; sameEnvRatio: number } {
  const ratio = median(gate) / median(starts.inherited);
  const sameEnvRatio = median(gate) / median(starts.sameEnv);
  return {
    ratio,
    sameEnvRatio,
    text:
      `${ms(median(gate))} vs ${ms(median(starts.inherited))} = ${ratio.toFixed(2)}× ` +
      `(against \`node -e 0\` in the gate's own environment, ${ms(median(starts.sameEnv))}: ${sameEnvRatio.toFixed(2)}×)`,
  };
}

/** e: the findings-heavy cold start, interleaved with `node -e 0` so both see the same machine. */
export function findingsHeavyColdStart(work: string): BenchRow {
  const workspace = mkdtempSync(join(work, 'heavy-'));
  writeFileSync(join(workspace, 'report.csv'), benchReportCsv({ account: ACCOUNT, users: 5_000, now: NOW_MS }));
  const env = actionEnv(workspace, { 'report-file': 'report.csv', policy: 'builtin:strict' });
  const starts: BareStarts = { inherited: [], sameEnv: [] };
  const gate: number[] = [];
  for (let i = 0; i < 15; i += 1) {
    bareStart(env, starts);
    fresh(workspace);
    const started = performance.now();
    spawnSync(process.execPath, [ACTION], { env, cwd: workspace, stdio: 'ignore' });
    gate.push(performance.now() - started);
  }
  const outputs = readFileSync(join(workspace, 'output'), 'utf8');
  const findings = ['errors', 'warnings', 'notices', 'exempted']
    .map((name) => Number(new RegExp(`${name}<<(\\S+)\\n(\\d+)`).exec(outputs)?.[2] ?? 0))
    .reduce((sum, count) => sum + count, 0);
  const verdict = resultOf(workspace);
  if (verdict !== 'fail') throw new Error(`bench e: the gate ended in result ${verdict}, not fail`);
  const result = coldStartResult(gate, starts);
  return {
    id: 'e',
    benchmark: `cold start: action bundle, 5000 users, builtin:strict (${findings.toLocaleString('en-US')} findings, result ${resultOf(workspace)}) vs node -e 0 (median of 15 interleaved runs)`,
    result: result.text,
    target: '≤ 2.5×',
    met: result.ratio <= 2.5,
  };
}

/** f: one 2 000-user account fetched from a loopback IAM server vs the same CSV from a file. */
export async function fetchVersusFileMemory(work: string): Promise<BenchRow[]> {
  const csv = benchReportCsv({ account: ACCOUNT, users: 2_000, now: NOW_MS });
  const server = await startAwsServer({ staticKeys: { [KEY]: ACCOUNT } });
  server.handle('iam', (call) =>
    call.action === 'GetCredentialReport' ? getReportReply({ csv, generatedAt: new Date().toISOString() }) : undefined,
  );
  try {
    const workspace = mkdtempSync(join(work, 'fetch-'));
    writeFileSync(join(workspace, 'report.csv'), csv);
    const awsEnv = {
      AWS_ENDPOINT_URL: server.url,
      AWS_ACCESS_KEY_ID: KEY,
      AWS_SECRET_ACCESS_KEY: 'benchSECRETbenchSECRETbenchSECRET0000000',
      AWS_CONFIG_FILE: join(workspace, 'no-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(workspace, 'no-credentials'),
    };
    const measure = async (inputs: Record<string, string>, extra: NodeJS.ProcessEnv) => {
      const peaks: number[] = [];
      let result = '?';
      for (let i = 0; i < 3; i += 1) {
        fresh(workspace);
        const run = await runChild(work, [ACTION], { ...actionEnv(workspace, inputs), ...extra }, workspace);
        peaks.push(run.rssMiB);
        result = resultOf(workspace);
      }
      return { peak: median(peaks), peaks, result };
    };
    const file = await measure({ 'report-file': 'report.csv' }, {});
    const fetched = await measure({}, awsEnv);
    const row = (label: string, run: { peak: number; peaks: number[]; result: string }): BenchRow => ({
      id: 'f',
      benchmark: `peak RSS, action bundle, 2000 users ${label} (result ${run.result})`,
      result: `${run.peak.toFixed(0)} MiB (runs: ${run.peaks.map((peak) => peak.toFixed(0)).join(', ')})`,
      target: '—',
      met: null,
    });
    return [
      row('from report-file', file),
      {
        ...row('fetched from a loopback IAM server', fetched),
        result: `${fetched.peak.toFixed(0)} MiB (runs: ${fetched.peaks.map((peak) => peak.toFixed(0)).join(', ')}; +${(fetched.peak - file.peak).toFixed(0)} MiB over the file)`,
      },
    ];
  } finally {
    await server.close();
  }
}

/** g: the CLI bundle on 35 000 and 100 000 users with every output file. */
export async function largeAccounts(work: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const users of [35_000, 100_000]) {
    const dir = mkdtempSync(join(work, `large-${users}-`));
    writeFileSync(join(dir, 'report.csv'), benchReportCsv({ account: ACCOUNT, users, now: NOW_MS }));
    const run = await runChild(
      work,
      [CLI, 'check', '--report-file', 'report.csv', '--policy', 'builtin:strict', '--now', NOW, '--json-file', 'f.json', '--sarif-file', 'f.sarif', '--summary-file', 's.md'],
      { PATH: process.env.PATH ?? '', NO_COLOR: '1', AWS_EC2_METADATA_DISABLED: 'true' },
      dir,
    );
    const crashed = run.code !== 1 || run.stderr.includes('internal error');
    const findings = crashed ? 0 : (JSON.parse(readFileSync(join(dir, 'f.json'), 'utf8')).findings as unknown[]).length;
    const sarif = crashed ? 0 : (JSON.parse(readFileSync(join(dir, 'f.sarif'), 'utf8')).runs[0].results as unknown[]).length;
    rows.push({
      id: 'g',
      benchmark: `CLI bundle, ${users.toLocaleString('en-US')} users, builtin:strict, json + SARIF + summary files`,
      result: crashed
        ? `exit ${run.code}: ${run.stderr.slice(-300)}`
        : `${findings.toLocaleString('en-US')} findings (SARIF ${sarif.toLocaleString('en-US')}) · ${ms(run.wallMs)} · peak RSS ${run.rssMiB.toFixed(0)} MiB`,
      target: users === 100_000 ? '< 1024 MiB' : '—',
      met: crashed ? false : users === 100_000 ? run.rssMiB < 1024 : null,
    });
  }
  return rows;
}
