import { sha256Hex } from '../lazy-builtins';
import * as github from '@actions/github';
import type { Finding } from '../evaluate/types';
import type { GateLogger } from '../logger';
import type { GateOutcome } from '../run/types';
import { resolveCommentAuthor, writtenBy } from './comment-author';
import { accountsOf, byImportance } from './finding-groups';
import { code, escapeMessage, escapeText, link, table } from './markdown';
import type { Redactor } from './redact';
import { baselineHeadline, renderBaselineComment } from './render-baseline';
import { renderPolicyReviewMarkdown } from './render-policy-review';
import { renderHeadline, SEVERITY_ICON } from './render-summary';
import { formatCount, formatInstant } from './time-text';

export type CommentMode = 'off' | 'on-failure' | 'always';

export interface PrCommentOptions {
  redact: Redactor;
  runUrl: string | null | undefined;
  /** Defaults to `commentMarker(policy source, accounts of the run)`. */
  marker?: string;
}

/** Findings listed in the comment; the rest are in the run's summary. */
export const COMMENT_MAX_FINDINGS = 20;
const COMMENT_MAX_ERRORS = 10;
/** GitHub refuses a comment body over 65,536 characters. */
const COMMENT_MAX_CHARS = 60_000;

/**
 * The hidden line that finds our comment again: one comment per policy and account set, so two
 * gates in one workflow (say, prod and staging) keep separate comments.
 */
export function commentMarker(policySource: string, accounts: readonly string[]): string {
  const key = JSON.stringify([policySource, [...new Set(accounts)].sort()]);
  return `<!-- iam-credential-gate:${sha256Hex(key).slice(0, 16)} -->`;
}

function findingRow(finding: Finding, redact: Redactor, multiAccount: boolean): string[] {
  return [
    `${SEVERITY_ICON[finding.severity]} ${finding.severity}`,
    code(finding.rule),
    ...(multiAccount ? [finding.account === null ? '—' : code(redact.account(finding.account))] : []),
    finding.user === null ? '—' : code(redact.user(finding.user)),
    finding.credential === null ? '—' : code(redact.text(finding.credential)),
    escapeText(redact.text(finding.message)),
  ];
}

/** A short comment for the pull request: verdict, counts, the most important findings, a link to the run. */
export function renderPrComment(outcome: GateOutcome, options: PrCommentOptions): { body: string; marker: string } {
  const { document } = outcome;
  const { redact } = options;
  redact.learn(outcome);
  const accounts = accountsOf(document);
  const marker = options.marker ?? commentMarker(document.policy.source, accounts);
  const multiAccount = accounts.length > 1;

  const parts = [`${marker}\n`, renderHeadline(document, '###')];
  const sinceBaseline = baselineHeadline(document);
  if (sinceBaseline !== null) parts.push(`${sinceBaseline}\n\n`);
  if (document.policyChange) {
    parts.push(renderPolicyReviewMarkdown(document.policyChange, { redact, maxFindings: 10, heading: '####' }));
  }
  if (document.errors.length > 0) {
    const shown = document.errors.slice(0, COMMENT_MAX_ERRORS).map((error) => `- ${escapeMessage(redact.text(error).slice(0, 500))}`);
    if (document.errors.length > shown.length) shown.push(`- … and ${formatCount(document.errors.length - shown.length)} more`);
    parts.push(`${shown.join('\n')}\n\n`);
  }

  const facts = [`Policy ${code(document.policy.source, false)}`];
  if (accounts.length === 1 && accounts[0] !== undefined) facts.push(`account ${code(redact.account(accounts[0]), false)}`);
  if (multiAccount) facts.push(`${formatCount(accounts.length)} accounts`);
  const generated = document.reports.map((report) => report.generatedAt).filter((at) => at !== null).sort()[0];
  if (generated) facts.push(`report generated ${formatInstant(generated)}`);
  facts.push(`evaluated ${formatInstant(document.evaluatedAt)}`);
  parts.push(`${facts.join(' · ')}\n\n`);

  const open = document.findings.filter((finding) => !finding.exempted).sort(byImportance);
  if (document.baseline !== null) {
    parts.push(renderBaselineComment(document, { redact, multiAccount, maxRows: COMMENT_MAX_FINDINGS }));
  } else if (open.length > 0) {
    const shown = open.slice(0, COMMENT_MAX_FINDINGS);
    const headers = ['Severity', 'Rule', ...(multiAccount ? ['Account'] : []), 'User', 'Credential', 'Finding'];
    parts.push(`${table(headers, shown.map((finding) => findingRow(finding, redact, multiAccount)))}\n\n`);
    if (open.length > shown.length) {
      parts.push(`… and ${formatCount(open.length - shown.length)} more findings in the job summary.\n\n`);
    }
  }

  parts.push(
    options.runUrl
      ? `${link('Full report in the workflow run', options.runUrl)} (job summary, annotations).\n`
      : 'The full report is in the job summary of the workflow run.\n',
  );
  let body = parts.join('');
  if (body.length > COMMENT_MAX_CHARS) body = `${body.slice(0, COMMENT_MAX_CHARS)}\n\n… (cut: see the job summary)\n`;
  return { body, marker };
}

