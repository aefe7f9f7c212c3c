import type { FindingsDocument, ReportFacts } from '../../evaluate/types';
import type { Severity } from '../../rules/types';
import { code, escapeText } from '../markdown';
import { countOf, formatAgo, formatCount, formatInstant, REPORT_CACHE_NOTE_AFTER_MS } from '../time-text';
import { accountCell, type Context } from './context';
import { budgetedTable } from './table';

function reportGenerated(context: Context, report: ReportFacts): { when: string; age: string; stale: boolean } {
  if (report.generatedAt === null) return { when: 'unknown (saved report)', age: '—', stale: false };
  const at = Date.parse(report.generatedAt);
  if (Number.isNaN(at)) return { when: escapeText(report.generatedAt), age: '—', stale: false };
  return { when: formatInstant(at), age: formatAgo(at, context.now), stale: context.now - at > REPORT_CACHE_NOTE_AFTER_MS };
}

const SOURCE_TEXT: Readonly<Record<ReportFacts['source'], string>> = {
  aws: 'fetched from AWS',
  file: 'read from a saved file',
};

const CACHE_NOTE =
  '> ℹ️ IAM keeps a credential report for up to 4 hours before it generates a new one: a fix made in IAM ' +
  'after the report was generated can take that long to show here.\n\n';

function perAccountCounts(document: FindingsDocument): Map<string | null, Record<Severity | 'exempted', number>> {
  const counts = new Map<string | null, Record<Severity | 'exempted', number>>();
  for (const finding of document.findings) {
    let entry = counts.get(finding.account);
    if (entry === undefined) {
      entry = { error: 0, warning: 0, notice: 0, exempted: 0 };
      counts.set(finding.account, entry);
    }
    entry[finding.exempted ? 'exempted' : finding.severity] += 1;
  }
  return counts;
}

function runFacts(context: Context): string {
  const { document } = context;
  return (
    `- **Policy:** ${code(document.policy.source, false)}\n` +
    `- **Evaluated:** ${formatInstant(document.evaluatedAt)}\n\n`
  );
}

export function accountsBlock(context: Context): string {
  const { document, redact, budget } = context;
  const [only] = document.reports;
  if (document.reports.length <= 1) {
    let text = '';
    if (only) {
      const generated = reportGenerated(context, only);
      const age = generated.age === '—' ? '' : ` (${generated.age})`;
      const account = only.account === null ? 'unknown' : code(redact.account(only.account), false);
      // A saved CSV does not say when it was generated: say what is known instead of "generated unknown".
      const origin =
        only.generatedAt === null
          ? `${SOURCE_TEXT[only.source]} (when it was generated is not known)`
          : `generated ${generated.when}${age}, ${SOURCE_TEXT[only.source]}`;
      text +=
        `- **Account:** ${account} · ${countOf(only.users, 'user')} evaluated (root included)\n` +
        `- **Report:** ${origin}\n`;
      text += runFacts(context);
      if (generated.stale) text += CACHE_NOTE;
    } else {
      text += runFacts(context);
    }
    return budget.charge(text);
  }

  const counts = perAccountCounts(document);
  const facts = budget.charge(runFacts(context));
  const stale = document.reports.some((report) => reportGenerated(context, report).stale);
  const cacheNote = stale ? budget.charge(CACHE_NOTE) : '';
  const table = budgetedTable(context, {
    heading: `Accounts (${formatCount(document.reports.length)})`,
    headers: ['Account', 'Report generated', 'Age', 'Users', 'Errors', 'Warnings', 'Notices', 'Exempted'],
    align: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right'],
    items: document.reports,
    noun: ['account', 'accounts'],
    cells: (report) => {
      const generated = reportGenerated(context, report);
      const entry = counts.get(report.account) ?? { error: 0, warning: 0, notice: 0, exempted: 0 };
      return [
        accountCell(context, report.account),
        generated.when,
        generated.age,
        formatCount(report.users),
        formatCount(entry.error),
        formatCount(entry.warning),
        formatCount(entry.notice),
        formatCount(entry.exempted),
      ];
    },
  });
  return `${facts}${cacheNote}${table}`;
}
