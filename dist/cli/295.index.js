export const id = 295;
export const ids = [295];
export const modules = {

/***/ 8295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMerge: () => (/* binding */ runMerge)
});

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./src/user-error.ts
var user_error = __webpack_require__(7495);
;// CONCATENATED MODULE: ./src/merge/findings-files.ts


/**
 * The findings documents a merge joins, from paths and globs (`findings-files`, or the CLI's
 * arguments): a glob expands to the files it matches, relative to `cwd` and sorted, so the list
 * does not depend on the file system's order. A glob that matches nothing is an error: a shard
 * whose artifact is missing must not let the merge pass without it. A plain path is kept as given
 * (reading it says whether it exists).
 */
async function expandFindingsFiles(entries, cwd, input) {
    const files = [];
    for (const entry of entries) {
        if (!(0,dist/* isDynamicPattern */.ey)(entry)) {
            files.push(entry);
            continue;
        }
        const matches = await (0,dist/* glob */.TI)(entry, { cwd, onlyFiles: true, expandDirectories: false, dot: false });
        if (matches.length === 0) {
            throw new user_error/* UserError */.yo(`${input} has the pattern '${entry}', which matches no file (looked in ${cwd}). ` +
                'Did a shard fail before writing its document, or was its artifact not downloaded?');
        }
        files.push(...matches.sort());
    }
    return [...new Set(files)];
}

// EXTERNAL MODULE: ./src/files/untrusted-file.ts
var untrusted_file = __webpack_require__(4652);
;// CONCATENATED MODULE: ./src/baseline/merge-baselines.ts
/**
 * The `baseline` section of merged documents (the shards of one run, each compared with the same
 * baseline): counts summed, fixed findings concatenated (each shard evaluated other accounts, so
 * none is listed twice). `new-only` holds only when every document was compared with it on, so a
 * merge never counts fewer findings than one of its shards did. null when none had a baseline.
 */
function mergeBaselines(documents) {
    const summaries = documents.map((document) => document.baseline ?? null);
    const present = summaries.filter((summary) => summary !== null);
    const [first] = present;
    if (first === undefined)
        return null;
    const files = [...new Set(present.map((summary) => summary.file))];
    const earliest = present
        .map((summary) => summary.evaluatedAt)
        .reduce((at, other) => (Date.parse(other) < Date.parse(at) ? other : at));
    return {
        file: files.join(', '),
        evaluatedAt: earliest,
        newOnly: present.length === summaries.length && present.every((summary) => summary.newOnly),
        new: present.reduce((sum, summary) => sum + summary.new, 0),
        unchanged: present.reduce((sum, summary) => sum + summary.unchanged, 0),
        fixed: present.flatMap((summary) => summary.fixed),
    };
}

// EXTERNAL MODULE: ./src/baseline/verdict-counts.ts
var verdict_counts = __webpack_require__(9235);
// EXTERNAL MODULE: ./src/evaluate/evaluate-incremental.ts
var evaluate_incremental = __webpack_require__(2853);
// EXTERNAL MODULE: ./src/evaluate/verdict.ts
var verdict = __webpack_require__(6250);
;// CONCATENATED MODULE: ./src/merge/merge-documents.ts





