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

/** The identity as text, for showing and comparing one finding (an index compares fields instead). */
export function findingIdentity(finding: Finding): FindingIdentity {
  return {
    byArn: finding.arn === null ? null : key(finding, `arn:${finding.arn}`),
    byUser: key(finding, `user:${finding.user ?? ''}`),
  };
}

/** The identity without the ARN or user: what both of a finding's keys share. */
function sameCore(a: Finding, b: Finding): boolean {
  return (
    a.rule === b.rule &&
    a.account === b.account &&
    a.credential === b.credential &&
    a.credentialCreated === b.credentialCreated &&
    a.status === b.status
  );
}

/** Equal `byArn` keys (both findings have an ARN). */
function sameByArn(a: Finding, b: Finding): boolean {
  return a.arn === b.arn && sameCore(a, b);
}

/** Equal `byUser` keys: a missing user is the empty name, as in the key. */
function sameByUser(a: Finding, b: Finding): boolean {
  return (a.user ?? '') === (b.user ?? '') && sameCore(a, b);
}

/**
 * A 32-bit hash of one key of a finding: `who` is its ARN or its user. Equal keys hash equal; unequal
 * keys may too, so every hit is compared field by field (sameByArn, sameByUser).
 */
export type IdentityHash = (finding: Finding, who: 'arn' | 'user') => number;

const FNV_PRIME = 16777619;

function mix(hash: number, text: string | null): number {
  let h = hash;
  if (text === null) return Math.imul(h ^ 0x3c6ef372, FNV_PRIME);
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  // The length ends the field, so ("ab", "c") and ("a", "bc") differ.
  return Math.imul(h ^ (text.length + 1), FNV_PRIME);
}

/** FNV-1a over the key's fields. */
export const fnvIdentityHash: IdentityHash = (finding, who) => {
  let h = 0x811c9dc5;
  h = mix(h, finding.rule);
  h = mix(h, finding.account);
  h = mix(h, finding.credential);
  h = mix(h, finding.credentialCreated);
  h = mix(h, finding.status);
  h = who === 'arn' ? mix(h ^ 1, finding.arn) : mix(h ^ 2, finding.user ?? '');
  return h | 0;
};

/**
 * One hash table over the index's entries, chained through typed arrays: `heads[hash & mask]` is
 * the first entry + 1 (0: none), `next[entry]` the following one + 1. No object per entry, so an
 * index over a hundred thousand findings costs a few MiB instead of tens (string keys, arrays).
 */
class Chains {
  heads: Int32Array;
  next: Int32Array;

  constructor(buckets: number, capacity: number) {
    this.heads = new Int32Array(buckets);
    this.next = new Int32Array(capacity);
  }

  push(entry: number, hash: number): void {
    const bucket = hash & (this.heads.length - 1);
    this.next[entry] = this.heads[bucket] ?? 0;
    this.heads[bucket] = entry + 1;
  }
}

const INITIAL_CAPACITY = 64;

/**
 * Findings of one side, indexed for identity look-ups from the other side (see FindingIdentity).
 * Keys are 32-bit hashes; a hit counts only when the findings' identities are equal field by field,
 * so two findings whose hashes collide never match.
 */
export class FindingIndex<T> {
  private readonly findings: Finding[] = [];
  private readonly values: T[] = [];
  private arnHashes = new Int32Array(INITIAL_CAPACITY);
  private userHashes = new Int32Array(INITIAL_CAPACITY);
  /** Findings with an ARN, by their `byArn` key. */
  private withArn = new Chains(INITIAL_CAPACITY * 2, INITIAL_CAPACITY);
  /** Findings without an ARN, by their `byUser` key. */
  private withoutArn = new Chains(INITIAL_CAPACITY * 2, INITIAL_CAPACITY);
  /** Every finding, by its `byUser` key. */
  private anyByUser = new Chains(INITIAL_CAPACITY * 2, INITIAL_CAPACITY);

  /** `hash` is for tests, which force collisions; the default is FNV-1a. */
  constructor(private readonly hash: IdentityHash = fnvIdentityHash) {}

  get size(): number {
    return this.findings.length;
  }

  add(finding: Finding, value: T): void {
    const entry = this.findings.length;
    if (entry === this.userHashes.length) this.grow();
    this.findings.push(finding);
    this.values.push(value);
    const arnHash = finding.arn === null ? 0 : this.hash(finding, 'arn');
    const userHash = this.hash(finding, 'user');
    this.arnHashes[entry] = arnHash;
    this.userHashes[entry] = userHash;
    this.chain(entry, arnHash, userHash);
  }

  /** Calls `visit` with every entry whose finding has the same identity as `finding`, in the order they were added. */
  forEachMatch(finding: Finding, visit: (value: T) => void): void {
    if (finding.arn === null) {
      this.walk(this.anyByUser, 'user', finding, visit);
      return;
    }
    this.walk(this.withArn, 'arn', finding, visit);
    this.walk(this.withoutArn, 'user', finding, visit);
  }

  /** Every entry whose finding has the same identity as `finding` (see FindingIdentity). */
  lookup(finding: Finding): readonly T[] {
    const found: T[] = [];
    this.forEachMatch(finding, (value) => found.push(value));
    return found;
  }

  private chain(entry: number, arnHash: number, userHash: number): void {
    const finding = this.findings[entry] as Finding;
    if (finding.arn !== null) this.withArn.push(entry, arnHash);
    else this.withoutArn.push(entry, userHash);
    this.anyByUser.push(entry, userHash);
  }

  private walk(chains: Chains, who: 'arn' | 'user', finding: Finding, visit: (value: T) => void): void {
    const hashes = who === 'arn' ? this.arnHashes : this.userHashes;
    const same = who === 'arn' ? sameByArn : sameByUser;
    const hash = this.hash(finding, who);
    // A chain runs from the newest entry back: collect, then visit in the order of adding.
    let first = -1;
    let more: number[] | null = null;
    for (let at = chains.heads[hash & (chains.heads.length - 1)] ?? 0; at !== 0; at = chains.next[at - 1] ?? 0) {
      const entry = at - 1;
      if (hashes[entry] !== hash || !same(this.findings[entry] as Finding, finding)) continue;
      if (first === -1) first = entry;
      else (more ??= [first]).push(entry);
    }
    if (more !== null) for (let i = more.length - 1; i >= 0; i -= 1) visit(this.values[more[i] as number] as T);
    else if (first !== -1) visit(this.values[first] as T);
  }

  /** Twice the room, and the tables rebuilt at twice the buckets (at most half full). */
  private grow(): void {
    const capacity = this.userHashes.length * 2;
    const widen = (old: Int32Array) => {
      const wider = new Int32Array(capacity);
      wider.set(old);
      return wider;
    };
    this.arnHashes = widen(this.arnHashes);
    this.userHashes = widen(this.userHashes);
    this.withArn = new Chains(capacity * 2, capacity);
    this.withoutArn = new Chains(capacity * 2, capacity);
    this.anyByUser = new Chains(capacity * 2, capacity);
    for (let entry = 0; entry < this.findings.length; entry += 1) {
      this.chain(entry, this.arnHashes[entry] ?? 0, this.userHashes[entry] ?? 0);
    }
  }
}
