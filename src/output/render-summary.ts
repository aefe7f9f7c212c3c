import { Buffer } from 'node:buffer';
import type { ExemptionUse, FailOn, Finding, FindingsDocument, ReportFacts, Verdict } from '../evaluate/types';
import type { Severity } from '../rules/types';
import type { GateOutcome } from '../run/types';
import { formatPosition } from '../user-error';
import { accountsOf, groupFindings, type FindingGroups } from './finding-groups';
import { newFirst, newMark, renderBaselineSection } from './render-baseline';
import { code, escapeHtml, escapeText, link, tableHead, tableRow, trustedMarkdown, type Align } from './markdown';
import type { Redactor } from './redact';
import { ruleInfo } from './rule-metadata';
import {
  countOf,
  daysUntilEndOf,
  formatAgo,
  formatCount,
  formatDays,
  formatInstant,
  REPORT_CACHE_NOTE_AFTER_MS,
} from './time-text';

export interface SummaryOptions {
  /** Epoch milliseconds: for the report's age and exemption expiries. */
  now: number;
  /** The `json-file` path, named where tables are cut short; null when none is written. */
  jsonFile: string | null;
  redact: Redactor;
  runUrl?: string | null;
  /** Size limit of the Markdown in UTF-8 bytes. */
  maxBytes?: number;
}

/** GitHub rejects a step summary over 1 MiB (1,048,576 bytes); stay clear of it. */
export const SUMMARY_MAX_BYTES = 1_000_000;
/** Exemptions that expire within this many days are called out. */
export const EXPIRY_WARNING_DAYS = 30;
/** Room kept for every cut table: its heading and its note always fit. */
const NOTE_RESERVE_BYTES = 500;

export const SEVERITY_ICON: Readonly<Record<Severity, string>> = { error: '🔴', warning: '🟠', notice: '🔵' };

const VERDICT_TITLE: Readonly<Record<Verdict, string>> = {
  pass: '✅ IAM credential gate passed',
  fail: '❌ IAM credential gate failed',
  error: '⛔ IAM credential gate could not evaluate',
};

const FAIL_ON_TEXT: Readonly<Record<FailOn, string>> = {
  error: 'the gate fails on errors (`fail-on: error`)',
  warning: 'the gate fails on errors and warnings (`fail-on: warning`)',
  never: 'findings never fail the gate (`fail-on: never`)',
};

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * The bytes left for the summary; sections are charged as they are rendered. Each cut-able
 * section has room reserved up front for its heading and note, which it gets back when it renders.
 */
class Budget {
  /** Set once a table was cut: later (less important) tables then show only their note. */
  exhausted = false;

  constructor(public remaining: number) {}

  charge(text: string): string {
    this.remaining -= bytes(text);
    return text;
  }

  reserve(sections: number): void {
    this.remaining -= sections * NOTE_RESERVE_BYTES;
  }

  release(): void {
    this.remaining += NOTE_RESERVE_BYTES;
  }
}

interface Context {
  document: FindingsDocument;
  outcome: GateOutcome;
  groups: FindingGroups;
  redact: Redactor;
  now: number;
  jsonFile: string | null;
  runUrl: string | null;
  /** Several accounts: tables get an Account column. */
  multiAccount: boolean;
  budget: Budget;
}

interface TableSpec<T> {
  heading: string;
  intro?: string;
  headers: string[];
  align?: Align[];
  items: readonly T[];
  cells: (item: T) => string[];
  /** For the note: `['violation', 'violations']`. */
  noun: readonly [string, string];
  /** Where the rows left out can be read, when not in the JSON file. */
  elsewhere?: string;
}

/**
 * A table that takes rows while the budget lasts, then says how many it left out and where to
 * find them, so a 5 000-user account still gives a summary GitHub accepts.
 */
