/**
 * `npm run bench -- n`: what a `baseline` costs on the largest run the gate is built for. The action
 * bundle over 100 accounts × 5 000 users (loopback IAM/STS, every report fresh), once with
 * `json-file` to make the baseline (the previous night's document), then runs without and with
 * `baseline` interleaved, three each: wall time ratio (target ≤ 1.2×) and peak RSS (≤ 300 MiB).
 * Row m: the same, with `baseline` and `compare-policy` together (the pull request's run: the policy
 * of bench-policy-review.ts reviewed against builtin:recommended, the findings compared with the
 * base branch's document), against the plain run; same targets.
 * BENCH_NODE_OPTIONS (e.g. `--max-old-space-size=192`) is passed to those runs as NODE_OPTIONS, to
 * tell the live set from the slack V8 leaves before a major GC.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { memberRoles } from '../test/support/aws-org-server';
import { getReportReply, startAwsServer, type AwsServer } from '../test/support/aws-server';
import { CHANGED_POLICY } from './bench-policy-review';
import { benchReportCsv } from './bench-report';

type ChildRun = { wallMs: number; maxRssKiB: number };

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

export async function baselineBench(tools: BaselineBenchTools, which: readonly ('n' | 'm')[] = ['n']): Promise<BenchRow[]> {
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
    writeFileSync(join(workspace, 'policy.yml'), CHANGED_POLICY);

    /** Three runs without and with `inputs`, interleaved, so a busy moment falls on both sides alike. */
    const interleaved = async (inputs: Record<string, string>) => {
      const plain: ChildRun[] = [];
      const compared: ChildRun[] = [];
      let marks = '';
      for (let i = 0; i < 3; i += 1) {
        writeFileSync(output, '');
        plain.push(await tools.runChild([tools.action], env({})));
        writeFileSync(output, '');
        const run = await tools.runChild([tools.action], env(inputs));
        const result = outputOf('result');
        if (result === 'error' || result === '?') throw new Error(`run with baseline failed:\n${run.stderr.slice(-2000)}`);
        compared.push(run);
        marks = `${outputOf('new')} new, ${outputOf('fixed')} fixed`;
        if (inputs['INPUT_COMPARE-POLICY'] !== undefined) marks += `, ${outputOf('findings-hidden')} hidden`;
      }
      return { plain, compared, marks };
    };
    const rowsOf = (id: string, what: string, runs: { plain: ChildRun[]; compared: ChildRun[]; marks: string }): BenchRow[] => {
      const wall = (list: ChildRun[]) => median(list.map((run) => run.wallMs));
      const ratio = wall(runs.compared) / wall(runs.plain);
      const peaks = runs.compared.map((run) => run.maxRssKiB / 1024);
      const plainPeaks = runs.plain.map((run) => run.maxRssKiB / 1024);
      const mib = median(peaks);
      return [
        {
          id,
          benchmark: `${what}: 100 accounts × ${tools.users} users with the previous run's document (${baselineMiB.toFixed(1)} MiB; ${runs.marks}) vs without, wall time (median of 3 interleaved)`,
          result: `${ms(wall(runs.compared))} vs ${ms(wall(runs.plain))} = ${ratio.toFixed(2)}×`,
          target: '≤ 1.2×',
          met: ratio <= 1.2,
        },
        {
          id,
          benchmark: `${what}: peak RSS of that run (without: ${plainPeaks.map((peak) => peak.toFixed(0)).join(', ')} MiB)`,
          result: `${mib.toFixed(0)} MiB (runs: ${peaks.map((peak) => peak.toFixed(0)).join(', ')})`,
          target: '≤ 300 MiB',
          met: mib <= 300,
        },
      ];
    };

    const rows: BenchRow[] = [];
    if (which.includes('n')) {
      rows.push(...rowsOf('n', 'baseline', await interleaved({ INPUT_BASELINE: join(workspace, 'baseline.json') })));
    }
    if (which.includes('m')) {
      // The pull request's run: its policy edit reviewed against the base branch's policy, and its
      // findings compared with the base branch's document (made under builtin:recommended).
      const both = {
        INPUT_BASELINE: join(workspace, 'baseline.json'),
        INPUT_POLICY: join(workspace, 'policy.yml'),
        'INPUT_COMPARE-POLICY': 'builtin:recommended',
      };
      rows.push(...rowsOf('m', 'baseline and compare-policy together', await interleaved(both)));
    }
    return rows;
  } finally {
    await server.close();
  }
}
