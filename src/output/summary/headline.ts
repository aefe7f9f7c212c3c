import type { FailOn, FindingsDocument, Verdict } from '../../evaluate/types';
import { code, escapeMessage, escapeText, link } from '../markdown';
import { formatCount } from '../time-text';
import { bytes, NOTE_RESERVE_BYTES, SEVERITY_ICON, type Context } from './context';

const VERDICT_TITLE: Readonly<Record<Verdict, string>> = {
  pass: '✅ IAM credential gate passed',
  fail: '❌ IAM credential gate failed',
  error: '⛔ IAM credential gate could not evaluate',
};

const FAIL_ON_TEXT: Readonly<Record<FailOn, string>> = {
  error: 'the gate fails on errors (`fail-on: error`)',
  warning: 'the gate fails on errors and warnings (`fail-on: warning`)',
  never: 'findings never fail the gate (`fail-on: never`)',
};

/** The verdict as a heading and the counts under it: the part anyone reads. */
export function renderHeadline(document: FindingsDocument, heading: '##' | '###'): string {
  const { counts } = document;
  const line = [
    `${SEVERITY_ICON.error} **${formatCount(counts.error)}** ${counts.error === 1 ? 'error' : 'errors'}`,
    `${SEVERITY_ICON.warning} **${formatCount(counts.warning)}** ${counts.warning === 1 ? 'warning' : 'warnings'}`,
    `${SEVERITY_ICON.notice} **${formatCount(counts.notice)}** ${counts.notice === 1 ? 'notice' : 'notices'}`,
    `🛡️ **${formatCount(counts.exempted)}** exempted`,
  ].join(' · ');
  return `${heading} ${VERDICT_TITLE[document.verdict]}\n\n${line} — ${FAIL_ON_TEXT[document.failOn]}.\n\n`;
}

export function titleBlock(context: Context): string {
  return context.budget.charge(renderHeadline(context.document, '##'));
}

export function errorsBlock(context: Context): string {
  const { errors, verdict } = context.document;
  if (errors.length === 0) return '';
  context.budget.release();
  const lead =
    verdict === 'error'
      ? '**The gate could not evaluate, so it fails whatever `fail-on` says:**'
      : '**Errors:**';
  const items: string[] = [];
  let size = bytes(lead);
  for (const error of errors) {
    const item = `- ${escapeMessage(context.redact.text(error))}\n`;
    size += bytes(item);
    if (size + NOTE_RESERVE_BYTES > context.budget.remaining) break;
    items.push(item);
  }
  if (items.length < errors.length) items.push(`- … and ${formatCount(errors.length - items.length)} more (see the log).\n`);
  return context.budget.charge(`${lead}\n\n${items.join('')}\n`);
}

export function footerBlock(context: Context): string {
  const parts = [
    context.jsonFile
      ? `Every finding is in ${code(context.jsonFile, false)}`
      : 'Set `json-file` to save every finding as JSON',
    `${context.document.tool.name} ${escapeText(context.document.tool.version)}`,
  ];
  if (context.runUrl) parts.push(link('workflow run', context.runUrl));
  return context.budget.charge(`---\n<sub>${parts.join(' · ')}</sub>\n`);
}
