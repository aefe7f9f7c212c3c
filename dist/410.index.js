export const id = 410;
export const ids = [410];
export const modules = {

/***/ 3410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyBaseline: () => (/* binding */ applyBaseline)
});

// UNUSED EXPORTS: readBaseline

// EXTERNAL MODULE: ./src/files/untrusted-file.ts
var untrusted_file = __webpack_require__(4652);
// EXTERNAL MODULE: ./src/evaluate/finding-identity.ts
var finding_identity = __webpack_require__(737);
;// CONCATENATED MODULE: ./src/baseline/compare-baseline.ts

/**
 * The baseline join of the contract ("Baselines"), with the baseline's findings offered one at a
 * time as they are read: the index is over this run's findings (the gate holds them anyway), so of
 * the baseline only the fixed findings are ever kept. Linear in both sides.
 *
 * - A finding of this run is `unchanged` when a baseline finding that was not exempted there has its
 *   identity; run-level findings (no user) are always `new`. A finding exempted in the baseline is
 *   not a candidate, so once its exemption expires it is new.
 * - `fixed`: the candidates that no finding of this run matched, exempted or not (a finding
 *   exempted now is not fixed, only waived), in the baseline's order.
 * - Only the accounts this run evaluated take part: a shard, or an account that failed this time,
 *   neither fixes nor matches the baseline's other accounts. Run-level findings without an account
 *   (about the policy's exemptions) take part whenever the run evaluated a report.
 * - `new` and `unchanged` count findings not exempted, like `counts`; exempted ones are marked too.
 */
class BaselineJoin {
    findings;
    inScope;
    index;
    /** 1 where a candidate of the baseline has this run's finding's identity. */
    matched;
    fixed = [];
    /** `hash` is for tests, which force collisions. */
    constructor(findings, accounts, hash) {
        this.findings = findings;
        this.inScope = new Set(accounts);
        if (accounts.length > 0)
            this.inScope.add(null);
        this.index = new finding_identity/* FindingIndex */.OP(hash);
        for (let at = 0; at < findings.length; at += 1) {
            const finding = findings[at];
            this.inScope.add(finding.account);
            this.index.add(finding, at);
        }
        this.matched = new Uint8Array(findings.length);
    }
    /** One finding of the baseline's `findings`, in its order. Kept (as given) only if it is fixed. */
    offer(finding) {
        if (finding.exempted || !this.inScope.has(finding.account))
            return;
        let found = false;
        this.index.forEachMatch(finding, (at) => {
            this.matched[at] = 1;
            found = true;
        });
        if (!found)
            this.fixed.push(finding);
    }
    /** Forgets every finding offered so far (the baseline is being read again from its start). */
    restart() {
        this.matched = new Uint8Array(this.findings.length);
        this.fixed = [];
    }
    /** The run's findings marked, and the document's `baseline` section. */
    finish(baseline) {
        let fresh = 0;
        let unchanged = 0;
        const findings = this.findings.map((finding, at) => {
            const mark = finding.user !== null && this.matched[at] === 1 ? 'unchanged' : 'new';
            if (!finding.exempted) {
                if (mark === 'new')
                    fresh += 1;
                else
                    unchanged += 1;
            }
            return marked(finding, mark);
        });
        return {
            findings,
            summary: { file: baseline.file, evaluatedAt: baseline.evaluatedAt, newOnly: baseline.newOnly, new: fresh, unchanged, fixed: this.fixed },
        };
    }
}
/**
 * The finding with its mark, built field by field: `{ ...finding, baseline }` adds a key to a copy,
 * which V8 turns into a dictionary-mode object of ~600 bytes instead of ~150 (49 MiB more over the
 * 84 729 findings of a hundred accounts).
 */
function marked(finding, mark) {
    const copy = {
        rule: finding.rule,
        severity: finding.severity,
        status: finding.status,
        account: finding.account,
        user: finding.user,
        arn: finding.arn,
        credential: finding.credential,
        credentialCreated: finding.credentialCreated,
        ageDays: finding.ageDays,
        limit: finding.limit,
        message: finding.message,
        exempted: finding.exempted,
        exemption: finding.exemption,
        baseline: mark,
    };
    // The look-ups' fields only when their look-up was made (see enrich/finding-enrichment.ts).
    if (finding.accessKeyId !== undefined)
        copy.accessKeyId = finding.accessKeyId;
    if (finding.owner !== undefined)
        copy.owner = finding.owner;
    if (finding.service !== undefined)
        copy.service = finding.service;
    return copy;
}
/** The join over a baseline document already in memory. */
function compareWithBaseline(input) {
    const join = new BaselineJoin(input.findings, input.accounts);
    for (const finding of input.baseline.findings)
        join.offer(finding);
    return join.finish({ file: input.file, evaluatedAt: input.baseline.evaluatedAt, newOnly: input.newOnly });
}

