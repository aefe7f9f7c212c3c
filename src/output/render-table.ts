import type { Finding, Verdict } from '../evaluate/types';
import type { Severity } from '../rules/types';
import type { GateOutcome } from '../run/types';
import { coversSeveralAccounts, byImportance } from './finding-groups';
import { fixedBlock, terminalBaselineLine } from './render-baseline-terminal';
import { newFirst } from './render-baseline';
import type { Redactor } from './redact';
import { renderPolicyReviewTerminal } from './render-policy-review';
import { countOf, formatInstant } from './time-text';

export interface TerminalOptions {
  /** ANSI colours; the CLI passes false for NO_COLOR, TERM=dumb or a pipe. */
  color: boolean;
  redact: Redactor;
  /** Terminal width in columns; the message column takes what is left. */
  width?: number;
  /**
   * Cut messages to the width (default true). The CLI cuts only on a terminal: into a pipe or a file
   * (or with --wide) every message is whole, since nobody reads it at a fixed width.
   */
  cutMessages?: boolean;
  /** Show at most this many rows (the most important first); absent = all. */
  maxRows?: number;
  /** Show only findings of this severity; absent = all. */
  only?: Severity;
}

const DEFAULT_WIDTH = 120;
const MIN_MESSAGE_WIDTH = 24;
/** Longer names and ARNs are cut so one odd row does not stretch every other. */
const MAX_CELL_WIDTH = 40;

type Style = 'red' | 'yellow' | 'cyan' | 'green' | 'magenta' | 'dim' | 'bold';
const ANSI: Readonly<Record<Style, [number, number]>> = {
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
  magenta: [35, 39],
  dim: [2, 22],
  bold: [1, 22],
};

const VERDICT_LINE: Readonly<Record<Verdict, { mark: string; word: string; style: Style }>> = {
  pass: { mark: '✔', word: 'PASS', style: 'green' },
  fail: { mark: '✖', word: 'FAIL', style: 'red' },
  error: { mark: '✖', word: 'ERROR', style: 'magenta' },
};

const SEVERITY_STYLE: Readonly<Record<Finding['severity'], Style>> = { error: 'red', warning: 'yellow', notice: 'cyan' };

/** Characters as a terminal counts them (code points; wide CJK is not worth a table of its own). */
function width(text: string): number {
  // Most cells are ASCII, where code points are UTF-16 units: no array per cell.
  return /^[ -~]*$/.test(text) ? text.length : [...text].length;
}

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

