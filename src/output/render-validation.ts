import type { GateRun } from '../run/run-gate';
import { code, escapeText } from './markdown';
import { countOf } from './time-text';

/**
 * The one line `mode: validate` logs and heads its summary with. `source` is the policy's name as
 * it should appear (plain in logs, code-formatted in Markdown); the rest is our own words.
 */
export function validationHeadline(run: GateRun, source: string): string {
  const { policy, document } = run;
  if (policy === null || document.errors.length > 0) {
    return `Policy ${source} is not valid: ${countOf(document.errors.length, 'error')}.`;
  }
  const enabled = policy.rules.filter((rule) => rule.enabled).length;
  const warnings = run.policyWarnings.length === 0 ? '' : `, ${countOf(run.policyWarnings.length, 'warning')}`;
  return (
    `Policy ${source} is valid: ${countOf(enabled, 'rule')} enabled, ` +
    `${countOf(policy.exemptions.length, 'exemption')}${warnings}.`
  );
}

/**
 * The job summary of `mode: validate`: whether the policy is valid, then its errors and warnings.
 * No verdict over findings ("passed · 0 errors"): nothing was evaluated.
 */
export function renderValidationSummary(run: GateRun, source: string): string {
  const valid = run.policy !== null && run.document.errors.length === 0;
  const lines = [
    `## ${valid ? '✅ IAM credential gate: policy valid' : '❌ IAM credential gate: policy not valid'}`,
    '',
    validationHeadline(run, code(source, false)),
    '',
  ];
  if (run.document.errors.length > 0) {
    lines.push('**Errors:**', '', ...run.document.errors.map((error) => `- ${escapeText(error)}`), '');
  }
  if (run.policyWarnings.length > 0) {
    lines.push(
      `**Warnings (${run.policyWarnings.length}):**`,
      '',
      ...run.policyWarnings.map((warning) => `- ${escapeText(warning)}`),
      '',
    );
  }
  return lines.join('\n');
}
