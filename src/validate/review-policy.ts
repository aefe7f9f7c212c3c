import { compileGlob, exemptionEndsAt, isExpired } from '../evaluate/exemptions';
import type { Exemption, Policy } from '../policy/types';
import type { CredentialReportRow } from '../report/types';
import { formatPosition } from '../user-error';

/** An exemption ending within this many days of the evaluation instant is worth a warning. */
export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;

export interface PolicyReview {
  /** Make `validate` fail (exit 2), as they make `check` refuse the policy. */
  errors: string[];
  /** Valid but probably not meant: `file:line:col: …`, one line each. */
  warnings: string[];
}

function where(exemption: Exemption, index: number): string {
  const at = exemption.position === null ? '' : `${formatPosition(exemption.position)}: `;
  return `${at}exemption ${index + 1}`;
}

/** Globs that reach a name only when case is ignored: IAM names are case-sensitive, and so are globs. */
function caseOnlyMatches(globs: string[], names: readonly string[]): { glob: string; name: string }[] {
  const found: { glob: string; name: string }[] = [];
  for (const glob of globs) {
    if (glob === '*') continue;
    const exact = compileGlob(glob);
    if (names.some((name) => exact(name))) continue;
    const folded = compileGlob(glob.toLowerCase());
    const name = names.find((candidate) => folded(candidate.toLowerCase()));
    if (name !== undefined) found.push({ glob, name });
  }
  return found;
}

/**
 * What `validate` says about a policy beyond its schema, at `now`: a policy that enables no rule
 * (an error, as in `check`), exemptions that have expired, expire within EXPIRY_WARNING_DAYS, or
 * exempt every user from every rule, and, given the rows of a report, exemption globs that
 * match a user only when case is ignored. Pure.
 */
export function reviewPolicy(policy: Policy, now: number, rows: readonly CredentialReportRow[] | null): PolicyReview {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!policy.rules.some((rule) => rule.enabled)) {
    errors.push(
      `${policy.file ?? policy.source}: the policy enables no rule, so it would pass any report. ` +
        'Enable at least one rule (or extend builtin:recommended).',
    );
  }
  const users = rows === null ? null : rows.map((row) => row.user);
  const arns = rows === null ? null : rows.map((row) => row.arn);
  policy.exemptions.forEach((exemption, index) => {
    const name = where(exemption, index);
    if (exemption.expires !== null) {
      if (isExpired(exemption, now)) {
        warnings.push(`${name} expired on ${exemption.expires} and is no longer applied; renew it with a new date and reason, or remove it.`);
      } else {
        const left = Math.floor((exemptionEndsAt(exemption.expires) - now) / DAY_MS);
        if (left < EXPIRY_WARNING_DAYS) {
          const when = left === 0 ? 'today' : left === 1 ? 'in 1 day' : `in ${left} days`;
          warnings.push(`${name} expires on ${exemption.expires} (${when}); fix the findings it hides, or renew it.`);
        }
      }
    }
    const everyRule = exemption.rules.includes('*');
    if (everyRule && (exemption.users.includes('*') || exemption.arns.includes('*'))) {
      warnings.push(
        `${name} exempts every user from every rule (users or arns '*' with rules '*'), so the gate checks nothing ` +
          'it covers; name the users and rules instead.',
      );
    }
    for (const { glob, name: user } of users === null ? [] : caseOnlyMatches(exemption.users, users)) {
      warnings.push(`${name}: users glob '${glob}' matches no user, but would match '${user}' if case were ignored; globs are case-sensitive.`);
    }
    for (const { glob, name: arn } of arns === null ? [] : caseOnlyMatches(exemption.arns, arns)) {
      warnings.push(`${name}: arns glob '${glob}' matches no ARN, but would match '${arn}' if case were ignored; globs are case-sensitive.`);
    }
  });
  return { errors, warnings };
}