function sortReports(reports) {
    // Unknown accounts last; ties keep document order (the sort is stable).
    return [...reports].sort((a, b) => {
        if (a.account === b.account)
            return 0;
        if (a.account === null)
            return 1;
        if (b.account === null)
            return -1;
        return a.account < b.account ? -1 : 1;
    });
}
function rejectDuplicateAccounts(documents) {
    const seen = new Map();
    for (const { file, document } of documents) {
        for (const report of document.reports) {
            if (report.account === null)
                continue;
            const earlier = seen.get(report.account);
            if (earlier !== undefined) {
                const where = earlier === file ? `twice in ${file}` : `in both ${earlier} and ${file}`;
                throw new user_error/* UserError */.yo(`Account ${report.account} was evaluated ${where}; merge the documents of one run's shards, each once ` +
                    '(did two jobs get the same shard, or is a file listed twice?).');
            }
            seen.set(report.account, file);
        }
    }
}
function samePolicy(documents) {
    const [first] = documents;
    const source = first?.document.policy.source ?? '';
    const other = documents.find(({ document }) => document.policy.source !== source);
    if (first && other) {
        throw new user_error/* UserError */.yo(`${first.file} was evaluated with policy '${source}' but ${other.file} with '${other.document.policy.source}'; ` +
            'merge documents of shards of one run, which share one policy.');
    }
    return source;
}
function mergeErrors(documents) {
    const errors = new Set();
    for (const { file, document } of documents) {
        for (const message of document.errors)
            errors.add(message);
        // Never fail open: a document that says `error` without saying why still makes the merge `error`.
        if (document.verdict === 'error' && document.errors.length === 0) {
            errors.add(`${file} has verdict 'error' but no error message.`);
        }
    }
    return [...errors];
}
/**
 * Joins the findings documents of several runs (the shards of a matrix) into the document one run
 * over all their accounts would have written: reports and findings concatenated and re-sorted,
 * run-level exemption findings combined as one run would report them, counts, rule summary and verdict recomputed with `failOn`.
 * Any document's error makes the merged verdict `error`. `evaluatedAt` is the earliest of the
 * documents' (the age every finding was at least computed at). Pure.
 */
function mergeFindingsDocuments(documents, options) {
    if (documents.length === 0) {
        throw new user_error/* UserError */.yo('merge needs at least one findings document: iam-credential-gate merge shard-1.json shard-2.json …');
    }
    const policySource = samePolicy(documents);
    rejectDuplicateAccounts(documents);
    // A document whose rules are empty evaluated nothing (its run failed first).
    const findings = (0,evaluate_incremental/* combineFindings */.g$)(documents.map(({ document }) => ({ findings: document.findings, evaluated: document.rules.length > 0 })));
    const counts = (0,evaluate_incremental/* countFindings */.Gt)(findings);
    const errors = mergeErrors(documents);
    const baseline = mergeBaselines(documents.map(({ document }) => document));
    const evaluatedAt = documents
        .map(({ document }) => document.evaluatedAt)
        .reduce((earliest, at) => (Date.parse(at) < Date.parse(earliest) ? at : earliest));
    return {
        schemaVersion: 1,
        tool: { name: 'iam-credential-gate', version: options.version },
        evaluatedAt: new Date(Date.parse(evaluatedAt)).toISOString(),
        verdict: (0,verdict/* decideVerdict */.A)((0,verdict_counts/* verdictCounts */.U)(findings, counts, baseline), options.failOn, errors),
        failOn: options.failOn,
        policy: { source: policySource },
        reports: sortReports(documents.flatMap(({ document }) => document.reports)),
        counts,
        rules: (0,evaluate_incremental/* summarizeRules */.Xr)(documents.flatMap(({ document }) => document.rules), findings),
        findings,
        baseline,
        // Shards' policy change reviews are not joined (yet): their policy-weakened findings are kept.
        policyChange: null,
        errors,
    };
}

// EXTERNAL MODULE: ./src/merge/read-findings-document.ts
var read_findings_document = __webpack_require__(955);
;// CONCATENATED MODULE: ./src/merge/merge-files.ts



/**
 * Reads the findings documents (already expanded from globs) and joins them into the outcome one
 * run over all their accounts would have had. Shared by the CLI's `merge` and the action's
 * `mode: merge`. Every problem is a UserError naming the file.
 */
