/**
 * `npm run bench [-- a b c d]`: the performance targets of issue 5, measured and printed as a table.
 *
 *   a  cold start: a whole offline run of the action bundle on a 5 000-user report, against a bare
 *      `node -e 0` (median of 10 interleaved runs); target ≤ 2.5×.
 *   b  parse and evaluate throughput on a 5 000-user report (in process).
 *   c  100 accounts against a loopback IAM/STS server that takes 2 s to generate each report, at
 *      concurrency 10 and 25: wall time against the ideal (accounts ÷ concurrency × 2 s); target
 *      ≤ 1.3×; API calls per account.
 *   d  peak RSS of the action bundle over 100 accounts of 5 000 users; target ≤ 300 MiB (also shown
 *      with json-file, which adds the whole findings document as one string).
 *   r  the same 100 accounts with and without compare-policy (scripts/bench-policy-review.ts): wall
 *      time ratio, target ≤ 1.2×; peak RSS, target ≤ 300 MiB.
 *   l  the look-ups beyond the report (enrich: all) on 5 000 users with 1 000 key findings, 20 ms per
 *      IAM call (in process; scripts/bench-enrich.ts).
 *   n  the same 100 accounts with a `baseline` (the previous run's document) against without:
 *      wall time ratio (target ≤ 1.2×) and peak RSS (≤ 300 MiB); see bench-baseline.ts.
 *   m  n and r together: `baseline` and `compare-policy` in one run against the plain run (same targets).
 *
 * e, f and g (issue 10, large accounts) are in scripts/bench-large.ts.
 *
 * a, c, d, e, f and g run the bundles in dist/ (build them first with `npm run bundle`). Results belong in
 * BENCHMARKS.md with the machine and the date.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluate } from '../src/evaluate/evaluate';
import { loadPolicy } from '../src/policy/load-policy';
import { parseCredentialReport } from '../src/report/parse-report';
import { memberRoles, timedReports } from '../test/support/aws-org-server';
import { getReportReply, startAwsServer, type AwsServer } from '../test/support/aws-server';
import { baselineBench } from './bench-baseline';
import { benchPolicyReview } from './bench-policy-review';
import { enrichWallTime } from './bench-enrich';
import { benchReportCsv } from './bench-report';
import { bareStart, coldStartResult, fetchVersusFileMemory, findingsHeavyColdStart, largeAccounts, type BareStarts } from './bench-large';

const ROOT = resolve(import.meta.dirname, '..');
const ACTION = join(ROOT, 'dist', 'index.js');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const NOW = '2026-11-20T12:00:00Z';
const NOW_MS = Date.parse(NOW);
const USERS = 5_000;
const HUB_KEY = 'AKIABENCHHUB00000001';
const ROLE = 'GateReader';

interface Row {
  id: string;
  benchmark: string;
  result: string;
  target: string;
  met: boolean | null;
}

const rows: Row[] = [];
const work = mkdtempSync(join(tmpdir(), 'icg-bench-'));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function ms(value: number): string {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`;
}

function accountIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String(210_000_000_000 + i * 7_919));
}

/** An environment in which the SDK reaches only the loopback server, as the hub with static keys. */
function loopbackEnv(server: AwsServer): NodeJS.ProcessEnv {
  const nowhere = join(work, 'no-aws-config');
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NO_COLOR: '1',
    AWS_ENDPOINT_URL: server.url,
    AWS_ACCESS_KEY_ID: HUB_KEY,
    AWS_SECRET_ACCESS_KEY: 'benchSECRETbenchSECRETbenchSECRET0000000',
    AWS_CONFIG_FILE: join(nowhere, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(nowhere, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

/** Runs a bundle in a child process; resolves with its exit code, wall time and peak RSS (KiB). */
function runChild(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; wallMs: number; maxRssKiB: number; stderr: string }> {
  const rssFile = join(work, `rss-${Math.random().toString(36).slice(2)}.txt`);
  const hook = join(work, 'rss-hook.cjs');
  writeFileSync(
    hook,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--require', hook, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const maxRssKiB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : Number.NaN;
      done({ code, wallMs, maxRssKiB, stderr });
    });
  });
}

function requireBundles(): void {
  if (!existsSync(ACTION) || !existsSync(CLI)) {
    throw new Error('dist/ is missing: run `npm run bundle` first.');
  }
}

