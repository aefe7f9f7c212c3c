import * as runner from './workflow-commands';
import { verdictCounts } from '../baseline/verdict-counts';
import { buildAnnotations } from '../output/annotations';
import { quoteInput } from '../output/log-text';
import { createRedactor, type Redactor } from '../output/redact';
import { renderSummaryParts } from '../output/render-summary';
import { renderValidationSummary, validationHeadline } from '../output/render-validation';
import { countOf } from '../output/time-text';
import { writeSummary } from '../output/write-summary';
import type { GateLogger } from '../logger';
import { runGate, type GateRun } from '../run/run-gate';
import { writeRunFiles } from '../run/write-files';
import { parseSettings, type GateSettings } from '../settings/settings';
import { isUserError } from '../user-error';
import { ACTION_INPUTS } from './input-names';
import { reportRefusedInputs } from './refused-inputs';

function readInputs(): Record<string, string> {
  return Object.fromEntries(ACTION_INPUTS.map((name) => [name, runner.getInput(name)]));
}

function actionLogger(redact: Redactor): GateLogger {
  return {
    info: (message) => runner.info(redact.text(message)),
    warning: (message) => runner.annotate('warning', redact.text(message)),
    debug: (message) => runner.debug(redact.text(message)),
  };
}

function runUrl(): string | null {
  const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } =
    process.env;
  return repository && runId ? `${server}/${repository}/actions/runs/${runId}` : null;
}

function setOutputs(run: GateRun, settings: GateSettings): void {
  const { document } = run;
  runner.setOutput('result', document.verdict);
  runner.setOutput('errors', document.counts.error);
  runner.setOutput('warnings', document.counts.warning);
  runner.setOutput('notices', document.counts.notice);
  runner.setOutput('exempted', document.counts.exempted);
  runner.setOutput('users', document.reports.reduce((sum, report) => sum + report.users, 0));
  const accounts = [...new Set(document.reports.map((report) => report.account).filter((id) => id !== null))];
  runner.setOutput('aws-account-id', accounts.join(','));
  const generated = document.reports.map((report) => report.generatedAt).filter((at) => at !== null);
  // With several accounts, the oldest report is the one a reader must know about.
  runner.setOutput('report-generated-at', generated.sort()[0] ?? '');
  runner.setOutput('json-file', settings.jsonFile ?? '');
  runner.setOutput('sarif-file', settings.sarifFile ?? '');
  // Without compare-policy there is no change to review: not weakened, nothing hidden or added.
  const review = document.policyChange;
  runner.setOutput('policy-weakened', review?.weakened === true ? 'true' : 'false');
  runner.setOutput('findings-hidden', review?.hidden.length ?? 0);
  runner.setOutput('findings-added', review?.added.length ?? 0);
  // Empty without a baseline (or when it could not be used): "0 new" would claim a comparison.
  runner.setOutput('new', document.baseline === null ? '' : document.baseline.new);
  runner.setOutput('fixed', document.baseline === null ? '' : document.baseline.fixed.length);
}

/** Outputs that are not the verdict: a failure here is a warning, never a changed result. */
async function postComment(run: GateRun, settings: GateSettings, redact: Redactor, log: GateLogger): Promise<void> {
  if (settings.comment === 'off') return;
  // Loaded only when a comment may be written: Octokit is a large share of start-up time.
  const [github, { commentMarker, commentPlan, renderPrComment, upsertPrComment }] = await Promise.all([
    import('@actions/github'),
    import('../output/pr-comment'),
  ]);
  const { eventName, payload, repo } = github.context;
  const pullRequest = payload.pull_request;
  // on-failure still updates an earlier comment when the run passes, so it never shows a stale failure.
  const plan = commentPlan(settings.comment, eventName, run.document.verdict);
  if (plan === 'none' || !pullRequest) {
    log.debug(`comment: '${settings.comment}' applies to pull_request events only (this is '${eventName}').`);
    return;
  }
  if (!settings.githubToken) {
    log.warning('comment: no github-token, so no pull request comment was written.');
    return;
  }
  // The marker comes from the configuration, not from what the run got, so a run that failed before any
  // report still finds (and updates) the comment of an earlier run of the same gate.
  const target = settings.accounts.length > 0 ? settings.accounts : [settings.roleToAssume ?? settings.reportFile ?? ''];
  const marker = commentMarker(settings.policy, target);
  const { body } = renderPrComment(run, { redact, runUrl: runUrl(), marker });
  await upsertPrComment({
    token: settings.githubToken,
    owner: repo.owner,
    repo: repo.repo,
    issueNumber: pullRequest.number,
    body,
    marker,
    log,
    create: plan === 'create-or-update',
  });
}

