import type { z } from 'zod';
import { quoteText } from '../files/quote-text';
import { RULE_IDS } from '../rules/registry';
import { ruleParamsSchema } from '../rules/rule-params';
import type { SourcePosition } from '../user-error';
import { didYouMean } from './did-you-mean';
import { EXEMPTIBLE_RULE_IDS, NEEDS_USERS_OR_ARNS, RUN_LEVEL_RULE_IDS, settingsSchema, TOP_LEVEL_KEYS } from './policy-schema';
import { positionOfPath, sourceTextAt } from './yaml-source';
import type { PathSegment, YamlSource } from './yaml-source';

/**
 * Every piece of the policy's own text in these messages (keys, values, rule ids) goes through
 * `quoteText`: the file parsed as a mapping, so it may be quoted, but escaped and cut short.
 *
 * Turns zod's issues about a policy file into sentences a policy author can act on: where
 * (`file:line:col` of the offending node, or of the key for unknown keys), what is wrong, and
 * what to do. Zod's own wording speaks of JavaScript types; ours speaks of the policy language.
 */

export interface PolicyProblem {
  position: SourcePosition;
  message: string;
}

type Issue = z.core.$ZodIssue;

const EXEMPTION_KEYS = ['users', 'arns', 'accounts', 'rules', 'reason', 'expires', 'owner'];
const RULE_ENTRY_KEYS = ['severity', 'enabled'];

export function describePolicyIssues(source: YamlSource, data: unknown, issues: readonly Issue[]): PolicyProblem[] {
  return issues.flatMap((issue) => describeIssue(source, data, issue, []));
}

function describeIssue(source: YamlSource, data: unknown, issue: Issue, base: PathSegment[]): PolicyProblem[] {
  const path = [...base, ...(issue.path as PathSegment[])];
  const value = valueAt(data, path);
  const at = (message: string, which: 'key' | 'value' = 'value', target = path): PolicyProblem => ({
    position: positionOfPath(source, target, which),
    message,
  });

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => at(unknownKey(path, key), 'key', [...path, key]));
    case 'invalid_union': {
      // Zod tries every alternative; the one that got past the type check says what is really wrong.
      const relevant = issue.errors.find((branch) => !branch.every((inner) => isTypeMismatch(inner)));
      if (relevant !== undefined) return relevant.flatMap((inner) => describeIssue(source, data, inner, path));
      return [at(`${label(path)} must be ${expectedByContext(path)}, got ${describe(value)}`)];
    }
    case 'invalid_type':
    case 'invalid_value':
      if (value === undefined) return [at(missingKey(path), 'value', path.slice(0, -1))];
      if (issue.code === 'invalid_value') return [at(invalidValue(path, value, issue.values))];
      return [at(`${label(path)} must be ${expectedType(path, issue.expected)}, got ${describe(value)}${quoteHint(issue.expected, value)}`)];
    case 'too_small':
    case 'too_big':
      return [at(outOfRange(source, path, value, issue))];
    case 'invalid_format':
      return [at(badFormat(path, value, issue.format))];
    case 'custom':
      if (issue.message === NEEDS_USERS_OR_ARNS) {
        return [at(`${label(path)} needs 'users' or 'arns' (or both) — say whose findings it exempts`)];
      }
      return [at(`${label(path)}: ${issue.message}`)];
    default:
      return [at(`${label(path)}: ${issue.message}`)];
  }
}

function isTypeMismatch(issue: Issue): boolean {
  return issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
}

function unknownKey(path: PathSegment[], rawKey: string): string {
  const [first, second] = path;
  const key = quoteText(rawKey);
  if (path.length === 0) {
    return `unknown key '${key}'${didYouMean(rawKey, TOP_LEVEL_KEYS, ` — a policy has the keys ${TOP_LEVEL_KEYS.join(', ')}`)}`;
  }
  if (first === 'settings' && path.length === 1) {
    const settings = Object.keys(settingsSchema.shape);
    return `unknown setting '${key}'${didYouMean(rawKey, settings, ` — the settings are ${settings.join(', ')}`)}`;
  }
  if (first === 'rules' && path.length === 1) return unknownRule(rawKey);
  if (first === 'rules' && path.length === 2 && typeof second === 'string') {
    const accepted = [...Object.keys(ruleParamsSchema(second)?.shape ?? {}), ...RULE_ENTRY_KEYS];
    return (
      `unknown parameter '${key}' for rule '${quoteText(second)}'` +
      didYouMean(rawKey, accepted, ` — it accepts ${accepted.join(', ')}`)
    );
  }
  if (first === 'exemptions' && path.length === 2) {
    return `unknown key '${key}' in ${label(path)}${didYouMean(rawKey, EXEMPTION_KEYS, ` — an exemption has the keys ${EXEMPTION_KEYS.join(', ')}`)}`;
  }
  return `unknown key '${key}' in ${label(path)} — remove it`;
}

