import { code, escapeText, type Align } from '../markdown';
import { formatCount, formatDays } from '../time-text';
import { accountCell, messageCell, severityCell, whoCells, whoHeaders, type Context } from './context';
import { budgetedTable } from './table';

export function upcomingBlock(context: Context): string {
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

export function exemptedBlock(context: Context): string {
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

export function runLevelBlock(context: Context): string {
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
