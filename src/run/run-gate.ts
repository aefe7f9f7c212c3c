import type { AwsAccounts } from '../accounts/aws-accounts';
import type { ProgressSink } from '../accounts/progress-line';
import { runAccounts } from '../accounts/run-accounts';
import { baselineStage } from '../baseline/baseline-stage';
import { verdictCounts } from '../baseline/verdict-counts';
import type { AwsReportRequest, FetchedReport } from '../aws/fetch-report-from-aws';
import { evaluate } from '../evaluate/evaluate';
import { buildFindingsDocument } from '../evaluate/findings-document';
import type { Evaluation, ReportFacts, ReportInput } from '../evaluate/types';
import { decideVerdict } from '../evaluate/verdict';
import type { GateLogger } from '../logger';
import { loadPolicy } from '../policy/load-policy';
import type { Policy } from '../policy/types';
import { parseCredentialReport } from '../report/parse-report';
import { readReportFile } from '../report/read-report-file';
import type { GateSettings } from '../settings/settings';
import { isUserError } from '../user-error';
import { TOOL_VERSION, USER_AGENT } from '../version';
import type { GateOutcome } from './types';

/**
 * A report as obtained, before evaluation: the exact CSV (for `save-report`) and its facts. In a
 * multi-account run the rows are dropped once evaluated (`input.rows` is empty) and the CSV is
 * kept only when `save-report` is set (else '').
 */
export interface ObtainedReport {
  content: string;
  facts: ReportFacts;
  input: ReportInput;
}

export interface GateRun extends GateOutcome {
  /** The reports that were evaluated, with their exact CSV text. */
  reports: ObtainedReport[];
}

export interface GateDependencies {
  log: GateLogger;
  /** The action's `core.getIDToken`; null in the CLI. */
  getIdToken: ((audience: string) => Promise<string>) | null;
  /** Whether the runner gave this job an OIDC token endpoint (`permissions: id-token: write`). */
  oidcAvailable?: boolean;
  /** The action's `core.setSecret`. */
  mask: (secret: string) => void;
  /** Replaceable in tests; by default the AWS module is imported only when a fetch is needed. */
  fetchReport?: (request: AwsReportRequest) => Promise<FetchedReport>;
  /** Multi-account runs: replaceable in tests; by default the AWS module is imported on demand. */
  openAccounts?: (request: AwsReportRequest) => Promise<AwsAccounts>;
  /** Multi-account progress (the CLI on a terminal); absent = none. */
  progress?: ProgressSink;
}

const EMPTY_EVALUATION: Evaluation = {
  findings: [],
  rules: [],
  counts: { error: 0, warning: 0, notice: 0, exempted: 0 },
  exemptions: [],
};

/** A user's mistake becomes an error message of the run; our own bugs keep their stack. */
function messageOf(error: unknown): string {
  if (isUserError(error)) return error.message;
  throw error;
}

function awsRequest(settings: GateSettings, policy: Policy, deps: GateDependencies): AwsReportRequest {
  return {
    region: settings.awsRegion,
    roleToAssume: settings.roleToAssume,
    audience: settings.audience,
    roleSessionName: settings.roleSessionName,
    roleDurationSeconds: settings.roleDurationSeconds,
    roleArn: settings.roleArn,
    profile: settings.profile,
    maxWaitSeconds: settings.maxWaitSeconds,
    maxReportAgeHours: policy.settings.max_report_age_hours,
    getIdToken: deps.getIdToken,
    ...(deps.oidcAvailable === undefined ? {} : { oidcAvailable: deps.oidcAvailable }),
    mask: deps.mask,
    log: deps.log,
    userAgent: USER_AGENT,
  };
}

