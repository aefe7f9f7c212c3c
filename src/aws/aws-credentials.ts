/**
 * Where the gate's AWS identity comes from: a GitHub OIDC token exchanged with
 * sts:AssumeRoleWithWebIdentity (`role-to-assume`), or the SDK's default credential chain
 * (after aws-actions/configure-aws-credentials, a profile, SSO, instance roles…), optionally
 * followed by sts:AssumeRole (`--role-arn`). Credentials are masked the moment they exist and
 * live only in memory: they are handed to the IAM client as a provider, never put in the
 * environment.
 */
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, type Credentials, type STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { GateLogger } from '../logger';
import { ACTION_INPUT, subject, type InputLabel } from '../settings/input-label';
import { UserError } from '../user-error';
import { classifyAwsError, describeFailure, type AwsFailure } from './aws-error';
import { accountIdFromArn } from './parse-arn';
import type { RetryBudget } from './retry-budget';
import { decodeWebIdentityClaims, describeClaims, type WebIdentityClaims } from './web-identity-token';

export interface CredentialRequest {
  /** aws-region, default us-east-1. */
  region: string;
  /** Action: OIDC token + sts:AssumeRoleWithWebIdentity. */
  roleToAssume: string | null;
  /** OIDC token audience, default sts.amazonaws.com. */
  audience: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  /** CLI --role-arn: sts:AssumeRole from the default chain (or, with roleToAssume, from that role). */
  roleArn: string | null;
  /** CLI --profile. */
  profile: string | null;
  /** Action: the runner's OIDC token request, aborted by `signal` at the deadline; null in the CLI. */
  getIdToken: ((audience: string, signal?: AbortSignal) => Promise<string>) | null;
  /**
   * Whether the job can request an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN set).
   * false fails at once when roleToAssume is set; undefined: the adapter finds out on first use.
   */
  oidcAvailable?: boolean;
  /** Action: registers each secret with the runner's log masking. */
  mask: (secret: string) => void;
  log: GateLogger;
  /** How messages name inputs (`role-to-assume` in the action, `--role-arn` in the CLI); default the action's. */
  label?: InputLabel;
}

export interface GateCredentials {
  /** Memoized, refreshed before expiry, masking every new set. For the IAM client. */
  provider: AwsCredentialIdentityProvider;
  /** From the assumed role's ARN, or the credentials themselves; null when unknown. */
  accountId: string | null;
  /** Who the gate acts as, for messages ("role arn:…", "the default AWS credential chain"). */
  identity: string;
}

export interface CredentialDeps {
  budget: RetryBudget;
  /** STS client for the unsigned AssumeRoleWithWebIdentity call. */
  createStsClient: (credentials?: AwsCredentialIdentityProvider) => STSClient;
  /** Injected in tests; defaults to the SDK's node provider chain. */
  defaultChain?: (profile: string | null) => AwsCredentialIdentityProvider;
}

const OIDC_VARIABLES = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'] as const;

/**
 * Renew temporary credentials this long before they expire (a report fetch can outlast them).
 * The SDK asks for new ones 5 minutes before expiry; answering with the old set then would only
 * make it ask again on every request.
 */
const REFRESH_MARGIN_MS = 5 * 60_000;

const NO_OIDC_MESSAGE =
  '`role-to-assume` is set, but this job cannot request a GitHub OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL and ' +
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set). Give the job `permissions: id-token: write` (and `contents: read`) in the ' +
  'workflow. Pull requests from forks and Dependabot runs never get an OIDC token, whatever the permissions say: skip the ' +
  'gate for them (e.g. `if: github.event.pull_request.head.repo.full_name == github.repository`), or evaluate a saved ' +
  'report with `report-file`.';

/** Outside a GitHub Actions job (the CLI) there is no OIDC token: advise what works there, in flags. */
function cliCredentialsAdvice(label: InputLabel): string {
  return (
    'Provide credentials in one of these ways: ' +
    `(1) ${label('profile')} NAME or AWS_PROFILE (after \`aws sso login\` for SSO profiles); ` +
    '(2) set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary keys) in the environment; ' +
    `(3) add ${label('role-arn')} ARN to assume a role from those credentials; or run where an instance or container ` +
    `role is available. To evaluate a saved report without AWS, use ${label('report-file')}.`
  );
}

const NO_CREDENTIALS_ADVICE =
  'Provide credentials in one of these ways: ' +
  '(1) set `role-to-assume` to an IAM role that trusts GitHub OIDC, and give the job `permissions: id-token: write`; ' +
  '(2) run aws-actions/configure-aws-credentials in an earlier step; ' +
  '(3) set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary keys) in the environment; ' +
  '(4) on the command line, use `--profile NAME` or AWS_PROFILE (after `aws sso login` for SSO profiles), or run where an ' +
  'instance or container role is available. To evaluate a saved report without AWS, use `report-file` (`--report-file`).';