function coldStart(csvPath: string): void {
  requireBundles();
  const workspace = mkdtempSync(join(work, 'action-'));
  const output = join(workspace, 'output');
  const summary = join(workspace, 'summary');
  copyFileSync(csvPath, join(workspace, 'report.csv'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: workspace,
    // Inside the workspace: the action refuses a report-file outside it (a pull request could point anywhere).
    'INPUT_REPORT-FILE': 'report.csv',
    INPUT_NOW: NOW,
    INPUT_POLICY: 'builtin:recommended',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  const starts: BareStarts = { inherited: [], sameEnv: [] };
  const gate: number[] = [];
  let result = '';
  for (let i = 0; i < 10; i += 1) {
    bareStart(env, starts);
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const started = performance.now();
    spawnSync(process.execPath, [ACTION], { env, cwd: workspace, stdio: 'ignore' });
    gate.push(performance.now() - started);
    result = /result<<(\S+)\n(\w+)/.exec(readFileSync(output, 'utf8'))?.[2] ?? '?';
  }
  // A run that ends in `error` stops early and would measure nothing of the work.
  if (result !== 'fail' && result !== 'pass') throw new Error(`bench a: the gate ended in result ${result}`);
  const measured = coldStartResult(gate, starts);
  rows.push({
    id: 'a',
    benchmark: `cold start: action bundle, report-file of ${USERS} users (result ${result}) vs node -e 0`,
    result: measured.text,
    target: '≤ 2.5×',
    met: measured.ratio <= 2.5,
  });
}

async function throughput(csv: string): Promise<void> {
  const policy = await loadPolicy('builtin:recommended', { cwd: ROOT, workspace: null });
  const parse: number[] = [];
  const evaluation: number[] = [];
  let findings = 0;
  let users = 0;
  for (let i = 0; i < 10; i += 1) {
    let started = performance.now();
    const report = parseCredentialReport(csv, 'bench.csv');
    parse.push(performance.now() - started);
    started = performance.now();
    const result = evaluate({ reports: [{ account: report.accountId, rows: report.rows }], policy, now: NOW_MS });
    evaluation.push(performance.now() - started);
    findings = result.findings.length;
    users = report.rows.length;
  }
  const mb = Buffer.byteLength(csv) / 1_048_576;
  const perSecond = (count: number, took: number) => Math.round((count / took) * 1000).toLocaleString('en-US');
  rows.push({
    id: 'b',
    benchmark: `parse ${users} rows (${mb.toFixed(2)} MiB CSV)`,
    result: `${ms(median(parse))} · ${perSecond(users, median(parse))} rows/s · ${(mb / (median(parse) / 1000)).toFixed(1)} MiB/s`,
    target: '—',
    met: null,
  });
  rows.push({
    id: 'b',
    benchmark: `evaluate ${users} rows, builtin:recommended (${findings} findings)`,
    result: `${ms(median(evaluation))} · ${perSecond(users, median(evaluation))} rows/s`,
    target: '—',
    met: null,
  });
}

async function fanOutWallTime(concurrency: number): Promise<void> {
  requireBundles();
  const ids = accountIds(100);
  const generationMs = 2_000;
  const smallCsv = (account: string) => benchReportCsv({ account, users: 20, now: NOW_MS });
  const server = await startAwsServer({ roles: memberRoles(ids, ROLE), staticKeys: { [HUB_KEY]: '999999999999' } });
  try {
    const reports = timedReports(generationMs, smallCsv);
    server.handle('iam', reports.handler);
    const run = await runChild(
      [CLI, 'check', '--accounts', ids.join(','), '--member-role-name', ROLE, '--concurrency', String(concurrency), '--now', NOW, '--format', 'json'],
      loopbackEnv(server),
    );
    if (run.code === 2 || reports.served.size !== ids.length) {
      throw new Error(`fan-out run failed (exit ${run.code}, ${reports.served.size} reports):\n${run.stderr.slice(-2000)}`);
    }
    const ideal = (ids.length / concurrency) * generationMs;
    const ratio = run.wallMs / ideal;
    const perAccount = (service: 'iam' | 'sts') =>
      ids.map((id) =>
        server.calls.filter((call) =>
          service === 'iam'
            ? call.service === 'iam' && call.account === id
            : call.service === 'sts' && (call.params.RoleArn ?? '').includes(`::${id}:`),
        ).length,
      );
    const iam = perAccount('iam');
    const sts = perAccount('sts');
    rows.push({
      id: 'c',
      benchmark: `100 accounts, 2 s generation each, concurrency ${concurrency} (ideal ${ms(ideal)})`,
      result:
        `${ms(run.wallMs)} = ${ratio.toFixed(2)}× · per account: IAM calls median ${median(iam)} (min ${Math.min(...iam)}, max ${Math.max(...iam)}), ` +
        `STS AssumeRole ${median(sts)} · report ready → picked up: median ${ms(median([...reports.pickupDelays.values()]))}`,
      target: '≤ 1.3×',
      met: ratio <= 1.3,
    });
  } finally {
    await server.close();
  }
}

/** The action bundle as a runner runs it, over 100 accounts of 5 000 users; peak RSS of that process. */
async function peakMemory(jsonFile: boolean): Promise<void> {
  requireBundles();
  const ids = accountIds(100);
  const server = await startAwsServer({ roles: memberRoles(ids, ROLE), staticKeys: { [HUB_KEY]: '999999999999' } });
  // Every account has a fresh 5 000-user report: the run measures holding and evaluating them, not waiting.
  const generatedAt = new Date().toISOString();
  server.handle('iam', (call) => {
    if (call.action !== 'GetCredentialReport' || call.account === null) return undefined;
    return getReportReply({ csv: benchReportCsv({ account: call.account, users: USERS, now: NOW_MS }), generatedAt });
  });
  const workspace = mkdtempSync(join(work, 'memory-'));
  const output = join(workspace, 'output');
  writeFileSync(output, '');
  writeFileSync(join(workspace, 'summary'), '');
  try {
    // GC timing moves the peak by a few tens of MiB from run to run: the median of three, with the range.
    const runs: { maxRssKiB: number; wallMs: number; stderr: string }[] = [];
    for (let i = 0; i < 3; i += 1) {
      writeFileSync(output, '');
      runs.push(await runChild([ACTION], {
      ...loopbackEnv(server),
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: join(workspace, 'summary'),
      GITHUB_WORKSPACE: workspace,
      INPUT_ACCOUNTS: ids.join(','),
      'INPUT_MEMBER-ROLE-NAME': ROLE,
      INPUT_NOW: NOW,
      ...(jsonFile ? { 'INPUT_JSON-FILE': join(workspace, 'findings.json') } : {}),
      }));
    }
    const run = runs[0] ?? { maxRssKiB: Number.NaN, wallMs: Number.NaN, stderr: '' };
    const peaks = runs.map((each) => each.maxRssKiB / 1024);
    const outputs = readFileSync(output, 'utf8');
    const result = /result<<(\S+)\n(\w+)/.exec(outputs)?.[2] ?? '?';
    const users = /users<<(\S+)\n(\d+)/.exec(outputs)?.[2] ?? '?';
    const findings = ['errors', 'warnings', 'notices', 'exempted']
      .map((name) => Number(new RegExp(`${name}<<(\\S+)\\n(\\d+)`).exec(outputs)?.[2] ?? 0))
      .reduce((sum, count) => sum + count, 0);
    if (result === 'error' || result === '?') throw new Error(`memory run failed (result ${result}):\n${run.stderr.slice(-2000)}`);
    const mib = median(peaks);
    rows.push({
      id: 'd',
      benchmark:
        `peak RSS, action bundle: 100 accounts × ${USERS} users (${Number(users).toLocaleString('en-US')} rows, ` +
        `${findings.toLocaleString('en-US')} findings${jsonFile ? ', with json-file' : ''})`,
      result: `${mib.toFixed(0)} MiB (runs: ${peaks.map((peak) => peak.toFixed(0)).join(', ')}; wall ${ms(median(runs.map((each) => each.wallMs)))})`,
      target: '≤ 300 MiB',
      met: mib <= 300,
    });
  } finally {
    await server.close();
  }
}

function printTable(): void {
  const header = ['', 'benchmark', 'result', 'target', 'met'];
  const lines = rows.map((row) => [row.id, row.benchmark, row.result, row.target, row.met === null ? '' : row.met ? 'yes' : 'NO']);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => (line[i] ?? '').length)));
  const format = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const line of lines) console.log(format(line));
  const cpu = cpus()[0]?.model ?? 'unknown cpu';
  console.log(`\n${cpus().length} CPUs (${cpu}), Node ${process.version}, ${new Date().toISOString()}`);
}

