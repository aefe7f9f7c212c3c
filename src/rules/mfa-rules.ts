import type { CredentialReportRow } from '../report/types';
import { ageOf, days } from './age';
import { defineRule } from './define-rule';
import { cis, securityHub } from './references';
import type { RuleHit } from './types';

/**
 * A user whose creation time is unknown is treated as past any grace period: the gate fails closed.
 */
function pastGrace(row: CredentialReportRow, grace: number, now: number): boolean {
  const age = ageOf(row.userCreationTime, now);
  return age === null || age >= grace;
}

function missingMfa(row: CredentialReportRow, what: string): RuleHit {
  return { credential: 'mfa', credentialCreated: null, ageDays: null, limit: null, message: `${row.user} ${what}.` };
}

export const mfaForConsole = defineRule({
  id: 'mfa-for-console',
  title: 'Every IAM user with a console password has MFA enabled',
  description:
    'A user who can sign in to the console (`password_enabled`) has no MFA device, and is at least `grace_days` old.',
  defaultSeverity: 'error',
  recommended: true,
  appliesTo: 'user',
  defaults: { grace_days: 0 },
  credentials: ['mfa'],
  references: [cis('1.10'), securityHub('IAM.5')],
  remediation:
    'Have the user assign an MFA device (console: IAM → Users → the user → Security credentials → Assign MFA ' +
    'device), or remove the console password: `aws iam delete-login-profile --user-name NAME`.',
  evaluate(row, params, { now }) {
    if (row.passwordEnabled !== true || row.mfaActive || !pastGrace(row, params.grace_days, now)) return [];
    const grace = params.grace_days > 0 ? ` and was created at least ${days(params.grace_days)} ago` : '';
    return [missingMfa(row, `has a console password but no MFA device${grace}`)];
  },
});

export const mfaForAllUsers = defineRule({
  id: 'mfa-for-all-users',
  title: 'Every IAM user has MFA enabled',
  description: 'A user, with or without a console password, has no MFA device and is at least `grace_days` old.',
  defaultSeverity: 'error',
  recommended: false,
  appliesTo: 'user',
  defaults: { grace_days: 0 },
  credentials: ['mfa'],
  references: [securityHub('IAM.19')],
  remediation:
    'Assign an MFA device to the user (console: IAM → Users → the user → Security credentials → Assign MFA device).',
  evaluate(row, params, { now }) {
    if (row.mfaActive || !pastGrace(row, params.grace_days, now)) return [];
    const grace = params.grace_days > 0 ? ` and was created at least ${days(params.grace_days)} ago` : '';
    return [missingMfa(row, `has no MFA device${grace}`)];
  },
});
