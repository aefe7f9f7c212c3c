export const id = 631;
export const ids = [631];
export const modules = {

/***/ 8631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_MAX_FINDINGS: () => (/* binding */ COMMENT_MAX_FINDINGS),
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   commentPlan: () => (/* binding */ commentPlan),
/* harmony export */   renderPrComment: () => (/* binding */ renderPrComment),
/* harmony export */   upsertPrComment: () => (/* binding */ upsertPrComment)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2413);
/* harmony import */ var _finding_groups__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1165);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8548);
/* harmony import */ var _render_summary__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8364);
/* harmony import */ var _time_text__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(678);






/** Findings listed in the comment; the rest are in the run's summary. */
const COMMENT_MAX_FINDINGS = 20;
const COMMENT_MAX_ERRORS = 10;
/** GitHub refuses a comment body over 65,536 characters. */
const COMMENT_MAX_CHARS = 60_000;
/**
 * The hidden line that finds our comment again: one comment per policy and account set, so two
 * gates in one workflow (say, prod and staging) keep separate comments.
 */
function commentMarker(policySource, accounts) {
    const key = JSON.stringify([policySource, [...new Set(accounts)].sort()]);
    return `<!-- iam-credential-gate:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 16)} -->`;
}
function findingRow(finding, redact, multiAccount) {
    return [
        `${_render_summary__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITY_ICON */ ._9[finding.severity]} ${finding.severity}`,
        (0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(finding.rule),
        ...(multiAccount ? [finding.account === null ? '—' : (0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(redact.account(finding.account))] : []),
        finding.user === null ? '—' : (0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(redact.user(finding.user)),
        finding.credential === null ? '—' : (0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(finding.credential),
        (0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .escapeText */ .X1)(redact.text(finding.message)),
    ];
}
/** A short comment for the pull request: verdict, counts, the most important findings, a link to the run. */
function renderPrComment(outcome, options) {
    const { document } = outcome;
    const { redact } = options;
    redact.learn(outcome);
    const accounts = (0,_finding_groups__WEBPACK_IMPORTED_MODULE_2__/* .accountsOf */ .s1)(document);
    const marker = options.marker ?? commentMarker(document.policy.source, accounts);
    const multiAccount = accounts.length > 1;
    const parts = [`${marker}\n`, (0,_render_summary__WEBPACK_IMPORTED_MODULE_3__/* .renderHeadline */ .Lf)(document, '###')];
    if (document.errors.length > 0) {
        const shown = document.errors.slice(0, COMMENT_MAX_ERRORS).map((error) => `- ${(0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .escapeText */ .X1)(redact.text(error).slice(0, 500))}`);
        if (document.errors.length > shown.length)
            shown.push(`- … and ${(0,_time_text__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B4)(document.errors.length - shown.length)} more`);
        parts.push(`${shown.join('\n')}\n\n`);
    }
    const facts = [`Policy ${(0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(document.policy.source, false)}`];
    if (accounts.length === 1 && accounts[0] !== undefined)
        facts.push(`account ${(0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(redact.account(accounts[0]), false)}`);
    if (multiAccount)
        facts.push(`${(0,_time_text__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B4)(accounts.length)} accounts`);
    const generated = document.reports.map((report) => report.generatedAt).filter((at) => at !== null).sort()[0];
    if (generated)
        facts.push(`report generated ${(0,_time_text__WEBPACK_IMPORTED_MODULE_4__/* .formatInstant */ .r4)(generated)}`);
    facts.push(`evaluated ${(0,_time_text__WEBPACK_IMPORTED_MODULE_4__/* .formatInstant */ .r4)(document.evaluatedAt)}`);
    parts.push(`${facts.join(' · ')}\n\n`);
    const open = document.findings.filter((finding) => !finding.exempted).sort(_finding_groups__WEBPACK_IMPORTED_MODULE_2__/* .byImportance */ .G5);
    if (open.length > 0) {
        const shown = open.slice(0, COMMENT_MAX_FINDINGS);
        const headers = ['Severity', 'Rule', ...(multiAccount ? ['Account'] : []), 'User', 'Credential', 'Finding'];
        parts.push(`${(0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(headers, shown.map((finding) => findingRow(finding, redact, multiAccount)))}\n\n`);
        if (open.length > shown.length) {
            parts.push(`… and ${(0,_time_text__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B4)(open.length - shown.length)} more findings in the job summary.\n\n`);
        }
    }
    parts.push(options.runUrl
        ? `${(0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .link */ .nf)('Full report in the workflow run', options.runUrl)} (job summary, annotations).\n`
        : 'The full report is in the job summary of the workflow run.\n');
    let body = parts.join('');
    if (body.length > COMMENT_MAX_CHARS)
        body = `${body.slice(0, COMMENT_MAX_CHARS)}\n\n… (cut: see the job summary)\n`;
    return { body, marker };
}
/**
 * What to do with the comment. `on-failure` still updates a comment written by an earlier failing
 * run, so a fixed pull request does not keep showing a stale failure.
 */
function commentPlan(mode, eventName, verdict) {
    if (mode === 'off' || !['pull_request', 'pull_request_target'].includes(eventName))
        return 'none';
    if (mode === 'always' || verdict !== 'pass')
        return 'create-or-update';
    return 'update-only';
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * Finds the comment with the marker and updates it, or creates one. A token that may not write
 * (a fork's pull request, no `pull-requests: write`) is a warning, never a failure: the comment
 * is a convenience, the verdict stands.
 */
async function upsertPrComment(request) {
    const { owner, repo, issueNumber, body, marker, log } = request;
    // Read here, not at import: @actions/github fixes its default base URL when first loaded.
    const baseUrl = process.env.GITHUB_API_URL;
    const octokit = _actions_github__WEBPACK_IMPORTED_MODULE_1__.getOctokit(request.token, baseUrl ? { baseUrl } : {});
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100,
        });
        const existing = comments.find((comment) => comment.body?.includes(marker));
        if (existing !== undefined) {
            const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
            log.info(`Updated the pull request comment: ${data.html_url}`);
            return { action: 'updated', id: data.id, url: data.html_url };
        }
        if (request.create === false)
            return { action: 'skipped', reason: 'no comment to update' };
        const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
        log.info(`Wrote the pull request comment: ${data.html_url}`);
        return { action: 'created', id: data.id, url: data.html_url };
    }
    catch (error) {
        const status = statusOf(error);
        const reason = status === 403 || status === 404
            ? `HTTP ${status}: the token may not write to this pull request. On pull requests from forks the ` +
                'GITHUB_TOKEN is read-only; elsewhere give the job `permissions: pull-requests: write`.'
            : error instanceof Error
                ? error.message
                : String(error);
        log.warning(`Could not write the pull request comment (the verdict is unchanged): ${reason}`);
        return { action: 'skipped', reason };
    }
}


/***/ })

};
