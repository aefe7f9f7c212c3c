import { Buffer } from 'node:buffer';
import type { BaselineSummary, Finding, FindingsDocument } from '../evaluate/types';
import type { Severity } from '../rules/types';
import { byImportance } from './finding-groups';
import { code, escapeText, tableHead, tableRow } from './markdown';
import type { Redactor } from './redact';
import { countOf, formatCount, formatInstant } from './time-text';

/**
 * What changed since the baseline, for the job summary, the PR comment and the terminal: how many
 * findings are new and how many fixed, the new ones first and marked, the fixed ones in a block of
 * their own. Every value from a report (or the baseline file) is escaped and redacted as elsewhere.
 */

/** The marker of a new finding in Markdown tables. */
export const NEW_MARK = '🆕';
const FIXED_MARK = '✅';
const SEVERITY_ICON: Readonly<Record<Severity, string>> = { error: '🔴', warning: '🟠', notice: '🔵' };
/** Room kept for a cut table's note. */
const NOTE_BYTES = 300;

/** `🆕 ` before a new finding's rule; '' otherwise (and always without a baseline). */
export function newMark(finding: Finding): string {
  return finding.baseline === 'new' ? `${NEW_MARK} ` : '';
}

function countsAsNew(finding: Finding): boolean {
  return finding.baseline === 'new' && !finding.exempted;
}

/** New findings (not exempted) before the others, each side in the order it had (a stable partition). */
export function newFirst<T extends Finding>(findings: readonly T[]): readonly T[] {
  // Index loops, and no copy when nothing is new (every run without a baseline): a large account
  // has thousands of findings, and this runs once per summary, mostly before V8 has optimised it.
  let first = 0;
  while (first < findings.length && !countsAsNew(findings[first] as T)) first += 1;
  if (first === findings.length) return findings;
  const fresh: T[] = [];
  const rest: T[] = findings.slice(0, first);
  for (let i = first; i < findings.length; i += 1) {
    const finding = findings[i] as T;
    (countsAsNew(finding) ? fresh : rest).push(finding);
  }
  return rest.length === 0 ? findings : [...fresh, ...rest];
}

/** The findings of this run that count as new (not exempted), most important first. */
export function newFindings(document: FindingsDocument): Finding[] {
  return document.findings.filter(countsAsNew).sort(byImportance);
}

function baselineFacts(baseline: BaselineSummary): string {
  return `${code(baseline.file, false)}, run of ${formatInstant(baseline.evaluatedAt)}`;
}

/**
 * The line that opens the PR comment (and the summary's section): "**3 new** findings, **2 fixed**
 * since the baseline (`findings.json`, run of …)". null without a baseline.
 */
export function baselineHeadline(document: FindingsDocument): string | null {
  const { baseline } = document;
  if (baseline === null) return null;
  const findings = baseline.new === 1 ? 'finding' : 'findings';
  const onlyNew = baseline.newOnly ? ' Only new findings count toward the verdict (`new-only`).' : '';
  return (
    `**${formatCount(baseline.new)} new** ${findings}, **${formatCount(baseline.fixed.length)} fixed** since the baseline ` +
    `(${baselineFacts(baseline)}); ${formatCount(baseline.unchanged)} unchanged.${onlyNew}`
  );
}

export interface BaselineMarkdownOptions {
  redact: Redactor;
  /** Several accounts: tables get an Account column. */
  multiAccount: boolean;
  /** Size limit of the section in UTF-8 bytes (the summary's budget); the tables are cut to it. */
  maxBytes: number;
  /** Where every finding can be read when a table is cut. */
  elsewhere: string;
}

function headers(multiAccount: boolean): string[] {
  return ['Severity', 'Rule', ...(multiAccount ? ['Account'] : []), 'User', 'Credential', 'Finding'];
}

/** One row: escaped, redacted; `mark` before the severity. */
export function baselineRow(finding: Finding, redact: Redactor, multiAccount: boolean, mark: string): string[] {
  return [
    `${mark ? `${mark} ` : ''}${SEVERITY_ICON[finding.severity]} ${finding.severity}`,
    code(finding.rule),
    ...(multiAccount ? [finding.account === null ? '—' : code(redact.account(finding.account))] : []),
    finding.user === null ? '—' : code(redact.user(finding.user)),
    finding.credential === null ? '—' : code(finding.credential),
    escapeText(redact.text(finding.message)),
  ];
}

