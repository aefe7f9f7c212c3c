/**
 * The IAM listings behind the look-ups beyond the report (`enrich`), as an `iam` handler for the
 * loopback AWS server: ListAccessKeys, ListServiceSpecificCredentials (per user or AllUsers),
 * ListSSHPublicKeys, ListVirtualMFADevices and ListUserTags, in the Query protocol's XML, paged
 * with Marker / IsTruncated at `pageSize` items (or the caller's smaller MaxItems). Other actions
 * fall through to the built-in credential report simulation.
 */
import { queryError, queryResult, xmlEscape, type AwsCall, type AwsReply, type ServiceHandler } from './aws-server';

const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';

export interface DirectoryKey {
  id: string;
  status?: 'Active' | 'Inactive';
  /** ISO instant. */
  created: string;
}

export interface DirectoryServiceCredential {
  user: string;
  id: string;
  service: string;
  status?: 'Active' | 'Inactive';
  created: string;
  /** Absent: never expires. */
  expires?: string;
}

export interface DirectorySshKey {
  id: string;
  status?: 'Active' | 'Inactive';
  uploaded: string;
}

export interface DirectoryMfaDevice {
  serial: string;
  /** The ARN it is assigned to; absent = unassigned. */
  userArn?: string;
}

export interface IamDirectory {
  /** Users that exist; a user not listed answers NoSuchEntity (deleted since the report). */
  users: Set<string>;
  accessKeys: Map<string, DirectoryKey[]>;
  serviceCredentials: DirectoryServiceCredential[];
  sshKeys: Map<string, DirectorySshKey[]>;
  virtualMfa: DirectoryMfaDevice[];
  tags: Map<string, { key: string; value: string }[]>;
  /** Largest page the server returns. */
  pageSize: number;
  /** Added to every listing call, to measure look-ups against a realistic latency. */
  latencyMs: number;
}

export function emptyDirectory(overrides: Partial<IamDirectory> = {}): IamDirectory {
  return {
    users: new Set(),
    accessKeys: new Map(),
    serviceCredentials: [],
    sshKeys: new Map(),
    virtualMfa: [],
    tags: new Map(),
    pageSize: 100,
    latencyMs: 0,
    ...overrides,
  };
}

export const LOOK_UP_ACTIONS = [
  'ListAccessKeys',
  'ListServiceSpecificCredentials',
  'ListSSHPublicKeys',
  'ListVirtualMFADevices',
  'ListUserTags',
] as const;