function oidcVariablesMissing(): boolean {
  return OIDC_VARIABLES.some((name) => (process.env[name] ?? '') === '');
}

function maskCredentials(credentials: AwsCredentialIdentity, mask: (secret: string) => void): void {
  mask(credentials.accessKeyId);
  mask(credentials.secretAccessKey);
  if (credentials.sessionToken !== undefined && credentials.sessionToken !== '') mask(credentials.sessionToken);
}

function fromStsCredentials(credentials: Credentials | undefined, what: string): AwsCredentialIdentity {
  if (credentials?.AccessKeyId === undefined || credentials.SecretAccessKey === undefined) {
    throw new UserError(`${what} returned no credentials. The STS endpoint answered without a Credentials element; check AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL if you use an emulator.`);
  }
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    ...(credentials.SessionToken === undefined ? {} : { sessionToken: credentials.SessionToken }),
    ...(credentials.Expiration === undefined ? {} : { expiration: credentials.Expiration }),
  };
}

/** Bounds a promise we cannot abort (a token request, a credential chain) by the time left. */
async function withinBudget<T>(budget: RetryBudget, work: (signal: AbortSignal) => Promise<T>, what: string): Promise<T> {
  const remaining = budget.remainingMs();
  // The work is aborted, not just outraced: a request left open would keep the process running.
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new UserError(`${what} did not finish within ${budget.describeLimit()}. Raise ${budget.limitName()} or check the network.`);
      reject(error);
      controller.abort(error);
    }, Math.max(1, remaining));
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/**
 * Caches one set of credentials and obtains a new one shortly before it expires, so a long
 * poll never signs with expired keys. Concurrent callers share one refresh.
 */
