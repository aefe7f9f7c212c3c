import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@smithy/types';

export interface AwsClientSettings {
  region: string;
  userAgent: string;
  profile: string | null;
}

/** A connection that cannot be opened in this time is as good as refused: retry. */
const CONNECTION_TIMEOUT_MS = 5_000;
/** Per-request ceiling; each call also carries an abort signal bounded by the time left. */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Shared client settings. The SDK's own retries are off (one attempt) because the fetch state
 * machine retries with its own backoff inside `max-wait-seconds`; two layers of retries would
 * make the limit impossible to honour. Endpoints are left to the SDK, which reads
 * AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_IAM and AWS_ENDPOINT_URL_STS (and `endpoint_url` in the
 * profile) by itself, so the gate runs unchanged against a local emulator.
 */
function baseConfig(settings: AwsClientSettings, credentials: AwsCredentialIdentityProvider | undefined) {
  return {
    region: settings.region,
    customUserAgent: settings.userAgent,
    maxAttempts: 1,
    requestHandler: {
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true,
    },
    ...(settings.profile === null ? {} : { profile: settings.profile }),
    ...(credentials === undefined ? {} : { credentials }),
  };
}

export function createIamClient(settings: AwsClientSettings, credentials: AwsCredentialIdentityProvider): IAMClient {
  return new IAMClient(baseConfig(settings, credentials));
}

/** Without credentials for AssumeRoleWithWebIdentity, which is an unsigned call. */
export function createStsClient(settings: AwsClientSettings, credentials?: AwsCredentialIdentityProvider): STSClient {
  return new STSClient(baseConfig(settings, credentials));
}