function iso(at: string): string {
  return new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function page<T>(items: readonly T[], call: AwsCall, directory: IamDirectory): { items: T[]; tail: string } {
  const start = Number(call.params.Marker ?? '0');
  const asked = Number(call.params.MaxItems ?? String(directory.pageSize));
  const size = Math.max(1, Math.min(directory.pageSize, asked));
  const slice = items.slice(start, start + size);
  const next = start + size;
  const tail =
    next < items.length ? `    <IsTruncated>true</IsTruncated>\n    <Marker>${next}</Marker>` : '    <IsTruncated>false</IsTruncated>';
  return { items: slice, tail };
}

function members(tag: string, rows: string[]): string {
  return `    <${tag}>\n${rows.map((row) => `      <member>\n${row}\n      </member>`).join('\n')}\n    </${tag}>`;
}

function noSuchEntity(user: string): AwsReply {
  return queryError('NoSuchEntity', `The user with name ${user} cannot be found.`, 404);
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function iamLookUpsHandler(directory: IamDirectory, account = '123456789012'): ServiceHandler {
  return async (call) => {
    if (!(LOOK_UP_ACTIONS as readonly string[]).includes(call.action)) return undefined;
    if (directory.latencyMs > 0) await delay(directory.latencyMs);
    const user = call.params.UserName;
    if (user !== undefined && !directory.users.has(user)) return noSuchEntity(user);

    switch (call.action) {
      case 'ListAccessKeys': {
        const { items, tail } = page(directory.accessKeys.get(user ?? '') ?? [], call, directory);
        const rows = items.map(
          (key) =>
            `        <UserName>${xmlEscape(user ?? '')}</UserName>\n        <AccessKeyId>${key.id}</AccessKeyId>\n` +
            `        <Status>${key.status ?? 'Active'}</Status>\n        <CreateDate>${iso(key.created)}</CreateDate>`,
        );
        return queryResult('ListAccessKeys', IAM_NS, `${members('AccessKeyMetadata', rows)}\n${tail}`);
      }
      case 'ListServiceSpecificCredentials': {
        if (call.params.AllUsers === 'true' && user !== undefined) {
          return queryError('InvalidInput', 'AllUsers cannot be specified together with UserName.', 400);
        }
        const all = call.params.AllUsers === 'true' ? directory.serviceCredentials : directory.serviceCredentials.filter((c) => c.user === user);
        const { items, tail } = page(all, call, directory);
        const rows = items.map(
          (credential) =>
            `        <UserName>${xmlEscape(credential.user)}</UserName>\n        <Status>${credential.status ?? 'Active'}</Status>\n` +
            `        <ServiceUserName>${xmlEscape(credential.user)}-at-${account}</ServiceUserName>\n` +
            `        <CreateDate>${iso(credential.created)}</CreateDate>\n` +
            (credential.expires === undefined ? '' : `        <ExpirationDate>${iso(credential.expires)}</ExpirationDate>\n`) +
            `        <ServiceSpecificCredentialId>${credential.id}</ServiceSpecificCredentialId>\n` +
            `        <ServiceName>${credential.service}</ServiceName>`,
        );
        return queryResult('ListServiceSpecificCredentials', IAM_NS, `${members('ServiceSpecificCredentials', rows)}\n${tail}`);
      }
      case 'ListSSHPublicKeys': {
        const { items, tail } = page(directory.sshKeys.get(user ?? '') ?? [], call, directory);
        const rows = items.map(
          (key) =>
            `        <UserName>${xmlEscape(user ?? '')}</UserName>\n        <SSHPublicKeyId>${key.id}</SSHPublicKeyId>\n` +
            `        <Status>${key.status ?? 'Active'}</Status>\n        <UploadDate>${iso(key.uploaded)}</UploadDate>`,
        );
        return queryResult('ListSSHPublicKeys', IAM_NS, `${members('SSHPublicKeys', rows)}\n${tail}`);
      }
      case 'ListVirtualMFADevices': {
        const status = call.params.AssignmentStatus ?? 'Any';
        const devices = directory.virtualMfa.filter(
          (device) => status === 'Any' || (status === 'Assigned') === (device.userArn !== undefined),
        );
        const { items, tail } = page(devices, call, directory);
        const rows = items.map(
          (device) =>
            `        <SerialNumber>${xmlEscape(device.serial)}</SerialNumber>` +
            (device.userArn === undefined
              ? ''
              : `\n        <User>\n          <Path>/</Path>\n          <UserName>${device.userArn.endsWith(':root') ? account : 'user'}</UserName>\n` +
                `          <UserId>${account}</UserId>\n          <Arn>${xmlEscape(device.userArn)}</Arn>\n` +
                '          <CreateDate>2020-01-01T00:00:00Z</CreateDate>\n        </User>\n        <EnableDate>2021-01-01T00:00:00Z</EnableDate>'),
        );
        return queryResult('ListVirtualMFADevices', IAM_NS, `${members('VirtualMFADevices', rows)}\n${tail}`);
      }
      case 'ListUserTags': {
        const { items, tail } = page(directory.tags.get(user ?? '') ?? [], call, directory);
        const rows = items.map((tag) => `        <Key>${xmlEscape(tag.key)}</Key>\n        <Value>${xmlEscape(tag.value)}</Value>`);
        return queryResult('ListUserTags', IAM_NS, `${members('Tags', rows)}\n${tail}`);
      }
      default:
        return undefined;
    }
  };
}
