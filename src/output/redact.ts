import { sha256Hex } from '../lazy-builtins';
import type { FindingsDocument } from '../evaluate/types';
import { exemptionsOfChange } from '../policy-review/review-policy-change';
import type { GateOutcome } from '../run/types';

/**
 * Replaces user names, ARNs, account ids, and the key ids and owners the look-ups add (`enrich`),
 * in human-facing output by stable short hashes
 * (`user-1a2b3c4d`): the same value always gives the same hash, in every output and every run,
 * so people can still correlate a summary row with an annotation or yesterday's run.
 *
 * The hashes hide names from casual readers of public logs; they are not encryption. A short
 * unsalted hash of a guessable name (`admin`) can be confirmed by hashing the guess.
 */
export interface Redactor {
  readonly enabled: boolean;
  user(name: string): string;
  arn(arn: string): string;
  account(id: string): string;
  /** A credential id from the look-ups (access key, service-specific credential, SSH key). */
  key(id: string): string;
  /** An owner from a user's tag. */
  owner(value: string): string;
  /**
   * Free text (finding messages, log lines): every ARN and 12-digit account id, and every user
   * name learnt so far, replaced. Unknown user names cannot be recognised: learn them first.
   */
  text(text: string): string;
  /** Remembers the users, ARNs and accounts of a run (and the exemption patterns of its policy). */
  learn(source: FindingsDocument | GateOutcome): void;
}

/** The root row is named the same in every account: it identifies nobody. */
const ROOT_USER = '<root_account>';
const HASH_CHARS = 8;
/** Characters that continue a user name (IAM allows `+=,.@_-`); `.` and `,` end a sentence more often. */
const NAME_CHAR = /[A-Za-z0-9_+=@-]/;
const ARN_AT = /arn:aws[a-z-]*:[^\s'"`<>()[\]{}|]+/y;
const ACCOUNT_AT = /\d{12}/y;

type Kind = 'user' | 'arn' | 'account' | 'key' | 'owner';

/** `service_credential:ACCA…` and `ssh_key:APKA…` name a credential by its id. */
const LOOKED_UP_CREDENTIAL = /^(?:service_credential|ssh_key):(.+)$/;

const identity: Redactor = {
  enabled: false,
  user: (name) => name,
  arn: (arn) => arn,
  account: (id) => id,
  key: (id) => id,
  owner: (value) => value,
  text: (text) => text,
  learn: () => undefined,
};

export function createRedactor(enabled: boolean): Redactor {
  if (!enabled) return identity;

  const hashes = new Map<string, string>();
  /** Literal values to find in free text, with their replacement. */
  const known = new Map<string, string>();
  /** Distinct lengths of the known values, longest first, so `carol.smith` wins over `carol`. */
  let lengths: number[] = [];

  function hashOf(kind: Kind, value: string): string {
    const key = `${kind}\0${value}`;
    let hashed = hashes.get(key);
    if (hashed === undefined) {
      hashed = `${kind}-${sha256Hex(value).slice(0, HASH_CHARS)}`;
      hashes.set(key, hashed);
    }
    return hashed;
  }

  function remember(kind: Kind, value: string): string {
    if (kind === 'user' && value === ROOT_USER) return value;
    const hashed = hashOf(kind, value);
    if (value.length > 0 && !known.has(value)) {
      known.set(value, hashed);
      if (!lengths.includes(value.length)) lengths = [...lengths, value.length].sort((a, b) => b - a);
    }
    return hashed;
  }

  function isNameChar(char: string | undefined): boolean {
    return char !== undefined && NAME_CHAR.test(char);
  }

  function matchAt(pattern: RegExp, text: string, index: number): string | null {
    pattern.lastIndex = index;
    return pattern.exec(text)?.[0] ?? null;
  }

  function text(input: string): string {
    let out = '';
    let index = 0;
    while (index < input.length) {
      if (isNameChar(input[index - 1])) {
        out += input[index];
        index += 1;
        continue;
      }
      const arn = input.startsWith('arn:', index) ? matchAt(ARN_AT, input, index)?.replace(/[.,;:]+$/, '') : null;
      if (arn) {
        out += remember('arn', arn);
        index += arn.length;
        continue;
      }
      const literal = knownAt(input, index);
      if (literal !== null) {
        out += known.get(literal);
        index += literal.length;
        continue;
      }
      const account = matchAt(ACCOUNT_AT, input, index);
      if (account !== null && !isNameChar(input[index + account.length])) {
        out += remember('account', account);
        index += account.length;
        continue;
      }
      out += input[index];
      index += 1;
    }
    return out;
  }

  function knownAt(input: string, index: number): string | null {
    for (const length of lengths) {
      const candidate = input.slice(index, index + length);
      if (candidate.length === length && known.has(candidate) && !isNameChar(input[index + length])) return candidate;
    }
    return null;
  }

  function learn(source: FindingsDocument | GateOutcome): void {
    const document = 'document' in source ? source.document : source;
    for (const report of document.reports) if (report.account !== null) remember('account', report.account);
    // A policy change review names findings and exemptions that this run's own list may lack.
    const review = document.policyChange;
    const reviewed = review ? [...review.hidden, ...review.added] : [];
    // Fixed findings (from the baseline) name users this run may no longer have.
    const fixed = document.baseline?.fixed ?? [];
    for (const finding of [...document.findings, ...reviewed, ...fixed]) {
      if (finding.user !== null) remember('user', finding.user);
      if (finding.arn !== null) remember('arn', finding.arn);
      if (finding.account !== null) remember('account', finding.account);
      // Key ids and owners hide like user names: they appear in messages and credential names.
      if (typeof finding.accessKeyId === 'string') remember('key', finding.accessKeyId);
      if (typeof finding.owner === 'string') remember('owner', finding.owner);
      const credentialId = finding.credential === null ? undefined : LOOKED_UP_CREDENTIAL.exec(finding.credential)?.[1];
      if (credentialId !== undefined) remember('key', credentialId);
    }
    if ('document' in source) {
      // Exemption patterns name people too (`deploy-bot`, `arn:…:user/vendors/*`).
      const exemptions = source.policy?.exemptions ?? source.exemptions.map((use) => use.exemption);
      for (const exemption of [...exemptions, ...(review ? exemptionsOfChange(review) : [])]) {
        for (const user of exemption.users) remember('user', user);
        for (const arn of exemption.arns) remember('arn', arn);
        for (const account of exemption.accounts ?? []) remember('account', account);
      }
    }
  }

  return {
    enabled: true,
    user: (name) => remember('user', name),
    arn: (arn) => remember('arn', arn),
    account: (id) => remember('account', id),
    key: (id) => remember('key', id),
    owner: (value) => remember('owner', value),
    text,
    learn,
  };
}
