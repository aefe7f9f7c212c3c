import { describe, expect, it } from 'vitest';
import { classifyAwsError, describeFailure } from '../../src/aws/aws-error';
import { sdkErrors } from '../support/aws-sdk-errors';

describe('classifyAwsError', () => {
  it.each([
    ['ReportNotPresent', sdkErrors.notPresent(), 'report-not-present'],
    ['ReportExpired', sdkErrors.expired(), 'report-expired'],
    ['ReportInProgress', sdkErrors.inProgress(), 'report-in-progress'],
    ['LimitExceeded', sdkErrors.limitExceeded(), 'transient'],
    ['Throttling', sdkErrors.throttling(), 'transient'],
    ['ServiceFailure', sdkErrors.serviceFailure(), 'transient'],
    ['a bare 502', sdkErrors.badGateway(), 'transient'],
    ['ECONNRESET', sdkErrors.connectionReset(), 'transient'],
    ['ECONNREFUSED', sdkErrors.connectionRefused(), 'transient'],
    ['an aborted request', sdkErrors.aborted(), 'transient'],
    ['AccessDenied', sdkErrors.accessDenied('GetCredentialReport'), 'access-denied'],
    ['InvalidClientTokenId', sdkErrors.invalidToken(), 'invalid-credentials'],
  ])('%s is %s', (_label, error, kind) => {
    expect(classifyAwsError(error).kind).toBe(kind);
  });

  it('recognises the SDK class names even without the Query error code', () => {
    const error = sdkErrors.notPresent() as unknown as Record<string, unknown>;
    delete error.Code;
    expect(classifyAwsError(error).kind).toBe('report-not-present');
  });

  it('treats a credential provider failure as missing credentials', () => {
    const error = Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    expect(classifyAwsError(error)).toMatchObject({ kind: 'no-credentials', message: 'Could not load credentials from any providers' });
  });

  it('keeps an unknown client error fatal, with its code and status', () => {
    const failure = classifyAwsError(Object.assign(new Error('nope'), { name: 'ValidationError', $metadata: { httpStatusCode: 400 } }));
    expect(failure).toEqual({ kind: 'other', code: 'ValidationError', message: 'nope', httpStatus: 400 });
    expect(describeFailure(failure)).toBe('ValidationError (HTTP 400): nope');
  });

  it('copes with values that are not errors', () => {
    expect(classifyAwsError('boom')).toEqual({ kind: 'other', code: 'Unknown', message: 'boom', httpStatus: null });
    expect(classifyAwsError(null).kind).toBe('other');
  });
});
