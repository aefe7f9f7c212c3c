/**
 * The columns of an IAM credential report. Rows are read by these names, never by position:
 * AWS has added columns before (`additional_credentials_info`) and may again.
 */
export const REQUIRED_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
] as const;

export type RequiredColumn = (typeof REQUIRED_COLUMNS)[number];

/** Only in some reports; its absence is normal. */
export const ADDITIONAL_CREDENTIALS_COLUMN = 'additional_credentials_info';

export type ReportColumn = RequiredColumn | typeof ADDITIONAL_CREDENTIALS_COLUMN;

/** The name AWS gives the root row. */
export const ROOT_USER = '<root_account>';