async function mergeFindingsFiles(files, options) {
    const documents = [];
    for (const file of files) {
        const { bytes } = await (0,untrusted_file/* readUntrustedFile */.HA)(file, 'findings', options.access);
        documents.push({ file, document: (0,read_findings_document/* readFindingsDocument */.Qo)(bytes.toString('utf8'), file) });
    }
    const document = mergeFindingsDocuments(documents, { failOn: options.failOn, version: options.version });
    // The policy is not at hand (only its name travels in the documents), so no exemption details.
    return { document, policy: null, exemptions: [] };
}

// EXTERNAL MODULE: ./src/output/log-text.ts
var log_text = __webpack_require__(1211);
// EXTERNAL MODULE: ./src/output/redact.ts
var output_redact = __webpack_require__(5784);
// EXTERNAL MODULE: ./src/output/render-summary.ts + 9 modules
var render_summary = __webpack_require__(8029);
// EXTERNAL MODULE: ./src/run/write-files.ts + 4 modules
var write_files = __webpack_require__(4385);
// EXTERNAL MODULE: ./src/settings/output-paths.ts
var output_paths = __webpack_require__(8165);
// EXTERNAL MODULE: ./src/settings/settings.ts
var settings = __webpack_require__(7100);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
// EXTERNAL MODULE: ./src/cli/cli-options.ts
var cli_options = __webpack_require__(2391);
// EXTERNAL MODULE: ./src/cli/cli-output.ts + 2 modules
var cli_output = __webpack_require__(2706);
// EXTERNAL MODULE: ./src/cli/parse-flags.ts
var parse_flags = __webpack_require__(8311);
;// CONCATENATED MODULE: ./src/cli/run-merge.ts













function parseFailOn(value) {
    if (value === undefined)
        return 'error';
    if (value === 'error' || value === 'warning' || value === 'never')
        return value;
    throw new user_error/* UserError */.yo(`--fail-on is '${value}'; use error, warning or never.`);
}
/**
 * `merge a.json b.json …`: one verdict and summary for the documents of several runs (the shards of
 * a matrix). The shell expands globs; the documents are read in the order given, but the result
 * does not depend on it.
 */
async function runMerge(args, io) {
    // `merge --help` is answered by runCli, from the same option table.
    const { values, positionals } = (0,parse_flags/* parseCommandArgs */.Q)('merge', cli_options/* MERGE_OPTIONS */.WZ, args);
    const format = (0,cli_output/* parseFormat */.Xc)(values.format);
    const failOn = parseFailOn(values['fail-on']);
    const renderAt = values.now === undefined ? null : (0,settings/* parseInstant */.nV)(values.now, '--now');
    if (positionals.length === 0) {
        throw new user_error/* UserError */.yo('merge needs the findings documents to join: iam-credential-gate merge shard-*.json');
    }
    // The shell expands globs; a quoted one (or a shell without globbing) is expanded here.
    const files = await expandFindingsFiles(positionals, io.cwd, 'merge');
    const jsonFile = values['json-file'] ?? null;
    (0,output_paths/* checkOutputPaths */.s)({
        outputs: (0,output_paths/* runPaths */.O)({ 'json-file': jsonFile ?? '', 'summary-file': values['summary-file'] ?? '' }).outputs,
        inputs: files.map((path) => ({ input: 'findings document', path })),
    }, io.cwd);
    const outcome = await mergeFindingsFiles(files, {
        failOn,
        version: version/* TOOL_VERSION */.wr,
        access: { cwd: io.cwd, workspace: null, input: 'merge' },
    });
    const { document } = outcome;
    // Without --now, report ages are shown as of the evaluation, so the output depends on the documents alone.
    const now = renderAt ?? Date.parse(document.evaluatedAt);
    const redact = (0,output_redact/* createRedactor */.l)(Boolean(values.redact));
    redact.learn(document);
    if (jsonFile !== null) {
        await (0,write_files/* writeFindingsDocument */.tz)(io.cwd, jsonFile, document, '--json-file');
    }
    const summaryFile = values['summary-file'];
    if (summaryFile !== undefined) {
        await (0,write_files/* writeOutputFile */.BF)(io.cwd, summaryFile, `${(0,render_summary/* renderSummary */.Br)(outcome, { now, jsonFile, redact })}\n`, '--summary-file');
    }
    (0,cli_output/* printOutcome */.is)(outcome, format, io, redact, now);
    for (const message of document.errors)
        io.stderr(`error: ${(0,log_text/* capText */.yA)(redact.text(message))}\n`);
    return cli_output/* EXIT */.dc[document.verdict];
}


