import type { AccessKeySlot, CertSlot, CredentialReportRow, DateField } from '../../src/report/types';

/** Parsed credential report rows built directly, so rule tests do not depend on the CSV parser. */

export const ACCOUNT = '123456789012';
export const NOW = Date.parse('2026-11-20T12:00:00.000Z');
export const DAY = 86_400_000;
export const SECOND = 1000;
export const MINUTE = 60_000;

export const NA: DateField = { kind: 'N/A' };
export const NO_INFO: DateField = { kind: 'no_information' };
export const NOT_SUPPORTED: DateField = { kind: 'not_supported' };

export function at(iso: string): DateField {
  return { kind: 'date', at: Date.parse(iso) };
}

/** A date `days` days (plus `extraMs`) before NOW; negative values lie in the future. */
export function daysAgo(days: number, extraMs = 0, now = NOW): DateField {
  return { kind: 'date', at: now - days * DAY - extraMs };
}

export type KeyOverrides = Partial<Omit<AccessKeySlot, 'slot' | 'credential'>>;
export type CertOverrides = Partial<Omit<CertSlot, 'slot' | 'credential'>>;

export interface RowOverrides extends Partial<Omit<CredentialReportRow, 'accessKeys' | 'certs'>> {
  key1?: KeyOverrides;
  key2?: KeyOverrides;
  cert1?: CertOverrides;
  cert2?: CertOverrides;
}

function emptyKey(slot: 1 | 2): AccessKeySlot {
  return {
    slot,
    credential: slot === 1 ? 'access_key_1' : 'access_key_2',
    active: false,
    lastRotated: NA,
    lastUsed: NA,
    lastUsedRegion: null,
    lastUsedService: null,
  };
}

function emptyCert(slot: 1 | 2): CertSlot {
  return { slot, credential: slot === 1 ? 'cert_1' : 'cert_2', active: false, lastRotated: NA };
}

/** An active key created `createdDaysAgo` days ago and used `usedDaysAgo` days ago (in us-east-1). */
export function activeKey(createdDaysAgo: number, usedDaysAgo: number | null = null): KeyOverrides {
  return {
    active: true,
    lastRotated: daysAgo(createdDaysAgo),
    lastUsed: usedDaysAgo === null ? NA : daysAgo(usedDaysAgo),
    lastUsedRegion: usedDaysAgo === null ? null : 'us-east-1',
    lastUsedService: usedDaysAgo === null ? null : 'sts',
  };
}

function build(base: CredentialReportRow, overrides: RowOverrides): CredentialReportRow {
  const { key1, key2, cert1, cert2, ...fields } = overrides;
  return {
    ...base,
    ...fields,
    accessKeys: [{ ...emptyKey(1), ...key1 }, { ...emptyKey(2), ...key2 }],
    certs: [{ ...emptyCert(1), ...cert1 }, { ...emptyCert(2), ...cert2 }],
  };
}

/**
 * An IAM user created 400 days ago with no credentials at all: no password, no MFA, no keys.
 * Tests add exactly what they are about.
 */
export function userRow(name: string, overrides: RowOverrides = {}): CredentialReportRow {
  return build(
    {
      line: 3,
      user: name,
      arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
      isRoot: false,
      accountId: ACCOUNT,
      partition: 'aws',
      userCreationTime: daysAgo(400),
      passwordEnabled: false,
      passwordLastUsed: NA,
      passwordLastChanged: NA,
      passwordNextRotation: NA,
      mfaActive: false,
      accessKeys: [emptyKey(1), emptyKey(2)],
      certs: [emptyCert(1), emptyCert(2)],
      additionalCredentialsInfo: null,
    },
    overrides,
  );
}

/** A console user: password set `changedDaysAgo` days ago, last used `usedDaysAgo` days ago (null: never). */
export function consoleUser(
  name: string,
  changedDaysAgo: number,
  usedDaysAgo: number | null,
  overrides: RowOverrides = {},
): CredentialReportRow {
  return userRow(name, {
    passwordEnabled: true,
    passwordLastChanged: daysAgo(changedDaysAgo),
    passwordLastUsed: usedDaysAgo === null ? NO_INFO : daysAgo(usedDaysAgo),
    ...overrides,
  });
}

/** The root row of a current report: password enabled, MFA on, no keys, not used recently. */
export function rootRow(overrides: RowOverrides = {}): CredentialReportRow {
  return build(
    {
      line: 2,
      user: '<root_account>',
      arn: `arn:aws:iam::${ACCOUNT}:root`,
      isRoot: true,
      accountId: ACCOUNT,
      partition: 'aws',
      userCreationTime: daysAgo(2000),
      passwordEnabled: true,
      passwordLastUsed: daysAgo(300),
      passwordLastChanged: daysAgo(2000),
      passwordNextRotation: NOT_SUPPORTED,
      mfaActive: true,
      accessKeys: [emptyKey(1), emptyKey(2)],
      certs: [emptyCert(1), emptyCert(2)],
      additionalCredentialsInfo: null,
    },
    overrides,
  );
}
