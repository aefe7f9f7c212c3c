/**
 * Multi-account behaviour for the loopback AWS server (test/support/aws-server.ts), added through
 * its public `handle` and `roles` hooks: an Organizations ListAccounts with pagination, member
 * roles the hub may assume, per-account faults, and report generation that takes real time (for
 * the benchmark).
 */
import type { AwsCall, AwsReply, ServiceHandler, SimulatedRole } from './aws-server';
import { generateReply, getReportReply, iamErrors, jsonReply, sampleReportCsv } from './aws-server';

export interface OrgAccount {
  id: string;
  /** The current field. Omitted to imitate responses that only carry the retired `Status`. */
  state?: 'ACTIVE' | 'SUSPENDED' | 'PENDING_ACTIVATION' | 'PENDING_CLOSURE' | 'CLOSED';
  status?: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE';
}

const ORG_JSON = 'application/x-amz-json-1.1';

function organizationsError(type: string, message: string, status: number): AwsReply {
  return jsonReply(status, { __type: type, message }, ORG_JSON);
}

export const organizationsErrors = {
  accessDenied: () =>
    organizationsError('AccessDeniedException', 'You don\u2019t have permissions to access this resource.', 400),
  notInUse: () =>
    organizationsError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.', 400),
};

/**
 * Answers organizations:ListAccounts from `accounts`, at most `pageSize` per page (or the caller's
 * smaller MaxResults), with an opaque NextToken.
 */
export function listAccountsHandler(accounts: readonly OrgAccount[], pageSize = 20): ServiceHandler {
  return (call: AwsCall) => {
    if (call.action !== 'ListAccounts') return undefined;
    const body = (call.json ?? {}) as { MaxResults?: number; NextToken?: string };
    const size = Math.min(pageSize, body.MaxResults ?? pageSize);
    const start = body.NextToken === undefined ? 0 : Number(Buffer.from(body.NextToken, 'base64url').toString('utf8'));
    const page = accounts.slice(start, start + size);
    const next = start + size < accounts.length ? Buffer.from(String(start + size)).toString('base64url') : undefined;
    return jsonReply(
      200,
      {
        Accounts: page.map((account) => ({
          Id: account.id,
          Arn: `arn:aws:organizations::999999999999:account/o-exampleorgid/${account.id}`,
          Email: `aws+${account.id}@example.com`,
          Name: `account ${account.id}`,
          ...(account.status === undefined ? {} : { Status: account.status }),
          ...(account.state === undefined ? {} : { State: account.state }),
          JoinedMethod: 'CREATED',
          JoinedTimestamp: 1_700_000_000,
        })),
        ...(next === undefined ? {} : { NextToken: next }),
      },
      ORG_JSON,
    );
  };
}

/** The member role in each account, assumable by anyone (the server's default trust) unless `denied`. */
export function memberRoles(
  accounts: readonly string[],
  roleName: string,
  denied: readonly string[] = [],
): Record<string, SimulatedRole> {
  return Object.fromEntries(
    accounts.map((id) => [
      `arn:aws:iam::${id}:role/${roleName}`,
      denied.includes(id) ? { trust: () => false } : {},
    ]),
  );
}

/** Chains IAM handlers: the first that answers wins, undefined falls through to the built-in IAM. */
export function firstOf(...handlers: ServiceHandler[]): ServiceHandler {
  return async (call, server) => {
    for (const handler of handlers) {
      const reply = await handler(call, server);
      if (reply !== undefined) return reply;
    }
    return undefined;
  };
}

/** The first `times` IAM calls signed for `account` are throttled. */
export function throttleAccount(account: string, times: number): ServiceHandler {
  let left = times;
  return (call) => {
    if (call.account !== account || left <= 0) return undefined;
    left -= 1;
    return iamErrors.throttling();
  };
}

export interface TimedReports {
  handler: ServiceHandler;
  /** Reports handed out, by account. */
  served: Map<string, number>;
  /** Per account: ms from the moment its report was ready to the moment it was first handed out. */
  pickupDelays: Map<string, number>;
}

/**
 * IAM that takes `generationMs` of wall time to generate each account's report, as AWS does, and
 * keeps it once generated. `csvOf` gives an account's CSV (the same string may be shared).
 */
export function timedReports(generationMs: number, csvOf: (account: string) => string = sampleReportCsv): TimedReports {
  const startedAt = new Map<string, number>();
  const served = new Map<string, number>();
  const pickupDelays = new Map<string, number>();
  const handler: ServiceHandler = (call: AwsCall) => {
    const account = call.account ?? 'unknown';
    const started = startedAt.get(account);
    const done = started !== undefined && Date.now() - started >= generationMs;
    if (call.action === 'GenerateCredentialReport') {
      if (started === undefined) {
        startedAt.set(account, Date.now());
        return generateReply('STARTED');
      }
      return generateReply(done ? 'COMPLETE' : 'INPROGRESS');
    }
    if (call.action === 'GetCredentialReport') {
      if (started === undefined) return iamErrors.reportNotPresent();
      if (!done) return iamErrors.reportInProgress();
      const generatedAt = new Date(started + generationMs).toISOString();
      served.set(account, (served.get(account) ?? 0) + 1);
      if (!pickupDelays.has(account)) pickupDelays.set(account, Date.now() - (started + generationMs));
      return getReportReply({ csv: csvOf(account), generatedAt });
    }
    return undefined;
  };
  return { handler, served, pickupDelays };
}
