import type { AwsAccounts } from '../accounts/aws-accounts';
import type { ProgressSink } from '../accounts/progress-line';
import { runAccounts } from '../accounts/run-accounts';
import { baselineStage } from '../baseline/baseline-stage';
import { verdictCounts } from '../baseline/verdict-counts';
import type { AwsReportRequest, FetchedReport } from '../aws/fetch-report-from-aws';
import { evaluate } from '../evaluate/evaluate';
import { buildFindingsDocument } from '../evaluate/findings-document';
import type { Evaluation, Finding, ReportFacts, ReportInput } from '../evaluate/types';
import { decideVerdict } from '../evaluate/verdict';
import { planLookUps } from '../enrich/look-up-plan';
import { noteRulesNotEvaluated } from '../enrich/rule-not-evaluated';
import type { GateLogger } from '../logger';
import { loadPolicy } from '../policy/load-policy';
import { requireEnabledRule } from '../policy/require-enabled-rule';
import type { Policy } from '../policy/types';
import { compareFindings } from '../policy-review/compare-findings';
import { loadComparePolicy } from '../policy-review/load-compare-policy';
import { startFindingsReview, type FindingsReview, type ReviewedFindings } from '../policy-review/review-findings';
import { reviewPolicyChange, verdictWithReview, withPolicyReview } from '../policy-review/review-policy-change';
import type { PolicyChange } from '../policy-review/types';
import { parseCredentialReport } from '../report/parse-report';
import { readReportFile } from '../report/read-report-file';
import type { InputLabel } from '../settings/input-label';
import type { GateSettings } from '../settings/settings';
import { reviewPolicy } from '../validate/review-policy';
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
  /** `mode: validate`: what is wrong-looking but valid in the policy (`file:line:col: …`); else empty. */
  policyWarnings: string[];
}

export interface GateDependencies {
  log: GateLogger;
  /** The action's `core.getIDToken`; null in the CLI. */
  getIdToken: ((audience: string, signal?: AbortSignal) => Promise<string>) | null;
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
  /** How messages name inputs: `input 'report-file'` (the default, the action) or `--report-file`. */
  label?: InputLabel;
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
    // Absent in the action: the AWS messages keep its own wording (`max-wait-seconds`, `role-to-assume`).
    ...(deps.label === undefined ? {} : { label: deps.label }),
    ...lookUpsRequest(settings, policy, deps.log),
  };
}

/** The look-ups beyond the report (`enrich`) ride on the report request: the adapters make them with the report's client. */
function lookUpsRequest(settings: GateSettings, policy: Policy, log: GateLogger): Pick<AwsReportRequest, 'lookUps'> {
  const plan = planLookUps(settings, policy);
  if (plan === null) return {};
  if (plan.skipped.length > 0) log.info(`enrich: ${plan.skipped.join(', ')} skipped: no enabled rule of the policy reads it.`);
  return { lookUps: plan };
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
    input: { account, rows: report.rows, ...(fetched.lookups === undefined ? {} : { lookups: fetched.lookups }) },
  };
}

/** Several accounts: each is evaluated as its report arrives, so the evaluation comes back whole. */
async function fetchAccounts(
  settings: GateSettings,
  policy: Policy,
  review: FindingsReview | null,
  deps: GateDependencies,
): Promise<{ evaluation: Evaluation; reports: ObtainedReport[]; errors: string[] }> {
  const run = await runAccounts({
    settings,
    policy,
    ...(review === null ? {} : { onEvaluated: (report: ReportInput, findings: readonly Finding[]) => review.add(report, findings) }),
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

async function readFromFile(file: string, settings: GateSettings, label?: InputLabel): Promise<ObtainedReport> {
  const { content, report } = await readReportFile(file, {
    cwd: settings.cwd,
    workspace: settings.workspace,
    // The CLI names its flag (`--report-file`); the action, its input.
    ...(label === undefined ? {} : { input: label('report-file') }),
  });
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
  // The same report(s) under compare-policy, for the policy change review; null without one.
  let comparePolicy: Policy | null = null;
  let reviewed: ReviewedFindings | null = null;

  try {
    policy = await loadPolicy(settings.policy, { cwd: settings.cwd, workspace: settings.workspace });
    requireEnabledRule(policy);
  } catch (error) {
    errors.push(messageOf(error));
  }
  if (settings.comparePolicy !== null) {
    try {
      comparePolicy = await loadComparePolicy(settings.comparePolicy, { cwd: settings.cwd, workspace: settings.workspace });
    } catch (error) {
      errors.push(messageOf(error));
    }
  }

  if (policy && settings.mode === 'check' && errors.length === 0) {
    try {
      if (settings.accounts.length > 0) {
        // Several accounts come back evaluated: each report is dropped as soon as it is.
        const review = comparePolicy ? startFindingsReview(comparePolicy, settings.now) : null;
        const run = await fetchAccounts(settings, policy, review, deps);
        evaluation = run.evaluation;
        reviewed = review?.finish() ?? null;
        reports.push(...run.reports);
        errors.push(...run.errors);
      } else {
        const report =
          settings.reportFile !== null ? await readFromFile(settings.reportFile, settings, deps.label) : await fetchFromAws(settings, policy, deps);
        reports.push(report);
        evaluation = evaluate({ reports: [report.input], policy, now: settings.now });
        if (comparePolicy) {
          const before = evaluate({ reports: [report.input], policy: comparePolicy, now: settings.now });
          reviewed = compareFindings(before.findings, evaluation.findings);
        }
      }
    } catch (error) {
      errors.push(messageOf(error));
    }
    // The look-up stage's run-level notices: enabled rules that needed a look-up enrich did not ask for.
    evaluation = noteRulesNotEvaluated(evaluation, policy, settings.enrich);
  }

  const policyWarnings: string[] = [];
  if (policy && settings.mode === 'validate') {
    try {
      // A saved report, when given, lets the review see which users the exemptions' globs reach.
      const rows =
        settings.reportFile === null ? null : (await readFromFile(settings.reportFile, settings, deps.label)).input.rows;
      const review = reviewPolicy(policy, settings.now, rows);
      errors.push(...review.errors);
      policyWarnings.push(...review.warnings);
    } catch (error) {
      errors.push(messageOf(error));
    }
  }

  let policyChange: PolicyChange | null = null;
  if (policy && comparePolicy && settings.comparePolicy !== null) {
    // In validate mode (or when no report could be evaluated) `reviewed` is null: the rules and
    // exemptions of both policies are still compared.
    policyChange = reviewPolicyChange({
      comparePolicy: settings.comparePolicy,
      before: comparePolicy,
      after: policy,
      findings: reviewed,
      policyWeakening: settings.policyWeakening,
    });
    if (settings.mode === 'check') evaluation = withPolicyReview(evaluation, policyChange);
  }

  const compared = await baselineStage(settings, evaluation, reports.map((report) => report.facts), deps.log);
  evaluation = compared.evaluation;
  errors.push(...compared.errors);

  const counted = decideVerdict(verdictCounts(evaluation.findings, evaluation.counts, compared.baseline), settings.failOn, errors);
  const verdict = settings.mode === 'check' ? verdictWithReview(counted, policyChange) : counted;
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
    policyChange,
  });
  return { document, policy, exemptions: evaluation.exemptions, reports, policyWarnings };
}
