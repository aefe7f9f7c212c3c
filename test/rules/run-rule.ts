import type { CredentialReportRow } from '../../src/report/types';
import { getRule } from '../../src/rules/registry';
import { paramsSchemaOf } from '../../src/rules/rule-params';
import type { RuleHit } from '../../src/rules/types';
import { NOW } from '../support/row-builder';

/** Runs one rule on one row with its registry defaults plus `params`, as the evaluator would. */
export function runRule(
  id: string,
  row: CredentialReportRow,
  params: Record<string, unknown> = {},
  now = NOW,
): RuleHit[] {
  const rule = getRule(id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return rule.evaluate(row, paramsSchemaOf(rule).parse(params), { now });
}