/***/ }),

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fr: () => (/* binding */ invalidFindingsDocument),
/* harmony export */   Qo: () => (/* binding */ readFindingsDocument),
/* harmony export */   aG: () => (/* binding */ validateFindingsDocument),
/* harmony export */   gv: () => (/* binding */ checkDocumentHead),
/* harmony export */   jZ: () => (/* binding */ parseFinding),
/* harmony export */   o3: () => (/* binding */ parseFindingsJson)
/* harmony export */ });
/* unused harmony exports findingSchema, readFindingsDocumentFile */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4377);
/* harmony import */ var _files_untrusted_file__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4652);
/* harmony import */ var _user_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7495);



const severity = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['error', 'warning', 'notice']);
const nullableText = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable();
/** Exported for the tests that hold the hand-written check (isFinding) to it. */
const findingSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    rule: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    severity,
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['violation', 'upcoming']),
    account: nullableText,
    user: nullableText,
    arn: nullableText,
    credential: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['password', 'mfa', 'access_key_1', 'access_key_2', 'cert_1', 'cert_2']),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .templateLiteral */ .Uy$(['service_credential:', zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .templateLiteral */ .Uy$(['ssh_key:', zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]),
    ])
        .nullable(),
    credentialCreated: nullableText,
    ageDays: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
    limit: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
    message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    exempted: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    exemption: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), owner: nullableText, expires: nullableText }).nullable(),
    // 1.0 wrote no marks: absent is "no baseline".
    baseline: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['new', 'unchanged']).nullable().default(null),
    // 1.1 look-ups (`enrich`): present only when the look-up was made.
    accessKeyId: nullableText.optional(),
    owner: nullableText.optional(),
    service: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
});
const countsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    error: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    warning: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    notice: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    exempted: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
});
// Unknown keys are dropped rather than refused: a later 1.x may add fields to schemaVersion 1.
// The findings are checked one by one afterwards (see checkFindings), not copied all at once.
const documentSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    tool: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('iam-credential-gate'), version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }),
    evaluatedAt: zod__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$(),
    verdict: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['pass', 'fail', 'error']),
    failOn: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['error', 'warning', 'never']),
    policy: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ source: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }),
    reports: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        account: nullableText,
        generatedAt: nullableText,
        source: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['aws', 'file']),
        users: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    })),
    counts: countsSchema,
    rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        enabled: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        severity,
        findings: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        // Older writers left it out; the merge recounts it from the findings anyway.
        exempted: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().default(0),
    })),
    findings: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()),
    baseline: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        evaluatedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        newOnly: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        new: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        unchanged: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        fixed: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()),
    })
        .nullable()
        .default(null),
    errors: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
});
function describePath(path) {
    let text = '';
    for (const key of path)
        text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
    return text || 'the document';
}
const WHAT_TO_PASS = {
    merge: 'pass the json-file written by iam-credential-gate.',
    baseline: 'set baseline to the json-file of an earlier run of iam-credential-gate.',
};
/**
 * Reads and parses a findings document that a pull request may control (`baseline`, merge inputs):
 * through the untrusted-file reader (confined in the action, regular file, at most 256 MiB).
 */
async function readFindingsDocumentFile(path, kind, access) {
    const { bytes } = await readUntrustedFile(path, kind, access);
    return readFindingsDocument(bytes.toString('utf8'), path);
}
/**
 * Where JSON.parse stopped, when it says. Its sentences also quote the text ("Unexpected token
 * 's', "secret…" is not valid JSON"), and a document's content is never shown in a message.
 */
