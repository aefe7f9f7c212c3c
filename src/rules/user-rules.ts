import { ageOf, days, instantOf } from './age';
import { defineRule } from './define-rule';
import { securityHub } from './references';

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
    const holdsCredential =
      row.passwordEnabled === true || row.accessKeys.some((key) => key.active) || row.certs.some((cert) => cert.active);
    if (!holdsCredential) return [];
    const uses = [row.passwordLastUsed, ...row.accessKeys.map((key) => key.lastUsed)]
      .map(instantOf)
      .filter((at): at is number => at !== null);
    const lastUsed = uses.length > 0 ? Math.max(...uses) : null;
    const age = lastUsed === null ? ageOf(row.userCreationTime, now) : ageOf({ kind: 'date', at: lastUsed }, now);
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
