import type { RuleId, RuleParams } from './rule-params';
import type { RuleDefinition } from './types';

/**
 * Ties a rule to the params type of its id (from `rule-params.ts`), so `defaults` and `evaluate`
 * are checked against the schema, while the registry holds all rules under `RuleDefinition`.
 */
export function defineRule<Id extends RuleId>(rule: RuleDefinition<RuleParams<Id>> & { id: Id }): RuleDefinition {
  return rule as unknown as RuleDefinition;
}
