/**
 * A credential report after parsing: every raw string has been turned into meaning once,
 * so rules never see `N/A`, `no_information` or `not_supported` as text.
 */

/** A timestamp column. The three sentinels are kept apart because they mean different things. */
export type DateField =
  | { kind: 'date'; at: number } // epoch milliseconds, UTC
  | { kind: 'N/A' } // absent: no such credential
  | { kind: 'no_information' } // never used, or used only before tracking began
  | { kind: 'not_supported' }; // not applicable to this row (old root rows)

export type AccessKeyCredential = 'access_key_1' | 'access_key_2';
export type CertCredential = 'cert_1' | 'cert_2';
export type Credential = 'password' | 'mfa' | AccessKeyCredential | CertCredential;

export interface AccessKeySlot {
  slot: 1 | 2;
  credential: AccessKeyCredential;
  active: boolean;
  /** The key's creation time (AWS calls it last_rotated). Inactive keys keep it. */
  lastRotated: DateField;
  lastUsed: DateField;
  /** null for `N/A`, which also means a global service such as S3. */
  lastUsedRegion: string | null;
  lastUsedService: string | null;
}

export interface CertSlot {
  slot: 1 | 2;
  credential: CertCredential;
  active: boolean;
  lastRotated: DateField;
}

export interface CredentialReportRow {
  /** 1-based physical line of the row in the CSV (for messages). */
  line: number;
  user: string;
  arn: string;
  isRoot: boolean;
  /** From the ARN; null when the ARN is not an IAM ARN. */
  accountId: string | null;
  partition: string | null;
  userCreationTime: DateField;
  /** `not_supported` on root rows of older reports. */
  passwordEnabled: boolean | 'not_supported';
  passwordLastUsed: DateField;
  passwordLastChanged: DateField;
  passwordNextRotation: DateField;
  mfaActive: boolean;
  accessKeys: [AccessKeySlot, AccessKeySlot];
  certs: [CertSlot, CertSlot];
  /** `additional_credentials_info` when present and non-empty, else null. */
  additionalCredentialsInfo: string | null;
}

export interface CredentialReport {
  /** Where it came from, for messages (a path, or e.g. `aws:123456789012`). */
  source: string;
  rows: CredentialReportRow[];
  /** The account of the rows (from the ARNs); null when the report has no rows with an ARN. */
  accountId: string | null;
  partition: string | null;
  columns: string[];
}