function pad(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

/** Control characters from a hand-edited report must not move the cursor or change colours. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/**
 * The CLI's report: a verdict line, what was evaluated, and a table of findings with aligned
 * columns (the most important first; exempted ones last, marked so).
 */
export function renderTerminal(outcome: GateOutcome, options: TerminalOptions): string {
  const { document } = outcome;
  const { redact } = options;
  redact.learn(outcome);
  const paint = (style: Style, text: string): string => {
    if (!options.color) return text;
    const [open, close] = ANSI[style];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  };

  const { counts } = document;
  const verdict = VERDICT_LINE[document.verdict];
  const tally =
    document.verdict === 'error'
      ? `the gate could not evaluate (${countOf(document.errors.length, 'error')})`
      : `${countOf(counts.error, 'error')}, ${countOf(counts.warning, 'warning')}, ${countOf(counts.notice, 'notice')}, ` +
        `${counts.exempted} exempted (fail-on: ${document.failOn})`;
  const lines = [`${paint(verdict.style, paint('bold', `${verdict.mark} ${verdict.word}`))}  ${tally}`];
  if (document.policyChange) lines.push(...renderPolicyReviewTerminal(document.policyChange, redact), '');

  for (const report of document.reports) {
    const account = report.account === null ? 'unknown account' : `account ${redact.account(report.account)}`;
    const generated = report.generatedAt === null ? 'generation time unknown' : `generated ${formatInstant(report.generatedAt)}`;
    lines.push(paint('dim', `${account} · report ${generated} · ${countOf(report.users, 'user')}`));
  }
  lines.push(paint('dim', `policy ${printable(document.policy.source)} · evaluated ${formatInstant(document.evaluatedAt)}`));
  const multiAccount = coversSeveralAccounts(document);
  const compared = document.baseline !== null;
  if (document.baseline !== null) {
    lines.push(terminalBaselineLine(document.baseline, printable));
    lines.push(...fixedBlock(document.baseline.fixed, { redact, multiAccount, printable, cut: (text) => cut(text, MAX_CELL_WIDTH) }));
  }

  const all = newFirst([...document.findings].sort(byImportance));
  const selected = options.only === undefined ? all : all.filter((finding) => finding.severity === options.only);
  const findings = options.maxRows === undefined ? selected : selected.slice(0, options.maxRows);
  const hidden: string[] = [];
  if (selected.length < all.length) hidden.push(`${countOf(all.length - selected.length, 'finding')} not ${options.only ?? ''}`);
  if (findings.length < selected.length) hidden.push(`${countOf(selected.length - findings.length, 'more row')}`);
  if (all.length === 0) {
    lines.push('', document.verdict === 'error' ? 'No findings were evaluated.' : 'No findings.');
    return lines.join('\n');
  }

  if (findings.length === 0) {
    lines.push('', `No findings to show (${hidden.join('; ')}).`);
    return lines.join('\n');
  }

  const headers = ['SEVERITY', ...(compared ? ['BASELINE'] : []), 'RULE', ...(multiAccount ? ['ACCOUNT'] : []), 'USER', 'CREDENTIAL', 'AGE/LIMIT', 'MESSAGE'];
  const rows = findings.map((finding) => {
    const age = finding.ageDays === null ? '—' : String(finding.ageDays);
    const limit = finding.limit === null ? '' : `/${finding.limit}`;
    const message = finding.message;
    return [
      finding.exempted ? `(${finding.severity})` : finding.severity,
      ...(compared ? [finding.baseline === 'new' ? 'NEW' : 'unchanged'] : []),
      finding.rule,
      ...(multiAccount ? [finding.account === null ? '—' : redact.account(finding.account)] : []),
      finding.user === null ? '—' : cut(printable(redact.user(finding.user)), MAX_CELL_WIDTH),
      finding.credential === null ? '—' : redact.text(finding.credential),
      finding.ageDays === null && finding.limit === null ? '—' : `${age}${limit} d`,
      printable(redact.text(message)),
    ];
  });

  const fixed = headers.length - 1;
  // A loop, not Math.max(...rows): spreading 100 000 rows into arguments overflows the stack.
  const widths = headers.slice(0, fixed).map(width);
  for (const row of rows) {
    for (let column = 0; column < fixed; column += 1) {
      widths[column] = Math.max(widths[column] ?? 0, width(row[column] ?? ''));
    }
  }
  const used = widths.reduce((sum, size) => sum + size + 2, 0);
  const messageWidth = Math.max(MIN_MESSAGE_WIDTH, (options.width ?? DEFAULT_WIDTH) - used);

  lines.push('', paint('bold', [...headers.slice(0, fixed).map((header, column) => pad(header, widths[column] ?? 0)), 'MESSAGE'].join('  ')));
  rows.forEach((row, index) => {
    const finding = findings[index];
    const cells = row.slice(0, fixed).map((cell, column) => pad(cell, widths[column] ?? 0));
    const severityStyle: Style = finding === undefined || finding.exempted ? 'dim' : SEVERITY_STYLE[finding.severity];
    cells[0] = paint(severityStyle, cells[0] ?? '');
    const fit = (text: string): string => (options.cutMessages === false ? text : cut(text, messageWidth));
    const line = [...cells, fit(row[fixed] ?? '')].join('  ');
    lines.push(finding?.exempted ? paint('dim', line) : line);
    // An exempted row keeps its finding and says why, on a line of its own under the message.
    if (finding?.exemption) {
      const { reason, expires } = finding.exemption;
      const note = `↳ exempted: ${printable(redact.text(reason))}${expires === null ? '' : ` (until ${expires})`}`;
      lines.push(paint('dim', `${' '.repeat(used)}${fit(note)}`));
    }
  });
  if (hidden.length > 0) lines.push('', paint('dim', `Not shown: ${hidden.join('; ')}.`));
  return lines.join('\n');
}
