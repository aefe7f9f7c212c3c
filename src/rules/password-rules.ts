import type { CredentialReportRow } from '../report/types';
import { ageOf, days, isoOf } from './age';
import { defineRule } from './define-rule';
import { cis, securityHub } from './references';
import { completeHit } from './rule-hit';
import type { RuleHit } from './types';

function passwordHit(row: CredentialReportRow, hit: Omit<RuleHit, 'credential' | 'credentialCreated'>): RuleHit {
  return completeHit('password', isoOf(row.passwordLastChanged), hit);
}

export const passwordUnused = defineRule({
  id: 'password-unused',
  title: 'Console passwords have been used recently',
  description:
    'A user has a console password last used more than `max_days` ago. A password never used is handled by ' +
    '`never_used`; `from-creation` ages it from `password_last_changed`, or from the user\'s creation when that is ' +
    'unknown.',
  defaultSeverity: 'error',
  recommended: true,
  appliesTo: 'user',
  defaults: { max_days: 45, never_used: 'from-creation' },
  credentials: ['password'],
  references: [cis('1.12'), securityHub('IAM.22')],
  remediation: 'Remove the console password: `aws iam delete-login-profile --user-name NAME`.',
  evaluate(row, params, { now }) {
    if (row.passwordEnabled !== true) return [];
    const usedAge = ageOf(row.passwordLastUsed, now);
    if (usedAge !== null) {
      if (usedAge <= params.max_days) return [];
      return [
        passwordHit(row, {
          ageDays: usedAge,
          limit: params.max_days,
          message:
            `The console password of ${row.user} was last used ${days(usedAge)} ago (limit ${days(params.max_days)}).`,
        }),
      ];
    }
    if (params.never_used === 'ignore') return [];
    const createdAge = ageOf(row.passwordLastChanged, now) ?? ageOf(row.userCreationTime, now);
    if (params.never_used === 'violation') {
      return [
        passwordHit(row, {
          ageDays: createdAge,
          limit: params.max_days,
          message: `The console password of ${row.user} has never been used.`,
        }),
      ];
    }
    if (createdAge !== null && createdAge <= params.max_days) return [];
    const since = createdAge === null ? 'has no creation date' : `was set ${days(createdAge)} ago`;
    return [
      passwordHit(row, {
        ageDays: createdAge,
        limit: params.max_days,
        message:
          `The console password of ${row.user} has never been used and ${since} (limit ${days(params.max_days)}).`,
      }),
    ];
  },
});

export const passwordMaxAge = defineRule({
  id: 'password-max-age',
  title: 'Console passwords are changed within the maximum age',
  description:
    'A user has a console password last changed more than `max_days` ago (or with no change date at all). ' +
    'Prefer an account password policy with `MaxPasswordAge`, which the report shows as `password_next_rotation`.',
  defaultSeverity: 'warning',
  recommended: false,
  appliesTo: 'user',
  defaults: { max_days: 90 },
  credentials: ['password'],
  references: [],
  remediation:
    'Have the user change the password, or force it: `aws iam update-login-profile --user-name NAME ' +
    '--password-reset-required`. Set `aws iam update-account-password-policy --max-password-age N`.',
  evaluate(row, params, { now }) {
    if (row.passwordEnabled !== true) return [];
    const age = ageOf(row.passwordLastChanged, now);
    if (age !== null && age <= params.max_days) return [];
    const message =
      age === null
        ? `The console password of ${row.user} has no change date (limit ${days(params.max_days)}).`
        : `The console password of ${row.user} is ${days(age)} old (limit ${days(params.max_days)}).`;
    return [passwordHit(row, { ageDays: age, limit: params.max_days, message })];
  },
});

export const consoleAccessForbidden = defineRule({
  id: 'console-access-forbidden',
  title: 'IAM users have no console passwords',
  description:
    'A user has a console password. For organisations where people sign in through SSO (IAM Identity Center) only.',
  defaultSeverity: 'error',
  recommended: false,
  appliesTo: 'user',
  defaults: {},
  credentials: ['password'],
  references: [],
  remediation:
    'Give the person access through IAM Identity Center, then `aws iam delete-login-profile --user-name NAME`.',
  evaluate(row) {
    if (row.passwordEnabled !== true) return [];
    return [
      passwordHit(row, { ageDays: null, limit: null, message: `${row.user} has a console password.` }),
    ];
  },
});
