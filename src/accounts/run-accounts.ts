import type { AwsReportRequest } from '../aws/fetch-report-from-aws';
import { startEvaluation } from '../evaluate/evaluate-incremental';
import type { Evaluation, Finding, ReportFacts, ReportInput } from '../evaluate/types';
import type { GateLogger } from '../logger';
import type { Policy } from '../policy/types';
import { parseCredentialReport } from '../report/parse-report';
import type { GateSettings } from '../settings/settings';
import { UserError } from '../user-error';
import { partitionOfRegion, resolveAccountTargets, type AccountTarget } from './account-targets';
import type { AwsAccounts } from './aws-accounts';
import { fanOut } from './fan-out';
import type { ProgressSink } from './progress-line';
import { selectShard } from './shard';

/** One account's report after evaluation: its facts, and its CSV only when `save-report` wants it. */
export interface AccountReport {
  facts: ReportFacts;
  /** The exact CSV, or '' when `save-report` is not set (the text is dropped once evaluated). */
  content: string;
}

export interface AccountsRun {
  evaluation: Evaluation;
  /** Evaluated accounts, in account id order. */
  reports: AccountReport[];
  /** One message per account that failed, naming it. */
  errors: string[];
}

export interface AccountsRunInput {
  settings: GateSettings;
  policy: Policy;
  /** Called with each report and its findings while the rows are at hand (the policy change review). */
  onEvaluated?: (report: ReportInput, findings: readonly Finding[]) => void;
  /** The hub's request: identity, region, time budget per account. */
  request: AwsReportRequest;
  log: GateLogger;
  progress?: ProgressSink;
  /** The AWS side (the SDK adapter in production, imported on demand by the caller). */
  openAccounts: (request: AwsReportRequest) => Promise<AwsAccounts>;
}

/** Log lines of one account carry its id, and never break the progress line in two. */
function accountLogger(log: GateLogger, accountId: string, progress: ProgressSink | undefined): GateLogger {
  const around = (write: (message: string) => void) => (message: string) => {
    progress?.clear();
    write(`[${accountId}] ${message}`);
    progress?.redraw();
  };
  return { info: around(log.info), warning: around(log.warning), debug: around(log.debug) };
}

async function listTargets(settings: GateSettings, aws: AwsAccounts, log: GateLogger): Promise<AccountTarget[]> {
  const partition = partitionOfRegion(settings.awsRegion);
  let entries = settings.accounts;
  if (entries.length === 1 && entries[0] === 'organization') {
    entries = await aws.listOrganizationAccounts();
    log.info(`The organization has ${entries.length} ACTIVE accounts.`);
    if (entries.length === 0) {
      throw new UserError(
        `organizations:ListAccounts returned no ACTIVE account for ${aws.identity}; nothing could be evaluated. ` +
          'Check that the hub identity is in the management account (or a delegated administrator).',
      );
    }
  }
  const targets = resolveAccountTargets(entries, settings.memberRoleName, partition);
  if (settings.shard === null) return targets;
  const slice = selectShard(targets, settings.shard);
  const { index, count } = settings.shard;
  log.info(`Shard ${index}/${count}: ${slice.length} of ${targets.length} accounts.`);
  if (slice.length === 0) {
    log.warning(`Shard ${index}/${count} has no accounts: there are more shards (${count}) than accounts (${targets.length}).`);
  }
  return slice;
}

/**
 * A run over several accounts: the account list (given, or the organization's), this shard's slice,
 * then every account fetched through its member role and evaluated as soon as its report arrives,
 * at most `concurrency` at once. The rows are dropped once evaluated. An account that fails is an
 * error naming it, while the others are still evaluated. A failure of the hub itself (its identity,
 * the organization listing) is thrown: nothing could be evaluated.
 */
export async function runAccounts(input: AccountsRunInput): Promise<AccountsRun> {
  const { settings, policy, log, progress } = input;
  const aws = await input.openAccounts(input.request);
  try {
    const targets = await listTargets(settings, aws, log);
    const evaluation = startEvaluation(policy, settings.now);
    const keepCsv = settings.saveReport !== null;

    const results = await fanOut({
      targets,
      concurrency: settings.concurrency,
      progress: progress && ((state) => progress.update(state)),
      work: async (target): Promise<AccountReport> => {
        const accountLog = accountLogger(log, target.accountId, progress);
        const fetched = await aws.fetchAccount(target, accountLog);
        const report = parseCredentialReport(fetched.content, `credential report of account ${target.accountId}`);
        const account = fetched.accountId ?? target.accountId;
        const evaluated: ReportInput = {
          account,
          rows: report.rows,
          ...(fetched.lookups === undefined ? {} : { lookups: fetched.lookups }),
        };
        const findings = evaluation.add(evaluated);
        input.onEvaluated?.(evaluated, findings);
        accountLog.info(`${report.rows.length} rows evaluated (${fetched.apiCalls} IAM call${fetched.apiCalls === 1 ? '' : 's'}).`);
        return {
          facts: { account, generatedAt: fetched.generatedAt, source: 'aws', users: report.rows.length },
          content: keepCsv ? fetched.content : '',
        };
      },
    });

    const reports: AccountReport[] = [];
    const errors: string[] = [];
    for (const result of results) {
      if (result.ok) reports.push(result.value);
      else errors.push(`Account ${result.target.accountId}: ${result.error}`);
    }
    if (targets.length > 0) {
      log.info(`${reports.length} of ${targets.length} accounts evaluated${errors.length > 0 ? `, ${errors.length} failed` : ''}.`);
    }
    return { evaluation: evaluation.finish(), reports, errors };
  } finally {
    aws.close();
  }
}
