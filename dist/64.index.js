export const id = 64;
export const ids = [64];
export const modules = {

/***/ 8064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_MAX_FINDINGS: () => (/* binding */ COMMENT_MAX_FINDINGS),
  commentMarker: () => (/* binding */ commentMarker),
  commentPlan: () => (/* binding */ commentPlan),
  renderPrComment: () => (/* binding */ renderPrComment),
  upsertPrComment: () => (/* binding */ upsertPrComment)
});

// EXTERNAL MODULE: ./src/lazy-builtins.ts + 1 modules
var lazy_builtins = __webpack_require__(200);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/output/comment-author.ts
const WORKFLOW_TOKEN_AUTHOR = {
    login: 'github-actions[bot]',
    type: 'Bot',
    id: null,
    source: 'the workflow token (assumed)',
};
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function asBotLogin(login) {
    return login.endsWith('[bot]') ? login : `${login}[bot]`;
}
async function resolveCommentAuthor(octokit, log) {
    let integration = false;
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        const type = data.type === 'Bot' ? 'Bot' : 'User';
        return { login: data.login, type, id: data.id, source: 'GET /user' };
    }
    catch (error) {
        // 403 is the installation token's answer; anything else (a network fault) says nothing.
        integration = statusOf(error) === 403;
        log.debug(`comment: GET /user did not name the token's user (${statusOf(error) ?? String(error)}).`);
    }
    try {
        const { viewer } = await octokit.graphql('query { viewer { login } }');
        if (typeof viewer.login === 'string' && viewer.login !== '') {
            // Only an installation token gets here by a 403, and its identity is always a bot.
            return integration
                ? { login: asBotLogin(viewer.login), type: 'Bot', id: null, source: 'GraphQL viewer' }
                : { login: viewer.login, type: viewer.login.endsWith('[bot]') ? 'Bot' : 'User', id: null, source: 'GraphQL viewer' };
        }
    }
    catch (error) {
        log.debug(`comment: the GraphQL viewer did not name the token's identity (${statusOf(error) ?? String(error)}).`);
    }
    return WORKFLOW_TOKEN_AUTHOR;
}
/** Whether `user` (a comment's author, as REST gives it) is the token's own identity. */
function writtenBy(author, user) {
    if (user === null || user === undefined)
        return false;
    if (author.id !== null && typeof user.id === 'number')
        return user.id === author.id;
    if (typeof user.login !== 'string' || user.login.toLowerCase() !== author.login.toLowerCase())
        return false;
    // A user cannot be named `x[bot]`, but check the type where REST gives it anyway.
    return typeof user.type !== 'string' || user.type === author.type;
}

