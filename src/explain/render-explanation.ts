import { formatInstant } from '../output/time-text';
import type { RuleExplanation, RuleOutcome, UserExplanation } from './explain-user';

const MARK: Readonly<Record<RuleOutcome, string>> = {
  failed: 'FAILED  ',
  exempted: 'EXEMPTED',
  passed: 'passed  ',
  'not-applicable': 'n/a     ',
};

/** Control characters from a hand-edited report must not reach the terminal. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

function paramsText(params: Record<string, unknown>): string {
  const entries = Object.entries(params).map(([name, value]) => `${name}=${Array.isArray(value) ? `[${value.join(', ')}]` : String(value)}`);
  return entries.length === 0 ? '' : entries.join(', ');
}

function ruleLines(rule: RuleExplanation): string[] {
  const lines = [`${MARK[rule.outcome]}  ${rule.rule} (${rule.severity})  ${printable(rule.reason)}`];
  const params = paramsText(rule.params);
  if (params) lines.push(`            limits: ${params}`);
  const values = rule.values.map(
    (value) => `${value.column}=${printable(value.value)}${value.ageDays === null ? '' : ` (${value.ageDays} d ago)`}`,
  );
  if (values.length > 0) lines.push(`            read: ${values.join(', ')}`);
  return lines;
}

/** `explain`'s text: who, when, under which policy, then one block per enabled rule, failures first. */
export function renderExplanation(explanation: UserExplanation): string {
  const order: readonly RuleOutcome[] = ['failed', 'exempted', 'passed', 'not-applicable'];
  const rules = [...explanation.rules].sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome));
  const count = (outcome: RuleOutcome): number => explanation.rules.filter((rule) => rule.outcome === outcome).length;
  const lines = [
    `${explanation.verdict === 'fail' ? 'FAIL' : 'PASS'}  ${printable(explanation.user)} (${printable(explanation.arn)})`,
    `account ${explanation.account ?? 'unknown'} · policy ${printable(explanation.policy)} · evaluated ${formatInstant(explanation.evaluatedAt)} · fail-on ${explanation.failOn}`,
    `${count('failed')} failed, ${count('exempted')} exempted, ${count('passed')} passed, ${count('not-applicable')} not applicable`,
    '',
    ...rules.flatMap(ruleLines),
  ];
  return lines.join('\n');
}
