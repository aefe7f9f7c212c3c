import { referencesUnder } from '../rules/references';
import { getRule, RUN_LEVEL_RULES } from '../rules/registry';
import type { RuleReference, Severity } from '../rules/types';

/** What every output says about a rule, for configurable and run-level rules alike. */
export interface RuleInfo {
  id: string;
  title: string;
  description: string;
  /** null for run-level rules, whose description says what to do. */
  remediation: string | null;
  references: readonly RuleReference[];
  defaultSeverity: Severity;
  runLevel: boolean;
}

export const RUN_LEVEL_IDS: ReadonlySet<string> = new Set(RUN_LEVEL_RULES.map((rule) => rule.id));

/**
 * `policySource` (the document's `policy.source`): a builtin that follows a benchmark cites the
 * benchmark's own item numbers (see BENCHMARK_REFERENCES); any other policy, the rule's references.
 */
export function ruleInfo(id: string, policySource?: string): RuleInfo {
  const rule = getRule(id);
  if (rule !== undefined) {
    const { title, description, remediation, defaultSeverity } = rule;
    const references = referencesUnder(policySource, id, rule.references);
    return { id, title, description, remediation, references, defaultSeverity, runLevel: false };
  }
  const runLevel = RUN_LEVEL_RULES.find((candidate) => candidate.id === id);
  if (runLevel !== undefined) {
    const { title, description, severity } = runLevel;
    return { id, title, description, remediation: null, references: [], defaultSeverity: severity, runLevel: true };
  }
  // A findings document from a newer version (e.g. given to `merge`) may name a rule we do not know.
  return { id, title: id, description: '', remediation: null, references: [], defaultSeverity: 'warning', runLevel: false };
}
