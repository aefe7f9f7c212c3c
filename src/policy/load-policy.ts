import { BUILTIN_PREFIX, isBuiltinRef, unknownBuiltin } from './builtin-ref';
import { RESOLVED_BUILTIN_POLICIES } from './resolved-builtin-policies';
import type { Policy } from './types';

export { isBuiltinRef } from './builtin-ref';

export interface LoadPolicyOptions {
  /** Relative paths resolve from here. */
  cwd: string;
  /**
   * The action's GITHUB_WORKSPACE (`settings.workspace`): the policy and its `extends` must
   * resolve inside it. null in the CLI. Required, so no caller forgets the confinement.
   */
  workspace: string | null;
  /** The input that named the policy, for messages: `policy` (default) or `compare-policy`. */
  input?: string;
}

const BUILTIN_NAMES: readonly string[] = Object.keys(RESOLVED_BUILTIN_POLICIES).sort();

/**
 * Loads the policy `ref` names (`builtin:NAME`, or a path relative to `cwd`), follows its
 * `extends` chain and merges it into a complete `Policy`. Every problem is a UserError that
 * names the file, line and column.
 *
 * A builtin comes pre-resolved (generated from its YAML by the full loader), so the default path
 * loads neither the YAML parser nor zod; a policy file loads them on demand with the full loader.
 */
export async function loadPolicy(ref: string, opts: LoadPolicyOptions): Promise<Policy> {
  if (isBuiltinRef(ref)) {
    const name = ref.slice(BUILTIN_PREFIX.length);
    const policy = Object.hasOwn(RESOLVED_BUILTIN_POLICIES, name) ? RESOLVED_BUILTIN_POLICIES[name] : undefined;
    if (policy === undefined) throw unknownBuiltin(ref, null, BUILTIN_NAMES);
    // A copy: the caller owns the policy it gets, as it does when it is loaded from YAML.
    return structuredClone(policy);
  }
  const { loadPolicyFile } = await import('./load-policy-file');
  return loadPolicyFile(ref, opts);
}