function budgetedTable<T>(context: Context, spec: TableSpec<T>): string {
  if (spec.items.length === 0) return '';
  const { budget } = context;
  budget.release();
  const head = `### ${spec.heading}\n\n${spec.intro ? `${spec.intro}\n\n` : ''}`;
  const tableTop = `${tableHead(spec.headers, spec.align)}\n`;
  let size = bytes(head) + bytes(tableTop);
  const rows: string[] = [];
  if (!budget.exhausted && size + NOTE_RESERVE_BYTES <= budget.remaining) {
    for (const item of spec.items) {
      const row = `${tableRow(spec.cells(item))}\n`;
      const rowSize = bytes(row);
      if (size + rowSize + NOTE_RESERVE_BYTES > budget.remaining) break;
      rows.push(row);
      size += rowSize;
    }
  }
  if (rows.length < spec.items.length) budget.exhausted = true;
  const table = rows.length > 0 ? `${tableTop}${rows.join('')}` : '';
  const note = rows.length < spec.items.length ? `${table ? '\n' : ''}${cutNote(context, rows.length, spec)}\n` : '';
  return budget.charge(`${head}${table}${note}\n`);
}

function cutNote<T>(context: Context, shown: number, spec: TableSpec<T>): string {
  let where = spec.elsewhere ?? 'Set `json-file` to get every finding (and upload it as an artifact).';
  if (spec.elsewhere === undefined && context.jsonFile) {
    where = `Every one is in the JSON file ${code(context.jsonFile, false)}.`;
  }
  const [one, many] = spec.noun;
  const what =
    shown === 0
      ? `${countOf(spec.items.length, one, many)} not shown`
      : `Showing ${formatCount(shown)} of ${countOf(spec.items.length, one, many)}`;
  return `> ✂️ ${what}: a job summary is limited to 1 MiB. ${where}`;
}

function severityCell(severity: Severity): string {
  return `${SEVERITY_ICON[severity]} ${severity}`;
}

function userCell(context: Context, finding: Finding): string {
  return finding.user === null ? '—' : code(context.redact.user(finding.user));
}

function accountCell(context: Context, account: string | null): string {
  return account === null ? '—' : code(context.redact.account(account));
}

function messageCell(context: Context, finding: Finding): string {
  return escapeText(context.redact.text(finding.message));
}

/** Columns shared by every per-user table, with Account only when the run covers several. */
function whoCells(context: Context, finding: Finding): string[] {
  const cells = [`${newMark(finding)}${code(finding.rule)}`];
  if (context.multiAccount) cells.push(accountCell(context, finding.account));
  cells.push(userCell(context, finding), finding.credential === null ? '—' : code(finding.credential));
  return cells;
}

function whoHeaders(context: Context): string[] {
  return ['Rule', ...(context.multiAccount ? ['Account'] : []), 'User', 'Credential'];
}

/** The verdict as a heading and the counts under it: the part anyone reads. */
export function renderHeadline(document: FindingsDocument, heading: '##' | '###'): string {
  const { counts } = document;
  const line = [
    `${SEVERITY_ICON.error} **${formatCount(counts.error)}** ${counts.error === 1 ? 'error' : 'errors'}`,
    `${SEVERITY_ICON.warning} **${formatCount(counts.warning)}** ${counts.warning === 1 ? 'warning' : 'warnings'}`,
    `${SEVERITY_ICON.notice} **${formatCount(counts.notice)}** ${counts.notice === 1 ? 'notice' : 'notices'}`,
    `🛡️ **${formatCount(counts.exempted)}** exempted`,
  ].join(' · ');
  return `${heading} ${VERDICT_TITLE[document.verdict]}\n\n${line} — ${FAIL_ON_TEXT[document.failOn]}.\n\n`;
}

function title(context: Context): string {
  return context.budget.charge(renderHeadline(context.document, '##'));
}

function errorsBlock(context: Context): string {
  const { errors, verdict } = context.document;
  if (errors.length === 0) return '';
  context.budget.release();
  const lead =
    verdict === 'error'
      ? '**The gate could not evaluate, so it fails whatever `fail-on` says:**'
      : '**Errors:**';
  const items: string[] = [];
  let size = bytes(lead);
  for (const error of errors) {
    const item = `- ${escapeText(context.redact.text(error))}\n`;
    size += bytes(item);
    if (size + NOTE_RESERVE_BYTES > context.budget.remaining) break;
    items.push(item);
  }
  if (items.length < errors.length) items.push(`- … and ${formatCount(errors.length - items.length)} more (see the log).\n`);
  return context.budget.charge(`${lead}\n\n${items.join('')}\n`);
}