// EXTERNAL MODULE: ./src/merge/read-findings-document.ts
var read_findings_document = __webpack_require__(955);
;// CONCATENATED MODULE: ./src/baseline/stream-findings-document.ts

/**
 * Reads a findings document without holding it whole: the writer (`serializeFindingsDocument`)
 * puts every finding of `findings`, `baseline.fixed` and `policyChange.hidden`/`added` on a line of
 * its own, so each such line is parsed and checked alone, and the rest (the head: counts, rules,
 * reports) is parsed at the end with the lists left empty. The findings go to `sink` as they come;
 * `policyChange` is only checked to be JSON (the document reader drops it).
 *
 * The result and every message are those of `readFindingsDocument`: a problem with a finding is
 * reported after the head's (schemaVersion first), the first finding's first. A document in any
 * other layout (pretty-printed by hand, minified), or one that is not JSON, is read again whole and
 * parsed at once, so it gets exactly the old behaviour; `sink.restart()` is called first.
 *
 * `open` gives the file's bytes in chunks, from the start, each time it is called.
 */
async function streamFindingsDocument(open, options, sink) {
    const reader = new LineLayoutReader(options, sink);
    const inLayout = await readLines(open(), (line) => reader.line(line));
    const head = inLayout ? reader.finish() : null;
    if (head !== null)
        return head;
    sink.restart();
    return readWhole(open, options, sink);
}
/**
 * Splits the chunks into lines (UTF-8 never has a 0x0A byte inside a character, so each line is
 * decoded on its own) and hands them over until `line` returns false. False if it stopped early.
 */
async function readLines(chunks, line) {
    // The start of a line that the previous chunks did not end.
    let carry = [];
    for await (const chunk of chunks) {
        let start = 0;
        for (let end = chunk.indexOf(0x0a, start); end !== -1; end = chunk.indexOf(0x0a, start)) {
            const text = carry.length === 0 ? chunk.toString('utf8', start, end) : Buffer.concat([...carry, chunk.subarray(start, end)]).toString('utf8');
            carry = [];
            start = end + 1;
            if (!line(text))
                return false;
        }
        if (start < chunk.length)
            carry.push(chunk.subarray(start));
    }
    // The last line, after the last newline (empty when the file ends with one).
    return line(Buffer.concat(carry).toString('utf8'));
}
/** The old way, for a document in another layout: the whole text, JSON.parse, then the checks. */
async function readWhole(open, options, sink) {
    const chunks = [];
    for await (const chunk of open())
        chunks.push(chunk);
    const document = (0,read_findings_document/* validateFindingsDocument */.aG)((0,read_findings_document/* parseFindingsJson */.o3)(Buffer.concat(chunks).toString('utf8'), options.file, options.use), options.file, options.use);
    const { findings, ...head } = document;
    for (const finding of findings)
        sink.finding(finding);
    if (!options.keepFixed && head.baseline !== null)
        head.baseline = { ...head.baseline, fixed: [] };
    return head;
}
const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const COMMA = 0x2c;
const CLOSE_BRACKET = 0x5d;
function isJsonSpace(code) {
    return code === SPACE || code === TAB || code === CR;
}
/**
 * The line-by-line reader. `line` returns false as soon as the document leaves the writer's layout
 * (or is not JSON there): the caller then reads it whole, which gives the right message if any.
 */
