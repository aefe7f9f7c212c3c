/**
 * A loopback stand-in for AWS (IAM and STS over the Query protocol, XML as AWS sends it) and for
 * the GitHub Actions OIDC token endpoint, so tests run the real SDK and the real bundles over HTTP.
 *
 * Three layers decide a reply, first match wins:
 *   1. scripted replies, queued per service and action (`script`), consumed in order;
 *   2. a handler per service (`handle`), e.g. a future Organizations JSON handler;
 *   3. the built-in simulations: STS issues credentials for configured roles and remembers which
 *      account each access key belongs to; IAM keeps one credential report per account and
 *      generates it like AWS does (STARTED, INPROGRESS…, COMPLETE; a 4-hour cache).
 * Every request is recorded in `calls` with the access key id of its signature, so tests can tell
 * which identity (and account) made it.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';

export type ServiceName = 'iam' | 'sts' | 'organizations' | 'oidc' | 'unknown';

export interface AwsCall {
  service: ServiceName;
  /** Query `Action`, the JSON target's operation, or `GetIdToken` for the OIDC endpoint. */
  action: string;
  /** Form parameters (Query protocol) or URL query parameters (OIDC). */
  params: Record<string, string>;
  /** Parsed body of JSON-protocol requests (Organizations), else null. */
  json: unknown;
  headers: IncomingHttpHeaders;
  userAgent: string;
  /** From the SigV4 `Authorization` header; null for unsigned calls (AssumeRoleWithWebIdentity). */
  accessKeyId: string | null;
  /** The account the access key belongs to (issued by STS here, or `staticKeys`), else null. */
  account: string | null;
}

export type AwsReply =
  | { type: 'response'; status: number; body: string; contentType: string }
  /** Drop the connection without answering (the client sees ECONNRESET / socket hang up). */
  | { type: 'reset' }
  /** Never answer; the connection is dropped when the server closes. */
  | { type: 'hang' };

/** Return undefined to fall through to the built-in behaviour. */
export type ServiceHandler = (call: AwsCall, server: AwsServer) => AwsReply | undefined | Promise<AwsReply | undefined>;

export interface SimulatedReport {
  csv: string;
  /** ISO instant. */
  generatedAt: string;
}

export interface SimulatedAccount {
  report: SimulatedReport | null;
  /** Generate calls answered INPROGRESS after STARTED before a generation completes. */
  pollsUntilComplete: number;
  /** The CSV a new generation produces. */
  nextCsv: string;
  /** Internal: a generation in progress (remaining INPROGRESS answers). */
  generating: number | null;
}

export interface SimulatedRole {
  /** Decides AssumeRoleWithWebIdentity (given the token's claims) and AssumeRole (given the caller). */
  trust?: (principal: { claims: Record<string, unknown> | null; callerAccessKeyId: string | null }) => boolean;
  /** Lifetime of issued credentials; defaults to the requested DurationSeconds. */
  durationSeconds?: number;
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  account: string;
  roleArn: string;
}

export interface AwsServerOptions {
  /** Epoch ms for report ages and GeneratedTime; tests with a virtual clock pass it here. */
  now?: () => number;
  roles?: Record<string, SimulatedRole>;
  /** Long-term access keys (e.g. AWS_ACCESS_KEY_ID in a test) and their account. */
  staticKeys?: Record<string, string>;
  /** Account used for calls whose access key is unknown. */
  defaultAccount?: string;
  /** The token a caller must present to the OIDC endpoint. */
  oidcRequestToken?: string;
  /** Claims of issued OIDC tokens (`aud` comes from the request). */
  oidcClaims?: Record<string, unknown>;
}