// EXTERNAL MODULE: ./src/output/finding-groups.ts
var finding_groups = __webpack_require__(1165);
// EXTERNAL MODULE: ./src/output/markdown.ts
var markdown = __webpack_require__(8548);
// EXTERNAL MODULE: ./src/output/render-baseline.ts
var render_baseline = __webpack_require__(6733);
// EXTERNAL MODULE: ./src/output/render-policy-review.ts
var render_policy_review = __webpack_require__(3829);
// EXTERNAL MODULE: ./src/output/render-summary.ts + 9 modules
var render_summary = __webpack_require__(8029);
// EXTERNAL MODULE: ./src/output/time-text.ts
var time_text = __webpack_require__(678);
;// CONCATENATED MODULE: ./src/output/pr-comment.ts









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
    return `<!-- iam-credential-gate:${(0,lazy_builtins/* sha256Hex */.fg)(key).slice(0, 16)} -->`;
}
function findingRow(finding, redact, multiAccount) {
    return [
        `${render_summary/* SEVERITY_ICON */._9[finding.severity]} ${finding.severity}`,
        (0,markdown/* code */.aY)(finding.rule),
        ...(multiAccount ? [finding.account === null ? '—' : (0,markdown/* code */.aY)(redact.account(finding.account))] : []),
        finding.user === null ? '—' : (0,markdown/* code */.aY)(redact.user(finding.user)),
        finding.credential === null ? '—' : (0,markdown/* code */.aY)(redact.text(finding.credential)),
        (0,markdown/* escapeText */.X1)(redact.text(finding.message)),
    ];
}
/** A short comment for the pull request: verdict, counts, the most important findings, a link to the run. */
function renderPrComment(outcome, options) {
    const { document } = outcome;
    const { redact } = options;
    redact.learn(outcome);
    const accounts = (0,finding_groups/* accountsOf */.s1)(document);
    const marker = options.marker ?? commentMarker(document.policy.source, accounts);
    const multiAccount = accounts.length > 1;
    const parts = [`${marker}\n`, (0,render_summary/* renderHeadline */.Lf)(document, '###')];
    const sinceBaseline = (0,render_baseline/* baselineHeadline */.sm)(document);
    if (sinceBaseline !== null)
        parts.push(`${sinceBaseline}\n\n`);
    if (document.policyChange) {
        parts.push((0,render_policy_review/* renderPolicyReviewMarkdown */.I)(document.policyChange, { redact, maxFindings: 10, heading: '####' }));
    }
    if (document.errors.length > 0) {
        const shown = document.errors.slice(0, COMMENT_MAX_ERRORS).map((error) => `- ${(0,markdown/* escapeMessage */.hC)(redact.text(error).slice(0, 500))}`);
        if (document.errors.length > shown.length)
            shown.push(`- … and ${(0,time_text/* formatCount */.B4)(document.errors.length - shown.length)} more`);
        parts.push(`${shown.join('\n')}\n\n`);
    }
    const facts = [`Policy ${(0,markdown/* code */.aY)(document.policy.source, false)}`];
    if (accounts.length === 1 && accounts[0] !== undefined)
        facts.push(`account ${(0,markdown/* code */.aY)(redact.account(accounts[0]), false)}`);
    if (multiAccount)
        facts.push(`${(0,time_text/* formatCount */.B4)(accounts.length)} accounts`);
    const generated = document.reports.map((report) => report.generatedAt).filter((at) => at !== null).sort()[0];
    if (generated)
        facts.push(`report generated ${(0,time_text/* formatInstant */.r4)(generated)}`);
    facts.push(`evaluated ${(0,time_text/* formatInstant */.r4)(document.evaluatedAt)}`);
    parts.push(`${facts.join(' · ')}\n\n`);
    const open = document.findings.filter((finding) => !finding.exempted).sort(finding_groups/* byImportance */.G5);
    if (document.baseline !== null) {
        parts.push((0,render_baseline/* renderBaselineComment */.zk)(document, { redact, multiAccount, maxRows: COMMENT_MAX_FINDINGS }));
    }
    else if (open.length > 0) {
        const shown = open.slice(0, COMMENT_MAX_FINDINGS);
        const headers = ['Severity', 'Rule', ...(multiAccount ? ['Account'] : []), 'User', 'Credential', 'Finding'];
        parts.push(`${(0,markdown/* table */.tp)(headers, shown.map((finding) => findingRow(finding, redact, multiAccount)))}\n\n`);
        if (open.length > shown.length) {
            parts.push(`… and ${(0,time_text/* formatCount */.B4)(open.length - shown.length)} more findings in the job summary.\n\n`);
        }
    }
    parts.push(options.runUrl
        ? `${(0,markdown/* link */.nf)('Full report in the workflow run', options.runUrl)} (job summary, annotations).\n`
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
function pr_comment_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * Finds the comment with the marker that the token's own identity wrote and updates it, or
 * creates one: a comment someone else planted with our marker is never edited. A token that may not write
 * (a fork's pull request, no `pull-requests: write`) is a warning, never a failure: the comment
 * is a convenience, the verdict stands.
 */
async function upsertPrComment(request) {
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
            log.info(`${marked.length} comment(s) carry this gate's marker but were not written by ${author.login}: ` +
                'they are left alone and a comment of its own is written.');
        }
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
        const status = pr_comment_statusOf(error);
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