function announce(run: GateRun, settings: GateSettings, log: GateLogger): void {
  const { document } = run;
  for (const report of document.reports) {
    const generated = report.generatedAt ? `generated ${report.generatedAt}` : 'generation time unknown';
    log.info(`Report of account ${report.account ?? 'unknown'} (${report.source}, ${generated}): ${report.users} rows.`);
  }
  if (settings.mode === 'validate') {
    // Nothing was evaluated: say whether the policy is valid, and what looks wrong in it.
    log.info(validationHeadline(run, quoteInput(settings.policy)));
    for (const warning of run.policyWarnings) log.warning(warning);
    return;
  }
  log.info(`Policy ${quoteInput(document.policy.source)}; evaluated at ${document.evaluatedAt}; fail-on ${settings.failOn}.`);
  const { counts, policyChange: review } = document;
  if (review) {
    log.info(
      `Policy change against ${quoteInput(review.comparePolicy)}: ${review.weakened ? 'weakens the policy' : 'does not weaken the policy'}; ` +
        `hides ${review.hidden.length}, adds ${review.added.length} findings.`,
    );
  }
  log.info(
    `Verdict ${document.verdict}: ${countOf(counts.error, 'error')}, ${countOf(counts.warning, 'warning')}, ` +
      `${countOf(counts.notice, 'notice')}, ${counts.exempted} exempted.`,
  );
}

function verdictMessage(run: GateRun, settings: GateSettings, problems: readonly string[] = []): string | null {
  const { document } = run;
  if (document.verdict === 'error' || problems.length > 0) {
    return `The gate could not evaluate: ${[...document.errors, ...problems].join(' | ')}`;
  }
  if (document.verdict === 'fail') {
    const { error, warning } = verdictCounts(document.findings, document.counts, document.baseline);
    const kind = document.baseline?.newOnly ? 'new ' : '';
    const counted = settings.failOn === 'warning' ? `${countOf(error, `${kind}error`)} and ${countOf(warning, `${kind}warning`)}` : countOf(error, `${kind}error`);
    return `IAM credential report check failed: ${counted} (fail-on: ${settings.failOn}). See the job summary.`;
  }
  return null;
}

/** The action: inputs → settings → run → files, summary, annotations, comment, outputs → verdict. */
export async function runAction(): Promise<void> {
  let settings: GateSettings;
  const raw = readInputs();
  const cwd = process.cwd();
  try {
    settings = parseSettings(raw, Date.now(), cwd, process.env.GITHUB_WORKSPACE || cwd);
  } catch (error) {
    if (!isUserError(error)) throw error;
    await reportRefusedInputs(raw, error, { cwd, clockNow: Date.now(), log: actionLogger(createRedactor(true)), runUrl: runUrl() });
    return;
  }

  const redact = createRedactor(settings.redact);
  const log = actionLogger(redact);
  const run =
    settings.mode === 'merge'
      ? // Loaded only for a merge: it brings the document schema (zod) and the glob library.
        await (await import('../run/merge-run')).runMerge(settings, log)
      : await runGate(settings, {
          log,
          getIdToken: runner.getIdToken,
          oidcAvailable: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
          mask: runner.setSecret,
        });
  redact.learn(run);

  const problems: string[] = [];
  try {
    await writeRunFiles(run, settings, (name) => name, log);
  } catch (error) {
    if (!isUserError(error)) throw error;
    problems.push(error.message);
  }

  announce(run, settings, log);
  if (settings.summary) {
    const markdown =
      settings.mode === 'validate'
        ? renderValidationSummary(run, settings.policy)
        : renderSummaryParts(run, { now: settings.now, jsonFile: settings.jsonFile, redact, runUrl: runUrl() });
    await writeSummary(markdown, log);
  }
  // The verdict's error annotation comes before the findings': GitHub shows only a step's first 10 errors.
  const failure = verdictMessage(run, settings, problems);
  if (failure) runner.annotate('error', redact.text(failure));
  for (const annotation of buildAnnotations(run, { redact, jsonFile: settings.jsonFile })) {
    const { level, message, ...properties } = annotation;
    runner.annotate(level, message, properties);
  }
  try {
    await postComment(run, settings, redact, log);
  } catch (error) {
    log.warning(`Could not write the pull request comment: ${error instanceof Error ? error.message : String(error)}`);
  }

  // A file the user asked for that could not be written means the run did not do its job.
  if (problems.length > 0) {
    run.document.verdict = 'error';
    run.document.errors.push(...problems);
  }
  setOutputs(run, settings);
  // Its annotation was written first, above.
  if (failure) runner.markFailed();
}