function reportGenerated(context: Context, report: ReportFacts): { when: string; age: string; stale: boolean } {
  if (report.generatedAt === null) return { when: 'unknown (saved report)', age: '—', stale: false };
  const at = Date.parse(report.generatedAt);
  if (Number.isNaN(at)) return { when: escapeText(report.generatedAt), age: '—', stale: false };
  return { when: formatInstant(at), age: formatAgo(at, context.now), stale: context.now - at > REPORT_CACHE_NOTE_AFTER_MS };
}

const SOURCE_TEXT: Readonly<Record<ReportFacts['source'], string>> = {
  aws: 'fetched from AWS',
  file: 'read from a saved file',
};

const CACHE_NOTE =
  '> ℹ️ IAM keeps a credential report for up to 4 hours before it generates a new one: a fix made in IAM ' +
  'after the report was generated can take that long to show here.\n\n';

function perAccountCounts(document: FindingsDocument): Map<string | null, Record<Severity | 'exempted', number>> {
  const counts = new Map<string | null, Record<Severity | 'exempted', number>>();
  for (const finding of document.findings) {
    let entry = counts.get(finding.account);
    if (entry === undefined) {
      entry = { error: 0, warning: 0, notice: 0, exempted: 0 };
      counts.set(finding.account, entry);
    }
    entry[finding.exempted ? 'exempted' : finding.severity] += 1;
  }
  return counts;
}

function runFacts(context: Context): string {
  const { document } = context;
  return (
    `- **Policy:** ${code(document.policy.source, false)}\n` +
    `- **Evaluated:** ${formatInstant(document.evaluatedAt)}\n\n`
  );
}

function accountsBlock(context: Context): string {
  const { document, redact, budget } = context;
  const [only] = document.reports;
  if (document.reports.length <= 1) {
    let text = '';
    if (only) {
      const generated = reportGenerated(context, only);
      const age = generated.age === '—' ? '' : ` (${generated.age})`;
      const account = only.account === null ? 'unknown' : code(redact.account(only.account), false);
      text +=
        `- **Account:** ${account} · ${countOf(only.users, 'user')} evaluated (root included)\n` +
        `- **Report:** generated ${generated.when}${age}, ${SOURCE_TEXT[only.source]}\n`;
      text += runFacts(context);
      if (generated.stale) text += CACHE_NOTE;
    } else {
      text += runFacts(context);
    }
    return budget.charge(text);
  }

  const counts = perAccountCounts(document);
  const facts = budget.charge(runFacts(context));
  const stale = document.reports.some((report) => reportGenerated(context, report).stale);
  const cacheNote = stale ? budget.charge(CACHE_NOTE) : '';
  const table = budgetedTable(context, {
    heading: `Accounts (${formatCount(document.reports.length)})`,
    headers: ['Account', 'Report generated', 'Age', 'Users', 'Errors', 'Warnings', 'Notices', 'Exempted'],
    align: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right'],
    items: document.reports,
    noun: ['account', 'accounts'],
    cells: (report) => {
      const generated = reportGenerated(context, report);
      const entry = counts.get(report.account) ?? { error: 0, warning: 0, notice: 0, exempted: 0 };
      return [
        accountCell(context, report.account),
        generated.when,
        generated.age,
        formatCount(report.users),
        formatCount(entry.error),
        formatCount(entry.warning),
        formatCount(entry.notice),
        formatCount(entry.exempted),
      ];
    },
  });
  return `${facts}${cacheNote}${table}`;
}

interface RuleRow {
  id: string;
  severity: Severity;
  open: number;
  exempted: number;
}

