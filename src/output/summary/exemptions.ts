import type { ExemptionUse } from '../../evaluate/types';
import { formatPosition } from '../../user-error';
import { code, escapeText } from '../markdown';
import { countOf, daysUntilEndOf, formatCount, formatDays } from '../time-text';
import type { Context } from './context';
import { budgetedTable } from './table';

/** Exemptions that expire within this many days are called out. */
export const EXPIRY_WARNING_DAYS = 30;

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

export function exemptionsBlock(context: Context): string {
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
        escapeText(`#${row.number}`) + where,
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
