import type { Exemption } from '../policy/types';
import { formatPosition } from '../user-error';
import type { Finding } from './types';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The last millisecond an exemption is in force: `expires` is a day, valid through its end (UTC).
 * A malformed date (the policy loader rejects those) counts as already expired: never fail open.
 */
export function exemptionEndsAt(expires: string): number {
  const match = DATE_ONLY.exec(expires);
  if (match === null) return Number.NEGATIVE_INFINITY;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const start = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-31 over into March; such a date is not a date.
  if (new Date(start).getUTCDate() !== day) return Number.NEGATIVE_INFINITY;
  return start + 86_400_000 - 1;
}

export function isExpired(exemption: Exemption, now: number): boolean {
  return exemption.expires !== null && now > exemptionEndsAt(exemption.expires);
}

/**
 * Globs as IAM writes them: `*` any run of characters (`/` included, so `legacy-*` covers paths too),
 * `?` exactly one character, everything else literal and case-sensitive; the whole string must match.
 */
export function compileGlob(glob: string): (value: string) => boolean {
  let source = '';
  for (const char of glob) {
    if (char === '*') source += '[\\s\\S]*';
    else if (char === '?') source += '[\\s\\S]';
    else source += char.replace(/[\\^$.|+()[\]{}/]/g, '\\$&');
  }
  const pattern = new RegExp(`^${source}$`, 'u');
  return (value) => pattern.test(value);
}

/** An exemption made ready to match: globs compiled once, expiry decided once for the run. */
export interface PreparedExemption {
  exemption: Exemption;
  /** 0-based position in the policy's list. */
  index: number;
  expired: boolean;
  matches(finding: Pick<Finding, 'rule' | 'user' | 'arn' | 'account'>): boolean;
}

export function prepareExemption(exemption: Exemption, index: number, now: number): PreparedExemption {
  const users = exemption.users.map(compileGlob);
  const arns = exemption.arns.map(compileGlob);
  const allRules = exemption.rules.includes('*');
  const expired = isExpired(exemption, now);
  return {
    exemption,
    index,
    expired,
    matches(finding) {
      if (expired) return false;
      if (!allRules && !exemption.rules.includes(finding.rule)) return false;
      if (exemption.accounts !== null && (finding.account === null || !exemption.accounts.includes(finding.account))) {
        return false;
      }
      const user = finding.user;
      const arn = finding.arn;
      return (user !== null && users.some((match) => match(user))) || (arn !== null && arns.some((match) => match(arn)));
    },
  };
}

/** How messages name an exemption: its number in the policy and, when known, where it stands. */
export function describeExemption(prepared: PreparedExemption): string {
  const where = prepared.exemption.position === null ? '' : ` (${formatPosition(prepared.exemption.position)})`;
  return `Exemption ${prepared.index + 1}${where}`;
}
