import type { Credential, CredentialReportRow } from '../report/types';

const LABELS: Record<Credential, string> = {
  password: 'The console password',
  mfa: 'MFA',
  access_key_1: 'Access key 1',
  access_key_2: 'Access key 2',
  cert_1: 'Signing certificate 1',
  cert_2: 'Signing certificate 2',
};

/** Sentence-initial name of a credential: "Access key 1". */
export function credentialLabel(credential: Credential): string {
  return LABELS[credential];
}

/** How messages name the row's owner: the user name, or "the root account". */
export function ownerOf(row: CredentialReportRow): string {
  return row.isRoot ? 'the root account' : row.user;
}
