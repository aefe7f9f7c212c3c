import { ageInDays, ageOf, days, instantOf } from './age';
import { defineRule } from './define-rule';
import { securityHub } from './references';

/** The later of two instants, either of which may be unknown. */
function latest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null || a >= b ? a : b;
}

export const userInactive = defineRule({
  id: 'user-inactive',
  title: 'IAM users with credentials are in use',
  description:
    'A user holds an enabled credential (a console password, or an active access key or signing certificate) and ' +
    'the most recent use of any of its credentials (the password, either access key; if none was ever used, the ' +
    "user's creation) is more than `max_days` ago.",
  defaultSeverity: 'warning',
  recommended: false,
  appliesTo: 'user',
  defaults: { max_days: 90 },
  credentials: ['none'],
  references: [securityHub('IAM.8')],
  remediation:
    'Confirm with the owner, then remove the credentials (`aws iam delete-login-profile`, `aws iam ' +
    'delete-access-key`) or delete the user.',
  evaluate(row, params, { now }) {
    // Runs for nearly every user of a large account: plain tests, no arrays or closures per row.
    const key1 = row.accessKeys[0];
    const key2 = row.accessKeys[1];
    const holdsCredential =
      row.passwordEnabled === true || key1.active || key2.active || row.certs[0].active || row.certs[1].active;
    if (!holdsCredential) return [];
    const lastUsed = latest(latest(instantOf(row.passwordLastUsed), instantOf(key1.lastUsed)), instantOf(key2.lastUsed));
    const age = lastUsed === null ? ageOf(row.userCreationTime, now) : ageInDays(lastUsed, now);
    if (age !== null && age <= params.max_days) return [];
    const activity =
      age === null
        ? 'has never used its credentials and has no creation date'
        : lastUsed === null
          ? `has never used its credentials and was created ${days(age)} ago`
          : `last used a credential ${days(age)} ago`;
    return [
      {
        credential: null,
        credentialCreated: null,
        ageDays: age,
        limit: params.max_days,
        message: `${row.user} ${activity} (limit ${days(params.max_days)}).`,
      },
    ];
  },
});

export const additionalCredentials = defineRule({
  id: 'additional-credentials',
  title: 'The report covers all credentials of every user',
  description:
    'The report\'s `additional_credentials_info` column is not empty for a user: it has more than two access keys ' +
    'or certificates, and the report cannot show the others, so no rule could check them.',
  defaultSeverity: 'warning',
  recommended: true,
  appliesTo: 'user',
  defaults: {},
  credentials: ['none'],
  references: [],
  remediation:
    'List them (`aws iam list-access-keys --user-name NAME`, `aws iam list-signing-certificates --user-name NAME`) ' +
    'and delete all but the credentials in use.',
  evaluate(row) {
    if (row.additionalCredentialsInfo === null || row.additionalCredentialsInfo.trim() === '') return [];
    return [
      {
        credential: null,
        credentialCreated: null,
        ageDays: null,
        limit: null,
        message: `${row.user} has credentials the report cannot show (additional_credentials_info: ${row.additionalCredentialsInfo.trim()}).`,
      },
    ];
  },
});