function jsonErrorPlace(text, error) {
    const offset = /at position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    if (offset === undefined)
        return '';
    const before = text.slice(0, Number(offset));
    const line = before.split('\n').length;
    const column = Number(offset) - before.lastIndexOf('\n');
    return ` at line ${line}, column ${column}`;
}
/**
 * Parses one findings document (`json-file` of a run) and checks it is schemaVersion 1 of this tool.
 * `file` names it in every message, so a bad artifact among many is easy to find. A `baseline` is a
 * file a pull request may control: its messages say where it is wrong, never what it holds.
 */
function readFindingsDocument(text, file, use = 'merge') {
    return validateFindingsDocument(parseFindingsJson(text, file, use), file, use);
}
/** JSON.parse with the messages of readFindingsDocument (a baseline's only say where). */
function parseFindingsJson(text, file, use = 'merge') {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        // V8's message quotes the text around the error: only its position is kept.
        const place = jsonErrorPlace(text, error);
        if (use === 'baseline')
            throw new _user_error__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file} is not JSON (invalid${place}); ${WHAT_TO_PASS[use]}`, { file });
        throw new _user_error__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file} is not JSON (invalid${place}); pass the json-file written by iam-credential-gate.`);
    }
}
/**
 * Checks parsed JSON is a findings document of schemaVersion 1. The findings are checked and
 * replaced one at a time in their array, so a document of 500 000 findings is never held twice.
 */
function validateFindingsDocument(data, file, use = 'merge') {
    const { document, invalid } = checkDocumentHead(data, file, use);
    const { findings, baseline } = document;
    checkFindings(findings, ['findings'], invalid);
    if (baseline !== null)
        checkFindings(baseline.fixed, ['baseline', 'fixed'], invalid);
    return {
        ...document,
        findings: findings,
        baseline: baseline === null ? null : { ...baseline, fixed: baseline.fixed },
    };
}
/** The messages of a document that is not valid: where (`findings[12].severity`) and what, never its content. */
function invalidFindingsDocument(file, use) {
    return (issue, prefix) => {
        const where = issue ? describePath([...prefix, ...issue.path]) : 'the document';
        return new _user_error__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file} is not a valid findings document: ${where}: ${issue?.message ?? 'invalid'}. ` +
            (use === 'baseline'
                ? 'Set baseline to the json-file of an earlier run of iam-credential-gate, unedited.'
                : 'Pass the json-file written by iam-credential-gate, unedited.'));
    };
}
/**
 * The first half of validateFindingsDocument, for a reader that checks the findings as they come
 * (the streamed `baseline`): schemaVersion, then everything but the findings, in that order.
 */
function checkDocumentHead(data, file, use) {
    const version = data?.schemaVersion;
    if (typeof data !== 'object' || data === null || Array.isArray(data) || version === undefined) {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file} is not a findings document (no schemaVersion); ${WHAT_TO_PASS[use]}`);
    }
    if (version !== 1) {
        if (use === 'baseline') {
            const shown = typeof version === 'number' && Number.isSafeInteger(version) ? `schemaVersion ${version}` : 'a schemaVersion that is not a number';
            throw new _user_error__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file} has ${shown}; this version of iam-credential-gate compares with schemaVersion 1 only. ` +
                'Use a baseline written by the same major version.');
        }
        throw new _user_error__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file} has a schemaVersion other than 1; this version of iam-credential-gate reads schemaVersion 1 only. ` +
            'Produce every document with the same major version.');
    }
    const invalid = invalidFindingsDocument(file, use);
    const parsed = documentSchema.safeParse(data);
    if (!parsed.success)
        throw invalid(parsed.error.issues[0], []);
    const { findings, baseline, errors, ...head } = parsed.data;
    // The merge does not join policy change reviews; their policy-weakened findings are kept.
    return { document: { ...head, findings, baseline, policyChange: null, errors }, invalid };
}
/** Validates each finding and puts the parsed one in its place (unknown keys dropped, defaults added). */
function checkFindings(findings, at, invalid) {
    for (let index = 0; index < findings.length; index += 1) {
        findings[index] = parseFinding(findings[index], [...at, index], invalid);
    }
}
/**
 * One finding of a document, checked: the finding as `findingSchema` returns it (unknown keys
 * dropped, `baseline` defaulted), or the UserError for its first issue, placed at `at`.
 */
