/**
 * Rules on credentials the report cannot show, from the opt-in look-ups (`enrich`). Each reads
 * one field of the context's look-ups; without it (the look-up was not asked for) it finds
 * nothing, and the run says so with a `rule-not-evaluated` notice instead of passing silently.
 */
import type { ServiceCredential } from '../enrich/types';
import { ageInDays, DAY_MS, days } from './age';
import { defineRule } from './define-rule';
import { securityHub, cisItem } from './references';
import type { RuleHit } from './types';

const SERVICE_NAMES: Readonly<Record<string, string>> = {
  'codecommit.amazonaws.com': 'CodeCommit Git credential',
  'cassandra.amazonaws.com': 'Amazon Keyspaces password',
  'bedrock.amazonaws.com': 'Amazon Bedrock API key',
  'logs.amazonaws.com': 'CloudWatch Logs API key',
};

/** "Amazon Bedrock API key ACCA… of alice", or the service name for a service not known here. */
function serviceCredentialName(credential: ServiceCredential, user: string): string {
  const kind = SERVICE_NAMES[credential.service] ?? `Service-specific credential for ${credential.service}`;
  return `${kind} ${credential.id} of ${user}`;
}

function deactivateServiceCredential(credential: ServiceCredential, user: string): string {
  return (
    `Deactivate it: aws iam update-service-specific-credential --user-name ${user} ` +
    `--service-specific-credential-id ${credential.id} --status Inactive`
  );
}

function serviceCredentialHit(credential: ServiceCredential, hit: Omit<RuleHit, 'credential' | 'credentialCreated' | 'service'>): RuleHit {
  return {
    credential: `service_credential:${credential.id}`,
    credentialCreated: new Date(credential.created).toISOString(),
    service: credential.service,
    ...hit,
  };
}

const SERVICE_CREDENTIALS = { enrich: 'service-credentials', permission: 'iam:ListServiceSpecificCredentials' } as const;

export const serviceCredentialMaxAge = defineRule({
  id: 'service-credential-max-age',
  title: 'Active service-specific credentials are rotated within the maximum age',
  description:
    'Per active service-specific credential of a user (CodeCommit Git credentials, Amazon Keyspaces passwords, ' +
    'Amazon Bedrock and CloudWatch Logs API keys): its age from creation is over `max_days`. The credential report ' +
    'does not list these credentials: the rule needs `enrich: service-credentials` (permission ' +
    '`iam:ListServiceSpecificCredentials`).',
  defaultSeverity: 'warning',
  recommended: false,
  appliesTo: 'user',
  defaults: { max_days: 90 },
  credentials: ['service_credential:<id>'],
  lookUp: SERVICE_CREDENTIALS,
  references: [],
  remediation:
    'Create a new credential (`aws iam create-service-specific-credential --user-name NAME --service-name SERVICE`), ' +
    'move the client to it, then `aws iam update-service-specific-credential --user-name NAME ' +
    '--service-specific-credential-id ID --status Inactive` and `aws iam delete-service-specific-credential ' +
    '--user-name NAME --service-specific-credential-id ID` on the old one (the finding names the exact id).',
  evaluate(row, params, { now, lookups }) {
    const hits: RuleHit[] = [];
    for (const credential of lookups?.serviceCredentials?.get(row.user) ?? []) {
      if (!credential.active) continue;
      const age = ageInDays(credential.created, now);
      if (age <= params.max_days) continue;
      hits.push(
        serviceCredentialHit(credential, {
          ageDays: age,
          limit: params.max_days,
          message:
            `${serviceCredentialName(credential, row.user)} is ${days(age)} old (limit ${days(params.max_days)}). ` +
            deactivateServiceCredential(credential, row.user),
        }),
      );
    }
    return hits;
  },
});

