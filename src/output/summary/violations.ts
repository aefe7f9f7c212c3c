/**
 * The Violations section. When every row fits it is one table; when not, one table per rule, so a
 * rule with thousands of findings cannot crowd out the others (6 580 rows of access-key-max-age and
 * not one of mfa-for-console, before): the budget is split fairly across the rules (a rule that
 * needs less than its share gives the rest back), each shows its first rows, its count and how
 * many more the findings document has.
 */
import type { Finding } from '../../evaluate/types';
import { code, escapeText, tableHead, type Align } from '../markdown';
import { byImportance } from '../finding-groups';
import { ruleInfo } from '../rule-metadata';
import { countOf, formatCount, formatDays } from '../time-text';
import { newMark } from '../render-baseline';
import { accountCell, bytes, everyOneIn, messageCell, NOTE_RESERVE_BYTES, severityCell, userCell, whoCells, whoHeaders, type Context } from './context';
import { budgetedTable, cutNote } from './table';

function violationCells(context: Context, finding: Finding, withRule: boolean): string[] {
  return [
    severityCell(finding.severity),
    ...whoCells(context, finding, withRule),
    formatDays(finding.ageDays),
    formatDays(finding.limit),
    messageCell(context, finding),
  ];
}

/** One value's cell, rendered once: a rule's rows repeat a handful of severities, credentials, limits and ages. */
function memo<Key, Value>(render: (key: Key) => Value): (key: Key) => Value {
  const cells = new Map<Key, Value>();
  return (key) => {
    let cell = cells.get(key);
    if (cell === undefined) {
      cell = render(key);
      cells.set(key, cell);
    }
    return cell;
  };
}

/**
 * A row of a rule's own table (no Rule cell): the cells of violationCells without the rule, in one
 * template. A large account renders thousands of these, so the repeated cells come from memos.
 */
function ruleRowRenderer(context: Context): (finding: Finding) => string {
  const severity = memo(severityCell);
  const days = memo(formatDays);
  const credential = memo((value: Finding['credential']) => (value === null ? '—' : code(context.redact.text(value))));
  const account = memo((value: string | null) => accountCell(context, value));
  return (finding) =>
    `| ${severity(finding.severity)} | ${context.multiAccount ? `${account(finding.account)} | ` : ''}` +
    `${newMark(finding)}${userCell(context, finding)} | ${credential(finding.credential)} | ` +
    `${days(finding.ageDays)} | ${days(finding.limit)} | ${messageCell(context, finding)} |\n`;
}

function headersOf(context: Context, withRule: boolean): { headers: string[]; align: Align[] } {
  const who = whoHeaders(context, withRule);
  return {
    headers: ['Severity', ...who, 'Age', 'Limit', 'Finding'],
    align: ['left', ...who.map((): Align => 'left'), 'right', 'right', 'left'],
  };
}

interface RuleSection {
  rule: string;
  /** In the document's order, or in byImportance order once the rule is known to be cut. */
  items: Finding[];
  /** The most rows the section may show: a rule with more is cut whatever the room. */
  maxRows: number;
  head: string;
  /** The rows rendered so far, all of which are shown; their bytes in `used`. */
  rows: string[];
  sizes: number[];
  used: number;
  /** The next row, rendered but not (yet) within the rule's share. */
  pending: string | null;
  render: (finding: Finding) => string;
}

function byRule(items: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (let i = 0; i < items.length; i += 1) {
    const finding = items[i] as Finding;
    let group = groups.get(finding.rule);
    if (group === undefined) {
      group = [];
      groups.set(finding.rule, group);
    }
    group.push(finding);
  }
  return groups;
}

function complete(section: RuleSection): boolean {
  return section.rows.length === section.items.length;
}

/**
 * Renders the rule's next rows while they fit in `limit` bytes and the rule's row limit: a row is
 * rendered once, and only if it may be shown.
 */
function renderUpTo(section: RuleSection, limit: number): void {
  while (!complete(section) && section.rows.length < section.maxRows) {
    const finding = section.items[section.rows.length] as Finding;
    const row = section.pending ?? section.render(finding);
    const size = bytes(row);
    if (section.used + size > limit) {
      section.pending = row;
      return;
    }
    section.rows.push(row);
    section.sizes.push(size);
    section.used += size;
    section.pending = null;
  }
}

