/**
 * `npm run bench -- e`: what a `baseline` costs on the largest run the gate is built for. The action
 * bundle over 100 accounts × 5 000 users (loopback IAM/STS, every report fresh), once with
 * `json-file` to make the baseline (the previous night's document), then runs without and with
 * `baseline` interleaved, three each: wall time ratio (target ≤ 1.2×) and peak RSS (≤ 300 MiB).
 * BENCH_NODE_OPTIONS (e.g. `--max-old-space-size=192`) is passed to those runs as NODE_OPTIONS, to
 * tell the live set from the slack V8 leaves before a major GC.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { memberRoles } from '../test/support/aws-org-server';
import { getReportReply, startAwsServer, type AwsServer } from '../test/support/aws-server';
import { benchReportCsv } from './bench-report';

export interface BenchRow {
  id: string;
  benchmark: string;
  result: string;
  target: string;
  met: boolean | null;
}

/** What bench.ts already has: its child runner and the loopback environment. */
export interface BaselineBenchTools {
  work: string;
  action: string;
  now: string;
  users: number;
  hubKey: string;
  role: string;
  accountIds: (count: number) => string[];
  loopbackEnv: (server: AwsServer) => NodeJS.ProcessEnv;
  runChild: (args: string[], env: NodeJS.ProcessEnv) => Promise<{ code: number | null; wallMs: number; maxRssKiB: number; stderr: string }>;
  median: (values: number[]) => number;
  ms: (value: number) => string;
}

export async function baselineBench(tools: BaselineBenchTools): Promise<BenchRow[]> {
  const { median, ms } = tools;
  const ids = tools.accountIds(100);
  const nowMs = Date.parse(tools.now);
  const server = await startAwsServer({ roles: memberRoles(ids, tools.role), staticKeys: { [tools.hubKey]: '999999999999' } });
  const generatedAt = new Date().toISOString();
  server.handle('iam', (call) => {
    if (call.action !== 'GetCredentialReport' || call.account === null) return undefined;
    return getReportReply({ csv: benchReportCsv({ account: call.account, users: tools.users, now: nowMs }), generatedAt });
  });
  const workspace = mkdtempSync(join(tools.work, 'baseline-'));
  const output = join(workspace, 'output');
  const env = (inputs: Record<string, string>): NodeJS.ProcessEnv => ({
    ...tools.loopbackEnv(server),
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: join(workspace, 'summary'),
    GITHUB_WORKSPACE: workspace,
    INPUT_ACCOUNTS: ids.join(','),
    'INPUT_MEMBER-ROLE-NAME': tools.role,
    INPUT_NOW: tools.now,
    ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
    ...inputs,
  });
  const outputOf = (name: string): string => new RegExp(`${name}<<(\\S+)\\n([^\\n]*)`).exec(readFileSync(output, 'utf8'))?.[2] ?? '?';

  try {
    writeFileSync(output, '');
    writeFileSync(join(workspace, 'summary'), '');
    const first = await tools.runChild([tools.action], env({ 'INPUT_JSON-FILE': join(workspace, 'baseline.json') }));
    if (outputOf('result') === 'error' || outputOf('result') === '?') {
      throw new Error(`baseline run failed:\n${first.stderr.slice(-2000)}`);
    }
    const baselineMiB = statSync(join(workspace, 'baseline.json')).size / 1_048_576;

    const plain: { wallMs: number; maxRssKiB: number }[] = [];
    const compared: { wallMs: number; maxRssKiB: number }[] = [];
    let marks = '';
    for (let i = 0; i < 3; i += 1) {
      writeFileSync(output, '');
      plain.push(await tools.runChild([tools.action], env({})));
      writeFileSync(output, '');
      const run = await tools.runChild([tools.action], env({ INPUT_BASELINE: join(workspace, 'baseline.json') }));
      const result = outputOf('result');
      if (result === 'error' || result === '?') throw new Error(`run with baseline failed:\n${run.stderr.slice(-2000)}`);
      compared.push(run);
      marks = `${outputOf('new')} new, ${outputOf('fixed')} fixed`;
    }
    const ratio = median(compared.map((run) => run.wallMs)) / median(plain.map((run) => run.wallMs));
    const peaks = compared.map((run) => run.maxRssKiB / 1024);
    const plainPeaks = plain.map((run) => run.maxRssKiB / 1024);
    const mib = median(peaks);
    return [
      {
        id: 'n',
        benchmark: `baseline: 100 accounts × ${tools.users} users with the previous run's document (${baselineMiB.toFixed(1)} MiB; ${marks}) vs without, wall time (median of 3 interleaved)`,
        result: `${ms(median(compared.map((run) => run.wallMs)))} vs ${ms(median(plain.map((run) => run.wallMs)))} = ${ratio.toFixed(2)}×`,
        target: '≤ 1.2×',
        met: ratio <= 1.2,
      },
      {
        id: 'n',
        benchmark: `baseline: peak RSS of that run (without baseline: ${plainPeaks.map((peak) => peak.toFixed(0)).join(', ')} MiB)`,
        result: `${mib.toFixed(0)} MiB (runs: ${peaks.map((peak) => peak.toFixed(0)).join(', ')})`,
        target: '≤ 300 MiB',
        met: mib <= 300,
      },
    ];
  } finally {
    await server.close();
  }
}
