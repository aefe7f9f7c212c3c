import type { Finding, FindingsDocument } from '../../evaluate/types';
import type { Severity } from '../../rules/types';
import { code, escapeHtml, escapeText, link, tableHead, tableRow, trustedMarkdown } from '../markdown';
import { ruleInfo } from '../rule-metadata';
import { countOf, formatCount } from '../time-text';
import { SEVERITY_ICON, type Context } from './context';

interface RuleRow {
  id: string;
  severity: Severity;
  open: number;
  exempted: number;
}

/** Enabled rules in policy order, then run-level rules that found something. */
function ruleRows(document: FindingsDocument): { rows: RuleRow[]; off: string[] } {
  const tally = new Map<string, { open: number; exempted: number; severity: Severity }>();
  const { findings } = document;
  for (let i = 0; i < findings.length; i += 1) {
    const finding = findings[i] as Finding;
    let entry = tally.get(finding.rule);
    if (entry === undefined) {
      entry = { open: 0, exempted: 0, severity: finding.severity };
      tally.set(finding.rule, entry);
    }
    if (finding.exempted) entry.exempted += 1;
    else entry.open += 1;
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

function referencesCell(id: string, policySource: string): string {
  const { references } = ruleInfo(id, policySource);
  return references.length === 0 ? '—' : references.map((reference) => link(reference.label, reference.url)).join(', ');
}

export function rulesBlock(context: Context): string {
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
      referencesCell(row.id, context.document.policy.source),
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

export function remediationBlock(context: Context): string {
  const open = new Map<string, number>();
  const { findings } = context.document;
  for (let i = 0; i < findings.length; i += 1) {
    const finding = findings[i] as Finding;
    if (!finding.exempted) open.set(finding.rule, (open.get(finding.rule) ?? 0) + 1);
  }
  if (open.size === 0) return '';
  const sections = [...open].map(([id, count]) => {
    const info = ruleInfo(id, context.document.policy.source);
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
