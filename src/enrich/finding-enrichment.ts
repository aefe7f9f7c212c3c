/**
 * What the look-ups add to a finding: the access key's id (and the command that deactivates
 * exactly that key), the owner from the user's tag, the service of a service-specific credential.
 * Pure; called by the evaluator for every row finding of an account that had look-ups.
 *
 * Absent and null differ: a field is omitted when its look-up was not made for the finding (not
 * asked for, or not applicable: root's keys cannot be listed by another identity, run-level
 * findings have no user), and null when it was made and found nothing (the key was deleted since
 * the report; the user has no owner tag).
 */
import type { Finding } from '../evaluate/types';
import type { CredentialReportRow } from '../report/types';
import { credentialLabel } from '../rules/describe-credential';
import type { RuleHit } from '../rules/types';
import type { AccountLookups, ListedAccessKey } from './types';

const SECOND_MS = 1_000;

/**
 * The key whose creation time is the slot's `last_rotated`. The report gives seconds, the API may
 * give milliseconds, so both are compared to the second. Two keys created in the same second (a
 * script) cannot be told apart by the report: then the earlier-created goes to slot 1 and the other
 * to slot 2, so each finding still names a key that exists and the two never name the same one.
 */
export function matchAccessKey(keys: readonly ListedAccessKey[], credentialCreated: string | null, slot: 1 | 2, otherSlotCreated: string | null): string | null {
  if (credentialCreated === null) return null;
  const second = Math.floor(Date.parse(credentialCreated) / SECOND_MS);
  const same = keys.filter((key) => Math.floor(key.created / SECOND_MS) === second).sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1));
  if (same.length === 0) return null;
  if (same.length === 1) return same[0]?.id ?? null;
  const otherSecond = otherSlotCreated === null ? null : Math.floor(Date.parse(otherSlotCreated) / SECOND_MS);
  // Both slots in the same second: slot 1 is the first of the two, slot 2 the second.
  if (otherSecond === second) return same[Math.min(slot - 1, same.length - 1)]?.id ?? null;
  return same[0]?.id ?? null;
}

function withKeyId(message: string, label: string, id: string): string {
  return message.includes(label) ? message.replace(label, `${label} (${id})`) : `${message} Key: ${id}.`;
}

interface AccessKeyFields {
  accessKeyId: string | null;
  message: string;
  /** The command that deactivates exactly this key, said last. */
  command: string | null;
}

function accessKeyFields(finding: Finding, row: CredentialReportRow, lookups: AccountLookups): AccessKeyFields | null {
  const credential = finding.credential;
  if (lookups.accessKeys === undefined || row.isRoot || (credential !== 'access_key_1' && credential !== 'access_key_2')) return null;
  const keys = lookups.accessKeys.get(row.user);
  if (keys === undefined) return null;
  const slot = credential === 'access_key_1' ? 1 : 2;
  const other = row.accessKeys[slot === 1 ? 1 : 0].lastRotated;
  const id = matchAccessKey(keys, finding.credentialCreated, slot, other.kind === 'date' ? new Date(other.at).toISOString() : null);
  if (id === null) {
    return {
      accessKeyId: null,
      message: `${finding.message} The key no longer exists: it was deleted since the report was generated.`,
      command: null,
    };
  }
  return {
    accessKeyId: id,
    message: withKeyId(finding.message, credentialLabel(credential), id),
    command: `Deactivate it: aws iam update-access-key --user-name ${row.user} --access-key-id ${id} --status Inactive`,
  };
}

export function enrichmentOf(finding: Finding, row: CredentialReportRow, hit: RuleHit, lookups: AccountLookups | undefined): Finding {
  let message = finding.message;
  let command: string | null = null;
  const added: Pick<Finding, 'accessKeyId' | 'owner' | 'service'> = {};
  if (lookups !== undefined) {
    const key = accessKeyFields(finding, row, lookups);
    if (key !== null) {
      added.accessKeyId = key.accessKeyId;
      message = key.message;
      command = key.command;
    }
    if (lookups.owners !== undefined && !row.isRoot && lookups.owners.has(row.user)) {
      const owner = lookups.owners.get(row.user) ?? null;
      added.owner = owner;
      if (owner !== null) message = `${message} Owner: ${owner}.`;
    }
  }
  if (command !== null) message = `${message} ${command}`;
  if (hit.service !== undefined) added.service = hit.service;
  return { ...finding, message, ...added };
}
