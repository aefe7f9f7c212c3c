import { describe, expect, it } from 'vitest';
import { renderPrComment } from '../../src/output/pr-comment';
import { createRedactor } from '../../src/output/redact';
import { renderPolicyReviewMarkdown, renderPolicyReviewTerminal } from '../../src/output/render-policy-review';
import { renderSummary } from '../../src/output/render-summary';
import { renderTerminal } from '../../src/output/render-table';
import type { PolicyChange } from '../../src/policy-review/types';
import { buildOutcome, finding, NOW, runFinding, userArn } from '../support/outcome-builder';

const hidden = [
  finding({ rule: 'access-key-max-age', user: 'carol', arn: userArn('carol'), credential: 'access_key_1', message: 'Access key 1 of carol is 200 days old (limit 90 days).' }),
  finding({ rule: 'mfa-for-console', user: 'evil|<b>', arn: userArn('evil'), credential: 'mfa', message: 'evil|<b> has no MFA *now*.' }),
  finding({ rule: 'password-unused', user: 'dave', arn: userArn('dave'), credential: 'password', message: 'The console password of dave was last used 141 days ago.' }),
];
const added = [finding({ rule: 'password-max-age', user: 'erin', arn: userArn('erin'), credential: 'password', message: 'The console password of erin is 100 days old.' })];

const change: PolicyChange = {
  comparePolicy: 'base/policy.yml',
  weakened: true,
  policyWeakening: 'warn',
  reasons: ['it hides 3 findings that count under the compare-policy'],
  hidden,
  added,
  rules: [
    {
      id: 'access-key-max-age',
      before: { enabled: true, severity: 'error', params: { max_days: 90, warn_days: 0 } },
      after: { enabled: true, severity: 'error', params: { max_days: 180, warn_days: 0 } },
      effect: 'looser',
      changes: [{ field: 'max_days', before: 90, after: 180, effect: 'looser' }],
    },
    {
      id: 'password-max-age',
      before: { enabled: false, severity: 'warning', params: { max_days: 90 } },
      after: { enabled: true, severity: 'warning', params: { max_days: 90 } },
      effect: 'stricter',
      changes: [{ field: 'enabled', before: false, after: true, effect: 'stricter' }],
    },
  ],
  exemptions: {
    added: [
      {
        users: ['carol', 'evil|<b>'],
        arns: [],
        accounts: null,
        rules: ['*'],
        reason: 'ok @security-team <script>',
        expires: null,
        owner: null,
        at: 'policy.yml:9:5',
      },
    ],
    removed: [],
    changed: [],
  },
};

const weakenedFinding = runFinding('policy-weakened', 'warning', 'The policy change weakens the policy compared with base/policy.yml: it hides 3 findings.');