function refreshing(obtain: () => Promise<AwsCredentialIdentity>, now: () => number): AwsCredentialIdentityProvider {
  let current: AwsCredentialIdentity | null = null;
  let pending: Promise<AwsCredentialIdentity> | null = null;
  return async () => {
    const fresh = current !== null && (current.expiration === undefined || current.expiration.getTime() - REFRESH_MARGIN_MS > now());
    if (fresh && current !== null) return current;
    pending ??= obtain().then(
      (credentials) => {
        current = credentials;
        pending = null;
        return credentials;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
}

function assumeTimedOut(roleArn: string, budget: RetryBudget, attempts: number, lastFailure: AwsFailure | null): UserError {
  const last = lastFailure === null ? '' : `, the last answered ${describeFailure(lastFailure)}`;
  return new UserError(
    `Could not assume role ${roleArn} within ${budget.describeLimit()}: ${attempts === 1 ? '1 attempt' : `${attempts} attempts`}${last}. Run again later or raise ${budget.limitName()}.`,
  );
}

function retryableWebIdentityFailure(failure: AwsFailure): boolean {
  // A fresh token is requested for every attempt, so an expired one is worth one more try.
  return failure.kind === 'transient' || failure.code === 'ExpiredTokenException' || failure.code === 'ExpiredToken';
}

function webIdentityFailure(roleArn: string, audience: string, failure: AwsFailure, claims: WebIdentityClaims | null): UserError {
  const prefix = `Could not assume role ${roleArn} with the GitHub OIDC token: sts:AssumeRoleWithWebIdentity answered ${describeFailure(failure)}.`;
  const token = `The token presented to AWS: ${describeClaims(claims)}.`;
  if (failure.kind === 'access-denied') {
    return new UserError(
      `${prefix} ${token} Check the role's trust policy: its Principal must be {"Federated": "arn:aws:iam::ACCOUNT:oidc-provider/token.actions.githubusercontent.com"} ` +
        `with Action sts:AssumeRoleWithWebIdentity, the condition on token.actions.githubusercontent.com:aud must allow '${audience}' (the \`audience\` input), ` +
        'and the condition on token.actions.githubusercontent.com:sub must match the sub above (a branch, an environment, `pull_request`…). ' +
        'See "OIDC trust policy" in the README.',
    );
  }
  if (failure.code === 'InvalidIdentityToken' || failure.code === 'InvalidIdentityTokenException' || failure.code === 'IDPRejectedClaim' || failure.code === 'IDPRejectedClaimException') {
    return new UserError(
      `${prefix} ${token} The account of the role needs an IAM OIDC identity provider for https://token.actions.githubusercontent.com ` +
        `whose audience list includes '${audience}'; create it (IAM → Identity providers) or fix the \`audience\` input. See "OIDC trust policy" in the README.`,
    );
  }
  if (/DurationSeconds|MaxSessionDuration/i.test(failure.message)) {
    return new UserError(`${prefix} Lower \`role-duration-seconds\` to at most the role's maximum session duration, or raise that maximum on the role.`);
  }
  return new UserError(`${prefix} ${token} Check \`role-to-assume\`, \`aws-region\` and the role's trust policy.`);
}

function oidcTokenFailure(audience: string, error: unknown): UserError {
  const message = error instanceof Error ? error.message : String(error);
  if (oidcVariablesMissing() || /ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message)) return new UserError(NO_OIDC_MESSAGE);
  // The token service's own message never contains the token (only status and reason).
  const reason = message.replace(/\s+/g, ' ').trim();
  return new UserError(
    `Could not get a GitHub OIDC token for audience '${audience}' from the Actions token service: ${reason}. ` +
      'Check that the job has `permissions: id-token: write`, that the runner can reach the token service ' +
      '(ACTIONS_ID_TOKEN_REQUEST_URL), and run the job again; GitHub outages show on githubstatus.com.',
  );
}

async function assumeRoleWithWebIdentity(request: CredentialRequest, deps: CredentialDeps, sts: STSClient): Promise<{ credentials: AwsCredentialIdentity; assumedArn: string | null }> {
  const roleArn = request.roleToAssume ?? '';
  const getIdToken = request.getIdToken;
  if (getIdToken === null) {
    const label = request.label ?? ACTION_INPUT;
    throw new UserError(
      `${subject(label, 'role-to-assume')} needs a GitHub OIDC token, which only exists inside a GitHub Actions job. ` +
        `On the command line, use ${label('role-arn')} (sts:AssumeRole from your own credentials) or ${label('profile')}.`,
    );
  }
  const { budget } = deps;
  let attempts = 0;
  let lastFailure: AwsFailure | null = null;
  for (;;) {
    if (budget.expired()) throw assumeTimedOut(roleArn, budget, attempts, lastFailure);
    attempts += 1;
    let token: string;
    try {
      // A fresh token per attempt: tokens are short-lived and STS rejects reused expired ones.
      token = await withinBudget(budget, (signal) => getIdToken(request.audience, signal), 'Requesting the GitHub OIDC token');
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw oidcTokenFailure(request.audience, error);
    }
    request.mask(token);
    const claims = decodeWebIdentityClaims(token);
    try {
      const out = await sts.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: roleArn,
          RoleSessionName: request.roleSessionName,
          WebIdentityToken: token,
          DurationSeconds: request.roleDurationSeconds,
        }),
        { abortSignal: AbortSignal.timeout(Math.max(1, budget.remainingMs())) },
      );
      const credentials = fromStsCredentials(out.Credentials, 'sts:AssumeRoleWithWebIdentity');
      maskCredentials(credentials, request.mask);
      return { credentials, assumedArn: out.AssumedRoleUser?.Arn ?? null };
    } catch (error) {
      if (error instanceof UserError) throw error;
      const failure = classifyAwsError(error);
      lastFailure = failure;
      if (!retryableWebIdentityFailure(failure)) throw webIdentityFailure(roleArn, request.audience, failure, claims);
      request.log.debug(`AssumeRoleWithWebIdentity attempt ${attempts} failed: ${describeFailure(failure)}`);
      await budget.backoff();
    }
  }
}

function noCredentials(request: CredentialRequest, failure: AwsFailure): UserError {
  const where = request.profile === null ? 'the default AWS credential chain' : `the AWS profile '${request.profile}'`;
  // No token request means no Actions job (the CLI): OIDC and workflow steps are no advice there.
  const advice = request.getIdToken === null ? cliCredentialsAdvice(request.label ?? ACTION_INPUT) : NO_CREDENTIALS_ADVICE;
  return new UserError(`No AWS credentials found in ${where} (${failure.message}). ${advice}`);
}