/**
 * Water-filling over `room` bytes: the rule with the fewest findings first takes what it needs up
 * to an equal share of what is left, and so on; what is still left goes round again to the rules
 * that want more, until no rule's next row fits.
 */
function fill(sections: readonly RuleSection[], room: number): void {
  let left = room;
  let open = [...sections].sort((a, b) => a.items.length - b.items.length);
  while (open.length > 0) {
    let progressed = false;
    open.forEach((section, index) => {
      const before = section.used;
      renderUpTo(section, before + Math.floor(left / (open.length - index)));
      left -= section.used - before;
      if (section.used > before) progressed = true;
    });
    open = open.filter((section) => !complete(section));
    if (!progressed) break;
  }
}

function ruleNote(context: Context, section: RuleSection): string {
  const shownCount = section.rows.length;
  const more = section.items.length - shownCount;
  const where = context.jsonFile ? `in the findings document ${code(context.jsonFile, false)}` : 'in the findings document: set `json-file` to write it';
  const shown = shownCount === 0 ? 'None shown' : `Showing the first ${formatCount(shownCount)}`;
  return `> ✂️ ${shown} of ${countOf(section.items.length, 'violation')} of ${code(section.rule, false)}: ${formatCount(more)} more ${where}.\n`;
}

/** The section's findings most important first: errors, then the oldest credential (as annotations and SARIF pick theirs). */
function inImportanceOrder(section: RuleSection): void {
  section.items = [...section.items].sort(byImportance);
}

function sectionsOf(context: Context, items: readonly Finding[]): RuleSection[] {
  const render = ruleRowRenderer(context);
  return [...byRule(items)].map(([rule, group]) => ({
    rule,
    items: group,
    maxRows: context.rowsPerRule,
    head: `#### ${code(rule, false)} · ${escapeText(ruleInfo(rule).title)} (${formatCount(group.length)})\n\n`,
    rows: [],
    sizes: [],
    used: 0,
    pending: null,
    render,
  }));
}

/** The one table of every violation, when it fits: the rule's cell goes in after the severity's. */
function wholeTable(context: Context, items: readonly Finding[], sections: RuleSection[]): string | null {
  if (!sections.every(complete)) return null;
  const { headers, align } = headersOf(context, true);
  const head = `### Violations (${formatCount(items.length)})\n\n${tableHead(headers, align)}\n`;
  let size = bytes(head) + 1;
  const ruleCells = sections.map((section) => `${code(section.rule)} | `);
  sections.forEach((section, index) => {
    size += section.sizes.reduce((sum, rowSize) => sum + rowSize, 0) + section.rows.length * bytes(ruleCells[index] ?? '');
  });
  if (size + NOTE_RESERVE_BYTES > context.budget.remaining) return null;
  // In the findings' order: the next row of each finding's rule.
  const next = new Map(sections.map((section, index) => [section.rule, { section, cell: ruleCells[index] ?? '', row: 0 }]));
  const rows: string[] = [];
  for (const finding of items) {
    const entry = next.get(finding.rule);
    if (entry === undefined) continue;
    const prefix = `| ${severityCell(finding.severity)} | `;
    rows.push(`${prefix}${entry.cell}${(entry.section.rows[entry.row] ?? '').slice(prefix.length)}`);
    entry.row += 1;
  }
  return `${head}${rows.join('')}\n`;
}

function tableTopOf(context: Context): string {
  const { headers, align } = headersOf(context, false);
  return `${tableHead(headers, align)}\n`;
}

/**
 * The heading, and the note that rows were left out. Every row may still fit in tables per rule when
 * one table (with its Rule column) would not: then there is no note, as nothing is left out.
 */