export interface AwsServer {
  /** `http://127.0.0.1:PORT` — for AWS_ENDPOINT_URL. */
  readonly url: string;
  /** For ACTIONS_ID_TOKEN_REQUEST_URL (core appends `&audience=…`). */
  readonly oidcUrl: string;
  readonly oidcRequestToken: string;
  readonly calls: AwsCall[];
  readonly accounts: Map<string, SimulatedAccount>;
  readonly issued: IssuedCredentials[];
  /** Queue replies for one service action, used before any handler. */
  script(service: ServiceName, action: string, ...replies: AwsReply[]): void;
  /** Replace the built-in behaviour of a service (fall through by returning undefined). */
  handle(service: ServiceName, handler: ServiceHandler): void;
  account(id: string, init?: Partial<Omit<SimulatedAccount, 'generating'>>): SimulatedAccount;
  callsTo(action: string): AwsCall[];
  /** Forget calls, scripts and handlers; accounts and issued credentials stay. */
  reset(): void;
  close(): Promise<void>;
}

const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const IAM_CACHE_MS = 4 * 3600 * 1000;

export const DEFAULT_ACCOUNT = '123456789012';

/** A credential report like AWS returns it (no trailing newline); it passes builtin:recommended at 2026-11-20. */
export function sampleReportCsv(account: string = DEFAULT_ACCOUNT): string {
  const header =
    'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
  const root = `<root_account>,arn:aws:iam::${account}:root,2020-01-01T00:00:00+00:00,not_supported,2026-01-02T03:04:05+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;
  const alice = `alice,arn:aws:iam::${account}:user/alice,2024-05-01T10:00:00+00:00,true,2026-11-10T08:00:00+00:00,2024-05-01T10:05:00+00:00,N/A,true,true,2026-09-01T00:00:00+00:00,2026-11-01T12:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;
  return [header, root, alice].join('\n');
}

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function xmlReply(status: number, body: string): AwsReply {
  return { type: 'response', status, body, contentType: 'text/xml' };
}

export function queryResult(action: string, namespace: string, resultXml: string): AwsReply {
  return xmlReply(
    200,
    `<${action}Response xmlns="${namespace}">\n  <${action}Result>\n${resultXml}\n  </${action}Result>\n  <ResponseMetadata>\n    <RequestId>${randomUUID()}</RequestId>\n  </ResponseMetadata>\n</${action}Response>\n`,
  );
}

/** An `ErrorResponse` as the Query protocol sends it. */
export function queryError(code: string, message: string, status: number, namespace: string = IAM_NS): AwsReply {
  const type = status >= 500 ? 'Receiver' : 'Sender';
  return xmlReply(
    status,
    `<ErrorResponse xmlns="${namespace}">\n  <Error>\n    <Type>${type}</Type>\n    <Code>${xmlEscape(code)}</Code>\n    <Message>${xmlEscape(message)}</Message>\n  </Error>\n  <RequestId>${randomUUID()}</RequestId>\n</ErrorResponse>\n`,
  );
}

/** The IAM errors of the credential report API, with the status codes AWS uses. */
export const iamErrors = {
  reportNotPresent: () =>
    queryError('ReportNotPresent', 'The credential report does not exist. To generate a credential report, use GenerateCredentialReport.', 410),
  reportExpired: () =>
    queryError('ReportExpired', 'The credential report is expired. To generate a new credential report, use GenerateCredentialReport.', 410),
  reportInProgress: () => queryError('ReportInProgress', 'The credential report is being generated.', 404),
  limitExceeded: () => queryError('LimitExceeded', 'No more capacity to launch new report generation tasks', 409),
  throttling: () => queryError('Throttling', 'Rate exceeded', 400),
  serviceFailure: () =>
    queryError('ServiceFailure', 'The request processing has failed because of an unknown error, exception or failure.', 500),
  accessDenied: (action: string, principal = `arn:aws:sts::${DEFAULT_ACCOUNT}:assumed-role/iam-credential-gate/gh`) =>
    queryError(
      'AccessDenied',
      `User: ${principal} is not authorized to perform: iam:${action} on resource: * because no identity-based policy allows the iam:${action} action`,
      403,
    ),
};

