import { UserError } from '../user-error';
import type { Policy } from './types';

/**
 * A policy that enables no rule would pass every report: a gate that checks nothing must not say
 * PASS. Typical causes are a policy without `extends` that only lists exemptions, or one that
 * turns every rule off.
 */
export function requireEnabledRule(policy: Policy): void {
  if (policy.rules.some((rule) => rule.enabled)) return;
  throw new UserError(
    `Policy ${policy.source} enables no rule, so it would check nothing and pass every report. ` +
      `Start from the defaults with 'extends: builtin:recommended', or turn rules on under 'rules:' ` +
      `(e.g. 'mfa-for-console: on'); a policy without 'extends' enables only the rules it lists.`,
    policy.file === null ? undefined : { file: policy.file },
  );
}
