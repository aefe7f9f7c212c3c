import { dirname, relative, resolve } from 'node:path';
import { quoteText } from '../files/quote-text';
import { readUntrustedFile, UntrustedFileError } from '../files/untrusted-file';
import { RULES } from '../rules/registry';
import { paramsSchemaOf } from '../rules/rule-params';
import type { Severity } from '../rules/types';
import { formatPosition, UserError } from '../user-error';
import type { SourcePosition } from '../user-error';
import { BUILTIN_POLICIES } from './builtin-policies';
import { BUILTIN_PREFIX, builtinRefList, isBuiltinRef, unknownBuiltin } from './builtin-ref';
import type { PolicyProblem } from './describe-policy-issue';
import { settingsSchema } from './policy-schema';
import { decodePolicyText } from './policy-text';
import type { ConfiguredRule, Policy, PolicyFile, PolicySettings } from './types';
import { policyProblemsError, validatePolicyText } from './validate-policy';

/**
 * The full policy loader: reads YAML, validates it with zod, follows `extends` and merges. It
 * loads `yaml` and `zod`, so `loadPolicy` reaches it only through a dynamic import, for a policy
 * file; builtins are resolved by this same code when `npm run generate` writes them out.
 */

export interface LoadPolicyFileOptions {
  cwd: string;
  /**
   * The action's GITHUB_WORKSPACE: the policy and every file of its `extends` chain must resolve
   * inside it. null (the default, for the CLI and the builtins) = no confinement.
   */
  workspace?: string | null;
  /** The input that named the policy, for messages: `policy` (default) or `compare-policy`. */
  input?: string;
  /** The YAML text of each builtin, by name; the generated module unless given. */
  builtins?: Readonly<Record<string, string>>;
}

/**
 * Loads the policy `ref` names (`builtin:NAME`, or a path relative to `cwd`), follows its
 * `extends` chain and merges it into a complete `Policy`. Every problem is a UserError that
 * names the file, line and column.
 */
export async function loadPolicyFile(ref: string, opts: LoadPolicyFileOptions): Promise<Policy> {
  const builtins = new Builtins(opts.builtins ?? BUILTIN_POLICIES);
  const access: ChainAccess = { cwd: opts.cwd, workspace: opts.workspace ?? null, input: opts.input ?? 'policy' };
  const chain = await loadChain(ref, access, builtins);
  return mergePolicyFiles(chain, { source: ref, file: isBuiltinRef(ref) ? null : ref });
}

/** The builtin texts a load reads, and their names as messages list them. */
class Builtins {
  readonly names: readonly string[];

  constructor(private readonly texts: Readonly<Record<string, string>>) {
    this.names = Object.keys(texts).sort();
  }

  text(ref: string): string | undefined {
    const name = ref.slice(BUILTIN_PREFIX.length);
    return Object.hasOwn(this.texts, name) ? this.texts[name] : undefined;
  }
}

/** Where the chain's files may be read from, and the input that named the first. */
interface ChainAccess {
  cwd: string;
  workspace: string | null;
  input: string;
}

/** One file of the extends chain before it is read. */
interface Layer {
  /** Identity for cycle detection: `builtin:NAME` or the absolute path. */
  key: string;
  /** The name used in messages and positions: `builtin:NAME` or a path (escaped). */
  name: string;
  /** The path as given (the policy) or relative to the working directory (a parent); '' for builtins. */
  path: string;
  /** Directory that relative `extends` paths start from; null for builtins. */
  dir: string | null;
  /** The `extends` value that named this layer; null for the policy the user named. */
  extendedFrom: SourcePosition | null;
}

/** The chain of validated files, from the base policy to the one the user named. */
async function loadChain(ref: string, access: ChainAccess, builtins: Builtins): Promise<PolicyFile[]> {
  const { cwd } = access;
  const chain: PolicyFile[] = [];
  const seen: Layer[] = [];
  let layer = layerOf(ref, cwd, cwd, null, builtins);
  for (;;) {
    seen.push(layer);
    const file = await readLayer(layer, access, builtins);
    chain.unshift(file);
    if (file.extends === null) return chain;
    const { ref: parentRef, position } = file.extends;
    if (layer.dir === null && !isBuiltinRef(parentRef)) {
      throw new UserError(
        `${formatPosition(position)}: a builtin policy can only extend another builtin, not '${quoteText(parentRef)}'`,
        position,
      );
    }
    const parent = layerOf(parentRef, layer.dir ?? cwd, cwd, position, builtins);
    const repeat = seen.findIndex((candidate) => candidate.key === parent.key);
    if (repeat !== -1) {
      const cycle = [...seen.slice(repeat), parent].map((candidate) => candidate.name).join(' → ');
      throw new UserError(
        `${formatPosition(position)}: extends cycle: ${cycle} — a policy cannot extend itself; remove one of these extends`,
        position,
      );
    }
    layer = parent;
  }
}