/** A table cut to `maxBytes` with a note saying how many rows it left out. */
function cutTable(title: string, findings: readonly Finding[], mark: string, options: BaselineMarkdownOptions, maxBytes: number): string {
  if (findings.length === 0) return '';
  const head = `#### ${title}\n\n${tableHead(headers(options.multiAccount))}\n`;
  let size = Buffer.byteLength(head) + NOTE_BYTES;
  const rows: string[] = [];
  for (const finding of findings) {
    const row = `${tableRow(baselineRow(finding, options.redact, options.multiAccount, mark))}\n`;
    size += Buffer.byteLength(row);
    if (size > maxBytes) break;
    rows.push(row);
  }
  if (rows.length === 0) return `#### ${title}\n\n> ✂️ ${countOf(findings.length, 'finding')} not shown. ${options.elsewhere}\n\n`;
  const note =
    rows.length < findings.length
      ? `\n> ✂️ Showing ${formatCount(rows.length)} of ${countOf(findings.length, 'finding')}. ${options.elsewhere}\n`
      : '';
  return `${head}${rows.join('')}${note}\n`;
}

/**
 * The job summary's section "Since the baseline", placed before every other table: the headline,
 * the new findings (not exempted), then the fixed ones as they were in the baseline. '' without a
 * baseline.
 */
export function renderBaselineSection(document: FindingsDocument, options: BaselineMarkdownOptions): string {
  const line = baselineHeadline(document);
  if (line === null || document.baseline === null) return '';
  const fresh = newFindings(document);
  const fixed = [...document.baseline.fixed].sort(byImportance);
  const top = `### Since the baseline\n\n${line}\n\n`;
  const room = Math.max(0, options.maxBytes - Buffer.byteLength(top));
  // Each table gets half the room, and the fixed table what the new one did not use.
  const newTable = cutTable(`${NEW_MARK} New (${formatCount(fresh.length)})`, fresh, NEW_MARK, options, room / 2);
  const fixedTable = cutTable(
    `${FIXED_MARK} Fixed (${formatCount(fixed.length)})`,
    fixed,
    FIXED_MARK,
    options,
    room - Buffer.byteLength(newTable),
  );
  return `${top}${newTable}${fixedTable}`;
}

export interface BaselineCommentOptions {
  redact: Redactor;
  multiAccount: boolean;
  /** Rows per table. */
  maxRows: number;
}

function commentTable(title: string, findings: readonly Finding[], mark: string, options: BaselineCommentOptions): string {
  if (findings.length === 0) return '';
  const shown = findings.slice(0, options.maxRows);
  const rows = shown.map((finding) => tableRow(baselineRow(finding, options.redact, options.multiAccount, mark)));
  const more =
    findings.length > shown.length ? `\n… and ${formatCount(findings.length - shown.length)} more in the job summary.\n` : '';
  return `**${title}**\n\n${tableHead(headers(options.multiAccount))}\n${rows.join('\n')}\n${more}\n`;
}

/**
 * The PR comment's findings with a baseline: the new ones first, then the fixed ones, then those
 * that were already there (not exempted), each table cut to `maxRows`.
 */
export function renderBaselineComment(document: FindingsDocument, options: BaselineCommentOptions): string {
  if (document.baseline === null) return '';
  const open = document.findings.filter((finding) => !finding.exempted).sort(byImportance);
  const fresh = open.filter((finding) => finding.baseline === 'new');
  const unchanged = open.filter((finding) => finding.baseline !== 'new');
  const fixed = [...document.baseline.fixed].sort(byImportance);
  return [
    commentTable(`${NEW_MARK} New since the baseline (${formatCount(fresh.length)})`, fresh, NEW_MARK, options),
    commentTable(`${FIXED_MARK} Fixed since the baseline (${formatCount(fixed.length)})`, fixed, FIXED_MARK, options),
    commentTable(`Unchanged (${formatCount(unchanged.length)})`, unchanged, '', options),
  ].join('');
}
