import type { Exemption } from '../policy/types';
import { formatPosition } from '../user-error';
import { overallEffect } from './compare-rules';
import type { ChangeEffect, ExemptionChange, ExemptionContent, FieldChange, PolicyChange } from './types';

/** Sorted and without repeats: the order of globs in a list means nothing. */
function normalized(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

export function exemptionContent(exemption: Exemption): ExemptionContent {
  return {
    users: [...exemption.users],
    arns: [...exemption.arns],
    accounts: exemption.accounts === null ? null : [...exemption.accounts],
    rules: [...exemption.rules],
    reason: exemption.reason,
    expires: exemption.expires,
    owner: exemption.owner,
    at: exemption.position === null ? null : formatPosition(exemption.position),
  };
}

/** What an exemption does, without where it stands: two exemptions with the same key are the same. */
function contentKey(exemption: Exemption): string {
  return JSON.stringify([
    normalized(exemption.users),
    normalized(exemption.arns),
    exemption.accounts === null ? null : normalized(exemption.accounts),
    normalized(exemption.rules),
    exemption.reason.trim(),
    exemption.expires,
    exemption.owner,
  ]);
}

/**
 * A list where `*` matches everything (users, ARNs, rules) or where null does (accounts). Covering
 * any value more is wider, even if others went: a reviewer must see what the change lets through.
 */
function coverageEffect(before: readonly string[] | null, after: readonly string[] | null): ChangeEffect {
  const all = (list: readonly string[] | null): boolean => list === null || list.includes('*');
  const gained = !all(before) && (all(after) || (after ?? []).some((value) => !(before ?? []).includes(value)));
  const lost = !all(after) && (all(before) || (before ?? []).some((value) => !(after ?? []).includes(value)));
  if (gained) return 'looser';
  return lost ? 'stricter' : 'neutral';
}

/** A later date or none at all keeps the exemption longer. ISO dates compare as text. */
function expiresEffect(before: string | null, after: string | null): ChangeEffect {
  if (before === after) return 'neutral';
  if (after === null) return 'looser';
  if (before === null) return 'stricter';
  return after > before ? 'looser' : 'stricter';
}

function sameList(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return JSON.stringify(normalized(a)) === JSON.stringify(normalized(b));
}

function compareExemption(before: Exemption, after: Exemption): ExemptionChange {
  const changes: FieldChange[] = [];
  const lists = [
    ['users', before.users, after.users],
    ['arns', before.arns, after.arns],
    ['accounts', before.accounts, after.accounts],
    ['rules', before.rules, after.rules],
  ] as const;
  for (const [field, from, to] of lists) {
    if (!sameList(from, to)) changes.push({ field, before: from, after: to, effect: coverageEffect(from, to) });
  }
  if (before.expires !== after.expires) {
    changes.push({ field: 'expires', before: before.expires, after: after.expires, effect: expiresEffect(before.expires, after.expires) });
  }
  if (before.reason.trim() !== after.reason.trim()) {
    changes.push({ field: 'reason', before: before.reason, after: after.reason, effect: 'neutral' });
  }
  if (before.owner !== after.owner) changes.push({ field: 'owner', before: before.owner, after: after.owner, effect: 'neutral' });
  return {
    before: exemptionContent(before),
    after: exemptionContent(after),
    effect: overallEffect(changes.map((change) => change.effect)),
    changes,
  };
}

/** Pairs entries of two lists by `key`, first come first paired; takes the pairs out of both lists. */
function pairBy(before: Exemption[], after: Exemption[], key: (exemption: Exemption) => string): [Exemption, Exemption][] {
  const waiting = new Map<string, Exemption[]>();
  for (const exemption of before) {
    const k = key(exemption);
    const list = waiting.get(k);
    if (list) list.push(exemption);
    else waiting.set(k, [exemption]);
  }
  const pairs: [Exemption, Exemption][] = [];
  const unpairedAfter: Exemption[] = [];
  for (const exemption of after) {
    const match = waiting.get(key(exemption))?.shift();
    if (match === undefined) unpairedAfter.push(exemption);
    else pairs.push([match, exemption]);
  }
  const paired = new Set(pairs.map(([from]) => from));
  before.splice(0, before.length, ...before.filter((exemption) => !paired.has(exemption)));
  after.splice(0, after.length, ...unpairedAfter);
  return pairs;
}

/**
 * Exemptions matched by content, never by position: moving one is no change. What is left is
 * paired as the same exemption edited when the reason stays (it names the decision, a ticket), or
 * else when it still selects the same users and ARNs; the rest were added or removed.
 */
export function compareExemptions(before: readonly Exemption[], after: readonly Exemption[]): PolicyChange['exemptions'] {
  const removed = [...before];
  const added = [...after];
  pairBy(removed, added, contentKey);
  const edited = [
    ...pairBy(removed, added, (exemption) => exemption.reason.trim()),
    ...pairBy(removed, added, (exemption) => JSON.stringify([normalized(exemption.users), normalized(exemption.arns)])),
  ];
  return {
    added: added.map(exemptionContent),
    removed: removed.map(exemptionContent),
    changed: edited.map(([from, to]) => compareExemption(from, to)),
  };
}