/** Enabled rules in policy order, then run-level rules that found something. */
function ruleRows(document: FindingsDocument): { rows: RuleRow[]; off: string[] } {
  const tally = new Map<string, { open: number; exempted: number; severity: Severity }>();
  for (const finding of document.findings) {
    const entry = tally.get(finding.rule) ?? { open: 0, exempted: 0, severity: finding.severity };
    if (finding.exempted) entry.exempted += 1;
    else entry.open += 1;
    tally.set(finding.rule, entry);
  }
  const rows: RuleRow[] = [];
  const off: string[] = [];
  const listed = new Set<string>();
  for (const rule of document.rules) {
    const found = tally.get(rule.id);
    if (!rule.enabled && found === undefined) {
      off.push(rule.id);
      continue;
    }
    listed.add(rule.id);
    rows.push({ id: rule.id, severity: rule.severity, open: found?.open ?? 0, exempted: found?.exempted ?? 0 });
  }
  for (const [id, found] of tally) {
    if (!listed.has(id)) rows.push({ id, severity: found.severity, open: found.open, exempted: found.exempted });
  }
  return { rows, off };
}

function referencesCell(id: string): string {
  const { references } = ruleInfo(id);
  return references.length === 0 ? '—' : references.map((reference) => link(reference.label, reference.url)).join(', ');
}

function rulesBlock(context: Context): string {
  const { rows, off } = ruleRows(context.document);
  if (rows.length === 0) return '';
  const lines = rows.map((row) =>
    tableRow([
      row.open === 0 ? '✅' : SEVERITY_ICON[row.severity],
      code(row.id),
      escapeText(ruleInfo(row.id).title),
      row.severity,
      formatCount(row.open),
      formatCount(row.exempted),
      referencesCell(row.id),
    ]),
  );
  const offNote = off.length === 0 ? '' : `\nOff in this policy: ${off.map((id) => code(id, false)).join(', ')}.\n`;
  return context.budget.charge(
    `### Rules\n\n${tableHead(['', 'Rule', 'Checks that', 'Severity', 'Findings', 'Exempted', 'References'], [
      'center',
      'left',
      'left',
      'left',
      'right',
      'right',
      'left',
    ])}\n${lines.join('\n')}\n${offNote}\n`,
  );
}

function violationsBlock(context: Context): string {
  const items = context.groups.violations;
  return budgetedTable(context, {
    heading: `Violations (${formatCount(items.length)})`,
    headers: ['Severity', ...whoHeaders(context), 'Age', 'Limit', 'Finding'],
    align: ['left', ...whoHeaders(context).map((): Align => 'left'), 'right', 'right', 'left'],
    items,
    noun: ['violation', 'violations'],
    cells: (finding) => [
      severityCell(finding.severity),
      ...whoCells(context, finding),
      formatDays(finding.ageDays),
      formatDays(finding.limit),
      messageCell(context, finding),
    ],
  });
}

function upcomingBlock(context: Context): string {
  const items = context.groups.upcoming;
  return budgetedTable(context, {
    heading: `Upcoming rotations (${formatCount(items.length)})`,
    intro: 'Not failing yet: these credentials pass their limit soon.',
    headers: [...whoHeaders(context), 'Age', 'Limit', 'Over the limit in'],
    align: [...whoHeaders(context).map((): Align => 'left'), 'right', 'right', 'right'],
    items,
    noun: ['upcoming rotation', 'upcoming rotations'],
    cells: (finding) => [
      ...whoCells(context, finding),
      formatDays(finding.ageDays),
      formatDays(finding.limit),
      finding.ageDays !== null && finding.limit !== null ? formatDays(Math.max(0, finding.limit - finding.ageDays + 1)) : '—',
    ],
  });
}

function exemptedBlock(context: Context): string {
  const items = context.groups.exempted;
  return budgetedTable(context, {
    heading: `Exempted (${formatCount(items.length)})`,
    intro: 'Findings an exemption of the policy covers: they never count toward the verdict.',
    headers: ['Severity', ...whoHeaders(context), 'Age', 'Limit', 'Reason', 'Owner', 'Expires'],
    align: ['left', ...whoHeaders(context).map((): Align => 'left'), 'right', 'right', 'left', 'left', 'left'],
    items,
    noun: ['exempted finding', 'exempted findings'],
    cells: (finding) => [
      severityCell(finding.severity),
      ...whoCells(context, finding),
      formatDays(finding.ageDays),
      formatDays(finding.limit),
      finding.exemption === null ? '—' : escapeText(context.redact.text(finding.exemption.reason)),
      finding.exemption?.owner ? escapeText(context.redact.text(finding.exemption.owner)) : '—',
      finding.exemption?.expires ? escapeText(finding.exemption.expires) : 'never',
    ],
  });
}

