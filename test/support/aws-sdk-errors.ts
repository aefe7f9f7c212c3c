/**
 * Errors shaped exactly as the SDK raises them (real exception classes where the SDK has one),
 * for unit tests that do not go over HTTP.
 */
import {
  CredentialReportExpiredException,
  CredentialReportNotPresentException,
  CredentialReportNotReadyException,
  IAMServiceException,
  LimitExceededException,
  ServiceFailureException,
} from '@aws-sdk/client-iam';

const meta = (httpStatusCode: number) => ({ httpStatusCode, requestId: 'req-1', attempts: 1, totalRetryDelay: 0 });

export const sdkErrors = {
  notPresent: () =>
    Object.assign(new CredentialReportNotPresentException({ message: 'The credential report does not exist.', $metadata: meta(410) }), { Code: 'ReportNotPresent' }),
  expired: () =>
    Object.assign(new CredentialReportExpiredException({ message: 'The credential report is expired.', $metadata: meta(410) }), { Code: 'ReportExpired' }),
  inProgress: () =>
    Object.assign(new CredentialReportNotReadyException({ message: 'The credential report is being generated.', $metadata: meta(404) }), { Code: 'ReportInProgress' }),
  limitExceeded: () =>
    Object.assign(new LimitExceededException({ message: 'No more capacity to launch new report generation tasks', $metadata: meta(409) }), { Code: 'LimitExceeded' }),
  serviceFailure: () =>
    Object.assign(new ServiceFailureException({ message: 'The request processing has failed.', $metadata: meta(500) }), { Code: 'ServiceFailure' }),
  throttling: () =>
    Object.assign(new IAMServiceException({ name: 'Throttling', $fault: 'client', message: 'Rate exceeded', $metadata: meta(400) }), { Code: 'Throttling' }),
  accessDenied: (action: string) =>
    Object.assign(
      new IAMServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        message: `User: arn:aws:sts::123456789012:assumed-role/gate/gh is not authorized to perform: iam:${action} on resource: *`,
        $metadata: meta(403),
      }),
      { Code: 'AccessDenied' },
    ),
  invalidToken: () =>
    Object.assign(
      new IAMServiceException({ name: 'InvalidClientTokenId', $fault: 'client', message: 'The security token included in the request is invalid.', $metadata: meta(403) }),
      { Code: 'InvalidClientTokenId' },
    ),
  badGateway: () => new IAMServiceException({ name: 'Unknown', $fault: 'server', message: 'Unknown', $metadata: meta(502) }),
  connectionReset: () => Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ECONNRESET', $metadata: { attempts: 1, totalRetryDelay: 0 } }),
  connectionRefused: () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED', $metadata: { attempts: 1, totalRetryDelay: 0 } }),
  aborted: () => Object.assign(new Error('This operation was aborted'), { name: 'AbortError', $metadata: { attempts: 1, totalRetryDelay: 0 } }),
};
