import type { ConfiguredRule, Exemption, Policy } from '../../src/policy/types';
import { RULES } from '../../src/rules/registry';
import { paramsSchemaOf } from '../../src/rules/rule-params';
import type { Severity } from '../../src/rules/types';

export interface RuleOverride {
  enabled?: boolean;
  severity?: Severity;
  params?: Record<string, unknown>;
}

export interface PolicyOptions {
  /** Start from `builtin:recommended` (true) or with every rule off (false). */
  recommended?: boolean;
  rules?: Record<string, RuleOverride | boolean>;
  exemptions?: Exemption[];
}

/**
 * A resolved Policy as the loader would hand it over: every registered rule in registry order with
 * its registry defaults, then the overrides. A rule named in `rules` is enabled unless it says otherwise.
 */
export function buildPolicy(options: PolicyOptions = {}): Policy {
  const recommended = options.recommended ?? true;
  const rules: ConfiguredRule[] = RULES.map((rule) => {
    const raw = options.rules?.[rule.id];
    const override: RuleOverride = raw === undefined ? {} : typeof raw === 'boolean' ? { enabled: raw } : raw;
    return {
      id: rule.id,
      enabled: override.enabled ?? (raw !== undefined ? true : recommended && rule.recommended),
      severity: override.severity ?? rule.defaultSeverity,
      params: paramsSchemaOf(rule).parse(override.params ?? {}) as Record<string, unknown>,
      position: null,
    };
  });
  return {
    source: 'test-policy.yml',
    file: 'test-policy.yml',
    settings: { max_report_age_hours: 4 },
    rules,
    exemptions: options.exemptions ?? [],
  };
}

/** Only the named rules enabled. */
export function onlyRules(rules: Record<string, RuleOverride | boolean>, exemptions: Exemption[] = []): Policy {
  return buildPolicy({ recommended: false, rules, exemptions });
}

export function exemption(overrides: Partial<Exemption> = {}): Exemption {
  return {
    users: [],
    arns: [],
    accounts: null,
    rules: ['*'],
    reason: 'test exemption',
    expires: null,
    owner: null,
    position: null,
    ...overrides,
  };
}
