import type { Finding } from '../evaluate/types';
import { describeExemptionContent, describeFieldChange } from '../policy-review/review-policy-change';
import type { ChangeEffect, ExemptionContent, FieldChange, PolicyChange } from '../policy-review/types';
import { code, escapeText, table } from './markdown';
import type { Redactor } from './redact';
import { countOf, formatCount } from './time-text';

/**
 * The policy change review (`compare-policy`) for people: what the edit hides, adds and loosens, in
 * that order, then what it tightens. Every value from a policy or a report is escaped and redacted.
 */

export interface ReviewMarkdownOptions {
  redact: Redactor;
  /** Findings listed per table (hidden, added); the rest are counted and left to the JSON file. */
  maxFindings: number;
  heading: '###' | '####';
}

const SEVERITY_ICON: Readonly<Record<Finding['severity'], string>> = { error: '🔴', warning: '🟠', notice: '🔵' };

const WEAKENING_TEXT: Readonly<Record<PolicyChange['policyWeakening'], string>> = {
  allow: '`policy-weakening: allow`, so it does not affect the verdict',
  warn: '`policy-weakening: warn`: a `policy-weakened` warning',
  fail: '`policy-weakening: fail`: the run fails whatever `fail-on` says',
};

/** One line of a change, in Markdown: values that name people are redacted per kind. */
function valueMarkdown(field: string, value: unknown, redact: Redactor): string {
  if (value === null || value === undefined) {
    if (field === 'expires') return 'never';
    if (field === 'accounts') return 'any account';
    return 'none';
  }
  const one = (item: unknown): string => {
    const text = String(item);
    if (field === 'users') return code(redact.user(text), false);
    if (field === 'arns') return code(redact.arn(text), false);
    if (field === 'accounts') return code(redact.account(text), false);
    if (field === 'reason' || field === 'owner') return `"${escapeText(redact.text(text))}"`;
    return code(text, false);
  };
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map(one).join(', ')}]`;
  return one(value);
}

function fieldMarkdown(change: FieldChange, redact: Redactor): string {
  if (change.field === 'enabled') return change.after === true ? 'turned on' : 'turned off';
  return `${code(change.field, false)} ${valueMarkdown(change.field, change.before, redact)} → ${valueMarkdown(change.field, change.after, redact)}`;
}

function exemptionMarkdown(exemption: ExemptionContent, redact: Redactor): string {
  const parts = [
    exemption.users.length > 0 ? `users ${valueMarkdown('users', exemption.users, redact)}` : '',
    exemption.arns.length > 0 ? `ARNs ${valueMarkdown('arns', exemption.arns, redact)}` : '',
    exemption.accounts === null ? '' : `accounts ${valueMarkdown('accounts', exemption.accounts, redact)}`,
    `rules ${valueMarkdown('rules', exemption.rules, redact)}`,
    exemption.expires === null ? 'no expiry' : `until ${code(exemption.expires, false)}`,
  ].filter(Boolean);
  const at = exemption.at === null ? '' : ` (${code(exemption.at, false)})`;
  return `${parts.join(', ')} — "${escapeText(redact.text(exemption.reason))}"${at}`;
}

/** Change lines of one effect: rules, then exemptions added/removed/edited. */
function changeLines(change: PolicyChange, effect: ChangeEffect, redact: Redactor): string[] {
  const lines: string[] = [];
  for (const rule of change.rules) {
    const parts = rule.changes.filter((field) => field.effect === effect).map((field) => fieldMarkdown(field, redact));
    if (parts.length > 0) lines.push(`${code(rule.id, false)}: ${parts.join(', ')}`);
  }
  const { added, removed, changed } = change.exemptions;
  if (effect === 'looser') for (const exemption of added) lines.push(`new exemption: ${exemptionMarkdown(exemption, redact)}`);
  if (effect === 'stricter') for (const exemption of removed) lines.push(`exemption removed: ${exemptionMarkdown(exemption, redact)}`);
  for (const edit of changed) {
    const parts = edit.changes.filter((field) => field.effect === effect).map((field) => fieldMarkdown(field, redact));
    if (parts.length > 0) lines.push(`exemption "${escapeText(redact.text(edit.after.reason))}": ${parts.join(', ')}`);
  }
  return lines;
}

function findingsTable(findings: readonly Finding[], options: ReviewMarkdownOptions, where: string): string {
  const { redact } = options;
  const multiAccount = new Set(findings.map((finding) => finding.account)).size > 1;
  const shown = findings.slice(0, options.maxFindings);
  const headers = ['Severity', 'Rule', ...(multiAccount ? ['Account'] : []), 'User', 'Credential', 'Finding'];
  const rows = shown.map((finding) => [
    `${SEVERITY_ICON[finding.severity]} ${finding.severity}`,
    code(finding.rule),
    ...(multiAccount ? [finding.account === null ? '—' : code(redact.account(finding.account))] : []),
    finding.user === null ? '—' : code(redact.user(finding.user)),
    finding.credential === null ? '—' : code(finding.credential),
    // Cut before escaping: a cut escape could end in a backslash that swallows the cell border.
    escapeText(redact.text(finding.message).slice(0, 500)),
  ]);
  const more = findings.length - shown.length;
  return `${table(headers, rows)}\n${more > 0 ? `\n… and ${formatCount(more)} more in ${where}.\n` : ''}\n`;
}

function bullets(lines: readonly string[]): string {
  return `${lines.map((line) => `- ${line}`).join('\n')}\n\n`;
}

/** The review as Markdown, for the job summary and the PR comment, which both open with it. */
export function renderPolicyReviewMarkdown(change: PolicyChange, options: ReviewMarkdownOptions): string {
  const { redact } = options;
  const against = code(change.comparePolicy, false);
  const verdict = change.weakened
    ? `⚠️ **This change weakens the policy** compared with ${against} (${WEAKENING_TEXT[change.policyWeakening]}).`
    : `✅ This change does not weaken the policy compared with ${against}.`;
  const parts = [`${options.heading} 🔍 Policy change review\n\n${verdict}\n\n`];
  const where = 'the JSON file (`policyChange`)';

  const { hidden, added } = change;
  parts.push(
    hidden.length === 0
      ? 'It hides no finding.\n\n'
      : `**This change hides ${countOf(hidden.length, 'finding')}** that count${hidden.length === 1 ? 's' : ''} under the compare-policy:\n\n` +
          findingsTable(hidden, options, where),
  );
  parts.push(
    added.length === 0
      ? 'It adds no finding.\n\n'
      : `**It adds ${countOf(added.length, 'finding')}:**\n\n${findingsTable(added, options, where)}`,
  );
  const looser = changeLines(change, 'looser', redact);
  const stricter = changeLines(change, 'stricter', redact);
  const neutral = changeLines(change, 'neutral', redact);
  if (looser.length > 0) parts.push(`**It loosens:**\n\n${bullets(looser)}`);
  if (stricter.length > 0) parts.push(`**It tightens:**\n\n${bullets(stricter)}`);
  if (neutral.length > 0) parts.push(`Other changes (neither looser nor stricter):\n\n${bullets(neutral)}`);
  if (looser.length + stricter.length + neutral.length === 0) parts.push('No rule or exemption changed.\n\n');
  return parts.join('');
}

/** Control characters from a policy or a report must not move the cursor or change colours. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

const TERMINAL_MAX_FINDINGS = 5;

function findingLine(finding: Finding, redact: Redactor): string {
  return [
    finding.rule,
    finding.account === null ? '' : redact.account(finding.account),
    finding.user === null ? '' : redact.user(finding.user),
    finding.credential ?? '',
  ]
    .filter(Boolean)
    .join(' ');
}

function plainExemption(exemption: ExemptionContent, redact: Redactor): string {
  return redact.text(describeExemptionContent(exemption));
}

/** The short block the terminal table starts with. */
export function renderPolicyReviewTerminal(change: PolicyChange, redact: Redactor): string[] {
  const lines = [
    `Policy change review against ${change.comparePolicy}: ${change.weakened ? 'this change WEAKENS the policy' : 'this change does not weaken the policy'}`,
  ];
  const list = (label: string, findings: readonly Finding[]): void => {
    if (findings.length === 0) return;
    const shown = findings.slice(0, TERMINAL_MAX_FINDINGS).map((finding) => findingLine(finding, redact));
    const more = findings.length - shown.length;
    lines.push(`  ${label} ${countOf(findings.length, 'finding')}: ${shown.join('; ')}${more > 0 ? `; … ${formatCount(more)} more` : ''}`);
  };
  list('hides', change.hidden);
  list('adds', change.added);
  for (const effect of ['looser', 'stricter'] as const) {
    const items: string[] = [];
    for (const rule of change.rules) {
      const fields = rule.changes.filter((field) => field.effect === effect);
      if (fields.length > 0) {
        items.push(`${rule.id} ${fields.map(describeFieldChange).join(', ')}`);
      }
    }
    const { added, removed, changed } = change.exemptions;
    if (effect === 'looser') items.push(...added.map((exemption) => `new exemption ${plainExemption(exemption, redact)}`));
    if (effect === 'stricter') items.push(...removed.map((exemption) => `exemption removed ${plainExemption(exemption, redact)}`));
    for (const edit of changed) {
      if (edit.changes.some((field) => field.effect === effect)) items.push(`exemption "${redact.text(edit.after.reason)}" ${effect === 'looser' ? 'widened' : 'narrowed'}`);
    }
    if (items.length > 0) lines.push(`  ${effect === 'looser' ? 'loosens' : 'tightens'}: ${items.join('; ')}`);
  }
  return lines.map(printable);
}
