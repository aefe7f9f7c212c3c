/**
 * Turns whatever the SDK throws into what the gate needs to decide: retry, regenerate, or stop
 * with a message that names the cause. Works on the shape of SDK errors (name, Code, status),
 * so it does not depend on which client class threw.
 */

export type AwsFailureKind =
  | 'report-not-present'
  | 'report-expired'
  | 'report-in-progress'
  /** LimitExceeded, throttling, 5xx, network errors, timeouts: try again within the budget. */
  | 'transient'
  | 'access-denied'
  /** The credentials were rejected (invalid, expired, bad signature). */
  | 'invalid-credentials'
  /** No credentials could be found at all. */
  | 'no-credentials'
  | 'other';

export interface AwsFailure {
  kind: AwsFailureKind;
  /** AWS error code (`Throttling`, `AccessDenied`…) or the network error code / name. */
  code: string;
  message: string;
  httpStatus: number | null;
}

const BY_CODE: Record<string, AwsFailureKind> = {
  ReportNotPresent: 'report-not-present',
  CredentialReportNotPresentException: 'report-not-present',
  ReportExpired: 'report-expired',
  CredentialReportExpiredException: 'report-expired',
  ReportInProgress: 'report-in-progress',
  CredentialReportNotReadyException: 'report-in-progress',
  LimitExceeded: 'transient',
  LimitExceededException: 'transient',
  Throttling: 'transient',
  ThrottlingException: 'transient',
  ThrottledException: 'transient',
  RequestLimitExceeded: 'transient',
  TooManyRequestsException: 'transient',
  RequestThrottled: 'transient',
  RequestThrottledException: 'transient',
  ServiceFailure: 'transient',
  ServiceFailureException: 'transient',
  ServiceUnavailable: 'transient',
  ServiceUnavailableException: 'transient',
  InternalFailure: 'transient',
  InternalError: 'transient',
  IDPCommunicationError: 'transient',
  IDPCommunicationErrorException: 'transient',
  RequestTimeout: 'transient',
  RequestTimeoutException: 'transient',
  TimeoutError: 'transient',
  AbortError: 'transient',
  AccessDenied: 'access-denied',
  AccessDeniedException: 'access-denied',
  UnauthorizedOperation: 'access-denied',
  InvalidClientTokenId: 'invalid-credentials',
  InvalidClientTokenIdException: 'invalid-credentials',
  SignatureDoesNotMatch: 'invalid-credentials',
  IncompleteSignature: 'invalid-credentials',
  ExpiredToken: 'invalid-credentials',
  ExpiredTokenException: 'invalid-credentials',
  UnrecognizedClientException: 'invalid-credentials',
  InvalidAccessKeyId: 'invalid-credentials',
  MissingAuthenticationToken: 'invalid-credentials',
  AuthFailure: 'invalid-credentials',
  CredentialsProviderError: 'no-credentials',
};

/** Node socket errors: the request may not have reached AWS, so retrying is safe. */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function field(error: object, key: string): unknown {
  return (error as Record<string, unknown>)[key];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function classifyAwsError(error: unknown): AwsFailure {
  if (typeof error !== 'object' || error === null) {
    return { kind: 'other', code: 'Unknown', message: String(error), httpStatus: null };
  }
  const metadata = field(error, '$metadata');
  const statusValue = typeof metadata === 'object' && metadata !== null ? field(metadata, 'httpStatusCode') : undefined;
  const httpStatus = typeof statusValue === 'number' ? statusValue : null;
  const awsCode = text(field(error, 'Code'));
  const name = text(field(error, 'name'));
  const nodeCode = text(field(error, 'code'));
  const message = text(field(error, 'message')) ?? 'no message';

  for (const candidate of [awsCode, name]) {
    if (candidate === null) continue;
    const kind = BY_CODE[candidate];
    if (kind !== undefined) {
      return { kind, code: awsCode ?? candidate, message, httpStatus };
    }
  }
  if (nodeCode !== null && NETWORK_CODES.has(nodeCode)) {
    return { kind: 'transient', code: nodeCode, message, httpStatus };
  }
  const code = awsCode ?? name ?? nodeCode ?? 'Unknown';
  if (httpStatus !== null && (httpStatus >= 500 || httpStatus === 429)) {
    return { kind: 'transient', code, message, httpStatus };
  }
  // No HTTP response at all means the failure happened on the way (DNS, socket, TLS).
  if (httpStatus === null && metadata !== undefined) {
    return { kind: 'transient', code, message, httpStatus };
  }
  return { kind: 'other', code, message, httpStatus };
}

export function describeFailure(failure: AwsFailure): string {
  const status = failure.httpStatus === null ? '' : ` (HTTP ${failure.httpStatus})`;
  return `${failure.code}${status}: ${failure.message}`;
}
