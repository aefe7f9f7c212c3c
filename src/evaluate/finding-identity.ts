import type { Finding } from './types';

/**
 * A finding's identity across runs and policies (contract 1.1, "Baselines"): rule, account, ARN
 * (or user where one side has no ARN), credential, the credential's creation time and status. A
 * rotated key (new creation time) or an `upcoming` that became a `violation` is another finding.
 *
 * Two keys per finding, so a join stays a hash look-up: `byArn` is null when the finding has no ARN;
 * `byUser` always exists. Match a finding with an ARN by `byArn` against the other side's findings
 * with an ARN, and by `byUser` against those without; a finding without an ARN matches by `byUser`.
 */
export interface FindingIdentity {
  byArn: string | null;
  byUser: string;
}

function key(finding: Finding, who: string | null): string {
  // JSON of a fixed-order tuple: no separator can collide with a value (user names allow most characters).
  return JSON.stringify([
    finding.rule,
    finding.account,
    who,
    finding.credential,
    finding.credentialCreated,
    finding.status,
  ]);
}

export function findingIdentity(finding: Finding): FindingIdentity {
  return {
    byArn: finding.arn === null ? null : key(finding, `arn:${finding.arn}`),
    byUser: key(finding, `user:${finding.user ?? ''}`),
  };
}

/** Findings of one side, indexed for identity look-ups from the other side. */
export class FindingIndex<T> {
  private readonly withArn = new Map<string, T[]>();
  private readonly withoutArn = new Map<string, T[]>();
  private readonly anyByUser = new Map<string, T[]>();

  add(finding: Finding, value: T): void {
    const identity = findingIdentity(finding);
    if (identity.byArn !== null) push(this.withArn, identity.byArn, value);
    else push(this.withoutArn, identity.byUser, value);
    push(this.anyByUser, identity.byUser, value);
  }

  /** Every entry whose finding has the same identity as `finding` (see FindingIdentity). */
  lookup(finding: Finding): readonly T[] {
    const identity = findingIdentity(finding);
    if (identity.byArn === null) return this.anyByUser.get(identity.byUser) ?? [];
    const sameArn = this.withArn.get(identity.byArn) ?? [];
    const noArn = this.withoutArn.get(identity.byUser) ?? [];
    return noArn.length === 0 ? sameArn : [...sameArn, ...noArn];
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
