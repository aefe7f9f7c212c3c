import { ageOf, days, isoOf } from './age';
import { defineRule } from './define-rule';
import { credentialLabel } from './describe-credential';
import type { CertSlot } from '../report/types';
import type { RuleHit } from './types';

export const signingCertificateMaxAge = defineRule({
  id: 'signing-certificate-max-age',
  title: 'Active signing certificates are rotated within the maximum age',
  description:
    'Per active X.509 signing certificate of a user: its age (from `last_rotated`) is over `max_days`. ' +
    'An active certificate without a date is a violation.',
  defaultSeverity: 'warning',
  recommended: false,
  appliesTo: 'user',
  defaults: { max_days: 365 },
  credentials: ['cert_1', 'cert_2'],
  references: [],
  remediation:
    'Upload a new certificate (`aws iam upload-signing-certificate`), switch the client to it, then ' +
    '`aws iam update-signing-certificate --status Inactive` and `aws iam delete-signing-certificate` on the old one.',
  evaluate(row, params, { now }) {
    const hits: RuleHit[] = [];
    for (let i = 0; i < row.certs.length; i += 1) {
      const cert = row.certs[i] as CertSlot;
      if (!cert.active) continue;
      const age = ageOf(cert.lastRotated, now);
      if (age !== null && age <= params.max_days) continue;
      const name = `${credentialLabel(cert.credential)} of ${row.user}`;
      hits.push({
        credential: cert.credential,
        credentialCreated: isoOf(cert.lastRotated),
        ageDays: age,
        limit: params.max_days,
        message:
          age === null
            ? `${name} is active but has no creation date (limit ${days(params.max_days)}).`
            : `${name} is ${days(age)} old (limit ${days(params.max_days)}).`,
      });
    }
    return hits;
  },
});