describe('the policy change review in the job summary and the PR comment', () => {
  it('says what the change hides, adds and loosens, in that order', () => {
    const markdown = renderPolicyReviewMarkdown(change, { redact: createRedactor(false), maxFindings: 50, heading: '###' });
    expect(markdown).toMatch(/^### 🔍 Policy change review\n\n⚠️ \*\*This change weakens the policy\*\* compared with `base\/policy.yml`/);
    const hides = markdown.indexOf('**This change hides 3 findings**');
    const adds = markdown.indexOf('**It adds 1 finding:**');
    const loosens = markdown.indexOf('**It loosens:**');
    const tightens = markdown.indexOf('**It tightens:**');
    expect(hides).toBeGreaterThan(0);
    expect(hides).toBeLessThan(adds);
    expect(adds).toBeLessThan(loosens);
    expect(loosens).toBeLessThan(tightens);
    expect(markdown).toContain('- `access-key-max-age`: `max_days` `90` → `180`');
    expect(markdown).toContain('- `password-max-age`: turned on');
  });

  it('escapes every value from the policy and the report', () => {
    const markdown = renderPolicyReviewMarkdown(change, { redact: createRedactor(false), maxFindings: 50, heading: '###' });
    expect(markdown).not.toContain('<script>');
    // Names are inline code (nothing inside is markup); a pipe in a table cell is escaped.
    expect(markdown).toContain('| `evil\\|<b>` |');
    expect(markdown).toContain('evil\\|&lt;b&gt; has no MFA');
    expect(markdown).not.toContain('@security-team');
    expect(markdown).toContain('&lt;script&gt;');
    expect(markdown).toContain('\\*now\\*');
  });

  it('redacts users, ARNs and accounts when asked', () => {
    const redact = createRedactor(true);
    const markdown = renderPolicyReviewMarkdown(change, { redact, maxFindings: 50, heading: '###' });
    for (const name of ['carol', 'dave', 'erin', '123456789012']) expect(markdown).not.toContain(name);
    expect(markdown).toContain(redact.user('carol'));
  });

  it('redacts names only the review knows (a finding hidden, an exemption of either policy) in the whole summary', () => {
    const outcome = buildOutcome({ findings: [weakenedFinding], policyChange: change });
    const summary = renderSummary(outcome, { now: NOW, jsonFile: null, redact: createRedactor(true) });
    expect(summary).not.toContain('carol');
    expect(summary).not.toContain('dave');
  });

  it('opens the job summary, right under the verdict', () => {
    const outcome = buildOutcome({ findings: [weakenedFinding], policyChange: change });
    const summary = renderSummary(outcome, { now: NOW, jsonFile: null, redact: createRedactor(false) });
    const sections = summary.split('\n').filter((line) => /^#{2,3} /.test(line));
    expect(sections.slice(0, 2)).toEqual(['## ✅ IAM credential gate passed', '### 🔍 Policy change review']);
    expect(summary.indexOf('This change hides 3 findings')).toBeLessThan(summary.indexOf('- **Policy:**'));
  });

  it('opens the PR comment, right under the marker and the verdict, listing at most 10 findings each', () => {
    const many = { ...change, hidden: Array.from({ length: 25 }, (_, i) => ({ ...hidden[0]!, user: `u${i}` })) };
    const outcome = buildOutcome({ findings: [weakenedFinding], policyChange: many });
    const { body } = renderPrComment(outcome, { redact: createRedactor(false), runUrl: null, marker: '<!-- m -->' });
    const lines = body.split('\n').filter(Boolean);
    expect(lines[0]).toBe('<!-- m -->');
    expect(lines[1]).toMatch(/^### /);
    expect(lines[3]).toBe('#### 🔍 Policy change review');
    expect(body).toContain('**This change hides 25 findings**');
    expect(body).toContain('… and 15 more in the JSON file (`policyChange`).');
  });

  it('is absent without compare-policy', () => {
    const outcome = buildOutcome({ findings: [] });
    expect(renderSummary(outcome, { now: NOW, jsonFile: null, redact: createRedactor(false) })).not.toContain('Policy change review');
    expect(renderPrComment(outcome, { redact: createRedactor(false), runUrl: null }).body).not.toContain('Policy change review');
    expect(renderTerminal(outcome, { color: false, redact: createRedactor(false) })).not.toContain('Policy change review');
  });

  it('says plainly when the change does not weaken the policy', () => {
    const calm: PolicyChange = { ...change, weakened: false, reasons: [], hidden: [], rules: [change.rules[1]!], exemptions: { added: [], removed: [], changed: [] } };
    const markdown = renderPolicyReviewMarkdown(calm, { redact: createRedactor(false), maxFindings: 50, heading: '###' });
    expect(markdown).toContain('✅ This change does not weaken the policy compared with `base/policy.yml`.');
    expect(markdown).toContain('It hides no finding.');
  });
});

describe('the policy change review in the terminal', () => {
  it('is a short block under the verdict line, control characters removed', () => {
    const outcome = buildOutcome({ findings: [weakenedFinding], policyChange: { ...change, comparePolicy: 'base\u001b[31m.yml' } });
    const lines = renderTerminal(outcome, { color: false, redact: createRedactor(false) }).split('\n');
    expect(lines[1]).toBe('Policy change review against base [31m.yml: this change WEAKENS the policy');
    expect(lines[2]).toBe('  hides 3 findings: access-key-max-age 123456789012 carol access_key_1; mfa-for-console 123456789012 evil|<b> mfa; password-unused 123456789012 dave password');
    expect(lines[3]).toBe('  adds 1 finding: password-max-age 123456789012 erin password');
    expect(lines[4]).toMatch(/^ {2}loosens: access-key-max-age max_days 90 → 180; new exemption users \[carol, evil\|<b>\], rules \[\*\]/);
    expect(lines[5]).toBe('  tightens: password-max-age turned on');
  });

  it('redacts names', () => {
    const redact = createRedactor(true);
    redact.learn(buildOutcome({ findings: [], policyChange: change }));
    const text = renderPolicyReviewTerminal(change, redact).join('\n');
    expect(text).not.toContain('carol');
    expect(text).not.toContain('123456789012');
  });
});