class LineLayoutReader {
    options;
    sink;
    head = [];
    scanner = new HeadScanner();
    /** The list whose lines are being read, or null in the head. */
    list = null;
    /** The list's last element ended with a comma: another must follow. */
    comma = false;
    counts = { findings: 0, fixed: 0, hidden: 0, added: 0 };
    streamed = new Set();
    /** The first invalid finding of each checked list: thrown after the head is checked. */
    problems = { findings: null, fixed: null };
    fixed = [];
    invalid;
    constructor(options, sink) {
        this.options = options;
        this.sink = sink;
        this.invalid = (0,read_findings_document/* invalidFindingsDocument */.Fr)(options.file, options.use);
    }
    line(text) {
        if (this.list !== null)
            return this.element(this.list, text);
        this.head.push(text);
        const opened = this.scanner.scan(text);
        if (this.scanner.confused)
            return false;
        if (opened !== null) {
            // A list seen twice would be a duplicate key, which the scanner refuses; kept as a guard.
            if (this.streamed.has(opened))
                return false;
            this.streamed.add(opened);
            this.list = opened;
            this.comma = false;
        }
        return true;
    }
    element(list, text) {
        let start = 0;
        let end = text.length;
        while (start < end && isJsonSpace(text.charCodeAt(start)))
            start += 1;
        while (end > start && isJsonSpace(text.charCodeAt(end - 1)))
            end -= 1;
        if (start === end)
            return true;
        if (text.charCodeAt(start) === CLOSE_BRACKET) {
            // The list's end: a comma before it would not be JSON.
            if (this.comma)
                return false;
            this.list = null;
            return this.line(text);
        }
        // An element must follow a comma, unless it is the first.
        if (this.counts[list] > 0 && !this.comma)
            return false;
        this.comma = text.charCodeAt(end - 1) === COMMA;
        let value;
        try {
            value = JSON.parse(this.comma ? text.slice(start, end - 1) : text);
        }
        catch {
            return false;
        }
        const index = this.counts[list];
        this.counts[list] = index + 1;
        if (list === 'findings') {
            const finding = this.check(list, value, ['findings', index]);
            if (finding !== null)
                this.sink.finding(finding);
        }
        else if (list === 'fixed') {
            const finding = this.check(list, value, ['baseline', 'fixed', index]);
            if (finding !== null && this.options.keepFixed)
                this.fixed.push(finding);
        }
        return true;
    }
    /** The finding, or null when it (or an earlier one of its list) is not valid. */
    check(list, value, at) {
        if (this.problems[list] !== null)
            return null;
        try {
            return (0,read_findings_document/* parseFinding */.jZ)(value, at, this.invalid);
        }
        catch (error) {
            this.problems[list] = error;
            return null;
        }
    }
    /** The head, checked, and the problems of the findings in the old order; null: read it whole. */
    finish() {
        if (this.list !== null || this.scanner.open)
            return null;
        let data;
        try {
            data = JSON.parse(this.head.join('\n'));
        }
        catch {
            return null;
        }
        const { document, invalid } = (0,read_findings_document/* checkDocumentHead */.gv)(data, this.options.file, this.options.use);
        const { findings, baseline, ...rest } = document;
        // What was streamed is left empty in the head, always; anything else is a bug here, not the file's.
        if ((this.streamed.has('findings') && findings.length > 0) || (this.streamed.has('fixed') && (baseline?.fixed.length ?? 0) > 0)) {
            return null;
        }
        if (this.streamed.has('findings')) {
            if (this.problems.findings !== null)
                throw this.problems.findings;
        }
        else {
            findings.forEach((finding, index) => this.sink.finding((0,read_findings_document/* parseFinding */.jZ)(finding, ['findings', index], invalid)));
        }
        if (baseline === null)
            return { ...rest, baseline: null };
        let fixed;
        if (this.streamed.has('fixed')) {
            if (this.problems.fixed !== null)
                throw this.problems.fixed;
            fixed = this.fixed;
        }
        else {
            fixed = baseline.fixed.map((finding, index) => (0,read_findings_document/* parseFinding */.jZ)(finding, ['baseline', 'fixed', index], invalid));
            if (!this.options.keepFixed)
                fixed = [];
        }
        return { ...rest, baseline: { ...baseline, fixed } };
    }
}
const LIST_PARENTS = new Set(['baseline', 'policyChange']);
/**
 * Follows the structure of the head's lines just enough to know where a line's final `[` opens
 * an array: the nesting, the keys of the two top levels, and strings (so a bracket in a user name
 * counts for nothing). Any doubt is `confused`; whatever it passes, JSON.parse checks in the end.
 */