/**
 * What to do with the comment. `on-failure` still updates a comment written by an earlier failing
 * run, so a fixed pull request does not keep showing a stale failure.
 */
export function commentPlan(mode: CommentMode, eventName: string, verdict: GateOutcome['document']['verdict']):
  | 'none'
  | 'update-only'
  | 'create-or-update' {
  if (mode === 'off' || !['pull_request', 'pull_request_target'].includes(eventName)) return 'none';
  if (mode === 'always' || verdict !== 'pass') return 'create-or-update';
  return 'update-only';
}

export interface UpsertPrCommentRequest {
  token: string;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  marker: string;
  log: GateLogger;
  /** false: only update an existing comment, never create one. Default true. */
  create?: boolean;
}

export type UpsertPrCommentResult =
  | { action: 'created' | 'updated'; id: number; url: string }
  | { action: 'skipped'; reason: string };

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Finds the comment with the marker that the token's own identity wrote and updates it, or
 * creates one: a comment someone else planted with our marker is never edited. A token that may not write
 * (a fork's pull request, no `pull-requests: write`) is a warning, never a failure: the comment
 * is a convenience, the verdict stands.
 */
export async function upsertPrComment(request: UpsertPrCommentRequest): Promise<UpsertPrCommentResult> {
  const { owner, repo, issueNumber, body, marker, log } = request;
  // Read here, not at import: @actions/github fixes its default base URL when first loaded.
  const baseUrl = process.env.GITHUB_API_URL;
  const octokit = github.getOctokit(request.token, baseUrl ? { baseUrl } : {});
  try {
    const author = await resolveCommentAuthor(octokit, log);
    log.debug(`comment: the token writes as ${author.login} (from ${author.source}).`);
    // Every page, to the last: our comment may be anywhere in a long review thread.
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    const marked = comments.filter((comment) => comment.body?.includes(marker));
    const existing = marked.find((comment) => writtenBy(author, comment.user));
    if (existing === undefined && marked.length > 0) {
      log.info(
        `${marked.length} comment(s) carry this gate's marker but were not written by ${author.login}: ` +
          'they are left alone and a comment of its own is written.',
      );
    }
    if (existing !== undefined) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      log.info(`Updated the pull request comment: ${data.html_url}`);
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    if (request.create === false) return { action: 'skipped', reason: 'no comment to update' };
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    log.info(`Wrote the pull request comment: ${data.html_url}`);
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    const status = statusOf(error);
    const reason =
      status === 403 || status === 404
        ? `HTTP ${status}: the token may not write to this pull request. On pull requests from forks the ` +
          'GITHUB_TOKEN is read-only; elsewhere give the job `permissions: pull-requests: write`.'
        : error instanceof Error
          ? error.message
          : String(error);
    log.warning(`Could not write the pull request comment (the verdict is unchanged): ${reason}`);
    return { action: 'skipped', reason };
  }
}
