import { describe, expect, it } from 'vitest';
import { renderValidationSummary, validationHeadline } from '../../src/output/render-validation';
import type { GateRun } from '../../src/run/run-gate';
import { buildOutcome } from '../support/outcome-builder';
import { buildPolicy } from '../support/policy-builder';

function run(policyWarnings: string[], errors: string[] = []): GateRun {
  const outcome = buildOutcome({ policy: errors.length > 0 ? null : buildPolicy(), reports: [], errors });
  return { ...outcome, reports: [], policyWarnings };
}

describe('the summary of mode: validate', () => {
  it('says the policy is valid and lists the warnings, never a verdict over findings', () => {
    const markdown = renderValidationSummary(run(['policy.yml:4:5: exemption 1 expired on 2026-11-01 …']), 'policy.yml');
    expect(markdown).toContain('## ✅ IAM credential gate: policy valid');
    expect(markdown).toMatch(/Policy `policy\.yml` is valid: \d+ rules enabled, 0 exemptions, 1 warning\./);
    expect(markdown).toContain('**Warnings (1):**\n\n- policy.yml:4:5: exemption 1 expired on 2026-11-01 …');
    expect(markdown).not.toMatch(/passed|0 errors/);
  });

  it('says not valid with the errors', () => {
    const markdown = renderValidationSummary(run([], ['policy.yml:1:10: version must be 1']), 'policy.yml');
    expect(markdown).toContain('## ❌ IAM credential gate: policy not valid');
    expect(markdown).toContain('- policy.yml:1:10: version must be 1');
    expect(validationHeadline(run([], ['x']), 'policy.yml')).toBe('Policy policy.yml is not valid: 1 error.');
  });
});
