/**
 * What the opt-in look-ups beyond the credential report found in one account, as plain data: the
 * rules and the evaluator read it, the AWS adapter (look-up-account.ts) fills it. A field is
 * undefined when its look-up was not made, so "not asked" never reads as "nothing there".
 */

/** One access key of a user as iam:ListAccessKeys lists it. */
export interface ListedAccessKey {
  id: string;
  active: boolean;
  /** Epoch ms of CreateDate: the report's `last_rotated` of the key's slot. */
  created: number;
}

/** A service-specific credential (CodeCommit Git credentials, Keyspaces passwords, Bedrock API keys…). */
export interface ServiceCredential {
  id: string;
  /** e.g. `codecommit.amazonaws.com`, `cassandra.amazonaws.com`, `bedrock.amazonaws.com`. */
  service: string;
  active: boolean;
  /** Epoch ms of CreateDate. */
  created: number;
  /** Epoch ms of ExpirationDate; null when the credential never expires. */
  expires: number | null;
}

/** An SSH public key of a user (CodeCommit SSH access). */
export interface SshPublicKey {
  id: string;
  active: boolean;
  /** Epoch ms of UploadDate. */
  uploaded: number;
}

export interface AccountLookups {
  /** `access-key-ids`: the keys of each user that has a finding on a key, by user name. */
  accessKeys?: ReadonlyMap<string, readonly ListedAccessKey[]>;
  /** `service-credentials`: every service-specific credential of the account, by user name. */
  serviceCredentials?: ReadonlyMap<string, readonly ServiceCredential[]>;
  /** `ssh-keys`: the SSH public keys of every IAM user, by user name. */
  sshKeys?: ReadonlyMap<string, readonly SshPublicKey[]>;
  /**
   * `mfa-devices`: the serial number of the virtual MFA device assigned to the root ARN, or null
   * when none is (root's MFA, if any, is then a hardware device or passkey).
   */
  rootVirtualMfa?: string | null;
  /** `user-tags`: the value of the owner tag of each user that has a finding (null: no such tag). */
  owners?: ReadonlyMap<string, string | null>;
}
