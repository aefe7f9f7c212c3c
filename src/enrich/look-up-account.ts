/**
 * The AWS side of the look-ups beyond the report, for one account, through the IAM client that
 * fetched its report (loaded only with the AWS adapters: the offline path never imports it).
 *
 * Every listing is read to its last page (Marker / IsTruncated). Calls run at most
 * LOOK_UP_CONCURRENCY at once; a throttled or failing call backs off like the report's calls do,
 * for up to `max-wait-seconds` of its own (a budget per call, since an account of 5 000 users
 * makes thousands of calls and a budget for all of them would fail a large account that is merely
 * slow). A denied permission, or a call that keeps failing, ends the look-ups with a UserError that
 * names the permission and the `enrich` value: never a silent pass.
 */
import {
  ListAccessKeysCommand,
  ListServiceSpecificCredentialsCommand,
  ListSSHPublicKeysCommand,
  ListUserTagsCommand,
  ListVirtualMFADevicesCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import pLimit from 'p-limit';
import { classifyAwsError, describeFailure } from '../aws/aws-error';
import { formatDuration, RetryBudget, type AwsClock } from '../aws/retry-budget';
import type { GateLogger } from '../logger';
import { parseCredentialReport } from '../report/parse-report';
import type { EnrichValue } from '../settings/settings';
import { UserError } from '../user-error';
import { LOOK_UP_PERMISSIONS, type LookUpPlan } from './look-up-plan';
import type { AccountLookups, ListedAccessKey, ServiceCredential, SshPublicKey } from './types';

/** IAM answers a few dozen read calls a second per account before it throttles; 8 stays well inside. */
export const LOOK_UP_CONCURRENCY = 8;
/** Upper bound of one request, like the report's. */
const MAX_REQUEST_MS = 30_000;
/** IAM's largest page: fewer round trips for the account-wide listings. */
const PAGE_SIZE = 1_000;

export interface LookUpSession {
  iam: IAMClient;
  clock: AwsClock;
  maxWaitMs: number;
  log: GateLogger;
  /** How the identity is described in messages ("role arn:…"). */
  identity: string;
}

export interface AccountLookUpResult {
  lookups: AccountLookups;
  /** IAM calls made per permission, retries included. */
  calls: Partial<Record<EnrichValue, number>>;
}

interface Page<T> {
  items: T[];
  marker: string | undefined;
}

function epoch(date: Date | undefined): number | null {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date.getTime() : null;
}

function describeLimit(maxWaitMs: number): string {
  return `max-wait-seconds (${Math.round(maxWaitMs / 1000)} s)`;
}

/** The calls of one account's look-ups: bounded, retried, stopped at the first failure. */
function caller(session: LookUpSession) {
  const limit = pLimit(LOOK_UP_CONCURRENCY);
  const calls: Partial<Record<EnrichValue, number>> = {};
  let failed: UserError | null = null;

  const denied = (value: EnrichValue, message: string) =>
    new UserError(
      `AWS denied ${LOOK_UP_PERMISSIONS[value]} to ${session.identity}, which enrich: ${value} needs: ${message} ` +
        `Allow ${LOOK_UP_PERMISSIONS[value]} on resource "*" to that role (see "Look-ups beyond the report (enrich)" in the README; ` +
        'in a multi-account run, to every member role), or remove ' +
        `${value} from enrich. The gate fails closed: a look-up that was asked for is never skipped.`,
    );

  /** One request and its retries, within `max-wait-seconds` of its own. */
  async function call<T>(value: EnrichValue, send: (signal: AbortSignal) => Promise<T>): Promise<T | 'no-such-entity'> {
    const budget = new RetryBudget(session.clock, session.maxWaitMs);
    let attempts = 0;
    for (;;) {
      if (failed !== null) throw failed;
      attempts += 1;
      calls[value] = (calls[value] ?? 0) + 1;
      try {
        return await send(AbortSignal.timeout(Math.max(1, Math.min(MAX_REQUEST_MS, budget.remainingMs()))));
      } catch (error) {
        if (error instanceof UserError) throw error;
        const failure = classifyAwsError(error);
        // A user deleted since the report: nothing of it is left to list.
        if (failure.code === 'NoSuchEntity' || failure.code === 'NoSuchEntityException') return 'no-such-entity';
        if (failure.kind === 'access-denied') throw denied(value, failure.message);
        session.log.debug(`${LOOK_UP_PERMISSIONS[value]} failed: ${describeFailure(failure)}`);
        if (failure.kind === 'transient' && (await budget.backoff())) continue;
        throw new UserError(
          `Could not make the look-up ${value} (${LOOK_UP_PERMISSIONS[value]}) for ${session.identity}: ` +
            `${attempts} attempt${attempts === 1 ? '' : 's'} over ${formatDuration(budget.elapsedMs())}, the last answered ${describeFailure(failure)}. ` +
            (failure.kind === 'transient'
              ? `IAM kept failing or throttling within ${describeLimit(session.maxWaitMs)}: run again later, lower \`concurrency\`, or raise \`max-wait-seconds\`.`
              : 'Run again, or report this if it persists.') +
            ' The gate fails closed: a look-up that was asked for is never skipped.',
        );
      }
    }
  }

  /** Every page of a listing, one after the other (each page needs the marker of the one before). */
  async function listAll<T>(value: EnrichValue, page: (marker: string | undefined, signal: AbortSignal) => Promise<Page<T>>): Promise<T[]> {
    const items: T[] = [];
    let marker: string | undefined;
    do {
      const result = await call(value, (signal) => page(marker, signal));
      if (result === 'no-such-entity') return items;
      items.push(...result.items);
      marker = result.marker;
    } while (marker !== undefined);
    return items;
  }

  /** Runs `work` under the concurrency limit; the first failure stops everything still queued. */
  function bounded<T>(work: () => Promise<T>): Promise<T> {
    return limit(async () => {
      if (failed !== null) throw failed;
      try {
        return await work();
      } catch (error) {
        if (error instanceof UserError) {
          failed ??= error;
          limit.clearQueue();
        }
        throw error;
      }
    });
  }

  return { calls, listAll, bounded };
}

const nextMarker = (out: { IsTruncated?: boolean | undefined; Marker?: string | undefined }) =>
  out.IsTruncated === true && out.Marker ? out.Marker : undefined;

/** Per user, in parallel under the limit, each listing read to its end. */
async function perUser<T>(
  users: readonly string[],
  run: ReturnType<typeof caller>,
  list: (user: string) => Promise<T[]>,
): Promise<Map<string, T[]>> {
  const entries = await Promise.all(users.map((user) => run.bounded(async () => [user, await list(user)] as const)));
  return new Map(entries);
}

/**
 * Makes the planned look-ups for one account whose report (the CSV `content`) was just fetched,
 * and returns what they found.
 */
export async function lookUpAccount(session: LookUpSession, content: string, plan: LookUpPlan): Promise<AccountLookUpResult> {
  const { iam } = session;
  const run = caller(session);
  const asked = new Set(plan.lookUps);
  // The adapter hands over the CSV, not rows: parsing it again here keeps the adapters' interface as it was.
  const report = parseCredentialReport(content, 'credential report');
  const users = report.rows.filter((row) => !row.isRoot).map((row) => row.user);
  const root = report.rows.find((row) => row.isRoot);
  const lookups: AccountLookups = {};

  const serviceCredentials = async () => {
    // One account-wide listing (AllUsers) instead of one call per user.
    const all = await run.bounded(() =>
      run.listAll<{ user: string; credential: ServiceCredential }>('service-credentials', async (marker, signal) => {
        const out = await iam.send(new ListServiceSpecificCredentialsCommand({ AllUsers: true, Marker: marker, MaxItems: PAGE_SIZE }), { abortSignal: signal });
        const items = (out.ServiceSpecificCredentials ?? []).flatMap((item) => {
          const created = epoch(item.CreateDate);
          if (item.UserName === undefined || item.ServiceSpecificCredentialId === undefined || created === null) return [];
          return [{
            user: item.UserName,
            credential: {
              id: item.ServiceSpecificCredentialId,
              service: item.ServiceName ?? 'unknown',
              active: item.Status === 'Active',
              created,
              expires: epoch(item.ExpirationDate),
            },
          }];
        });
        return { items, marker: nextMarker(out) };
      }),
    );
    const byUser = new Map<string, ServiceCredential[]>();
    for (const { user, credential } of all) byUser.set(user, [...(byUser.get(user) ?? []), credential]);
    lookups.serviceCredentials = byUser;
  };

  const sshKeys = async () => {
    lookups.sshKeys = await perUser(users, run, (user) =>
      run.listAll<SshPublicKey>('ssh-keys', async (marker, signal) => {
        const out = await iam.send(new ListSSHPublicKeysCommand({ UserName: user, Marker: marker }), { abortSignal: signal });
        const items = (out.SSHPublicKeys ?? []).flatMap((key) => {
          const uploaded = epoch(key.UploadDate);
          return key.SSHPublicKeyId === undefined || uploaded === null ? [] : [{ id: key.SSHPublicKeyId, active: key.Status === 'Active', uploaded }];
        });
        return { items, marker: nextMarker(out) };
      }),
    );
  };

  const mfaDevices = async () => {
    // Without MFA on root there is no device to tell apart (root-mfa reports that), so no call.
    if (root === undefined || !root.mfaActive) {
      lookups.rootVirtualMfa = null;
      return;
    }
    const devices = await run.bounded(() =>
      run.listAll<{ serial: string; user: string | undefined }>('mfa-devices', async (marker, signal) => {
        const out = await iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned', Marker: marker, MaxItems: PAGE_SIZE }), { abortSignal: signal });
        const items = (out.VirtualMFADevices ?? []).flatMap((device) =>
          device.SerialNumber === undefined ? [] : [{ serial: device.SerialNumber, user: device.User?.Arn }],
        );
        return { items, marker: nextMarker(out) };
      }),
    );
    lookups.rootVirtualMfa = devices.find((device) => device.user === root.arn)?.serial ?? null;
  };

  const ruleLookUps: Promise<void>[] = [];
  if (asked.has('service-credentials')) ruleLookUps.push(serviceCredentials());
  if (asked.has('ssh-keys')) ruleLookUps.push(sshKeys());
  if (asked.has('mfa-devices')) ruleLookUps.push(mfaDevices());
  await Promise.all(ruleLookUps);

  if (asked.has('access-key-ids') || asked.has('user-tags')) {
    const { keyUsers, findingUsers } = plan.usersToLookUp({ account: report.accountId, rows: report.rows, lookups });
    const findingLookUps: Promise<void>[] = [];
    if (asked.has('access-key-ids')) {
      findingLookUps.push(
        perUser(keyUsers, run, (user) =>
          run.listAll<ListedAccessKey>('access-key-ids', async (marker, signal) => {
            const out = await iam.send(new ListAccessKeysCommand({ UserName: user, Marker: marker }), { abortSignal: signal });
            const items = (out.AccessKeyMetadata ?? []).flatMap((key) => {
              const created = epoch(key.CreateDate);
              return key.AccessKeyId === undefined || created === null ? [] : [{ id: key.AccessKeyId, active: key.Status === 'Active', created }];
            });
            return { items, marker: nextMarker(out) };
          }),
        ).then((keys) => {
          lookups.accessKeys = keys;
        }),
      );
    }
    if (asked.has('user-tags')) {
      findingLookUps.push(
        perUser(findingUsers, run, (user) =>
          run.listAll<{ key: string; value: string }>('user-tags', async (marker, signal) => {
            const out = await iam.send(new ListUserTagsCommand({ UserName: user, Marker: marker }), { abortSignal: signal });
            const items = (out.Tags ?? []).flatMap((tag) => (tag.Key === undefined ? [] : [{ key: tag.Key, value: tag.Value ?? '' }]));
            return { items, marker: nextMarker(out) };
          }),
        ).then((tags) => {
          // IAM tag keys are unique regardless of case, so `Owner` is the owner tag too.
          const wanted = plan.ownerTag.toLowerCase();
          lookups.owners = new Map(
            [...tags].map(([user, list]) => [user, list.find((tag) => tag.key.toLowerCase() === wanted)?.value ?? null]),
          );
        }),
      );
    }
    await Promise.all(findingLookUps);
  }

  return { lookups, calls: run.calls };
}
