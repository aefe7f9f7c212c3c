export const id = 992;
export const ids = [992];
export const modules = {

/***/ 5992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyBaseline: () => (/* binding */ applyBaseline)
});

// UNUSED EXPORTS: readBaseline

// EXTERNAL MODULE: ./src/files/limits.ts
var limits = __webpack_require__(9507);
// EXTERNAL MODULE: ./src/files/untrusted-file.ts
var untrusted_file = __webpack_require__(4652);
// EXTERNAL MODULE: ./src/merge/read-findings-document.ts
var read_findings_document = __webpack_require__(955);
// EXTERNAL MODULE: ./src/user-error.ts
var user_error = __webpack_require__(7495);
// EXTERNAL MODULE: ./src/evaluate/finding-identity.ts
var finding_identity = __webpack_require__(737);
;// CONCATENATED MODULE: ./src/baseline/compare-baseline.ts

/**
 * The baseline join of the contract ("Baselines"): one hash index over the baseline's findings
 * that were not exempted there, looked up once per finding of this run, so the cost is linear in
 * both sides.
 *
 * - A finding of this run is `unchanged` when the index holds one with its identity; run-level
 *   findings (no user) are always `new`. A finding exempted in the baseline is not in the index,
 *   so once its exemption expires it is new.
 * - `fixed`: the indexed findings that no finding of this run matched, exempted or not (a finding
 *   exempted now is not fixed, only waived).
 * - Only the accounts this run evaluated take part: a shard, or an account that failed this time,
 *   neither fixes nor matches the baseline's other accounts. Run-level findings without an account
 *   (about the policy's exemptions) take part whenever the run evaluated a report.
 * - `new` and `unchanged` count findings not exempted, like `counts`; exempted ones are marked too.
 */
function compareWithBaseline(input) {
    const inScope = new Set(input.accounts);
    if (input.accounts.length > 0)
        inScope.add(null);
    for (const finding of input.findings)
        inScope.add(finding.account);
    const candidates = [];
    const index = new finding_identity/* FindingIndex */.OP();
    for (const finding of input.baseline.findings) {
        if (finding.exempted || !inScope.has(finding.account))
            continue;
        index.add(finding, candidates.length);
        candidates.push(finding);
    }
    const matched = new Uint8Array(candidates.length);
    let fresh = 0;
    let unchanged = 0;
    const findings = input.findings.map((finding) => {
        const same = index.lookup(finding);
        for (const at of same)
            matched[at] = 1;
        const mark = finding.user !== null && same.length > 0 ? 'unchanged' : 'new';
        if (!finding.exempted) {
            if (mark === 'new')
                fresh += 1;
            else
                unchanged += 1;
        }
        return { ...finding, baseline: mark };
    });
    return {
        findings,
        summary: {
            file: input.file,
            evaluatedAt: input.baseline.evaluatedAt,
            newOnly: input.newOnly,
            new: fresh,
            unchanged,
            fixed: candidates.filter((_, at) => matched[at] === 0),
        },
    };
}

;// CONCATENATED MODULE: ./src/baseline/apply-baseline.ts





/**
 * Reads the `baseline` file: a findings document of schemaVersion 1. Every problem is a UserError
 * naming the file and what is wrong, never quoting what it holds (a pull request may control it).
 */
async function readBaseline(settings, path) {
    // In steps, so the bytes and then the text can be dropped as soon as the next form exists: a
    // baseline of a hundred accounts is tens of MB of each.
    const data = (0,read_findings_document/* parseFindingsJson */.o3)(await readBaselineText(settings, path), path, 'baseline');
    return (0,read_findings_document/* validateFindingsDocument */.aG)(data, path, 'baseline');
}
async function readBaselineText(settings, path) {
    const file = await (0,untrusted_file/* readUntrustedFile */.HA)(path, 'baseline', { cwd: settings.cwd, workspace: settings.workspace, input: 'baseline' });
    if (file.bytes.length > limits/* MAX_FINDINGS_DOCUMENT_BYTES */.MR) {
        throw new user_error/* UserError */.yo(`baseline file ${path} is ${file.bytes.length} bytes, over the limit of ${limits/* MAX_FINDINGS_DOCUMENT_BYTES */.MR} bytes for a findings document; ` +
            'set baseline to the json-file of an earlier run.', { file: path });
    }
    return file.bytes.toString('utf8');
}
/** The baseline stage of a run: read the earlier document, then mark this run's findings against it. */
async function applyBaseline(input) {
    const baseline = await readBaseline(input.settings, input.path);
    if (baseline.verdict === 'error') {
        // Its missing findings only make more findings new: comparing still fails closed.
        input.log.warning(`The baseline ${input.path} has verdict 'error' (that run could not evaluate everything): findings it lacks count as new.`);
    }
    return compareWithBaseline({
        findings: input.findings,
        accounts: input.reports.map((report) => report.account),
        baseline,
        file: input.path,
        newOnly: input.settings.newOnly,
    });
}


/***/ }),

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qo: () => (/* binding */ readFindingsDocument),
/* harmony export */   aG: () => (/* binding */ validateFindingsDocument),
/* harmony export */   o3: () => (/* binding */ parseFindingsJson)
/* harmony export */ });
/* unused harmony exports findingSchema, readFindingsDocumentFile, invalidFindingsDocument, checkDocumentHead, parseFinding */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
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
