/**
 * The AWS side of a multi-account run, loaded on demand like the single-account adapter (the
 * offline path never loads the SDK): the hub identity, the organization's account list, and each
 * member account's report through its member role. Every failure is a UserError naming what failed.
 */
import { ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { createIamClient, createStsClient, type AwsClientSettings } from '../aws/aws-clients';
import { chainAssumeRole, resolveGateCredentials, type GateCredentials } from '../aws/aws-credentials';
import { classifyAwsError, describeFailure } from '../aws/aws-error';
import { createCredentialReportApi } from '../aws/credential-report-api';
import { fetchCredentialReport } from '../aws/fetch-credential-report';
import { credentialRequestOf, lookUpsOf, type AwsReportRequest, type FetchedReport } from '../aws/fetch-report-from-aws';
import { RetryBudget, systemClock } from '../aws/retry-budget';
import type { GateLogger } from '../logger';
import { UserError } from '../user-error';
import type { AccountTarget } from './account-targets';
import { leanCredentialReportBodies } from './lean-report-body';

export interface AwsAccounts {
  /** The hub identity, for messages ("role arn:…", "the default AWS credential chain"). */
  readonly identity: string;
  /** Ids of the organization's ACTIVE accounts (organizations:ListAccounts, every page). */
  listOrganizationAccounts(): Promise<string[]>;
  /** Assumes the account's role from the hub, then gets its report within its own time budget. */
  fetchAccount(target: AccountTarget, log: GateLogger): Promise<FetchedReport>;
  /** Closes the hub's connections. */
  close(): void;
}

/** Organizations throttles ListAccounts at a few calls per second; the SDK's own retries suffice for one listing. */
const ORGANIZATIONS_ATTEMPTS = 5;
const ORGANIZATIONS_PAGE_SIZE = 20;
/** STS caps a session assumed from another role's session (role chaining) at one hour. */
const MAX_CHAINED_SESSION_SECONDS = 3_600;

/** Destroys every client it made: keep-alive sockets would otherwise hold the process open. */
function clientPool() {
  const clients: { destroy(): void }[] = [];
  return {
    track<T extends { destroy(): void }>(client: T): T {
      clients.push(client);
      return client;
    },
    destroy() {
      for (const client of clients.splice(0)) client.destroy();
    },
  };
}

async function listActiveAccounts(client: OrganizationsClient, identity: string, timeoutMs: number): Promise<string[]> {
  const signal = AbortSignal.timeout(timeoutMs);
  const ids: string[] = [];
  let nextToken: string | undefined;
  try {
    do {
      const page = await client.send(
        new ListAccountsCommand({ MaxResults: ORGANIZATIONS_PAGE_SIZE, NextToken: nextToken }),
        { abortSignal: signal },
      );
      for (const account of page.Accounts ?? []) {
        // `Status` is retired in favour of `State` (September 2026); older responses only have Status.
        const state = account.State ?? account.Status;
        if (state === 'ACTIVE' && account.Id !== undefined) ids.push(account.Id);
      }
      nextToken = page.NextToken || undefined;
    } while (nextToken !== undefined);
  } catch (error) {
    const failure = classifyAwsError(error);
    const advice =
      failure.code === 'AWSOrganizationsNotInUseException'
        ? 'The hub account is not in an organization: list the accounts in `accounts` instead of `organization`.'
        : failure.kind === 'access-denied'
          ? 'Run the gate with an identity of the management account or of a delegated administrator for AWS Organizations, ' +
            'allowed organizations:ListAccounts; or list the accounts in `accounts`.'
          : 'Run again later, or list the accounts in `accounts`.';
    throw new UserError(
      `Could not list the accounts of the organization as ${identity}: organizations:ListAccounts answered ${describeFailure(failure)}. ${advice}`,
    );
  }
  return ids;
}

/**
 * Resolves the hub identity at once (so a hub that cannot sign in fails the run with one message,
 * not once per account) and returns the adapter. The hub's temporary credentials are renewed with a
 * fresh time budget once half their lifetime has passed, so a run over many accounts can outlast
 * `role-duration-seconds`.
 */
export async function openAwsAccounts(request: AwsReportRequest): Promise<AwsAccounts> {
  const clock = request.clock ?? systemClock;
  const maxWaitMs = request.maxWaitSeconds * 1000;
  const settings: AwsClientSettings = {
    region: request.region === '' ? 'us-east-1' : request.region,
    userAgent: request.userAgent,
    profile: request.profile,
  };
  const temporary = request.roleToAssume !== null || request.roleArn !== null;
  const renewAfterMs = Math.max(60_000, (request.roleDurationSeconds * 1000) / 2);

  // The hub's STS clients serve its credential refreshes, so they stay open until close().
  const hubClients = clientPool();
  const resolveHub = async (): Promise<{ credentials: GateCredentials; at: number }> => {
    const at = clock.now();
    const credentials = await resolveGateCredentials(credentialRequestOf(request, request.log), {
      budget: new RetryBudget(clock, maxWaitMs, request.label ?? null),
      createStsClient: (provider) => hubClients.track(createStsClient(settings, provider)),
    });
    return { credentials, at };
  };

  let hub: { credentials: GateCredentials; at: number };
  try {
    hub = await resolveHub();
  } catch (error) {
    hubClients.destroy();
    throw error;
  }
  let renewing: Promise<{ credentials: GateCredentials; at: number }> | null = null;
  const currentHub = async (): Promise<GateCredentials> => {
    if (temporary && clock.now() - hub.at > renewAfterMs) {
      renewing ??= resolveHub().finally(() => {
        renewing = null;
      });
      hub = await renewing;
    }
    return hub.credentials;
  };
  const identity = hub.credentials.identity;

  return {
    identity,

    async listOrganizationAccounts() {
      const credentials = await currentHub();
      const client = new OrganizationsClient({
        region: settings.region,
        customUserAgent: settings.userAgent,
        maxAttempts: ORGANIZATIONS_ATTEMPTS,
        credentials: credentials.provider,
        ...(settings.profile === null ? {} : { profile: settings.profile }),
      });
      try {
        return await listActiveAccounts(client, identity, maxWaitMs);
      } finally {
        client.destroy();
      }
    },

    async fetchAccount(target, log) {
      const budget = new RetryBudget(clock, maxWaitMs, request.label ?? null);
      const pool = clientPool();
      try {
        const source = await currentHub();
        const member = await chainAssumeRole(
          {
            ...credentialRequestOf(request, log),
            roleArn: target.roleArn,
            roleDurationSeconds: Math.min(request.roleDurationSeconds, MAX_CHAINED_SESSION_SECONDS),
          },
          { budget, createStsClient: (provider) => pool.track(createStsClient(settings, provider)) },
          source.provider,
          source.identity,
        );
        const iam = pool.track(createIamClient(settings, member.provider));
        leanCredentialReportBodies(iam);
        const report = await fetchCredentialReport({
          api: createCredentialReportApi(iam),
          budget,
          maxReportAgeHours: request.maxReportAgeHours,
          log,
          identity: `role ${target.roleArn}`,
        });
        // Look-ups run in the member account with its role, so every member role needs their permissions.
        const lookups = await lookUpsOf(request, iam, clock, log, `role ${target.roleArn}`, report.content);
        return {
          content: report.content,
          generatedAt: report.generatedAt === null ? null : new Date(report.generatedAt).toISOString(),
          accountId: member.accountId ?? target.accountId,
          apiCalls: report.apiCalls,
          ...(lookups === undefined ? {} : { lookups }),
        };
      } finally {
        pool.destroy();
      }
    },

    close() {
      hubClients.destroy();
    },
  };
}