export function generateReply(state: 'STARTED' | 'INPROGRESS' | 'COMPLETE'): AwsReply {
  const description =
    state === 'STARTED' ? '    <Description>No report exists. Starting a new report generation task</Description>\n' : '';
  return queryResult('GenerateCredentialReport', IAM_NS, `${description}    <State>${state}</State>`);
}

export function getReportReply(report: SimulatedReport): AwsReply {
  const content = Buffer.from(report.csv, 'utf8').toString('base64');
  const generated = new Date(report.generatedAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return queryResult(
    'GetCredentialReport',
    IAM_NS,
    `    <Content>${content}</Content>\n    <ReportFormat>text/csv</ReportFormat>\n    <GeneratedTime>${generated}</GeneratedTime>`,
  );
}

export const stsErrors = {
  accessDenied: (action: string) => queryError('AccessDenied', `Not authorized to perform sts:${action}`, 403, STS_NS),
  throttling: () => queryError('Throttling', 'Rate exceeded', 400, STS_NS),
  invalidIdentityToken: () =>
    queryError('InvalidIdentityToken', 'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com', 400, STS_NS),
};

export function jsonReply(status: number, value: unknown, contentType = 'application/json'): AwsReply {
  return { type: 'response', status, body: JSON.stringify(value), contentType };
}

/** An unsigned JWT-shaped token (the payload is what matters to the gate; nothing verifies it). */
export function fakeJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT', kid: 'test' })}.${part(claims)}.${randomBytes(32).toString('base64url')}`;
}

export function decodeJwtClaims(token: string): Record<string, unknown> | null {
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function accountOfArn(arn: string): string | null {
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1] ?? null;
}

function accessKeyIdOf(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  if (typeof auth !== 'string') return null;
  return /Credential=([^/,\s]+)\//.exec(auth)?.[1] ?? null;
}

function signingServiceOf(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  if (typeof auth !== 'string') return null;
  return /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(auth)?.[1] ?? null;
}

