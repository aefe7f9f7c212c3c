import { Buffer } from 'node:buffer';
import type { Finding, FindingsDocument } from '../../evaluate/types';
import type { Severity } from '../../rules/types';
import type { GateOutcome } from '../../run/types';
import type { FindingGroups } from '../finding-groups';
import { code, escapeText } from '../markdown';
import type { Redactor } from '../redact';
import { newMark } from '../render-baseline';

export const SEVERITY_ICON: Readonly<Record<Severity, string>> = { error: '🔴', warning: '🟠', notice: '🔵' };

/** Room kept for every cut table: its heading and its note always fit. */
export const NOTE_RESERVE_BYTES = 500;

export function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * The bytes left for the summary; sections are charged as they are rendered. Each cut-able
 * section has room reserved up front for its heading and note, which it gets back when it renders.
 */
export class Budget {
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

/** What every section renders from. */
export interface Context {
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
  /** The most rows of one rule the Violations section shows. */
  rowsPerRule: number;
}

export function severityCell(severity: Severity): string {
  return `${SEVERITY_ICON[severity]} ${severity}`;
}

export function userCell(context: Context, finding: Finding): string {
  return finding.user === null ? '—' : code(context.redact.user(finding.user));
}

export function accountCell(context: Context, account: string | null): string {
  return account === null ? '—' : code(context.redact.account(account));
}

export function messageCell(context: Context, finding: Finding): string {
  return escapeText(context.redact.text(finding.message));
}

/** Columns shared by every per-user table, with Account only when the run covers several. */
export function whoCells(context: Context, finding: Finding, withRule = true): string[] {
  // A finding new against the baseline is marked on its first cell (the rule, or the user in a per-rule table).
  const mark = newMark(finding);
  const cells = withRule ? [`${mark}${code(finding.rule)}`] : [];
  if (context.multiAccount) cells.push(accountCell(context, finding.account));
  cells.push(`${withRule ? '' : mark}${userCell(context, finding)}`, finding.credential === null ? '—' : code(context.redact.text(finding.credential)));
  return cells;
}

export function whoHeaders(context: Context, withRule = true): string[] {
  return [...(withRule ? ['Rule'] : []), ...(context.multiAccount ? ['Account'] : []), 'User', 'Credential'];
}

/** Where the rows a cut table leaves out can be read. */
export function everyOneIn(context: Context): string {
  return context.jsonFile
    ? `Every one is in the JSON file ${code(context.jsonFile, false)}.`
    : 'Set `json-file` to get every finding (and upload it as an artifact).';
}
