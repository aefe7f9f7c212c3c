import { loadPolicy, type LoadPolicyOptions } from '../policy/load-policy';
import type { Policy } from '../policy/types';
import { isUserError, UserError } from '../user-error';

/**
 * Loads `compare-policy` with the same loader (and checks) as `policy`. Its mistakes say that they
 * are the compare-policy's, so a reader of a pull request's run knows which of the two files is wrong.
 */
export async function loadComparePolicy(ref: string, opts: Omit<LoadPolicyOptions, 'input'>): Promise<Policy> {
  try {
    return await loadPolicy(ref, { ...opts, input: 'compare-policy' });
  } catch (error) {
    if (!isUserError(error)) throw error;
    throw new UserError(`compare-policy '${ref}' is not a valid policy: ${error.message}`, error.position);
  }
}
