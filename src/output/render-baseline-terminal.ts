import type { BaselineSummary, Finding } from '../evaluate/types';
import { byImportance } from './finding-groups';
import type { Redactor } from './redact';
import { countOf, formatInstant } from './time-text';

/** The terminal's line under the run facts: how the run compares with the baseline. */
export function terminalBaselineLine(baseline: BaselineSummary, printable: (text: string) => string): string {
  const onlyNew = baseline.newOnly ? ' · only new findings count (--new-only)' : '';
  return (
    `since the baseline ${printable(baseline.file)} (run of ${formatInstant(baseline.evaluatedAt)}): ` +
    `${baseline.new} new, ${baseline.fixed.length} fixed, ${baseline.unchanged} unchanged${onlyNew}`
  );
}

export interface FixedBlockOptions {
  redact: Redactor;
  multiAccount: boolean;
  /** Control characters out (the table's own). */
  printable: (text: string) => string;
  /** Long names cut as in the table. */
  cut: (text: string) => string;
}

/**
 * The fixed findings as a block of their own, before the table of this run's findings: one
 * aligned line each, `FIXED` first. Empty when nothing was fixed.
 */
export function fixedBlock(fixed: readonly Finding[], options: FixedBlockOptions): string[] {
  if (fixed.length === 0) return [];
  const { redact, printable } = options;
  const rows = [...fixed].sort(byImportance).map((finding) => [
    'FIXED',
    finding.severity,
    finding.rule,
    ...(options.multiAccount ? [finding.account === null ? '—' : redact.account(finding.account)] : []),
    finding.user === null ? '—' : options.cut(printable(redact.user(finding.user))),
    finding.credential ?? '—',
    printable(redact.text(finding.message)),
  ]);
  const columns = (rows[0]?.length ?? 1) - 1;
  const widths = Array.from({ length: columns }, (_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  const lines = rows.map((row) =>
    [...row.slice(0, columns).map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - [...cell].length)), row[columns] ?? ''].join('  '),
  );
  return ['', `Fixed since the baseline (${countOf(fixed.length, 'finding')}):`, ...lines];
}
