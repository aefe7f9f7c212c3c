import type { GateOutcome } from '../run/types';
import { coversSeveralAccounts, groupFindings } from './finding-groups';
import type { Redactor } from './redact';
import { code } from './markdown';
import { newFirst, renderBaselineSection } from './render-baseline';
import { renderOwnersBlock } from './render-owners';
import { renderPolicyReviewMarkdown } from './render-policy-review';
import { accountsBlock } from './summary/accounts';
import { Budget, type Context } from './summary/context';
import { exemptionsBlock } from './summary/exemptions';
import { exemptedBlock, runLevelBlock, upcomingBlock } from './summary/findings';
import { errorsBlock, footerBlock, titleBlock } from './summary/headline';
import { remediationBlock, rulesBlock } from './summary/rules';
import { violationsBlock } from './summary/violations';

export { SEVERITY_ICON } from './summary/context';
export { EXPIRY_WARNING_DAYS } from './summary/exemptions';
export { renderHeadline } from './summary/headline';

export interface SummaryOptions {
  /** Epoch milliseconds: for the report's age and exemption expiries. */
  now: number;
  /** The `json-file` path, named where tables are cut short; null when none is written. */
  jsonFile: string | null;
  redact: Redactor;
  runUrl?: string | null;
  /** Size limit of the Markdown in UTF-8 bytes. */
  maxBytes?: number;
  /** The most violations of one rule shown (SUMMARY_ROWS_PER_RULE). */
  rowsPerRule?: number;
}

/** GitHub rejects a step summary over 1 MiB (1,048,576 bytes); stay clear of it. */
export const SUMMARY_MAX_BYTES = 1_000_000;

/**
 * The most violations of one rule the summary shows, its most important ones: a table of thousands
 * of rows is not read, and makes the run's page slow to open, and the run itself (rendering 8 500
 * rows was a fifth of a large account's cold start). Every finding is in `json-file`.
 */
export const SUMMARY_ROWS_PER_RULE = 500;

/**
 * The job summary: the verdict and counts first, then the accounts and report ages, the rules,
 * the findings by group, the exemptions and how to fix what was found. Every value from the
 * report or the policy is escaped (and redacted when asked); tables are cut to stay under
 * `maxBytes`, each with a note that points at the JSON file. Each section is in summary/.
 */
export function renderSummary(outcome: GateOutcome, options: SummaryOptions): string {
  return renderSummaryParts(outcome, options).join('');
}

/**
 * renderSummary as its sections, in order: the action writes them one by one, so a large summary
 * (a megabyte, two bytes a character in memory once an emoji is in it) is never copied into one
 * string only to be encoded and thrown away.
 */
export function renderSummaryParts(outcome: GateOutcome, options: SummaryOptions): string[] {
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
    multiAccount: document.reports.length > 1 || coversSeveralAccounts(document),
    budget: new Budget(options.maxBytes ?? SUMMARY_MAX_BYTES),
    rowsPerRule: options.rowsPerRule ?? SUMMARY_ROWS_PER_RULE,
  };

  // Charged in order of importance, so what a reader needs most is never cut; laid out below.
  const head = titleBlock(context);
  const review = document.policyChange
    ? context.budget.charge(renderPolicyReviewMarkdown(document.policyChange, { redact, maxFindings: 50, heading: '###' }))
    : '';
  const rules = rulesBlock(context);
  const owners = context.budget.charge(renderOwnersBlock(document.findings, redact));
  const remediation = remediationBlock(context);
  const end = footerBlock(context);
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

  return [head, review, errors, since, accounts, rules, owners, ...violations, upcoming, runLevel, exemptions, exempted, remediation, end].filter(
    (part) => part !== '',
  );
}