function runLevelBlock(context: Context): string {
  const items = context.groups.runLevel;
  return budgetedTable(context, {
    heading: `About the run (${formatCount(items.length)})`,
    headers: ['Severity', 'Rule', ...(context.multiAccount ? ['Account'] : []), 'Finding'],
    items,
    noun: ['finding', 'findings'],
    cells: (finding) => [
      severityCell(finding.severity),
      code(finding.rule),
      ...(context.multiAccount ? [accountCell(context, finding.account)] : []),
      messageCell(context, finding),
    ],
  });
}

interface ExemptionRow {
  number: number;
  use: ExemptionUse;
  /** Whole days left (0 = expires today); null without an expiry. */
  daysLeft: number | null;
}

function exemptionStatus(row: ExemptionRow): string {
  if (row.use.expired) return '⛔ expired';
  if (row.daysLeft !== null && row.daysLeft <= EXPIRY_WARNING_DAYS) {
    return row.daysLeft === 0 ? '⏳ expires today' : `⏳ expires in ${formatDays(row.daysLeft)}`;
  }
  return row.use.applied === 0 ? '⚪ unused' : '✅ in force';
}

/** Expired first, then those about to expire (soonest first), then the rest in policy order. */
function exemptionUrgency(row: ExemptionRow): number {
  if (row.use.expired) return -1;
  if (row.daysLeft !== null && row.daysLeft <= EXPIRY_WARNING_DAYS) return row.daysLeft;
  return EXPIRY_WARNING_DAYS + 1;
}

function exemptionsBlock(context: Context): string {
  const { redact } = context;
  const rows: ExemptionRow[] = context.outcome.exemptions.map((use, index) => ({
    number: index + 1,
    use,
    daysLeft: use.exemption.expires === null ? null : daysUntilEndOf(use.exemption.expires, context.now),
  }));
  if (rows.length === 0) return '';
  const expiring = rows.filter((row) => !row.use.expired && row.daysLeft !== null && row.daysLeft <= EXPIRY_WARNING_DAYS);
  const expired = rows.filter((row) => row.use.expired);
  const facts = [
    expired.length > 0 ? `**${countOf(expired.length, 'exemption')} expired** (no longer applied)` : '',
    expiring.length > 0 ? `**${countOf(expiring.length, 'exemption')} expire${expiring.length === 1 ? 's' : ''} within ${EXPIRY_WARNING_DAYS} days**` : '',
  ].filter(Boolean);
  const sorted = [...rows].sort((a, b) => exemptionUrgency(a) - exemptionUrgency(b) || a.number - b.number);
  return budgetedTable(context, {
    heading: `Exemptions (${formatCount(rows.length)})`,
    intro: facts.length > 0 ? `${facts.join(' · ')}.` : undefined,
    headers: ['Exemption', 'Status', 'Matches', 'Rules', 'Reason', 'Owner', 'Expires', 'Applied to'],
    align: ['left', 'left', 'left', 'left', 'left', 'left', 'left', 'right'],
    items: sorted,
    noun: ['exemption', 'exemptions'],
    elsewhere: `Every one is in the policy, ${code(context.document.policy.source, false)}.`,
    cells: (row) => {
      const { exemption } = row.use;
      const { position } = exemption;
      // Usually the policy file itself: its line is enough.
      const where =
        position === null
          ? ''
          : position.file === context.document.policy.source && position.line !== undefined
            ? ` (line ${position.line})`
            : ` (${code(formatPosition(position))})`;
      const matches = [
        ...exemption.users.map((user) => `user ${code(redact.user(user))}`),
        ...exemption.arns.map((arn) => `ARN ${code(redact.arn(arn))}`),
        ...(exemption.accounts ?? []).map((account) => `account ${code(redact.account(account))}`),
      ];
      return [
        `#${row.number}${where}`,
        exemptionStatus(row),
        matches.join(', ') || '—',
        exemption.rules.map((rule) => code(rule)).join(', '),
        escapeText(redact.text(exemption.reason)),
        exemption.owner === null ? '—' : escapeText(redact.text(exemption.owner)),
        exemption.expires === null ? 'never' : escapeText(exemption.expires),
        countOf(row.use.applied, 'finding'),
      ];
    },
  });
}

