import { describe, expect, it } from 'vitest';
import { formatCommand } from '../../src/action/workflow-commands';
import { buildAnnotations } from '../../src/output/annotations';
import { code, escapeMessage, escapeText } from '../../src/output/markdown';
import { renderPrComment } from '../../src/output/pr-comment';
import { createRedactor } from '../../src/output/redact';
import { renderSummary } from '../../src/output/render-summary';
import { showInvisible } from '../../src/output/visible-text';
import { buildOutcome, finding, NOW } from '../support/outcome-builder';
import { buildPolicy, exemption } from '../support/policy-builder';

const JOINER = /\u2060/g;
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const C0 = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** What GitHub would link in text: issue references and bare URLs. */
function linkable(markdown: string): string[] {
  return markdown.match(/(^|[^\w])#\d+|\bGH-\d+|https?:\/\/|\bwww\./gi) ?? [];
}

describe('untrusted text in Markdown', () => {
  it('keeps #123, org/repo#7 and GH-9 from becoming issue links, shown as written', () => {
    const text = 'fixes #123, see org/repo#7 and GH-9';
    const escaped = escapeText(text);
    expect(linkable(escaped)).toEqual([]);
    expect(escaped.replace(JOINER, '')).toBe(text);
  });

  it('keeps bare URLs from linking', () => {
    const text = 'go to https://evil.example/login or http://x.example or WWW.evil.example now';
    const escaped = escapeText(text);
    expect(linkable(escaped)).toEqual([]);
    expect(escaped.replace(JOINER, '')).toBe(text);
  });

  it('shows bidi controls and C0 controls as marks, in text and in code spans', () => {
    const text = 'a\u202egnp.exe\u2066b\u200fc\u0000d\u0007e';
    for (const rendered of [escapeText(text), code(text), code(text, false)]) {
      expect(rendered).not.toMatch(BIDI);
      expect(rendered).not.toMatch(C0);
      expect(rendered).toContain('U+202E');
      expect(rendered).toContain('\u2400');
    }
    expect(showInvisible('x\u0000y\u007fz\u0085')).toBe('x\u2400y\u2421z<U+0085>');
  });

  it('renders a value with a backtick as the text: an entity, never a backslash escape', () => {
    expect(escapeText('tick`s')).toBe('tick&#96;s');
    expect(escapeText('a `b` c')).not.toContain('\\`');
    // The entity holds a '#': it must not be broken by the reference guard.
    expect(escapeText('#1`')).toBe('#\u20601&#96;');
  });

  it('renders the code marks of our own messages as code spans, and untrusted values inertly', () => {
    expect(escapeMessage('Raise `max-wait-seconds` or check the network.')).toBe(
      'Raise `max-wait-seconds` or check the network.',
    );
    expect(escapeMessage("Input 'fail-on' is 'some`thing'; use one of: error.")).toBe(
      "Input 'fail-on' is 'some&#96;thing'; use one of: error.",
    );
    expect(escapeMessage('`<img src=x>` and *x* #5')).toBe('`<img src=x>` and \\*x\\* #\u20605');
  });
});

describe('untrusted text through the summary, the PR comment and annotations', () => {
  const reason = 'Ticket #123 (org/repo#7), see https://evil.example \u202Eexe.gnp\u0000 www.x.example';
  const policy = buildPolicy({ exemptions: [exemption({ users: ['carol'], rules: ['*'], reason, owner: '@team #9' })] });
  const outcome = buildOutcome({
    policy,
    findings: [
      finding({
        rule: 'mfa-for-console',
        user: 'carol',
        message: `carol has no MFA \u202E#42 https://x.example\u0000`,
      }),
      finding({
        rule: 'access-key-max-age',
        user: 'carol',
        message: 'exempted one',
        exempted: true,
        exemption: { reason, owner: '@team #9', expires: null },
      }),
    ],
    errors: ['Account 1: https://evil.example #3 \u202E `code`'],
  });

  it('the job summary has no raw reference, URL, bidi or control from the report or policy', () => {
    const markdown = renderSummary(outcome, { now: NOW, jsonFile: null, redact: createRedactor(false) });
    const ours = markdown.replace(/\]\(https:\/\/[^)]*\)/g, '](link)');
    expect(ours).toContain('Ticket #\u2060123');
    expect(linkable(ours)).toEqual([]);
    expect(markdown).not.toMatch(BIDI);
    expect(markdown).not.toMatch(C0);
    expect(markdown).toContain('`code`');
  });

  it('the PR comment too', () => {
    const { body } = renderPrComment(outcome, { redact: createRedactor(false), runUrl: null, marker: '<!-- m -->' });
    const ours = body.replace(/\]\(https:\/\/[^)]*\)/g, '](link)');
    expect(linkable(ours)).toEqual([]);
    expect(body).not.toMatch(BIDI);
    expect(body).not.toMatch(C0);
  });

  it('an annotation shows a NUL and a bidi control as marks', () => {
    const lines = buildAnnotations(outcome, { redact: createRedactor(false) }).map((annotation) =>
      formatCommand(annotation.level, annotation.message, { title: annotation.title }),
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toMatch(BIDI);
      expect(line).not.toMatch(C0);
    }
    expect(lines.join('\n')).toContain('\u2400');
    expect(formatCommand('warning', `reason: a\u0000b`)).toBe('::warning::reason: a\u2400b');
  });
});