function parseFinding(value, at, invalid) {
    // The hand-written check accepts only what the schema accepts; what it refuses goes to the
    // schema, for its message (or, should the two ever differ, for its verdict).
    if (isFinding(value))
        return copyFinding(value);
    const parsed = findingSchema.safeParse(value);
    if (!parsed.success)
        throw invalid(parsed.error.issues[0], at);
    return parsed.data;
}
const SEVERITIES = new Set(severity.options);
const STATUSES = new Set(['violation', 'upcoming']);
const CREDENTIALS = new Set(['password', 'mfa', 'access_key_1', 'access_key_2', 'cert_1', 'cert_2']);
const MARKS = new Set(['new', 'unchanged']);
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value) => typeof value === 'string';
const isNullableText = (value) => value === null || typeof value === 'string';
const isNullableNumber = (value) => value === null || (typeof value === 'number' && Number.isFinite(value));
function isCredential(value) {
    if (value === null || CREDENTIALS.has(value))
        return true;
    return typeof value === 'string' && (value.startsWith('service_credential:') || value.startsWith('ssh_key:'));
}
/**
 * `findingSchema` by hand, a few times cheaper (a baseline holds a hundred thousand findings). It may
 * refuse more than the schema, never less: parseFinding asks the schema about whatever it refuses.
 */
function isFinding(value) {
    if (!isRecord(value))
        return false;
    const exemption = value.exemption;
    return (isText(value.rule) &&
        SEVERITIES.has(value.severity) &&
        STATUSES.has(value.status) &&
        isNullableText(value.account) &&
        isNullableText(value.user) &&
        isNullableText(value.arn) &&
        isCredential(value.credential) &&
        isNullableText(value.credentialCreated) &&
        isNullableNumber(value.ageDays) &&
        isNullableNumber(value.limit) &&
        isText(value.message) &&
        typeof value.exempted === 'boolean' &&
        (exemption === null ||
            (isRecord(exemption) && isText(exemption.reason) && isNullableText(exemption.owner) && isNullableText(exemption.expires))) &&
        (value.baseline === undefined || value.baseline === null || MARKS.has(value.baseline)) &&
        (value.accessKeyId === undefined || isNullableText(value.accessKeyId)) &&
        (value.owner === undefined || isNullableText(value.owner)) &&
        (value.service === undefined || isText(value.service)));
}
/** What the schema returns for a valid finding: its keys in the schema's order, nothing else. */
function copyFinding(value) {
    const { exemption } = value;
    const copy = {
        rule: value.rule,
        severity: value.severity,
        status: value.status,
        account: value.account,
        user: value.user,
        arn: value.arn,
        credential: value.credential,
        credentialCreated: value.credentialCreated,
        ageDays: value.ageDays,
        limit: value.limit,
        message: value.message,
        exempted: value.exempted,
        exemption: exemption === null ? null : { reason: exemption.reason, owner: exemption.owner, expires: exemption.expires },
        baseline: value.baseline ?? null,
    };
    if (value.accessKeyId !== undefined)
        copy.accessKeyId = value.accessKeyId;
    if (value.owner !== undefined)
        copy.owner = value.owner;
    if (value.service !== undefined)
        copy.service = value.service;
    return copy;
}


/***/ })

};