async function assumeRole(
  request: CredentialRequest,
  deps: CredentialDeps,
  sts: STSClient,
  source: string,
): Promise<{ credentials: AwsCredentialIdentity; assumedArn: string | null }> {
  const roleArn = request.roleArn ?? '';
  const { budget } = deps;
  let attempts = 0;
  let lastFailure: AwsFailure | null = null;
  for (;;) {
    if (budget.expired()) throw assumeTimedOut(roleArn, budget, attempts, lastFailure);
    attempts += 1;
    try {
      const out = await sts.send(
        new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: request.roleSessionName, DurationSeconds: request.roleDurationSeconds }),
        { abortSignal: AbortSignal.timeout(Math.max(1, budget.remainingMs())) },
      );
      const credentials = fromStsCredentials(out.Credentials, 'sts:AssumeRole');
      maskCredentials(credentials, request.mask);
      return { credentials, assumedArn: out.AssumedRoleUser?.Arn ?? null };
    } catch (error) {
      if (error instanceof UserError) throw error;
      const failure = classifyAwsError(error);
      lastFailure = failure;
      if (failure.kind === 'transient') {
        request.log.debug(`AssumeRole attempt ${attempts} failed: ${describeFailure(failure)}`);
        await budget.backoff();
        continue;
      }
      if (failure.kind === 'no-credentials') throw noCredentials(request, failure);
      if (failure.kind === 'access-denied') {
        throw new UserError(
          `Could not assume role ${roleArn} from ${source}: sts:AssumeRole answered ${describeFailure(failure)}. ` +
            "The role's trust policy must allow the calling identity (named in AWS's message) to call sts:AssumeRole, " +
            'and that identity needs sts:AssumeRole on the role in its own policy.',
        );
      }
      throw new UserError(`Could not assume role ${roleArn} from ${source}: sts:AssumeRole answered ${describeFailure(failure)}. Check the role ARN, the region and your credentials.`);
    }
  }
}

export async function resolveGateCredentials(request: CredentialRequest, deps: CredentialDeps): Promise<GateCredentials> {
  const { budget } = deps;
  const now = () => budget.clock.now();

  if (request.roleToAssume !== null) {
    if (request.oidcAvailable === false) throw new UserError(NO_OIDC_MESSAGE);
    const sts = deps.createStsClient();
    const first = await assumeRoleWithWebIdentity(request, deps, sts);
    request.log.info(`Assumed role ${request.roleToAssume} with the GitHub OIDC token (audience '${request.audience}').`);
    let initial: AwsCredentialIdentity | null = first.credentials;
    const webIdentity = refreshing(async () => {
      if (initial !== null) {
        const credentials = initial;
        initial = null;
        return credentials;
      }
      return (await assumeRoleWithWebIdentity(request, deps, sts)).credentials;
    }, now);
    const baseAccount = accountIdFromArn(first.assumedArn) ?? accountIdFromArn(request.roleToAssume);
    if (request.roleArn === null) {
      return { provider: webIdentity, accountId: baseAccount, identity: `role ${request.roleToAssume}` };
    }
    return chainAssumeRole(request, deps, webIdentity, `role ${request.roleToAssume}`);
  }

  const chain = (deps.defaultChain ?? defaultChain)(request.profile);
  const masked: AwsCredentialIdentityProvider = async (props) => {
    const credentials = await chain(props);
    maskCredentials(credentials, request.mask);
    return credentials;
  };
  const source = request.profile === null ? 'the default AWS credential chain' : `the AWS profile '${request.profile}'`;
  let first: AwsCredentialIdentity;
  try {
    // Resolve once now, so missing credentials fail here with advice instead of inside a report call.
    first = await withinBudget(budget, () => masked(), `Looking up AWS credentials in ${source}`);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw noCredentials(request, classifyAwsError(error));
  }
  if (request.roleArn !== null) return chainAssumeRole(request, deps, masked, source);
  const accountId = typeof first.accountId === 'string' && /^\d{12}$/.test(first.accountId) ? first.accountId : null;
  return { provider: masked, accountId, identity: source };
}

/**
 * sts:AssumeRole on top of `base` credentials (CLI `--role-arn`, or a member account of a
 * multi-account run), refreshed like the others. `source` names `base` in messages.
 */
export async function chainAssumeRole(
  request: CredentialRequest,
  deps: CredentialDeps,
  base: AwsCredentialIdentityProvider,
  source: string,
): Promise<GateCredentials> {
  const sts = deps.createStsClient(base);
  const first = await assumeRole(request, deps, sts, source);
  request.log.info(`Assumed role ${request.roleArn ?? ''} with sts:AssumeRole from ${source}.`);
  let initial: AwsCredentialIdentity | null = first.credentials;
  const provider = refreshing(async () => {
    if (initial !== null) {
      const credentials = initial;
      initial = null;
      return credentials;
    }
    return (await assumeRole(request, deps, sts, source)).credentials;
  }, () => deps.budget.clock.now());
  return {
    provider,
    accountId: accountIdFromArn(first.assumedArn) ?? accountIdFromArn(request.roleArn),
    identity: `role ${request.roleArn ?? ''}`,
  };
}

function defaultChain(profile: string | null): AwsCredentialIdentityProvider {
  return fromNodeProviderChain(profile === null ? {} : { profile });
}