function remediationBlock(context: Context): string {
  const open = new Map<string, number>();
  for (const finding of context.document.findings) {
    if (!finding.exempted) open.set(finding.rule, (open.get(finding.rule) ?? 0) + 1);
  }
  if (open.size === 0) return '';
  const sections = [...open].map(([id, count]) => {
    const info = ruleInfo(id);
    const advice = info.remediation ?? info.description;
    const references =
      info.references.length === 0
        ? ''
        : `\n\nReferences: ${info.references.map((reference) => link(reference.label, reference.url)).join(', ')}`;
    return (
      `<details>\n<summary><code>${escapeHtml(id)}</code> · ${escapeHtml(info.title)} ` +
      `(${escapeHtml(countOf(count, 'finding'))})</summary>\n\n${trustedMarkdown(advice)}${references}\n\n</details>\n`
    );
  });
  return context.budget.charge(`### How to fix\n\n${sections.join('\n')}\n`);
}

function footer(context: Context): string {
  const parts = [
    context.jsonFile
      ? `Every finding is in ${code(context.jsonFile, false)}`
      : 'Set `json-file` to save every finding as JSON',
    `${context.document.tool.name} ${escapeText(context.document.tool.version)}`,
  ];
  if (context.runUrl) parts.push(link('workflow run', context.runUrl));
  return context.budget.charge(`---\n<sub>${parts.join(' · ')}</sub>\n`);
}

/**
 * The job summary: the verdict and counts first, then the accounts and report ages, the rules,
 * the findings by group, the exemptions and how to fix what was found. Every value from the
 * report or the policy is escaped (and redacted when asked); tables are cut to stay under
 * `maxBytes`, each with a note that points at the JSON file.
 */
export function renderSummary(outcome: GateOutcome, options: SummaryOptions): string {
  const { document } = outcome;
  const { redact } = options;
  redact.learn(outcome);
  const context: Context = {
    document,
    outcome,
    groups: groupFindings(newFirst(document.findings)),
    redact,
    now: options.now,
    jsonFile: options.jsonFile,
    runUrl: options.runUrl ?? null,
    multiAccount: document.reports.length > 1 || accountsOf(document).length > 1,
    budget: new Budget(options.maxBytes ?? SUMMARY_MAX_BYTES),
  };

  // Charged in order of importance, so what a reader needs most is never cut; laid out below.
  const head = title(context);
  const rules = rulesBlock(context);
  const remediation = remediationBlock(context);
  const end = footer(context);
  const { groups } = context;
  context.budget.reserve(
    [
      document.errors,
      document.reports.length > 1 ? document.reports : [],
      groups.violations,
      groups.runLevel,
      groups.upcoming,
      outcome.exemptions,
      groups.exempted,
    ].filter((items) => items.length > 0).length,
  );
  const errors = errorsBlock(context);
  const since = context.budget.charge(
    renderBaselineSection(document, {
      redact,
      multiAccount: context.multiAccount,
      maxBytes: Math.floor(context.budget.remaining / 3),
      elsewhere: context.jsonFile ? `Every one is in the JSON file ${code(context.jsonFile, false)}.` : 'Set `json-file` to get every finding.',
    }),
  );
  const accounts = accountsBlock(context);
  const violations = violationsBlock(context);
  const runLevel = runLevelBlock(context);
  const upcoming = upcomingBlock(context);
  const exemptions = exemptionsBlock(context);
  const exempted = exemptedBlock(context);

  return [head, errors, since, accounts, rules, violations, upcoming, runLevel, exemptions, exempted, remediation, end].join('');
}
