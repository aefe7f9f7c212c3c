import { ageInDays, DAY_MS, days, instantOf, isoOf } from './age';
import { defineRule } from './define-rule';
import { credentialLabel } from './describe-credential';
import { cis, securityHub } from './references';
import type { RuleHit } from './types';

export const rootAccessKeys = defineRule({
  id: 'root-access-keys',
  title: 'Root account has no active access keys',
  description:
    'Access keys of the root account give unrestricted, long-lived programmatic access to the whole account. ' +
    'One finding per active root access key.',
  defaultSeverity: 'error',
  recommended: true,
  appliesTo: 'root',
  defaults: {},
  credentials: ['access_key_1', 'access_key_2'],
  references: [cis('1.4'), securityHub('IAM.4')],
  remediation:
    'Sign in as root, open Security credentials, create any replacement for the workload as an IAM role, ' +
    'then deactivate and delete the root access keys.',
  evaluate(row) {
    return row.accessKeys
      .filter((key) => key.active)
      .map((key) => ({
        credential: key.credential,
        credentialCreated: isoOf(key.lastRotated),
        ageDays: null,
        limit: null,
        message: `${credentialLabel(key.credential)} of the root account is active.`,
      }));
  },
});

export const rootMfa = defineRule({
  id: 'root-mfa',
  title: 'Root account has MFA enabled',
  description:
    'The root account can sign in (it has a password, or an old report cannot tell, or it has an active access key) ' +
    'but has no MFA device. A root account without any credentials (for example an Organizations member account ' +
    'whose root credentials were removed) passes. With `applies_when: password` (CIS v5 and later) only a console ' +
    'password counts: root with access keys but no password passes this rule (`root-access-keys` flags the keys).',
  defaultSeverity: 'error',
  recommended: true,
  appliesTo: 'root',
  defaults: { applies_when: 'any-credential' },
  credentials: ['mfa'],
  references: [cis('1.5'), securityHub('IAM.9')],
  remediation:
    'Sign in as root, open Security credentials and assign an MFA device (a hardware key or passkey is best); ' +
    'or, in an Organizations member account, remove the root credentials centrally.',
  evaluate(row, params) {
    // Old reports say `not_supported` for root's password: assume it has one rather than fail open.
    const hasPassword = row.passwordEnabled === true || row.passwordEnabled === 'not_supported';
    const hasCredentials =
      hasPassword || (params.applies_when === 'any-credential' && row.accessKeys.some((key) => key.active));
    if (!hasCredentials || row.mfaActive) return [];
    return [
      {
        credential: 'mfa',
        credentialCreated: null,
        ageDays: null,
        limit: null,
        message:
          params.applies_when === 'password'
            ? 'The root account has a console password but no MFA device.'
            : 'The root account has credentials but no MFA device.',
      },
    ];
  },
});

export const rootRecentUse = defineRule({
  id: 'root-recent-use',
  title: 'Root account has not been used recently',
  description:
    "The most recent use of the root account (its password, or either access key, whichever is latest) is less " +
    'than `days` × 24 hours before the evaluation time. Root should be used only for the few tasks that require it.',
  defaultSeverity: 'warning',
  recommended: true,
  appliesTo: 'root',
  defaults: { days: 1 },
  credentials: ['none'],
  references: [cis('1.7')],
  remediation:
    'Find out who used root and why (CloudTrail: userIdentity.type = Root); do that task with an IAM role next ' +
    'time, and keep the root credentials locked away.',
  evaluate(row, params, { now }) {
    const uses: { at: number; by: string }[] = [];
    const password = instantOf(row.passwordLastUsed);
    if (password !== null) uses.push({ at: password, by: 'its password' });
    for (const key of row.accessKeys) {
      const used = instantOf(key.lastUsed);
      if (used !== null) uses.push({ at: used, by: `access key ${key.slot}` });
    }
    const latest = uses.reduce<{ at: number; by: string } | null>(
      (best, use) => (best === null || use.at > best.at ? use : best),
      null,
    );
    // A use dated in the future is treated as recent: the clock or the report is wrong, so look.
    if (latest === null || now - latest.at >= params.days * DAY_MS) return [];
    return [
      {
        credential: null,
        credentialCreated: null,
        ageDays: ageInDays(latest.at, now),
        limit: params.days,
        message:
          `The root account was used with ${latest.by} at ${new Date(latest.at).toISOString()}, ` +
          `less than ${days(params.days)} ago.`,
      } satisfies RuleHit,
    ];
  },
});

export const rootSigningCertificates = defineRule({
  id: 'root-signing-certificates',
  title: 'Root account has no active signing certificates',
  description:
    'X.509 signing certificates of the root account are long-lived root credentials for legacy SOAP APIs. ' +
    'One finding per active root signing certificate.',
  defaultSeverity: 'warning',
  recommended: true,
  appliesTo: 'root',
  defaults: {},
  credentials: ['cert_1', 'cert_2'],
  references: [],
  remediation: 'Sign in as root, open Security credentials, and deactivate and delete the X.509 certificates.',
  evaluate(row) {
    return row.certs
      .filter((cert) => cert.active)
      .map((cert) => ({
        credential: cert.credential,
        credentialCreated: isoOf(cert.lastRotated),
        ageDays: null,
        limit: null,
        message: `${credentialLabel(cert.credential)} of the root account is active.`,
      }));
  },
});
