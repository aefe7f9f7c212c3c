/**
 * The fetch state machine: use a fresh enough existing report, otherwise generate one, poll
 * until AWS says COMPLETE, and read it. Everything transient is retried with backoff inside
 * one time budget; past it, the fetch fails closed and says what it tried. It never passes
 * silently and never loops without waiting.
 *
 * Two kinds of wait (see retry-budget.ts). An answer saying our generation is under way
 * (Generate: STARTED / INPROGRESS; Get after a Generate: ReportInProgress) is progress, not
 * trouble: `budget.poll()`, 300 ms ±20 % for the first 6 s, then growing. Failures (throttling,
 * LimitExceeded, 5xx, network errors, and a ReportInProgress before this run asked for a
 * report) use `budget.backoff()`, exponential with full jitter. A failure in the middle of
 * polling takes the failure backoff, since it may be throttling and polling at 300 ms would
 * feed it; the next in-progress answer goes back to the polling schedule, which keeps its
 * place (it is measured from the generation's first in-progress answer), so a flaky API
 * neither resets a long generation to fast polling nor keeps it on the slow failure schedule.
 */
import { UserError } from '../user-error';
import type { GateLogger } from '../logger';
import { classifyAwsError, describeFailure, type AwsFailure } from './aws-error';
import type { CredentialReportApi, GenerationState, RawCredentialReport } from './credential-report-api';
import { formatDuration, type RetryBudget } from './retry-budget';

export interface FetchCredentialReportOptions {
  api: CredentialReportApi;
  budget: RetryBudget;
  maxReportAgeHours: number;
  log: GateLogger;
  /** How the identity is described in messages, e.g. "role arn:aws:iam::…:role/gate". */
  identity: string;
}

export interface FetchedCredentialReport extends RawCredentialReport {
  apiCalls: number;
  /** True when this run asked AWS to generate the report. */
  generated: boolean;
}

type Step = 'get-existing' | 'generate' | 'get-generated';

/** Upper bound of one HTTP request, so a single hung call cannot eat the whole budget silently. */
const MAX_REQUEST_MS = 30_000;

const PERMISSION = {
  GetCredentialReport: 'iam:GetCredentialReport',
  GenerateCredentialReport: 'iam:GenerateCredentialReport',
} as const;

type Action = keyof typeof PERMISSION;

export function reportAgeMs(generatedAt: number | null, now: number): number | null {
  return generatedAt === null ? null : Math.max(0, now - generatedAt);
}