export const serviceCredentialNoExpiry = defineRule({
  id: 'service-credential-no-expiry',
  title: 'Active service-specific credentials expire soon after their creation',
  description:
    'Per active service-specific credential of a user that has no expiration, or whose expiration is more than ' +
    '`max_days` after its creation: long-term Amazon Bedrock API keys above all. CodeCommit and Keyspaces ' +
    'credentials never expire, so every active one is a finding: exempt them, or keep this rule for accounts that ' +
    'should hold only short-term keys. Needs `enrich: service-credentials` (permission ' +
    '`iam:ListServiceSpecificCredentials`).',
  defaultSeverity: 'error',
  recommended: false,
  appliesTo: 'user',
  defaults: { max_days: 30 },
  credentials: ['service_credential:<id>'],
  lookUp: SERVICE_CREDENTIALS,
  references: [],
  remediation:
    'Replace the long-term key by a short-term one (Bedrock: a short-term API key, or IAM role credentials), then ' +
    '`aws iam delete-service-specific-credential --user-name NAME --service-specific-credential-id ID` (the finding ' +
    'names the exact id). A new long-term key can be limited: `aws iam create-service-specific-credential ' +
    '--user-name NAME --service-name bedrock.amazonaws.com --credential-age-days 30`.',
  evaluate(row, params, { lookups }) {
    const hits: RuleHit[] = [];
    for (const credential of lookups?.serviceCredentials?.get(row.user) ?? []) {
      if (!credential.active) continue;
      const lifetime = credential.expires === null ? null : Math.floor((credential.expires - credential.created) / DAY_MS);
      if (lifetime !== null && lifetime <= params.max_days) continue;
      const name = serviceCredentialName(credential, row.user);
      hits.push(
        serviceCredentialHit(credential, {
          ageDays: lifetime,
          limit: params.max_days,
          message:
            (lifetime === null
              ? `${name} never expires (limit ${days(params.max_days)} of lifetime). `
              : `${name} is valid for ${days(lifetime)} from its creation (limit ${days(params.max_days)}). `) +
            deactivateServiceCredential(credential, row.user),
        }),
      );
    }
    return hits;
  },
});

export const sshKeyMaxAge = defineRule({
  id: 'ssh-key-max-age',
  title: 'Active SSH public keys are rotated within the maximum age',
  description:
    'Per active SSH public key of a user (CodeCommit SSH access): its age from upload is over `max_days`. The ' +
    'credential report does not list SSH keys: the rule needs `enrich: ssh-keys` (permission `iam:ListSSHPublicKeys`).',
  defaultSeverity: 'warning',
  recommended: false,
  appliesTo: 'user',
  defaults: { max_days: 90 },
  credentials: ['ssh_key:<id>'],
  lookUp: { enrich: 'ssh-keys', permission: 'iam:ListSSHPublicKeys' },
  references: [],
  remediation:
    'Upload a new key (`aws iam upload-ssh-public-key --user-name NAME --ssh-public-key-body file://key.pub`), ' +
    'switch the client to it, then `aws iam update-ssh-public-key --user-name NAME --ssh-public-key-id ID ' +
    '--status Inactive` and `aws iam delete-ssh-public-key --user-name NAME --ssh-public-key-id ID` on the old one ' +
    '(the finding names the exact id).',
  evaluate(row, params, { now, lookups }) {
    const hits: RuleHit[] = [];
    for (const key of lookups?.sshKeys?.get(row.user) ?? []) {
      if (!key.active) continue;
      const age = ageInDays(key.uploaded, now);
      if (age <= params.max_days) continue;
      hits.push({
        credential: `ssh_key:${key.id}`,
        credentialCreated: new Date(key.uploaded).toISOString(),
        ageDays: age,
        limit: params.max_days,
        message:
          `SSH public key ${key.id} of ${row.user} is ${days(age)} old (limit ${days(params.max_days)}). ` +
          `Deactivate it: aws iam update-ssh-public-key --user-name ${row.user} --ssh-public-key-id ${key.id} --status Inactive`,
      });
    }
    return hits;
  },
});

export const rootHardwareMfa = defineRule({
  id: 'root-hardware-mfa',
  title: 'Root account MFA is a hardware device',
  description:
    'The root account has MFA (`mfa_active`) and it is a virtual device: one of iam:ListVirtualMFADevices is ' +
    'assigned to the root ARN. A hardware TOTP token or a FIDO security key (passkey) passes; root without MFA is ' +
    "`root-mfa`'s finding. Needs `enrich: mfa-devices` (permission `iam:ListVirtualMFADevices`).",
  defaultSeverity: 'error',
  recommended: false,
  appliesTo: 'root',
  defaults: {},
  credentials: ['mfa'],
  lookUp: { enrich: 'mfa-devices', permission: 'iam:ListVirtualMFADevices' },
  references: [cisItem('v5', '1.5'), securityHub('IAM.6')],
  remediation:
    'Sign in as root, open Security credentials, add a hardware MFA device or a FIDO security key, then remove the ' +
    'virtual device named in the finding (console only: root MFA devices cannot be managed with other credentials).',
  evaluate(row, _params, { lookups }) {
    const serial = lookups?.rootVirtualMfa;
    if (!row.mfaActive || serial === undefined || serial === null) return [];
    return [
      {
        credential: 'mfa',
        credentialCreated: null,
        ageDays: null,
        limit: null,
        message: `The root account's MFA is a virtual device (${serial}), not a hardware device or security key.`,
      },
    ];
  },
});
