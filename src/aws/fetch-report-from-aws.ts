/**
 * The AWS adapter the orchestration loads on demand (the offline path never loads the SDK):
 * credentials, then the credential report, inside one time budget. Every AWS-side failure
 * becomes a UserError that says what failed, what was tried for how long, and what to do.
 */
import { leanCredentialReportBodies } from '../accounts/lean-report-body';
import type { AccountLookups } from '../enrich/types';
import { lookUpAccount } from '../enrich/look-up-account';
import type { LookUpPlan } from '../enrich/look-up-plan';
import type { GateLogger } from '../logger';
import { UserError } from '../user-error';
import { createIamClient, createStsClient, type AwsClientSettings } from './aws-clients';
import { resolveGateCredentials, type CredentialRequest } from './aws-credentials';
import { createCredentialReportApi } from './credential-report-api';
import { fetchCredentialReport } from './fetch-credential-report';
import { isRoleArn } from './parse-arn';
import { RetryBudget, systemClock, type AwsClock } from './retry-budget';

export type { AwsClock } from './retry-budget';

/**
 * What the orchestration asks for: who to be (the credential fields, see CredentialRequest: OIDC
 * `roleToAssume`, CLI `roleArn` / `profile`, or the default chain) and how long to try.
 */
export interface AwsReportRequest extends CredentialRequest {
  /** Overall limit for credentials, generation, polling and retries. */
  maxWaitSeconds: number;
  /** Policy settings.max_report_age_hours. */
  maxReportAgeHours: number;
  /** e.g. 'iam-credential-gate/1.0.0'. */
  userAgent: string;
  /** Injected in tests. */
  clock?: AwsClock;
  /** The look-ups beyond the report (`enrich`), made right after the report with the same client; absent = none. */
  lookUps?: LookUpPlan;
}

export interface FetchedReport {
  /** The exact CSV text (UTF-8 decoded from the SDK's Uint8Array). */
  content: string;
  /** ISO of GeneratedTime. */
  generatedAt: string | null;
  /**
   * From the assumed role's ARN (or role-to-assume / --role-arn), or the credentials' own
   * account id when the chain provides one; null otherwise (the orchestration then falls back
   * to the report's ARNs). No sts:GetCallerIdentity: only two IAM permissions are needed.
   */
  accountId: string | null;
  /** IAM calls made (GetCredentialReport + GenerateCredentialReport); STS calls not counted. */
  apiCalls: number;
  /** What the look-ups found, when the request planned some. */
  lookups?: AccountLookups;
}

const MAX_ROLE_DURATION_SECONDS = 43_200;
const MIN_ROLE_DURATION_SECONDS = 900;

function validate(request: AwsReportRequest): void {
  if (!Number.isFinite(request.maxWaitSeconds) || request.maxWaitSeconds <= 0) {
    throw new UserError(`max-wait-seconds must be a positive number of seconds, got ${String(request.maxWaitSeconds)}.`);
  }
  if (!Number.isFinite(request.maxReportAgeHours) || request.maxReportAgeHours < 0) {
    throw new UserError(`settings.max_report_age_hours must be zero or more hours, got ${String(request.maxReportAgeHours)}.`);
  }
  for (const [input, value] of [
    ['role-to-assume', request.roleToAssume],
    ['role-arn', request.roleArn],
  ] as const) {
    if (value !== null && !isRoleArn(value)) {
      throw new UserError(`${input} must be an IAM role ARN like arn:aws:iam::123456789012:role/iam-credential-gate, got '${value}'.`);
    }
  }
  if (
    (request.roleToAssume !== null || request.roleArn !== null) &&
    (!Number.isInteger(request.roleDurationSeconds) ||
      request.roleDurationSeconds < MIN_ROLE_DURATION_SECONDS ||
      request.roleDurationSeconds > MAX_ROLE_DURATION_SECONDS)
  ) {
    throw new UserError(
      `role-duration-seconds must be a whole number from ${MIN_ROLE_DURATION_SECONDS} to ${MAX_ROLE_DURATION_SECONDS} (STS limits), got ${String(request.roleDurationSeconds)}.`,
    );
  }
}

/** The credential side of a report request, logging to `log` (the fan-out prefixes each account's lines). */
export function credentialRequestOf(request: AwsReportRequest, log: GateLogger): CredentialRequest {
  return { ...request, region: request.region === '' ? 'us-east-1' : request.region, log };
}

/** The planned look-ups of one account, logged with what they cost; shared by the multi-account adapter. */
export async function lookUpsOf(
  request: AwsReportRequest,
  iam: Parameters<typeof lookUpAccount>[0]['iam'],
  clock: AwsClock,
  log: GateLogger,
  identity: string,
  content: string,
): Promise<AccountLookups | undefined> {
  const plan = request.lookUps;
  if (plan === undefined) return undefined;
  const { lookups, calls } = await lookUpAccount({ iam, clock, maxWaitMs: request.maxWaitSeconds * 1000, log, identity }, content, plan);
  const made = plan.lookUps.map((value) => `${value} ${calls[value] ?? 0}`).join(', ');
  log.info(`Look-ups beyond the report (IAM calls): ${made === '' ? 'none' : made}.`);
  return lookups;
}

export async function fetchReportFromAws(request: AwsReportRequest): Promise<FetchedReport> {
  validate(request);
  const clock = request.clock ?? systemClock;
  const budget = new RetryBudget(clock, request.maxWaitSeconds * 1000, request.label ?? null);
  const settings: AwsClientSettings = {
    region: request.region === '' ? 'us-east-1' : request.region,
    userAgent: request.userAgent,
    profile: request.profile,
  };
  const log: GateLogger = request.log;
  const stsClients: { destroy(): void }[] = [];
  let iam: { destroy(): void } | null = null;
  try {
    const credentials = await resolveGateCredentials(
      credentialRequestOf(request, log),
      {
        budget,
        createStsClient: (provider) => {
          const client = createStsClient(settings, provider);
          stsClients.push(client);
          return client;
        },
      },
    );
    const client = createIamClient(settings, credentials.provider);
    iam = client;
    // The SDK's XML parser leaves ~45 bytes of garbage per report byte; this reads Content itself
    // (and enforces the size cap before the body is read whole).
    leanCredentialReportBodies(client);
    const report = await fetchCredentialReport({
      api: createCredentialReportApi(client),
      budget,
      maxReportAgeHours: request.maxReportAgeHours,
      log,
      identity: credentials.identity,
    });
    const found = request.lookUps && (await lookUpsOf(request, client, clock, log, credentials.identity, report.content));
    return {
      content: report.content,
      generatedAt: report.generatedAt === null ? null : new Date(report.generatedAt).toISOString(),
      accountId: credentials.accountId,
      apiCalls: report.apiCalls,
      ...(found ? { lookups: found } : {}),
    };
  } finally {
    // Keep-alive sockets would otherwise hold the process open after the verdict.
    iam?.destroy();
    for (const sts of stsClients) sts.destroy();
  }
}
