/**
 * Credential report CSV for tests: raw strings exactly as they would appear in the file, so a
 * test can also write what AWS never would (`TRUE`, `yesterday`, a missing column).
 *
 *   reportCsv([rootRow(), userRow({ user: 'alice', password_enabled: 'true' })])
 */
import { ADDITIONAL_CREDENTIALS_COLUMN, REQUIRED_COLUMNS, ROOT_USER } from '../../src/report/report-columns';
import type { RequiredColumn } from '../../src/report/report-columns';

/** The 22 columns every report has, in AWS's order. */
export const REPORT_COLUMNS: readonly RequiredColumn[] = REQUIRED_COLUMNS;
export { ADDITIONAL_CREDENTIALS_COLUMN };

/** One row as raw field text; any other key becomes an extra column. */
export type RawRow = Record<RequiredColumn, string> & Record<string, string>;

export const DEFAULT_ACCOUNT = '123456789012';
export const DEFAULT_CREATED = '2026-01-05T09:00:00Z';

export interface ReportCsvOptions {
  /** Default `\n` (AWS). */
  lineEnding?: '\n' | '\r\n';
  /** Default false: AWS ends the last row without a newline. */
  trailingNewline?: boolean;
  bom?: boolean;
  /** Columns to leave out of the header and every row (for broken reports). */
  omit?: readonly string[];
  /** Extra columns, added after the standard ones even when no row has a value for them. */
  extraColumns?: readonly string[];
}

/**
 * A complete report: header plus rows. Fields a row leaves out take the defaults of
 * `rootRow` (when `user` is `<root_account>`) or `userRow` (user `userN` for the N-th row).
 */
export function reportCsv(partialRows: readonly Partial<RawRow>[], options: ReportCsvOptions = {}): string {
  const rows = partialRows.map((row, i) =>
    row.user === ROOT_USER ? rootRow(row) : userRow({ user: `user${i + 1}`, ...row }),
  );
  const omitted = new Set(options.omit ?? []);
  const columns: string[] = [...REQUIRED_COLUMNS, ...(options.extraColumns ?? [])];
  for (const row of rows) {
    for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  }
  const kept = columns.filter((column) => !omitted.has(column));
  const lines = [
    kept.map(csvField).join(','),
    ...rows.map((row) => kept.map((column) => csvField(row[column] ?? '')).join(',')),
  ];
  const eol = options.lineEnding ?? '\n';
  return `${options.bom === true ? '\uFEFF' : ''}${lines.join(eol)}${options.trailingNewline === true ? eol : ''}`;
}

/** Quotes a field only when CSV needs it, as AWS does. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface RowOptions {
  account?: string;
  partition?: string;
  /** IAM path, e.g. `/vendors/`. Default `/`. */
  path?: string;
}

/** An IAM user with nothing enabled: no password, no MFA, no keys, no certificates. */
export function userRow(partial: Partial<RawRow> = {}, options: RowOptions = {}): RawRow {
  const user = partial.user ?? 'alice';
  const account = options.account ?? DEFAULT_ACCOUNT;
  const arn = `arn:${options.partition ?? 'aws'}:iam::${account}:user${options.path ?? '/'}${user}`;
  return {
    ...blankRow(),
    user,
    arn,
    user_creation_time: DEFAULT_CREATED,
    ...partial,
  };
}

/**
 * A modern root row with a password and MFA, never used since tracking began, and no keys or
 * certificates: it passes every root rule. Old reports wrote `not_supported` in
 * `password_enabled`; pass it to test that form.
 */
export function rootRow(partial: Partial<RawRow> = {}, options: RowOptions = {}): RawRow {
  return {
    ...blankRow(),
    user: ROOT_USER,
    arn: `arn:${options.partition ?? 'aws'}:iam::${options.account ?? DEFAULT_ACCOUNT}:root`,
    user_creation_time: '2019-03-04T10:15:22Z',
    password_enabled: 'true',
    password_last_used: 'no_information',
    password_last_changed: 'not_supported',
    password_next_rotation: 'not_supported',
    mfa_active: 'true',
    ...partial,
  };
}

const BOOLEAN_COLUMNS: readonly RequiredColumn[] = [
  'password_enabled',
  'mfa_active',
  'access_key_1_active',
  'access_key_2_active',
  'cert_1_active',
  'cert_2_active',
];

function blankRow(): RawRow {
  const row = Object.fromEntries(REQUIRED_COLUMNS.map((column) => [column, 'N/A'])) as RawRow;
  for (const column of BOOLEAN_COLUMNS) row[column] = 'false';
  return row;
}