function leadOf(context: Context, items: readonly Finding[], cut: 'none' | 'rows' | 'bytes'): string {
  const heading = `### Violations (${formatCount(items.length)})\n\n`;
  if (cut === 'none') return heading;
  const why =
    cut === 'rows'
      ? `is shown: each rule shows its ${formatCount(context.rowsPerRule)} most important ones at most`
      : 'fits: a job summary is limited to 1 MiB, so each rule shows its most important ones';
  return `${heading}> ✂️ Not every violation ${why}. ${everyOneIn(context)}\n\n`;
}

/** Why rows were left out: only a rule's row limit, or the summary's size too. */
function cutOf(sections: readonly RuleSection[]): 'none' | 'rows' | 'bytes' {
  let cut: 'none' | 'rows' = 'none';
  for (const section of sections) {
    if (complete(section)) continue;
    if (section.rows.length < section.maxRows) return 'bytes';
    cut = 'rows';
  }
  return cut;
}

/** Headings, table heads and notes: every failing rule is named with its count, whatever the size. */
function fixedBytes(context: Context, items: readonly Finding[], sections: readonly RuleSection[]): number {
  const top = bytes(tableTopOf(context));
  // The longest lead, the one of a cut by the room.
  return bytes(leadOf(context, items, 'bytes')) + sections.reduce((sum, section) => sum + bytes(section.head) + top + NOTE_RESERVE_BYTES, 0);
}

/** The sections as parts, each charged: joining them would copy the largest part of the summary once more. */
function perRuleSections(context: Context, items: readonly Finding[], sections: readonly RuleSection[]): string[] {
  const tableTop = tableTopOf(context);
  const parts = [context.budget.charge(leadOf(context, items, cutOf(sections)))];
  for (const section of sections) {
    const shown = section.rows.length;
    const table = shown > 0 ? `${tableTop}${section.rows.join('')}` : '';
    const note = shown < section.items.length ? `${table ? '\n' : ''}${ruleNote(context, section)}` : '';
    parts.push(context.budget.charge(`${section.head}${table}${note}\n`));
  }
  return parts;
}

/** The Violations section, in parts (the per-rule sections of a large account are most of the summary). */
export function violationsBlock(context: Context): string[] {
  const items = context.groups.violations;
  if (items.length === 0) return [];
  const { budget } = context;
  if (budget.exhausted) {
    const table = budgetedTable(context, {
      heading: `Violations (${formatCount(items.length)})`,
      ...headersOf(context, true),
      items,
      noun: ['violation', 'violations'],
      cells: (finding) => violationCells(context, finding, true),
    });
    return [table];
  }
  budget.release();
  const sections = sectionsOf(context, items);
  const room = budget.remaining - fixedBytes(context, items, sections);
  if (room <= 0) {
    // Not even one row each: the count of every rule, and where they are.
    const list = sections.map((section) => `- ${code(section.rule, false)}: ${countOf(section.items.length, 'violation')}\n`).join('');
    const note = cutNote(context, 0, { items, noun: ['violation', 'violations'] });
    budget.exhausted = true;
    return [budget.charge(`### Violations (${formatCount(items.length)})\n\n${note}\n\n${list}\n`)];
  }
  // A rule that cannot show every row shows its most important ones; a rule that shows every row
  // keeps the document's order. A rule over its row limit is cut whatever the room: in that order
  // from the start, so none of its rows is rendered twice.
  for (const section of sections) if (section.items.length > section.maxRows) inImportanceOrder(section);
  fill(sections, room);
  // Those over their row limit are in importance order already.
  const cut = sections.filter((section) => !complete(section) && section.items.length <= section.maxRows);
  if (cut.length > 0) {
    // Cut by the room alone: its rows are rendered again in importance order, in the room the
    // others left.
    const left = sections.reduce((sum, section) => (cut.includes(section) ? sum : sum - section.used), room);
    for (const section of cut) {
      inImportanceOrder(section);
      section.rows = [];
      section.sizes = [];
      section.used = 0;
      section.pending = null;
    }
    fill(cut, left);
  }
  // One table when it all fits (the usual case), as the other sections are.
  const whole = wholeTable(context, items, sections);
  if (whole !== null) return [budget.charge(whole)];
  const parts = perRuleSections(context, items, sections);
  if (!sections.every(complete)) budget.exhausted = true;
  return parts;
}
