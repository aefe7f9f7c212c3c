import type { CredentialReportRow, DateField } from '../report/types';
import { ageInDays } from '../rules/age';
import type { RuleId } from '../rules/rule-params';

/** A report column a rule reads, by its name in the CSV. */
export type FactColumn =
  | 'user_creation_time'
  | 'password_enabled'
  | 'password_last_used'
  | 'password_last_changed'
  | 'mfa_active'
  | `access_key_${1 | 2}_${'active' | 'last_rotated' | 'last_used_date' | 'last_used_region'}`
  | `cert_${1 | 2}_${'active' | 'last_rotated'}`
  | 'additional_credentials_info';

export interface RuleFacts {
  /** The columns the rule's evaluate reads, shown with their values by `explain`. */
  columns: readonly FactColumn[];
  /**
   * Why the rule has nothing to judge on this row (no console password, no active key, …), or null
   * when it applies. Only consulted when the rule found nothing: a finding always wins.
   */
  notApplicable?: (row: CredentialReportRow) => string | null;
}

const KEY_ACTIVE = ['access_key_1_active', 'access_key_2_active'] as const;
const KEY_DATES = ['access_key_1_active', 'access_key_1_last_rotated', 'access_key_2_active', 'access_key_2_last_rotated'] as const;
const KEY_USE = [
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
] as const;
const PASSWORD = ['password_enabled', 'password_last_used', 'password_last_changed', 'user_creation_time'] as const;
const CERTS = ['cert_1_active', 'cert_1_last_rotated', 'cert_2_active', 'cert_2_last_rotated'] as const;

/** The look-up rules read data the report does not hold; without it (`explain` makes no look-ups) they judge nothing. */
const lookedUp = (what: string) => (): string => `the rule reads ${what}, a look-up beyond the report (enrich) that explain does not make`;

const noActiveKey = (row: CredentialReportRow): string | null =>
  row.accessKeys.some((key) => key.active) ? null : 'the user has no active access key';
const noPassword = (row: CredentialReportRow): string | null =>
  row.passwordEnabled === true ? null : 'the user has no console password';

/**
 * What `explain` shows beside each rule's outcome. The outcome itself always comes from the rule's
 * own evaluate (see explain-user.ts); these only say which values it looked at, and when a rule
 * that found nothing had nothing to look at. A test checks every rule of the registry has an entry.
 */
export const RULE_FACTS: Readonly<Record<RuleId, RuleFacts>> = {
  'root-access-keys': { columns: KEY_ACTIVE },
  'root-mfa': { columns: ['password_enabled', 'mfa_active', ...KEY_ACTIVE] },
  'root-recent-use': { columns: ['password_last_used', 'access_key_1_last_used_date', 'access_key_2_last_used_date'] },
  'root-signing-certificates': { columns: ['cert_1_active', 'cert_2_active'] },
  'mfa-for-console': { columns: ['password_enabled', 'mfa_active', 'user_creation_time'], notApplicable: noPassword },
  'mfa-for-all-users': { columns: ['mfa_active', 'user_creation_time'] },
  'access-key-max-age': { columns: KEY_DATES, notApplicable: noActiveKey },
  'access-key-unused': { columns: KEY_USE, notApplicable: noActiveKey },
  'password-unused': { columns: PASSWORD, notApplicable: noPassword },
  'single-active-access-key': { columns: KEY_DATES },
  'no-initial-access-key': {
    columns: ['password_enabled', 'user_creation_time', ...KEY_USE],
    notApplicable: (row) => noPassword(row) ?? noActiveKey(row),
  },
  'password-max-age': { columns: ['password_enabled', 'password_last_changed'], notApplicable: noPassword },
  'signing-certificate-max-age': {
    columns: CERTS,
    notApplicable: (row) => (row.certs.some((cert) => cert.active) ? null : 'the user has no active signing certificate'),
  },
  'console-access-forbidden': { columns: ['password_enabled'] },
  'access-keys-forbidden': { columns: KEY_ACTIVE },
  'console-user-access-keys': { columns: ['password_enabled', ...KEY_ACTIVE], notApplicable: noPassword },
  'user-inactive': {
    columns: ['password_enabled', 'password_last_used', 'access_key_1_active', 'access_key_1_last_used_date',
      'access_key_2_active', 'access_key_2_last_used_date', 'cert_1_active', 'cert_2_active', 'user_creation_time'],
    notApplicable: (row) =>
      row.passwordEnabled === true || row.accessKeys.some((key) => key.active) || row.certs.some((cert) => cert.active)
        ? null
        : 'the user holds no enabled credential',
  },
  'service-credential-max-age': { columns: [], notApplicable: lookedUp('service-specific credentials') },
  'service-credential-no-expiry': { columns: [], notApplicable: lookedUp('service-specific credentials') },
  'ssh-key-max-age': { columns: [], notApplicable: lookedUp('SSH public keys') },
  'root-hardware-mfa': { columns: ['mfa_active'], notApplicable: lookedUp('the virtual MFA devices') },
  'access-key-region': {
    columns: ['access_key_1_active', 'access_key_1_last_used_region', 'access_key_2_active', 'access_key_2_last_used_region'],
    notApplicable: noActiveKey,
  },
  'additional-credentials': { columns: ['additional_credentials_info'] },
};

/** One column's value as `explain` shows it: the CSV's words, dates as ISO with their age. */
export interface FactValue {
  column: FactColumn;
  /** `true`, `2026-01-02T03:04:05.000Z`, `N/A`, `no_information`, … */
  value: string;
  /** Whole days between the date and the evaluation instant; null when not a date. */
  ageDays: number | null;
}

function dateValue(column: FactColumn, field: DateField, now: number): FactValue {
  if (field.kind !== 'date') return { column, value: field.kind, ageDays: null };
  return { column, value: new Date(field.at).toISOString(), ageDays: ageInDays(field.at, now) };
}

export function factValue(row: CredentialReportRow, column: FactColumn, now: number): FactValue {
  const plain = (value: string): FactValue => ({ column, value, ageDays: null });
  const key = /^access_key_([12])_(.+)$/.exec(column);
  if (key) {
    const slot = row.accessKeys[Number(key[1]) - 1];
    if (slot === undefined) return plain('N/A');
    switch (key[2]) {
      case 'active':
        return plain(String(slot.active));
      case 'last_rotated':
        return dateValue(column, slot.lastRotated, now);
      case 'last_used_date':
        return dateValue(column, slot.lastUsed, now);
      default:
        return plain(slot.lastUsedRegion ?? 'N/A');
    }
  }
  const cert = /^cert_([12])_(.+)$/.exec(column);
  if (cert) {
    const slot = row.certs[Number(cert[1]) - 1];
    if (slot === undefined) return plain('N/A');
    return cert[2] === 'active' ? plain(String(slot.active)) : dateValue(column, slot.lastRotated, now);
  }
  switch (column) {
    case 'user_creation_time':
      return dateValue(column, row.userCreationTime, now);
    case 'password_enabled':
      return plain(String(row.passwordEnabled));
    case 'password_last_used':
      return dateValue(column, row.passwordLastUsed, now);
    case 'password_last_changed':
      return dateValue(column, row.passwordLastChanged, now);
    case 'mfa_active':
      return plain(String(row.mfaActive));
    default:
      return plain(row.additionalCredentialsInfo ?? 'N/A');
  }
}
