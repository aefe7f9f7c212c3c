import type { ConfiguredRule, Policy } from '../policy/types';
import { RULES } from '../rules/registry';
import type { Severity } from '../rules/types';
import type { ChangeEffect, FieldChange, RuleChange, RuleSide } from './types';

/** Higher = stricter: lowering a severity loosens the rule. */
const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { notice: 0, warning: 1, error: 2 };

/**
 * How a param moves the rule, by the contract's list. `up`: a higher number is looser (a limit of
 * days); `down`: a lower number is looser (the early warning, the setup window).
 */
const NUMERIC_PARAMS: Readonly<Record<string, 'up' | 'down'>> = {
  max_days: 'up',
  days: 'up',
  grace_days: 'up',
  warn_days: 'down',
  window_minutes: 'down',
};

/**
 * `violation` flags a never-used credential at once, `from-creation` ages it, `ignore` never flags
 * it (the modes of rule-params.ts, which is not imported: it loads zod).
 */
const NEVER_USED_LOOSENESS: ReadonlyMap<string, number> = new Map([
  ['violation', 0],
  ['from-creation', 1],
  ['ignore', 2],
]);

function sign(delta: number, looserWhenPositive: boolean): ChangeEffect {
  if (delta === 0) return 'neutral';
  return delta > 0 === looserWhenPositive ? 'looser' : 'stricter';
}

/** Any value gained is looser (a glob, a region, a rule more); only losing some is stricter. */
export function listEffect(before: readonly string[], after: readonly string[], gainIsLooser = true): ChangeEffect {
  const was = new Set(before);
  const now = new Set(after);
  const gained = [...now].some((value) => !was.has(value));
  const lost = [...was].some((value) => !now.has(value));
  if (gained) return gainIsLooser ? 'looser' : 'stricter';
  if (lost) return gainIsLooser ? 'stricter' : 'looser';
  return 'neutral';
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** The effect of one param going from `before` to `after`; params outside the contract's list are neutral. */
export function paramEffect(name: string, before: unknown, after: unknown): ChangeEffect {
  const direction = NUMERIC_PARAMS[name];
  if (direction !== undefined && typeof before === 'number' && typeof after === 'number') {
    return sign(after - before, direction === 'up');
  }
  if (name === 'never_used' && typeof before === 'string' && typeof after === 'string') {
    const from = NEVER_USED_LOOSENESS.get(before);
    const to = NEVER_USED_LOOSENESS.get(after);
    return from === undefined || to === undefined ? 'neutral' : sign(to - from, true);
  }
  if (name === 'allowed_regions' && isStringList(before) && isStringList(after)) return listEffect(before, after);
  return 'neutral';
}

/** Looser wins over stricter: a change that loosens anything is one a reviewer must see. */
export function overallEffect(effects: Iterable<ChangeEffect>): ChangeEffect {
  let result: ChangeEffect = 'neutral';
  for (const effect of effects) {
    if (effect === 'looser') return 'looser';
    if (effect === 'stricter') result = 'stricter';
  }
  return result;
}

/** Lists (regions) are sets: the same regions in another order are no change. */
function sameValue(a: unknown, b: unknown): boolean {
  if (isStringList(a) && isStringList(b)) return listEffect(a, b) === 'neutral';
  return JSON.stringify(a) === JSON.stringify(b);
}

function side(rule: ConfiguredRule, defaults: Readonly<Record<string, unknown>>): RuleSide {
  return { enabled: rule.enabled, severity: rule.severity, params: { ...defaults, ...rule.params } };
}

function compareRule(id: string, before: RuleSide, after: RuleSide): RuleChange | null {
  // A rule off on both sides enforces nothing either way: its severity and params do not matter.
  if (!before.enabled && !after.enabled) return null;
  const changes: FieldChange[] = [];
  if (before.enabled !== after.enabled) {
    // Turning a rule on or off is the change, whatever it is configured with on the side where it
    // is on (`before` and `after` still show that configuration).
    const effect: ChangeEffect = after.enabled ? 'stricter' : 'looser';
    return { id, before, after, effect, changes: [{ field: 'enabled', before: before.enabled, after: after.enabled, effect }] };
  }
  if (before.severity !== after.severity) {
    const effect = sign(SEVERITY_WEIGHT[before.severity] - SEVERITY_WEIGHT[after.severity], true);
    changes.push({ field: 'severity', before: before.severity, after: after.severity, effect });
  }
  const names = [...new Set([...Object.keys(before.params), ...Object.keys(after.params)])];
  for (const name of names) {
    const from = before.params[name];
    const to = after.params[name];
    if (sameValue(from, to)) continue;
    changes.push({ field: name, before: from ?? null, after: to ?? null, effect: paramEffect(name, from, to) });
  }
  if (changes.length === 0) return null;
  return { id, before, after, effect: overallEffect(changes.map((change) => change.effect)), changes };
}

/** Every rule whose configuration differs between the two policies, in registry order. */
export function compareRules(before: Policy, after: Policy): RuleChange[] {
  const changes: RuleChange[] = [];
  for (const definition of RULES) {
    const from = before.rules.find((rule) => rule.id === definition.id);
    const to = after.rules.find((rule) => rule.id === definition.id);
    // A policy built by hand may leave a rule out: it is off there.
    const off: ConfiguredRule = { id: definition.id, enabled: false, severity: definition.defaultSeverity, params: {}, position: null };
    const change = compareRule(definition.id, side(from ?? off, definition.defaults), side(to ?? off, definition.defaults));
    if (change) changes.push(change);
  }
  return changes;
}
