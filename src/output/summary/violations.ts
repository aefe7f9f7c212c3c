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

/** Whether the rows, rendered one by one, fit in `room` bytes; stops rendering as soon as they do not. */
function fitsWhole(context: Context, items: readonly Finding[], room: number): boolean {
  let size = 0;
  for (const finding of items) {
    size += bytes(tableRow(violationCells(context, finding, true))) + 1;
    if (size > room) return false;
  }
  return true;
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

function perRuleSections(context: Context, items: readonly Finding[]): string {
  const { budget } = context;
  const { headers, align } = headersOf(context, false);
  const tableTop = `${tableHead(headers, align)}\n`;
  const lead =
    `### Violations (${formatCount(items.length)})\n\n` +
    `> ✂️ Not every violation fits: a job summary is limited to 1 MiB, so each rule shows its first ones. ${everyOneIn(context)}\n\n`;
  const sections: RuleSection[] = [...byRule(items)].map(([rule, group]) => ({
    rule,
    items: group,
    head: `#### ${code(rule, false)} · ${escapeText(ruleInfo(rule).title)} (${formatCount(group.length)})\n\n`,
    rows: [],
    sizes: [],
    complete: false,
    shown: 0,
  }));
  // Headings, table heads and notes first: every failing rule is named with its count, whatever the size.
  const fixed = bytes(lead) + sections.reduce((sum, section) => sum + bytes(section.head) + bytes(tableTop) + NOTE_RESERVE_BYTES, 0);
  const room = budget.remaining - fixed;
  if (room <= 0) {
    // Not even one row each: the count of every rule, and where they are.
    const list = sections.map((section) => `- ${code(section.rule, false)}: ${countOf(section.items.length, 'violation')}\n`).join('');
    const note = cutNote(context, 0, { items, noun: ['violation', 'violations'] });
    return budget.charge(`### Violations (${formatCount(items.length)})\n\n${note}\n\n${list}\n`);
  }
  for (const section of sections) {
    let size = 0;
    for (const finding of section.items) {
      const row = `${tableRow(violationCells(context, finding, false))}\n`;
      size += bytes(row);
      if (size > room) break;
      section.rows.push(row);
      section.sizes.push(bytes(row));
    }
    section.complete = section.rows.length === section.items.length;
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
  const { headers, align } = headersOf(context, true);
  const head = `### Violations (${formatCount(items.length)})\n\n${tableHead(headers, align)}\n`;
  // One table when it all fits (the usual case), as the other sections are.
  if (budget.exhausted || fitsWhole(context, items, budget.remaining - bytes(head))) {
    return budgetedTable(context, {
      heading: `Violations (${formatCount(items.length)})`,
      ...headersOf(context, true),
      items,
      noun: ['violation', 'violations'],
      cells: (finding) => violationCells(context, finding, true),
    });
  }
  budget.release();
  const text = perRuleSections(context, items);
  budget.exhausted = true;
  return text;
}
