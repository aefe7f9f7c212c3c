/**
 * The Violations section. When every row fits it is one table; when not, one table per rule, so a
 * rule with thousands of findings cannot crowd out the others (6 580 rows of access-key-max-age and
 * not one of mfa-for-console, before): the budget is split fairly across the rules (a rule that
 * needs less than its share gives the rest back), each shows its first rows, its count and how
 * many more the findings document has.
 */
import type { Finding } from '../../evaluate/types';
import { code, escapeText, tableHead, tableRow, type Align } from '../markdown';
import { ruleInfo } from '../rule-metadata';
import { countOf, formatCount, formatDays } from '../time-text';
import { bytes, everyOneIn, messageCell, NOTE_RESERVE_BYTES, severityCell, whoCells, whoHeaders, type Context } from './context';
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

function headersOf(context: Context, withRule: boolean): { headers: string[]; align: Align[] } {
  const who = whoHeaders(context, withRule);
  return {
    headers: ['Severity', ...who, 'Age', 'Limit', 'Finding'],
    align: ['left', ...who.map((): Align => 'left'), 'right', 'right', 'left'],
  };
}

interface RuleSection {
  rule: string;
  items: Finding[];
  head: string;
  /** Rendered rows, as many as could ever fit; `complete` when that is all of them. */
  rows: string[];
  sizes: number[];
  complete: boolean;
  shown: number;
}

function byRule(items: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of items) {
    let group = groups.get(finding.rule);
    if (group === undefined) {
      group = [];
      groups.set(finding.rule, group);
    }
    group.push(finding);
  }
  return groups;
}

function ruleNote(context: Context, section: RuleSection): string {
  const more = section.items.length - section.shown;
  const where = context.jsonFile ? `in the findings document ${code(context.jsonFile, false)}` : 'in the findings document: set `json-file` to write it';
  const shown = section.shown === 0 ? 'None shown' : `Showing the first ${formatCount(section.shown)}`;
  return `> ✂️ ${shown} of ${countOf(section.items.length, 'violation')} of ${code(section.rule, false)}: ${formatCount(more)} more ${where}.\n`;
}

/** Water-filling: every rule gets an equal share of `room`; what a rule does not need goes to the others. */
function shareFairly(sections: RuleSection[], room: number): Map<RuleSection, number> {
  const need = (section: RuleSection) => (section.complete ? section.sizes.reduce((sum, size) => sum + size, 0) : Number.POSITIVE_INFINITY);
  const order = [...sections].sort((a, b) => need(a) - need(b));
  const shares = new Map<RuleSection, number>();
  let left = room;
  order.forEach((section, index) => {
    const share = Math.min(need(section), Math.floor(left / (order.length - index)));
    shares.set(section, share);
    left -= share;
  });
  return shares;
}

function sectionsOf(context: Context, items: readonly Finding[], room: number): RuleSection[] {
  const sections: RuleSection[] = [...byRule(items)].map(([rule, group]) => ({
    rule,
    items: group,
    head: `#### ${code(rule, false)} · ${escapeText(ruleInfo(rule).title)} (${formatCount(group.length)})\n\n`,
    rows: [],
    sizes: [],
    complete: false,
    shown: 0,
  }));
  // Each row is rendered once, and no more of a rule than could ever be shown.
  for (const section of sections) {
    let size = 0;
    for (const finding of section.items) {
      const row = `${tableRow(violationCells(context, finding, false))}\n`;
      const rowSize = bytes(row);
      size += rowSize;
      if (size > room) break;
      section.rows.push(row);
      section.sizes.push(rowSize);
    }
    section.complete = section.rows.length === section.items.length;
  }
  return sections;
}

/** The one table of every violation, when it fits: the rule's cell goes in after the severity's. */
function wholeTable(context: Context, items: readonly Finding[], sections: RuleSection[]): string | null {
  if (!sections.every((section) => section.complete)) return null;
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

function perRuleSections(context: Context, items: readonly Finding[], sections: RuleSection[]): string {
  const { budget } = context;
  const { headers, align } = headersOf(context, false);
  const tableTop = `${tableHead(headers, align)}\n`;
  const lead =
    `### Violations (${formatCount(items.length)})\n\n` +
    `> ✂️ Not every violation fits: a job summary is limited to 1 MiB, so each rule shows its first ones. ${everyOneIn(context)}\n\n`;
  // Headings, table heads and notes first: every failing rule is named with its count, whatever the size.
  const fixed = bytes(lead) + sections.reduce((sum, section) => sum + bytes(section.head) + bytes(tableTop) + NOTE_RESERVE_BYTES, 0);
  const room = budget.remaining - fixed;
  if (room <= 0) {
    // Not even one row each: the count of every rule, and where they are.
    const list = sections.map((section) => `- ${code(section.rule, false)}: ${countOf(section.items.length, 'violation')}\n`).join('');
    const note = cutNote(context, 0, { items, noun: ['violation', 'violations'] });
    return budget.charge(`### Violations (${formatCount(items.length)})\n\n${note}\n\n${list}\n`);
  }
  const shares = shareFairly(sections, room);
  const parts = [lead];
  for (const section of sections) {
    const share = shares.get(section) ?? 0;
    let used = 0;
    while (section.shown < section.rows.length && used + (section.sizes[section.shown] ?? 0) <= share) {
      used += section.sizes[section.shown] ?? 0;
      section.shown += 1;
    }
    const table = section.shown > 0 ? `${tableTop}${section.rows.slice(0, section.shown).join('')}` : '';
    const note = section.shown < section.items.length ? `${table ? '\n' : ''}${ruleNote(context, section)}` : '';
    parts.push(`${section.head}${table}${note}\n`);
  }
  return budget.charge(parts.join(''));
}

export function violationsBlock(context: Context): string {
  const items = context.groups.violations;
  if (items.length === 0) return '';
  const { budget } = context;
  if (budget.exhausted) {
    return budgetedTable(context, {
      heading: `Violations (${formatCount(items.length)})`,
      ...headersOf(context, true),
      items,
      noun: ['violation', 'violations'],
      cells: (finding) => violationCells(context, finding, true),
    });
  }
  budget.release();
  const sections = sectionsOf(context, items, budget.remaining);
  // One table when it all fits (the usual case), as the other sections are.
  const whole = wholeTable(context, items, sections);
  if (whole !== null) return budget.charge(whole);
  const text = perRuleSections(context, items, sections);
  budget.exhausted = true;
  return text;
}
