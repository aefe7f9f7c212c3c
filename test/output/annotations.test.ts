import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_LEVEL, buildAnnotations } from '../../src/output/annotations';
import { byImportance } from '../../src/output/finding-groups';
import { createRedactor } from '../../src/output/redact';
import type { Finding } from '../../src/evaluate/types';
import { buildPolicy } from '../support/policy-builder';
import { buildOutcome, finding, largeOutcome, POLICY_FILE, sampleOutcome } from '../support/outcome-builder';

const redact = createRedactor(false);

function many(count: number, severity: Finding['severity'], rule = 'mfa-for-console'): Finding[] {
  return Array.from({ length: count }, (_, index) =>
    finding({ rule, severity, user: `${severity}-${index}`, ageDays: index, message: `${severity} finding ${index}.` }),
  );
}

describe('buildAnnotations', () => {
  it('chooses exactly the findings a full sort by importance would, ties in document order', () => {
    let state = 11;
    const next = () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
    const severities = ['error', 'warning', 'notice'] as const;
    const findings = Array.from({ length: 3_000 }, (_, index) =>
      finding({
        rule: 'access-key-max-age',
        severity: severities[Math.floor(next() * 3)] ?? 'error',
        status: next() < 0.2 ? 'upcoming' : 'violation',
        exempted: next() < 0.1,
        // Few distinct ages, so many ties.
        ageDays: next() < 0.1 ? null : Math.floor(next() * 20),
        user: `u${index}`,
        message: `finding ${index}`,
      }),
    );
    const sorted = findings.filter((each) => !each.exempted).sort(byImportance);
    const taken: Record<string, number> = { error: 0, warning: 0, notice: 0 };
    const expected = sorted.filter((each) => {
      taken[each.severity] = (taken[each.severity] ?? 0) + 1;
      return (taken[each.severity] ?? 0) <= ANNOTATIONS_PER_LEVEL;
    });
    // The closing notice takes the last notice's place.
    expected.splice(expected.map((each) => each.severity).lastIndexOf('notice'), 1);
    const annotations = buildAnnotations(buildOutcome({ findings }), { redact });
    expect(annotations.slice(0, -1).map((annotation) => annotation.message)).toEqual(expected.map((each) => each.message));
    const rest = sorted.length - expected.length;
    expect(annotations.at(-1)?.message).toContain(`… and ${rest.toLocaleString('en-US')} more findings`);
  });

  it('annotates every finding that is not exempted, most important first', () => {
    const annotations = buildAnnotations(sampleOutcome(), { redact });
    expect(annotations.map((annotation) => annotation.level)).toEqual([
      'error',
      'error',
      'error',
      'error',
      'error',
      'warning',
      'warning',
      'warning',
      'warning',
      'notice',
    ]);
    // Errors by age, oldest credential first; unknown ages last.
    expect(annotations.slice(0, 5).map((annotation) => annotation.message)).toEqual([
      'Root has an active access key 1, created 2019-03-04.',
      'Access key 1 of carol is 142 days old (limit 90 days).',
      'The password of erin was last used 111 days ago (limit 45 days).',
      'Access key 1 of dave has never been used and was created 80 days ago (limit 45 days).',
      'alice can sign in to the console without MFA.',
    ]);
    expect(annotations.some((annotation) => annotation.message.includes('deploy-bot'))).toBe(false);
  });

  it('titles each annotation with the rule and what it checks', () => {
    const [first] = buildAnnotations(sampleOutcome(), { redact });
    expect(first?.title).toBe('root-access-keys: Root account has no active access keys');
  });

  it("points at the rule's line in a workspace policy file", () => {
    const annotations = buildAnnotations(sampleOutcome(), { redact });
    const carol = annotations.find((annotation) => annotation.message.includes('carol is 142'));
    expect(carol).toMatchObject({ file: POLICY_FILE, startLine: 6, startColumn: 3 });
  });

  it('points at the policy file alone for rules inherited from a builtin', () => {
    const annotations = buildAnnotations(sampleOutcome(), { redact });
    const root = annotations.find((annotation) => annotation.message.startsWith('Root has'));
    expect(root?.file).toBe(POLICY_FILE);
    expect(root?.startLine).toBeUndefined();
  });

  it("points exemption findings at the exemption's entry", () => {
    const annotations = buildAnnotations(sampleOutcome(), { redact });
    expect(annotations.find((annotation) => annotation.title.startsWith('exemption-expired'))).toMatchObject({
      file: POLICY_FILE,
      startLine: 19,
      startColumn: 5,
    });
    expect(annotations.find((annotation) => annotation.title.startsWith('exemption-unused'))).toMatchObject({
      startLine: 23,
    });
  });

  it('has no file for a builtin policy', () => {
    const policy = { ...buildPolicy(), source: 'builtin:recommended', file: null };
    const outcome = buildOutcome({ policy, findings: many(2, 'error') });
    for (const annotation of buildAnnotations(outcome, { redact })) {
      expect(annotation.file).toBeUndefined();
      expect(annotation.startLine).toBeUndefined();
    }
  });

  it('emits at most 10 per level, then one notice that counts the rest', () => {
    const outcome = buildOutcome({ findings: [...many(25, 'error'), ...many(12, 'warning'), ...many(3, 'notice')] });
    const annotations = buildAnnotations(outcome, { redact, jsonFile: 'findings.json' });
    const count = (level: string) => annotations.filter((annotation) => annotation.level === level).length;
    expect(count('error')).toBe(ANNOTATIONS_PER_LEVEL);
    expect(count('warning')).toBe(ANNOTATIONS_PER_LEVEL);
    expect(count('notice')).toBe(4);
    expect(annotations.at(-1)).toEqual({
      level: 'notice',
      title: 'iam-credential-gate: more findings',
      message:
        '… and 17 more findings without an annotation (GitHub shows 10 per level): see the job summary, or every finding in findings.json.',
    });
    // The oldest errors are the ones shown.
    expect(annotations[0]?.message).toBe('error finding 24.');
  });

  it('keeps a notice place free for the closing notice', () => {
    const outcome = buildOutcome({ findings: [...many(11, 'error'), ...many(10, 'notice')] });
    const annotations = buildAnnotations(outcome, { redact });
    const notices = annotations.filter((annotation) => annotation.level === 'notice');
    expect(notices).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(notices.at(-1)?.message).toMatch(/^… and 2 more findings/);
  });

  it('stays within the limits for 5 000 users', () => {
    const annotations = buildAnnotations(largeOutcome(5000, 3), { redact });
    expect(annotations).toHaveLength(ANNOTATIONS_PER_LEVEL + 1);
    expect(annotations.at(-1)?.message).toMatch(/^… and 14,990 more findings/);
  });

  it('names the account when the run covers several', () => {
    const outcome = buildOutcome({
      findings: [
        finding({ rule: 'mfa-for-console', message: 'alice has no MFA.' }),
        finding({ rule: 'mfa-for-console', account: '210987654321', user: 'bob', message: 'bob has no MFA.' }),
      ],
    });
    expect(buildAnnotations(outcome, { redact }).map((annotation) => annotation.message)).toEqual([
      '[123456789012] alice has no MFA.',
      '[210987654321] bob has no MFA.',
    ]);
  });

  it('returns nothing when nothing was found', () => {
    expect(buildAnnotations(buildOutcome(), { redact })).toEqual([]);
  });
});