function serviceOfQuery(headers: IncomingHttpHeaders, params: Record<string, string>): ServiceName {
  const signing = signingServiceOf(headers);
  if (signing === 'iam' || signing === 'sts') return signing;
  if (params.Version === '2010-05-08') return 'iam';
  if (params.Version === '2011-06-15') return 'sts';
  return 'unknown';
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startAwsServer(options: AwsServerOptions = {}): Promise<AwsServer> {
  const now = options.now ?? (() => Date.now());
  const defaultAccount = options.defaultAccount ?? DEFAULT_ACCOUNT;
  const oidcRequestToken = options.oidcRequestToken ?? `oidc-request-${randomBytes(8).toString('hex')}`;
  const roles = options.roles ?? {};
  const scripts = new Map<string, AwsReply[]>();
  const handlers = new Map<ServiceName, ServiceHandler>();
  const calls: AwsCall[] = [];
  const accounts = new Map<string, SimulatedAccount>();
  const issued: IssuedCredentials[] = [];

  const account = (id: string, init: Partial<Omit<SimulatedAccount, 'generating'>> = {}): SimulatedAccount => {
    const existing = accounts.get(id);
    if (existing !== undefined) {
      Object.assign(existing, init);
      return existing;
    }
    const created: SimulatedAccount = {
      report: null,
      pollsUntilComplete: 1,
      nextCsv: sampleReportCsv(id),
      generating: null,
      ...init,
    };
    accounts.set(id, created);
    return created;
  };

  const accountOfKey = (accessKeyId: string | null): string | null => {
    if (accessKeyId === null) return null;
    const fromSts = issued.find((c) => c.accessKeyId === accessKeyId);
    if (fromSts !== undefined) return fromSts.account;
    return options.staticKeys?.[accessKeyId] ?? null;
  };

  const issue = (roleArn: string): IssuedCredentials => {
    const credentials: IssuedCredentials = {
      accessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `FwoGZXIvYXdzE${randomBytes(48).toString('base64')}`,
      account: accountOfArn(roleArn) ?? defaultAccount,
      roleArn,
    };
    issued.push(credentials);
    return credentials;
  };

  const credentialsXml = (c: IssuedCredentials, seconds: number, sessionName: string): string => {
    const roleName = c.roleArn.split('/').pop() ?? 'role';
    return [
      '    <AssumedRoleUser>',
      `      <Arn>arn:aws:sts::${c.account}:assumed-role/${xmlEscape(roleName)}/${xmlEscape(sessionName)}</Arn>`,
      `      <AssumedRoleId>AROA${randomBytes(8).toString('hex').toUpperCase()}:${xmlEscape(sessionName)}</AssumedRoleId>`,
      '    </AssumedRoleUser>',
      '    <Credentials>',
      `      <SessionToken>${xmlEscape(c.sessionToken)}</SessionToken>`,
      `      <SecretAccessKey>${xmlEscape(c.secretAccessKey)}</SecretAccessKey>`,
      `      <Expiration>${new Date(now() + seconds * 1000).toISOString()}</Expiration>`,
      `      <AccessKeyId>${c.accessKeyId}</AccessKeyId>`,
      '    </Credentials>',
    ].join('\n');
  };

  const builtinSts = (call: AwsCall): AwsReply => {
    const roleArn = call.params.RoleArn ?? '';
    const sessionName = call.params.RoleSessionName ?? 'session';
    const requested = Number(call.params.DurationSeconds ?? '3600');
    const role = roles[roleArn];
    if (call.action === 'AssumeRoleWithWebIdentity') {
      const claims = decodeJwtClaims(call.params.WebIdentityToken ?? '');
      if (claims === null) return queryError('InvalidIdentityToken', 'The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.', 400, STS_NS);
      if (role === undefined || (role.trust !== undefined && !role.trust({ claims, callerAccessKeyId: null }))) {
        return stsErrors.accessDenied('AssumeRoleWithWebIdentity');
      }
      const seconds = role.durationSeconds ?? requested;
      const c = issue(roleArn);
      return queryResult(
        'AssumeRoleWithWebIdentity',
        STS_NS,
        [
          `    <SubjectFromWebIdentityToken>${xmlEscape(String(claims.sub ?? ''))}</SubjectFromWebIdentityToken>`,
          `    <Audience>${xmlEscape(String(claims.aud ?? ''))}</Audience>`,
          credentialsXml(c, seconds, sessionName),
          `    <Provider>${xmlEscape(String(claims.iss ?? ''))}</Provider>`,
        ].join('\n'),
      );
    }
    if (call.action === 'AssumeRole') {
      if (role === undefined || (role.trust !== undefined && !role.trust({ claims: null, callerAccessKeyId: call.accessKeyId }))) {
        const caller = call.account ?? defaultAccount;
        return queryError(
          'AccessDenied',
          `User: arn:aws:iam::${caller}:user/ci is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
          403,
          STS_NS,
        );
      }
      const seconds = role.durationSeconds ?? requested;
      const c = issue(roleArn);
      return queryResult('AssumeRole', STS_NS, credentialsXml(c, seconds, sessionName));
    }
    return queryError('InvalidAction', `Could not find operation ${call.action} for version 2011-06-15`, 400, STS_NS);
  };

  const builtinIam = (call: AwsCall): AwsReply => {
    const state = account(call.account ?? defaultAccount);
    if (call.action === 'GenerateCredentialReport') {
      if (state.generating !== null) {
        if (state.generating <= 0) {
          state.generating = null;
          state.report = { csv: state.nextCsv, generatedAt: new Date(now()).toISOString() };
          return generateReply('COMPLETE');
        }
        state.generating -= 1;
        return generateReply('INPROGRESS');
      }
      if (state.report !== null && now() - Date.parse(state.report.generatedAt) < IAM_CACHE_MS) return generateReply('COMPLETE');
      state.generating = state.pollsUntilComplete;
      return generateReply('STARTED');
    }
    if (call.action === 'GetCredentialReport') {
      if (state.generating !== null) return iamErrors.reportInProgress();
      if (state.report === null) return iamErrors.reportNotPresent();
      return getReportReply(state.report);
    }
    return queryError('InvalidAction', `Could not find operation ${call.action} for version 2010-05-08`, 400);
  };

  const builtinOidc = (call: AwsCall): AwsReply => {
    if (call.headers.authorization !== `Bearer ${oidcRequestToken}` && call.headers.authorization !== `bearer ${oidcRequestToken}`) {
      return jsonReply(401, { message: 'Unauthorized' });
    }
    const claims = {
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:octo-org/infra:ref:refs/heads/main',
      repository: 'octo-org/infra',
      ref: 'refs/heads/main',
      ...options.oidcClaims,
      aud: call.params.audience ?? 'https://github.com/octo-org',
      iat: Math.floor(Date.now() / 1000),
      exp: Math.floor(Date.now() / 1000) + 300,
    };
    return jsonReply(200, { count: 1, value: fakeJwt(claims) });
  };

  const parseCall = async (req: IncomingMessage): Promise<AwsCall> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    const headers = req.headers;
    const accessKeyId = accessKeyIdOf(headers);
    const base = { headers, userAgent: String(headers['user-agent'] ?? ''), accessKeyId, account: accountOfKey(accessKeyId) };
    if (req.method === 'GET' && url.pathname === '/oidc/token') {
      return { ...base, service: 'oidc', action: 'GetIdToken', params: Object.fromEntries(url.searchParams), json: null };
    }
    const target = headers['x-amz-target'];
    if (typeof target === 'string') {
      const [prefix, operation] = target.split('.');
      const service: ServiceName = prefix?.startsWith('AWSOrganizations') ? 'organizations' : 'unknown';
      let json: unknown = null;
      try {
        json = body === '' ? {} : JSON.parse(body);
      } catch {
        json = null;
      }
      return { ...base, service, action: operation ?? '', params: {}, json };
    }
    const params = Object.fromEntries(new URLSearchParams(body));
    return { ...base, service: serviceOfQuery(headers, params), action: params.Action ?? '', params, json: null };
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const call = await parseCall(req);
      calls.push(call);
      const key = `${call.service}:${call.action}`;
      let reply: AwsReply | undefined = scripts.get(key)?.shift();
      const handler = handlers.get(call.service);
      if (reply === undefined && handler !== undefined) reply = await handler(call, api);
      if (reply === undefined) {
        if (call.service === 'iam') reply = builtinIam(call);
        else if (call.service === 'sts') reply = builtinSts(call);
        else if (call.service === 'oidc') reply = builtinOidc(call);
        else reply = jsonReply(400, { __type: 'UnknownOperationException', message: `No handler for ${key}` }, 'application/x-amz-json-1.1');
      }
      if (reply.type === 'reset') {
        req.socket.destroy();
        return;
      }
      if (reply.type === 'hang') return;
      res.writeHead(reply.status, {
        'content-type': reply.contentType,
        'content-length': Buffer.byteLength(reply.body),
        'x-amzn-requestid': randomUUID(),
      });
      res.end(reply.body);
    })().catch((error: unknown) => {
      res.writeHead(599, { 'content-type': 'text/plain' });
      res.end(`aws-server bug: ${String(error)}`);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;

  const api: AwsServer = {
    url,
    oidcUrl: `${url}/oidc/token?api-version=2.0`,
    oidcRequestToken,
    calls,
    accounts,
    issued,
    script(service, action, ...replies) {
      const key = `${service}:${action}`;
      scripts.set(key, [...(scripts.get(key) ?? []), ...replies]);
    },
    handle(service, handler) {
      handlers.set(service, handler);
    },
    account,
    callsTo(action) {
      return calls.filter((c) => c.action === action);
    },
    reset() {
      calls.length = 0;
      scripts.clear();
      handlers.clear();
    },
    close() {
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
  return api;
}