async function fetchFromAws(settings: GateSettings, policy: Policy, deps: GateDependencies): Promise<ObtainedReport> {
  // Imported here, not at the top: the offline path (report-file) must never load the AWS SDK.
  const fetchReport = deps.fetchReport ?? (await import('../aws/fetch-report-from-aws')).fetchReportFromAws;
  const fetched = await fetchReport(awsRequest(settings, policy, deps));
  const report = parseCredentialReport(fetched.content, `credential report of ${fetched.accountId ?? 'the account'}`);
  const account = fetched.accountId ?? report.accountId;
  return {
    content: fetched.content,
    facts: { account, generatedAt: fetched.generatedAt, source: 'aws', users: report.rows.length },
    input: { account, rows: report.rows },
  };
}

/** Several accounts: each is evaluated as its report arrives, so the evaluation comes back whole. */
async function fetchAccounts(
  settings: GateSettings,
  policy: Policy,
  deps: GateDependencies,
): Promise<{ evaluation: Evaluation; reports: ObtainedReport[]; errors: string[] }> {
  const run = await runAccounts({
    settings,
    policy,
    request: awsRequest(settings, policy, deps),
    log: deps.log,
    ...(deps.progress === undefined ? {} : { progress: deps.progress }),
    // Imported on demand, like the single-account adapter: the offline path never loads the SDK.
    openAccounts: deps.openAccounts ?? (async (request) => (await import('../accounts/aws-accounts')).openAwsAccounts(request)),
  });
  const reports = run.reports.map((report) => ({
    content: report.content,
    facts: report.facts,
    input: { account: report.facts.account, rows: [] },
  }));
  // Nothing evaluated (every account failed, or an empty shard): no findings, as for one account.
  const evaluation = reports.length > 0 ? run.evaluation : EMPTY_EVALUATION;
  return { evaluation, reports, errors: run.errors };
}

async function readFromFile(file: string): Promise<ObtainedReport> {
  const { content, report } = await readReportFile(file);
  return {
    content,
    facts: { account: report.accountId, generatedAt: null, source: 'file', users: report.rows.length },
    input: { account: report.accountId, rows: report.rows },
  };
}

/**
 * One run of the gate: policy → report → evaluation → findings document. Every failure a user can
 * cause ends in verdict `error` with its message in `document.errors`; nothing that could not be
 * evaluated passes.
 */
export async function runGate(settings: GateSettings, deps: GateDependencies): Promise<GateRun> {
  const errors: string[] = [];
  let policy: Policy | null = null;
  const reports: ObtainedReport[] = [];
  let evaluation = EMPTY_EVALUATION;

  try {
    policy = await loadPolicy(settings.policy, { cwd: settings.cwd });
  } catch (error) {
    errors.push(messageOf(error));
  }

  if (policy && settings.mode === 'check') {
    try {
      if (settings.accounts.length > 0) {
        // Several accounts come back evaluated: each report is dropped as soon as it is.
        const run = await fetchAccounts(settings, policy, deps);
        evaluation = run.evaluation;
        reports.push(...run.reports);
        errors.push(...run.errors);
      } else {
        const report =
          settings.reportFile !== null ? await readFromFile(settings.reportFile) : await fetchFromAws(settings, policy, deps);
        reports.push(report);
        evaluation = evaluate({ reports: [report.input], policy, now: settings.now });
      }
    } catch (error) {
      errors.push(messageOf(error));
    }
  }

  const compared = await baselineStage(settings, evaluation, reports.map((report) => report.facts), deps.log);
  evaluation = compared.evaluation;
  errors.push(...compared.errors);

  const verdict = decideVerdict(verdictCounts(evaluation.findings, evaluation.counts, compared.baseline), settings.failOn, errors);
  const document = buildFindingsDocument({
    evaluation,
    verdict,
    failOn: settings.failOn,
    policySource: settings.policy,
    reports: reports.map((report) => report.facts),
    errors,
    baseline: compared.baseline,
    evaluatedAt: settings.now,
    version: TOOL_VERSION,
  });
  return { document, policy, exemptions: evaluation.exemptions, reports };
}