async function main(): Promise<void> {
  const wanted = new Set(process.argv.slice(2).filter((arg) => /^[a-glmnr]$/.test(arg)));
  const want = (id: string) => wanted.size === 0 || wanted.has(id);
  const csv = benchReportCsv({ account: '123456789012', users: USERS, now: NOW_MS });
  const csvPath = join(work, `report-${USERS}.csv`);
  writeFileSync(csvPath, csv);
  try {
    if (want('a')) coldStart(csvPath);
    if (want('b')) await throughput(csv);
    if (want('c')) {
      await fanOutWallTime(10);
      await fanOutWallTime(25);
    }
    if (want('d')) {
      await peakMemory(false);
      await peakMemory(true);
    }
    // Issue 10 (scripts/bench-large.ts).
    if (want('e')) rows.push(findingsHeavyColdStart(work));
    if (want('f')) rows.push(...(await fetchVersusFileMemory(work)));
    if (want('g')) rows.push(...(await largeAccounts(work)));
    if (want('r')) {
      requireBundles();
      const review = { work, action: ACTION, now: NOW, users: USERS, accounts: accountIds(100), role: ROLE, hubKey: HUB_KEY };
      rows.push(...(await benchPolicyReview({ ...review, env: loopbackEnv, runChild, median, ms })));
    }
    if (want('l')) await enrichWallTime(rows);
    if (want('n') || want('m')) {
      requireBundles();
      const tools = { work, action: ACTION, now: NOW, users: USERS, hubKey: HUB_KEY, role: ROLE, accountIds, loopbackEnv, runChild, median, ms };
      rows.push(...(await baselineBench(tools, (['n', 'm'] as const).filter(want))));
    }
  } finally {
    printTable();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
