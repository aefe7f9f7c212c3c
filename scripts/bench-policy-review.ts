/**
 * Benchmark r (issue 8): the policy change review over 100 accounts × 5 000 users. The action bundle
 * runs the same accounts with and without `compare-policy`, interleaved; the row gives the wall-time
 * ratio (target ≤ 1.2×) and the peak RSS of the review run (target ≤ 300 MiB, the plain run's budget).
 *
 * The run helpers of scripts/bench.ts are passed in, so both measure processes the same way.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { memberRoles } from '../test/support/aws-org-server';
import { getReportReply, startAwsServer, type AwsServer } from '../test/support/aws-server';
import { benchReportCsv } from './bench-report';

export interface BenchChildRun {
  code: number | null;
  wallMs: number;
  maxRssKiB: number;
  stderr: string;
}

export interface PolicyReviewBenchInput {
  work: string;
  action: string;
  now: string;
  users: number;
  accounts: string[];
  role: string;
  hubKey: string;
  /** The environment that reaches only the loopback AWS server. */
  env: (server: AwsServer) => NodeJS.ProcessEnv;
  runChild: (args: string[], env: NodeJS.ProcessEnv) => Promise<BenchChildRun>;
  median: (values: number[]) => number;
  ms: (value: number) => string;
}

export interface BenchRow {
  id: string;
  benchmark: string;
  result: string;
  target: string;
  met: boolean | null;
}

/**
 * The pull request's policy: a raised key limit and one exemption, so the review has findings to
 * hide (about one in five users has one) as well as rules and exemptions to compare.
 */
export const CHANGED_POLICY = `version: 1
extends: builtin:recommended
rules:
  access-key-max-age: { max_days: 180 }
exemptions:
  - arns: ["arn:aws:iam::*:user/vendors/*"]
    rules: ["*"]
    reason: "Vendors rotate on their own schedule"
`;

function output(file: string, name: string): string {
  return new RegExp(`${name}<<(\\S+)\\n([^\\n]*)`).exec(readFileSync(file, 'utf8'))?.[2] ?? '?';
}

export async function benchPolicyReview(input: PolicyReviewBenchInput): Promise<BenchRow[]> {
  const server = await startAwsServer({ roles: memberRoles(input.accounts, input.role), staticKeys: { [input.hubKey]: '999999999999' } });
  const nowMs = Date.parse(input.now);
  // Every account has a fresh report: the runs measure evaluating, not waiting for generation.
  const generatedAt = new Date().toISOString();
  server.handle('iam', (call) => {
    if (call.action !== 'GetCredentialReport' || call.account === null) return undefined;
    return getReportReply({ csv: benchReportCsv({ account: call.account, users: input.users, now: nowMs }), generatedAt });
  });
  try {
    return await measure(input, server);
  } finally {
    await server.close();
  }
}

async function measure(input: PolicyReviewBenchInput, server: AwsServer): Promise<BenchRow[]> {
  const workspace = mkdtempSync(join(input.work, 'review-'));
  writeFileSync(join(workspace, 'policy.yml'), CHANGED_POLICY);
  const outputFile = join(workspace, 'output');
  const run = async (review: boolean) => {
    writeFileSync(outputFile, '');
    writeFileSync(join(workspace, 'summary'), '');
    const result = await input.runChild([input.action], {
      ...input.env(server),
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: join(workspace, 'summary'),
      GITHUB_WORKSPACE: workspace,
      INPUT_ACCOUNTS: input.accounts.join(','),
      'INPUT_MEMBER-ROLE-NAME': input.role,
      INPUT_NOW: input.now,
      // Absolute: the child runs in this process's working directory, not in the workspace.
      INPUT_POLICY: review ? join(workspace, 'policy.yml') : 'builtin:recommended',
      ...(review ? { 'INPUT_COMPARE-POLICY': 'builtin:recommended' } : {}),
    });
    const verdict = output(outputFile, 'result');
    if (verdict === 'error' || verdict === '?') {
      // The action prints its errors on stdout and in the job summary.
      const summary = readFileSync(join(workspace, 'summary'), 'utf8');
      throw new Error(`policy review bench run failed (result ${verdict}):\n${result.stderr.slice(-2000)}\n${summary.slice(0, 2000)}`);
    }
    return { ...result, hidden: output(outputFile, 'findings-hidden') };
  };

  // Interleaved, so a busy moment of the machine falls on both sides alike.
  const plain: BenchChildRun[] = [];
  const review: (BenchChildRun & { hidden: string })[] = [];
  for (let i = 0; i < 3; i += 1) {
    plain.push(await run(false));
    review.push(await run(true));
  }
  const wall = (runs: BenchChildRun[]) => input.median(runs.map((each) => each.wallMs));
  const peak = (runs: BenchChildRun[]) => input.median(runs.map((each) => each.maxRssKiB / 1024));
  const ratio = wall(review) / wall(plain);
  const scale = `100 accounts × ${input.users} users`;
  const hidden = Number(review[0]?.hidden ?? 0).toLocaleString('en-US');
  return [
    {
      id: 'r',
      benchmark: `policy change review: ${scale}, compare-policy vs none (${hidden} findings hidden), wall time`,
      result: `${input.ms(wall(review))} vs ${input.ms(wall(plain))} = ${ratio.toFixed(2)}×`,
      target: '≤ 1.2×',
      met: ratio <= 1.2,
    },
    {
      id: 'r',
      benchmark: `policy change review: ${scale}, peak RSS with compare-policy (without: ${peak(plain).toFixed(0)} MiB)`,
      result: `${peak(review).toFixed(0)} MiB (runs: ${review.map((each) => (each.maxRssKiB / 1024).toFixed(0)).join(', ')})`,
      target: '≤ 300 MiB',
      met: peak(review) <= 300,
    },
  ];
}