function layerOf(
  ref: string,
  dir: string,
  cwd: string,
  extendedFrom: SourcePosition | null,
  builtins: Builtins,
): Layer {
  if (isBuiltinRef(ref)) {
    if (builtins.text(ref) === undefined) throw unknownBuiltin(ref, extendedFrom, builtins.names);
    return { key: ref, name: ref, path: '', dir: null, extendedFrom };
  }
  const absolute = resolve(dir, ref);
  // The policy the user named keeps the name they gave; parents are named relative to the
  // working directory, so positions (and annotations) point at workspace files. Names reach
  // every message about the file, so they are escaped like any quoted text.
  const path = extendedFrom === null ? ref : relative(cwd, absolute);
  return { key: absolute, name: quoteText(path, 200), path, dir: dirname(absolute), extendedFrom };
}

async function readLayer(layer: Layer, access: ChainAccess, builtins: Builtins): Promise<PolicyFile> {
  if (layer.dir === null) return validatePolicyText(builtins.text(layer.name) ?? '', layer.name);
  const { extendedFrom } = layer;
  let bytes: Buffer;
  try {
    // Every file of the chain is one a pull request may control: confined, capped, never in .git.
    const input = extendedFrom === null ? access.input : 'extends';
    ({ bytes } = await readUntrustedFile(layer.path, 'policy', { cwd: access.cwd, workspace: access.workspace, input }));
  } catch (error) {
    throw error instanceof UntrustedFileError ? unreadable(layer, error, builtins) : error;
  }
  return validatePolicyText(decodePolicyText(bytes, layer.name), layer.name);
}

/** The reader's refusal, pointed at the `extends` that named the file, with the loader's advice. */
function unreadable(layer: Layer, error: UntrustedFileError, builtins: Builtins): UserError {
  const { extendedFrom } = layer;
  const { message } = error;
  if (extendedFrom !== null) {
    const advice = error.reason === 'missing' ? ' Extends paths are relative to the file that contains them.' : '';
    return new UserError(`${formatPosition(extendedFrom)}: ${message}${advice}`, extendedFrom);
  }
  const advice =
    error.reason === 'missing' ? ` Or use a builtin policy: ${builtinRefList(builtins.names)}.` : '';
  return new UserError(`${message}${advice}`, { file: layer.name });
}

interface RuleState {
  enabled: boolean;
  severity: Severity;
  params: Record<string, unknown>;
  position: SourcePosition | null;
}

/**
 * Merges a chain of policy files, base first. A file's rule entry replaces the parent's
 * `enabled`, and overrides its severity and params key by key; settings merge the same way;
 * exemptions concatenate, the parent's first. Rules no file names stay off with their defaults,
 * which is why a policy without `extends` enables only the rules it lists.
 */
export function mergePolicyFiles(chain: readonly PolicyFile[], identity: { source: string; file: string | null }): Policy {
  const states = new Map<string, RuleState>(
    RULES.map((rule) => [rule.id, { enabled: false, severity: rule.defaultSeverity, params: {}, position: null }]),
  );
  let settings: Partial<PolicySettings> = {};
  const exemptions: Policy['exemptions'] = [];
  for (const file of chain) {
    for (const entry of file.rules) {
      const state = states.get(entry.id);
      if (state === undefined) continue;
      state.enabled = entry.enabled;
      state.severity = entry.severity ?? state.severity;
      state.params = { ...state.params, ...entry.params };
      state.position = entry.position;
    }
    settings = { ...settings, ...file.settings };
    exemptions.push(...file.exemptions.map((exemption) => ({ ...exemption, position: workspacePosition(exemption.position) })));
  }

  const problems: PolicyProblem[] = [];
  const rules = RULES.map((rule): ConfiguredRule => {
    const state = states.get(rule.id) as RuleState;
    const parsed = paramsSchemaOf(rule).safeParse(state.params);
    const params = parsed.success ? (parsed.data as Record<string, unknown>) : state.params;
    const position = state.position ?? { file: chain[chain.length - 1]?.file ?? identity.source };
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => ({ position, message: `rule '${rule.id}': ${issue.message}` })));
    } else if (state.enabled) {
      problems.push(...crossFieldProblems(rule.id, params).map((message) => ({ position, message })));
    }
    return { id: rule.id, enabled: state.enabled, severity: state.severity, params, position: workspacePosition(state.position) };
  });
  if (problems.length > 0) throw policyProblemsError(problems);

  return {
    source: identity.source,
    file: identity.file,
    settings: settingsSchema.parse(settings),
    rules,
    exemptions,
  };
}

/** Builtins are not workspace files: nothing outside an error message may point into them. */
function workspacePosition(position: SourcePosition | null): SourcePosition | null {
  return position === null || isBuiltinRef(position.file) ? null : position;
}

/** Checks that span params, which may come from different files of the chain. */
function crossFieldProblems(ruleId: string, params: Record<string, unknown>): string[] {
  if (ruleId === 'access-key-max-age') {
    const { max_days: maxDays, warn_days: warnDays } = params;
    if (typeof maxDays === 'number' && typeof warnDays === 'number' && warnDays >= maxDays) {
      return [
        `rule 'access-key-max-age': warn_days (${warnDays}) must be less than max_days (${maxDays}) — ` +
          'warn_days is how many days before the limit a key is reported as upcoming',
      ];
    }
  }
  return [];
}