/** "12 minutes", "3 hours 5 minutes", "2 days 4 hours": for humans, in the log and summary. */
export function formatAge(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(minutes % 60, 'minute')}`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? plural(days, 'day') : `${plural(days, 'day')} ${plural(hours % 24, 'hour')}`;
}

export async function fetchCredentialReport(options: FetchCredentialReportOptions): Promise<FetchedCredentialReport> {
  const { api, budget, log, identity } = options;
  const maxAgeMs = options.maxReportAgeHours * 3_600_000;
  const calls: Record<Action, number> = { GetCredentialReport: 0, GenerateCredentialReport: 0 };
  let lastFailure: AwsFailure | null = null;
  let lastState: GenerationState | null = null;
  let generated = false;
  let step: Step = 'get-existing';

  const apiCalls = () => calls.GetCredentialReport + calls.GenerateCredentialReport;

  const timeoutMs = () => Math.max(1, Math.min(MAX_REQUEST_MS, budget.remainingMs()));

  const giveUp = (): UserError => {
    const tried = [
      `${calls.GetCredentialReport} GetCredentialReport`,
      `${calls.GenerateCredentialReport} GenerateCredentialReport`,
    ].join(' and ');
    const waited = formatDuration(budget.elapsedMs());
    let why: string;
    let advice: string;
    if (lastFailure !== null && lastFailure.kind === 'transient') {
      why = `the last answer was ${describeFailure(lastFailure)}`;
      advice =
        lastFailure.code === 'LimitExceeded' || /throttl|rate exceeded/i.test(`${lastFailure.code} ${lastFailure.message}`)
          ? `IAM is throttling report generation (often many accounts or jobs generating at once): lower \`concurrency\`, stagger scheduled runs, or raise ${budget.limitName()}.`
          : `AWS or the network kept failing: check the status of IAM and the runner’s connectivity, then run again or raise ${budget.limitName()}.`;
    } else if (lastState !== null && lastState !== 'COMPLETE') {
      why = `AWS was still generating the report (state ${lastState})`;
      advice = `Large accounts take longer to generate: raise ${budget.limitName()}, or run again in a few minutes (the report is kept by AWS).`;
    } else if (lastFailure !== null) {
      why = `the last answer was ${describeFailure(lastFailure)}`;
      advice = `Run again later or raise ${budget.limitName()}.`;
    } else {
      why = 'no time was left to ask AWS';
      advice = `Raise ${budget.limitName()}.`;
    }
    return new UserError(
      `Could not get the IAM credential report within ${budget.describeLimit()} for ${identity}: ` +
        `made ${tried} calls over ${waited}; ${why}. ${advice} ` +
        'The gate fails closed: no report, no verdict.',
    );
  };

  const denied = (action: Action, failure: AwsFailure): UserError =>
    new UserError(
      `AWS denied ${PERMISSION[action]} to ${identity}: ${failure.message} ` +
        'The gate needs exactly two IAM permissions on resource "*": iam:GenerateCredentialReport and iam:GetCredentialReport. ' +
        'Add them to the policy of that role or user (see "Minimal IAM policy" in the README); also check that no permissions boundary, ' +
        'SCP or session policy denies them.',
    );

  const fatal = (action: Action, failure: AwsFailure): UserError => {
    if (failure.kind === 'access-denied') return denied(action, failure);
    if (failure.kind === 'invalid-credentials') {
      return new UserError(
        `AWS rejected the credentials of ${identity} on ${action}: ${describeFailure(failure)}. ` +
          'The access key is invalid, expired or belongs to another partition: refresh the credentials (or set `role-to-assume`), ' +
          'and check that `aws-region` is in the same partition as the account.',
      );
    }
    if (failure.kind === 'no-credentials') {
      return new UserError(`No AWS credentials were available for ${action}: ${failure.message}`);
    }
    return new UserError(`IAM ${action} failed for ${identity}: ${describeFailure(failure)}. The gate fails closed; run again, or report this if it persists.`);
  };

  const call = async <T>(action: Action, run: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; failure: AwsFailure }> => {
    calls[action] += 1;
    try {
      return { ok: true, value: await run() };
    } catch (error) {
      // Our own messages (e.g. from a credentials refresh) are already actionable.
      if (error instanceof UserError) throw error;
      const failure = classifyAwsError(error);
      log.debug(`${action} failed: ${describeFailure(failure)}`);
      return { ok: false, failure };
    }
  };

  const accept = (report: RawCredentialReport): FetchedCredentialReport => ({ ...report, apiCalls: apiCalls(), generated });

  for (;;) {
    if (budget.expired()) throw giveUp();

    if (step === 'get-existing' || step === 'get-generated') {
      const result = await call('GetCredentialReport', () => api.get(timeoutMs()));
      if (result.ok) {
        const report = result.value;
        const age = reportAgeMs(report.generatedAt, budget.clock.now());
        if (step === 'get-existing') {
          if (age !== null && age <= maxAgeMs) {
            log.info(`Using the credential report AWS generated ${formatAge(age)} ago (${new Date(report.generatedAt ?? 0).toISOString()}).`);
            return accept(report);
          }
          log.info(
            age === null
              ? 'The existing credential report has no generation time: asking AWS for a new one.'
              : `The existing credential report is ${formatAge(age)} old (limit ${options.maxReportAgeHours} h): asking AWS for a new one.`,
          );
          step = 'generate';
          continue;
        }
        if (age !== null && age > maxAgeMs) {
          log.warning(
            `AWS reports the credential report as COMPLETE but it was generated ${formatAge(age)} ago, older than settings.max_report_age_hours (${options.maxReportAgeHours} h). ` +
              'IAM reuses a report for up to 4 hours, so recent changes may not show yet. Evaluating it anyway.',
          );
        } else if (age !== null) {
          log.info(`Using the credential report AWS generated ${formatAge(age)} ago.`);
        }
        return accept(report);
      }
      const failure = result.failure;
      lastFailure = failure;
      switch (failure.kind) {
        case 'report-not-present':
        case 'report-expired':
          log.info(
            failure.kind === 'report-not-present'
              ? 'No credential report exists yet: asking AWS to generate one.'
              : 'The credential report has expired: asking AWS to generate a new one.',
          );
          // Right after our own COMPLETE this is a race with AWS: wait before asking again.
          if (step === 'get-generated' && !(await budget.backoff())) throw giveUp();
          step = 'generate';
          continue;
        case 'report-in-progress':
          lastState = 'INPROGRESS';
          // After our Generate this is our generation still running: poll it. Before it, someone
          // else's generation is running and nothing is known of it yet: a failure backoff, then
          // Generate, whose INPROGRESS answers are polled.
          if (!(await (step === 'get-generated' ? budget.poll() : budget.backoff()))) throw giveUp();
          step = 'generate';
          continue;
        case 'transient':
          if (!(await budget.backoff())) throw giveUp();
          continue;
        default:
          throw fatal('GetCredentialReport', failure);
      }
    }

    // step === 'generate'
    const result = await call('GenerateCredentialReport', () => api.generate(timeoutMs()));
    if (result.ok) {
      lastFailure = null;
      lastState = result.value;
      if (result.value === 'COMPLETE') {
        step = 'get-generated';
        continue;
      }
      if (result.value === 'STARTED') {
        generated = true;
        budget.restartPolling();
        log.info('AWS started generating the credential report; waiting for it.');
      }
      if (!(await budget.poll())) throw giveUp();
      continue;
    }
    lastFailure = result.failure;
    if (result.failure.kind === 'report-in-progress') {
      // Generate itself answering ReportInProgress: a generation is in flight, so poll it.
      lastState = 'INPROGRESS';
      if (!(await budget.poll())) throw giveUp();
      continue;
    }
    if (result.failure.kind === 'transient') {
      if (!(await budget.backoff())) throw giveUp();
      continue;
    }
    throw fatal('GenerateCredentialReport', result.failure);
  }
}