function unknownRule(id: string): string {
  if (RUN_LEVEL_RULE_IDS.includes(id)) {
    return `'${id}' is a finding about the run itself, not a configurable rule — remove it`;
  }
  return `unknown rule '${quoteText(id)}'${didYouMean(id, RULE_IDS, ' — see docs/rules.md for the rule ids')}`;
}

function missingKey(path: PathSegment[]): string {
  const key = String(path[path.length - 1]);
  const parent = path.slice(0, -1);
  const owner = parent.length === 0 ? 'the policy' : label(parent);
  const hints: Record<string, string> = {
    version: "add 'version: 1' at the top",
    rules: 'list the rule ids it covers, or ["*"] for all',
    reason: 'say why the exemption is granted (a ticket, a decision)',
  };
  return `${owner} is missing '${key}' — ${hints[key] ?? `add '${key}'`}`;
}

function invalidValue(path: PathSegment[], value: unknown, values: readonly unknown[]): string {
  if (path.length === 1 && path[0] === 'version') {
    return `version must be 1, got ${describe(value)} — this iam-credential-gate reads version 1 policies`;
  }
  if (path[0] === 'exemptions' && path[2] === 'rules' && typeof value === 'string') {
    if (RUN_LEVEL_RULE_IDS.includes(value)) {
      return `${label(path)}: '${value}' is a finding about the run itself and cannot be exempted — remove it`;
    }
    return `${label(path)}: unknown rule '${quoteText(value)}'${didYouMean(value, EXEMPTIBLE_RULE_IDS, " — use rule ids from docs/rules.md, or '*'")}`;
  }
  const choices = values.map(String);
  const hint = typeof value === 'string' ? didYouMean(value, choices) : '';
  return `${label(path)} must be one of ${choices.join(', ')}, got ${describe(value)}${hint}`;
}

function outOfRange(
  source: YamlSource,
  path: PathSegment[],
  value: unknown,
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
): string {
  if (isAccountPath(path) && typeof value === 'number') {
    // YAML read the id as a number, so a leading zero is already gone: only quoting keeps it.
    const written = quoteText(sourceTextAt(source, path) ?? String(value));
    return (
      `${label(path)}: the unquoted number ${written} is not a 12-digit account id (YAML drops leading zeros) — ` +
      `quote account ids: '${written.padStart(12, '0')}'`
    );
  }
  if (issue.origin === 'array') return `${label(path)} must list at least one item — add one, or remove the key`;
  if (issue.origin === 'string') return `${label(path)} must not be empty`;
  const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  const relation =
    issue.code === 'too_small'
      ? issue.inclusive ? 'at least' : 'greater than'
      : issue.inclusive ? 'at most' : 'less than';
  return `${label(path)} must be ${relation} ${String(bound)}, got ${describe(value)}`;
}

function badFormat(path: PathSegment[], value: unknown, format: string): string {
  if (format === 'date') {
    return `${label(path)} must be a real calendar date written YYYY-MM-DD, got ${describe(value)}`;
  }
  if (isAccountPath(path)) return `${label(path)} must be a 12-digit account id, got ${describe(value)}`;
  if (path[path.length - 1] === 'reason') {
    return `${label(path)} must not be blank — say why the exemption is granted`;
  }
  return `${label(path)} has the wrong format, got ${describe(value)}`;
}

function isAccountPath(path: PathSegment[]): boolean {
  return path[0] === 'exemptions' && path[2] === 'accounts' && path.length === 4;
}

function expectedByContext(path: PathSegment[]): string {
  if (path[0] === 'rules' && path.length === 2) return 'on, off, true, false or a mapping of its settings';
  if (isAccountPath(path)) return "a 12-digit account id in quotes ('123456789012')";
  return 'a valid value';
}

function expectedType(path: PathSegment[], expected: string): string {
  if (path[path.length - 1] === 'expires') return 'a date written YYYY-MM-DD';
  const phrases: Record<string, string> = {
    number: 'a number',
    int: 'a whole number',
    string: 'text',
    boolean: 'true or false',
    object: 'a mapping (key: value lines)',
    array: 'a list',
  };
  return phrases[expected] ?? expected;
}

/** `max_days: "90"` is the classic slip: say why a number in quotes is not a number. */
function quoteHint(expected: string, value: unknown): string {
  if ((expected === 'number' || expected === 'int') && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) {
    return ' — remove the quotes';
  }
  return '';
}

function label(path: PathSegment[]): string {
  if (path.length === 0) return 'the policy';
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? quoteText(segment) : `.${quoteText(segment)}`,
    )
    .join('');
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `'${quoteText(value)}'`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}