class HeadScanner {
    confused = false;
    stack = [];
    /** Still inside the top-level value. */
    get open() {
        return this.stack.length > 0;
    }
    /** The list whose `[` ends `line` (only spaces after it), or null. */
    scan(line) {
        let opened = null;
        for (let i = 0; i < line.length; i += 1) {
            const char = line.charCodeAt(i);
            if (isJsonSpace(char))
                continue;
            opened = null;
            switch (char) {
                case 0x22: {
                    // '"': strings never span lines (JSON escapes newlines).
                    const end = stringEnd(line, i + 1);
                    if (end === -1)
                        return this.confuse();
                    this.string(line.slice(i + 1, end));
                    if (this.confused)
                        return null;
                    i = end;
                    break;
                }
                case 0x7b: // '{'
                    this.stack.push({ array: false, key: null, expectKey: true, keys: this.stack.length < 2 ? new Set() : null });
                    break;
                case 0x5b: // '['
                    opened = this.listAt();
                    this.stack.push({ array: true, key: null, expectKey: false, keys: null });
                    break;
                case 0x7d: // '}'
                case CLOSE_BRACKET:
                    if (this.stack.pop()?.array !== (char === CLOSE_BRACKET))
                        return this.confuse();
                    break;
                case 0x3a: {
                    // ':'
                    const top = this.stack.at(-1);
                    if (top !== undefined && !top.array)
                        top.expectKey = false;
                    break;
                }
                case COMMA: {
                    const top = this.stack.at(-1);
                    if (top !== undefined && !top.array)
                        top.expectKey = true;
                    break;
                }
                default:
                    // Numbers, true, false, null: nothing to follow.
                    break;
            }
        }
        return opened;
    }
    confuse() {
        this.confused = true;
        return null;
    }
    string(raw) {
        const top = this.stack.at(-1);
        if (top === undefined || top.array || !top.expectKey)
            return;
        let key = raw;
        if (raw.includes('\\')) {
            // An escaped key is the same key to JSON.parse ("fin\u0064ings" is findings).
            try {
                key = JSON.parse(`"${raw}"`);
            }
            catch {
                this.confused = true;
                return;
            }
        }
        // A duplicate key's last value wins in JSON.parse: a list read as streamed could be replaced.
        if (top.keys !== null) {
            if (top.keys.has(key))
                this.confused = true;
            top.keys.add(key);
        }
        top.key = key;
    }
    /** The list an array opened here would be, by the keys that lead to it. */
    listAt() {
        const [root, parent, more] = this.stack;
        if (root === undefined || root.array || root.expectKey || more !== undefined)
            return null;
        if (parent === undefined)
            return root.key === 'findings' ? 'findings' : null;
        if (parent.array || parent.expectKey || root.key === null || !LIST_PARENTS.has(root.key))
            return null;
        if (root.key === 'baseline')
            return parent.key === 'fixed' ? 'fixed' : null;
        return parent.key === 'hidden' || parent.key === 'added' ? parent.key : null;
    }
}
/** The index of the quote that ends the string starting at `from`, or -1 if the line ends first. */
function stringEnd(line, from) {
    for (let at = line.indexOf('"', from); at !== -1; at = line.indexOf('"', at + 1)) {
        let backslashes = 0;
        while (line.charCodeAt(at - 1 - backslashes) === 0x5c)
            backslashes += 1;
        if (backslashes % 2 === 0)
            return at;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/baseline/apply-baseline.ts



/**
 * Reads the `baseline` file, a findings document of schemaVersion 1, through the untrusted-file
 * checks (confined in the action, regular file, at most 256 MiB), a chunk at a time. Every problem
 * is a UserError naming the file and what is wrong, never quoting what it holds (a pull request may
 * control it).
 */
function streamBaseline(settings, path, sink, keepFixed) {
    const access = { cwd: settings.cwd, workspace: settings.workspace, input: 'baseline' };
    return streamFindingsDocument(() => (0,untrusted_file/* readUntrustedFileChunks */.$V)(path, 'baseline', access), { file: path, use: 'baseline', keepFixed }, sink);
}
/** The whole baseline document (the stage itself never holds it: see applyBaseline). */
async function readBaseline(settings, path) {
    let findings = [];
    const sink = {
        finding: (finding) => findings.push(finding),
        restart: () => {
            findings = [];
        },
    };
    const { baseline, policyChange, errors, ...head } = await streamBaseline(settings, path, sink, true);
    return { ...head, findings, baseline, policyChange, errors };
}
/**
 * The baseline stage of a run: this run's findings indexed, then the earlier document's findings
 * looked up in that index as they are read. Of the baseline, only the fixed findings are kept: a
 * baseline of a hundred accounts is tens of MB of text and more once parsed.
 */
async function applyBaseline(input) {
    const join = new BaselineJoin(input.findings, input.reports.map((report) => report.account));
    const baseline = await streamBaseline(input.settings, input.path, { finding: (finding) => join.offer(finding), restart: () => join.restart() }, false);
    if (baseline.verdict === 'error') {
        // Its missing findings only make more findings new: comparing still fails closed.
        input.log.warning(`The baseline ${input.path} has verdict 'error' (that run could not evaluate everything): findings it lacks count as new.`);
    }
    return join.finish({ file: input.path, evaluatedAt: baseline.evaluatedAt, newOnly: input.settings.newOnly });
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
