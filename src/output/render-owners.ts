/**
 * The job summary's "Findings by owner" section: with `enrich: user-tags`, findings carry the
 * owner from the user's tag, and a team wants to see its share first. Pure; every owner and user
 * name goes through the redactor and is escaped.
 */
import type { Finding } from '../evaluate/types';
import type { Severity } from '../rules/types';
import { code, escapeText, tableHead, tableRow } from './markdown';
import type { Redactor } from './redact';
import { formatCount } from './time-text';

/** More owners than this are summed up in one line: the section stays a glance, the JSON has all. */
export const MAX_OWNER_ROWS = 50;
const NO_OWNER = 'no owner tag';

interface OwnerRow {
  owner: string | null;
  counts: Record<Severity | 'exempted', number>;
  users: Set<string>;
}

/** Whether the run looked up owners: some finding has the field (null counts, absent does not). */
export function hasOwners(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.owner !== undefined);
}

/** Owners by open findings (errors first), then name; findings of users without the tag last. */
export function ownerRows(findings: readonly Finding[]): OwnerRow[] {
  const rows = new Map<string | null, OwnerRow>();
  for (const finding of findings) {
    if (finding.owner === undefined || finding.user === null) continue;
    let row = rows.get(finding.owner);
    if (row === undefined) {
      row = { owner: finding.owner, counts: { error: 0, warning: 0, notice: 0, exempted: 0 }, users: new Set() };
      rows.set(finding.owner, row);
    }
    if (finding.exempted) row.counts.exempted += 1;
    else row.counts[finding.severity] += 1;
    row.users.add(finding.user);
  }
  return [...rows.values()].sort(
    (a, b) =>
      Number(a.owner === null) - Number(b.owner === null) ||
      b.counts.error - a.counts.error ||
      b.counts.warning - a.counts.warning ||
      b.counts.notice - a.counts.notice ||
      ((a.owner ?? '') < (b.owner ?? '') ? -1 : 1),
  );
}

/** The section, or '' when owners were not looked up. */
export function renderOwnersBlock(findings: readonly Finding[], redact: Redactor): string {
  if (!hasOwners(findings)) return '';
  const rows = ownerRows(findings);
  if (rows.length === 0) return '';
  const shown = rows.slice(0, MAX_OWNER_ROWS);
  const lines = shown.map((row) =>
    tableRow([
      row.owner === null ? escapeText(NO_OWNER) : code(redact.owner(row.owner)),
      formatCount(row.counts.error),
      formatCount(row.counts.warning),
      formatCount(row.counts.notice),
      formatCount(row.counts.exempted),
      formatCount(row.users.size),
    ]),
  );
  const rest = rows.length - shown.length;
  const note = rest > 0 ? `\n… and ${formatCount(rest)} more owners: every finding's \`owner\` is in the JSON file.\n` : '';
  return (
    `### Findings by owner\n\nFrom each user's owner tag.\n\n` +
    `${tableHead(['Owner', 'Errors', 'Warnings', 'Notices', 'Exempted', 'Users'], ['left', 'right', 'right', 'right', 'right', 'right'])}\n` +
    `${lines.join('\n')}\n${note}\n`
  );
}
