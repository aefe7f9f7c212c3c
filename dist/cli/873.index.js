export const id = 873;
export const ids = [873];
export const modules = {

/***/ 4873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runExplain: () => (/* binding */ runExplain)
});

// EXTERNAL MODULE: ./src/evaluate/evaluate.ts + 1 modules
var evaluate = __webpack_require__(6475);
// EXTERNAL MODULE: ./src/evaluate/exemptions.ts
var evaluate_exemptions = __webpack_require__(2171);
// EXTERNAL MODULE: ./src/evaluate/verdict.ts
var verdict = __webpack_require__(6250);
// EXTERNAL MODULE: ./src/policy/did-you-mean.ts
var did_you_mean = __webpack_require__(607);
// EXTERNAL MODULE: ./src/rules/registry.ts + 9 modules
var registry = __webpack_require__(6205);
// EXTERNAL MODULE: ./src/user-error.ts
var user_error = __webpack_require__(7495);
// EXTERNAL MODULE: ./src/rules/age.ts
var age = __webpack_require__(2504);
;// CONCATENATED MODULE: ./src/explain/rule-facts.ts

const KEY_ACTIVE = ['access_key_1_active', 'access_key_2_active'];
const KEY_DATES = ['access_key_1_active', 'access_key_1_last_rotated', 'access_key_2_active', 'access_key_2_last_rotated'];
const KEY_USE = [
    'access_key_1_active',
    'access_key_1_last_rotated',
    'access_key_1_last_used_date',
    'access_key_2_active',
    'access_key_2_last_rotated',
    'access_key_2_last_used_date',
];
const PASSWORD = ['password_enabled', 'password_last_used', 'password_last_changed', 'user_creation_time'];
const CERTS = ['cert_1_active', 'cert_1_last_rotated', 'cert_2_active', 'cert_2_last_rotated'];
/** The look-up rules read data the report does not hold; without it (`explain` makes no look-ups) they judge nothing. */
const lookedUp = (what) => () => `the rule reads ${what}, a look-up beyond the report (enrich) that explain does not make`;
const noActiveKey = (row) => row.accessKeys.some((key) => key.active) ? null : 'the user has no active access key';
const noPassword = (row) => row.passwordEnabled === true ? null : 'the user has no console password';
/**
 * What `explain` shows beside each rule's outcome. The outcome itself always comes from the rule's
 * own evaluate (see explain-user.ts); these only say which values it looked at, and when a rule
 * that found nothing had nothing to look at. A test checks every rule of the registry has an entry.
 */
const RULE_FACTS = {
    'root-access-keys': { columns: KEY_ACTIVE },
    'root-mfa': { columns: ['password_enabled', 'mfa_active', ...KEY_ACTIVE] },
    'root-recent-use': { columns: ['password_last_used', 'access_key_1_last_used_date', 'access_key_2_last_used_date'] },
    'root-signing-certificates': { columns: ['cert_1_active', 'cert_2_active'] },
    'mfa-for-console': { columns: ['password_enabled', 'mfa_active', 'user_creation_time'], notApplicable: noPassword },
    'mfa-for-all-users': { columns: ['mfa_active', 'user_creation_time'] },
    'access-key-max-age': { columns: KEY_DATES, notApplicable: noActiveKey },
    'access-key-unused': { columns: KEY_USE, notApplicable: noActiveKey },
    'password-unused': { columns: PASSWORD, notApplicable: noPassword },
    'single-active-access-key': { columns: KEY_DATES },
    'no-initial-access-key': {
        columns: ['password_enabled', 'user_creation_time', ...KEY_USE],
        notApplicable: (row) => noPassword(row) ?? noActiveKey(row),
    },
    'password-max-age': { columns: ['password_enabled', 'password_last_changed'], notApplicable: noPassword },
    'signing-certificate-max-age': {
        columns: CERTS,
        notApplicable: (row) => (row.certs.some((cert) => cert.active) ? null : 'the user has no active signing certificate'),
    },
    'console-access-forbidden': { columns: ['password_enabled'] },
    'access-keys-forbidden': { columns: KEY_ACTIVE },
    'console-user-access-keys': { columns: ['password_enabled', ...KEY_ACTIVE], notApplicable: noPassword },
    'user-inactive': {
        columns: ['password_enabled', 'password_last_used', 'access_key_1_active', 'access_key_1_last_used_date',
            'access_key_2_active', 'access_key_2_last_used_date', 'cert_1_active', 'cert_2_active', 'user_creation_time'],
        notApplicable: (row) => row.passwordEnabled === true || row.accessKeys.some((key) => key.active) || row.certs.some((cert) => cert.active)
            ? null
            : 'the user holds no enabled credential',
    },
    'service-credential-max-age': { columns: [], notApplicable: lookedUp('service-specific credentials') },
    'service-credential-no-expiry': { columns: [], notApplicable: lookedUp('service-specific credentials') },
    'ssh-key-max-age': { columns: [], notApplicable: lookedUp('SSH public keys') },
    'root-hardware-mfa': { columns: ['mfa_active'], notApplicable: lookedUp('the virtual MFA devices') },
    'access-key-region': {
        columns: ['access_key_1_active', 'access_key_1_last_used_region', 'access_key_2_active', 'access_key_2_last_used_region'],
        notApplicable: noActiveKey,
    },
    'additional-credentials': { columns: ['additional_credentials_info'] },
};
function dateValue(column, field, now) {
    if (field.kind !== 'date')
        return { column, value: field.kind, ageDays: null };
    return { column, value: new Date(field.at).toISOString(), ageDays: (0,age/* ageInDays */.QR)(field.at, now) };
}
function factValue(row, column, now) {
    const plain = (value) => ({ column, value, ageDays: null });
    const key = /^access_key_([12])_(.+)$/.exec(column);
    if (key) {
        const slot = row.accessKeys[Number(key[1]) - 1];
        if (slot === undefined)
            return plain('N/A');
        switch (key[2]) {
            case 'active':
                return plain(String(slot.active));
            case 'last_rotated':
                return dateValue(column, slot.lastRotated, now);
            case 'last_used_date':
                return dateValue(column, slot.lastUsed, now);
            default:
                return plain(slot.lastUsedRegion ?? 'N/A');
        }
    }
    const cert = /^cert_([12])_(.+)$/.exec(column);
    if (cert) {
        const slot = row.certs[Number(cert[1]) - 1];
        if (slot === undefined)
            return plain('N/A');
        return cert[2] === 'active' ? plain(String(slot.active)) : dateValue(column, slot.lastRotated, now);
    }
    switch (column) {
        case 'user_creation_time':
            return dateValue(column, row.userCreationTime, now);
        case 'password_enabled':
            return plain(String(row.passwordEnabled));
        case 'password_last_used':
            return dateValue(column, row.passwordLastUsed, now);
        case 'password_last_changed':
            return dateValue(column, row.passwordLastChanged, now);
        case 'mfa_active':
            return plain(String(row.mfaActive));
        default:
            return plain(row.additionalCredentialsInfo ?? 'N/A');
    }
}

;// CONCATENATED MODULE: ./src/explain/explain-user.ts







/** The row `--user NAME` or `--arn ARN` names; a UserError with a did-you-mean when none does. */
function findUserRow(rows, who) {
    if ('user' in who) {
        const row = rows.find((candidate) => candidate.user === who.user);
        if (row !== undefined)
            return row;
        const names = rows.map((candidate) => candidate.user);
        const match = (0,did_you_mean/* closestMatch */.h0)(who.user, names);
        const hint = match === undefined ? ` (it has ${names.length === 1 ? '1 user' : `${names.length} users`}).` : `; did you mean '${match}'?`;
        throw new user_error/* UserError */.yo(`No user '${who.user}' in the credential report${hint} Names are case-sensitive; the root account is <root_account>.`);
    }
    const row = rows.find((candidate) => candidate.arn === who.arn);
    if (row !== undefined)
        return row;
    const match = (0,did_you_mean/* closestMatch */.h0)(who.arn, rows.map((candidate) => candidate.arn));
    throw new user_error/* UserError */.yo(`No user with ARN '${who.arn}' in the credential report${match === undefined ? '.' : `; did you mean '${match}'?`}`);
}
function countOwn(findings) {
    const counts = { error: 0, warning: 0, notice: 0, exempted: 0 };
    for (const finding of findings)
        counts[finding.exempted ? 'exempted' : finding.severity] += 1;
    return counts;
}
/** The outcome of a rule that found nothing: passed, or not applicable (with why). */
function passReason(rule, row) {
    const definition = registry/* RULES */.y0.find((candidate) => candidate.id === rule);
    const appliesTo = definition?.appliesTo ?? 'user';
    if (appliesTo === 'root' && !row.isRoot)
        return { outcome: 'not-applicable', reason: 'a root rule: it judges only the root account' };
    if (appliesTo === 'user' && row.isRoot)
        return { outcome: 'not-applicable', reason: 'a user rule: it does not judge the root account' };
    const missing = RULE_FACTS[rule].notApplicable?.(row) ?? null;
    if (missing !== null)
        return { outcome: 'not-applicable', reason: `nothing to judge: ${missing}` };
    return { outcome: 'passed', reason: definition?.title ?? rule };
}
/**
 * Every enabled rule's outcome for one row of a report, with the values it used. The findings come
 * from `evaluate` itself, run on that row with the same policy and instant as `check`, so an
 * outcome cannot differ from what `check` reports; rule-facts.ts only adds which values were read
 * and, for a rule that found nothing, whether it had anything to judge. Pure.
 */
function explainUser(input) {
    const { report, row, policy, now, failOn } = input;
    const evaluation = (0,evaluate/* evaluate */._)({ reports: [{ account: report.account, rows: [row] }], policy, now });
    const own = evaluation.findings.filter((finding) => finding.user === row.user && finding.arn === row.arn);
    const prepared = policy.exemptions.map((exemption, index) => (0,evaluate_exemptions/* prepareExemption */.hF)(exemption, index, now));
    const rules = [];
    for (const definition of registry/* RULES */.y0) {
        const configured = policy.rules.find((rule) => rule.id === definition.id);
        if (configured === undefined || !configured.enabled)
            continue;
        const id = definition.id;
        const findings = own.filter((finding) => finding.rule === id);
        const exemptions = [];
        for (const finding of findings) {
            if (!finding.exempted)
                continue;
            // The first matching exemption in policy order is the one evaluate applied.
            const applied = prepared.find((candidate) => candidate.matches(finding));
            if (applied === undefined || exemptions.some((ref) => ref.number === applied.index + 1))
                continue;
            const { reason, owner, expires } = applied.exemption;
            exemptions.push({ number: applied.index + 1, where: (0,evaluate_exemptions/* describeExemption */.vS)(applied), reason, owner, expires });
        }
        const failing = findings.filter((finding) => !finding.exempted);
        const judged = failing.length > 0
            ? { outcome: 'failed', reason: failing.map((finding) => finding.message).join(' ') }
            : findings.length > 0
                ? {
                    outcome: 'exempted',
                    reason: `${findings.map((finding) => finding.message).join(' ')} Exempted by ${exemptions
                        .map((ref) => `${ref.where}: "${ref.reason}"`)
                        .join('; ')}.`,
                }
                : passReason(id, row);
        rules.push({
            rule: id,
            title: definition.title,
            severity: configured.severity,
            ...judged,
            params: { ...definition.defaults, ...configured.params },
            // A rule for the other kind of row read nothing of this one.
            values: (definition.appliesTo === 'root') === row.isRoot
                ? RULE_FACTS[id].columns.map((column) => factValue(row, column, now))
                : [],
            findings,
            exemptions,
        });
    }
    return {
        user: row.user,
        arn: row.arn,
        account: report.account ?? row.accountId,
        evaluatedAt: new Date(now).toISOString(),
        policy: policy.source,
        failOn,
        verdict: (0,verdict/* decideVerdict */.A)(countOwn(own), failOn, []) === 'fail' ? 'fail' : 'pass',
        rules,
    };
}

// EXTERNAL MODULE: ./src/output/time-text.ts
var time_text = __webpack_require__(678);
;// CONCATENATED MODULE: ./src/explain/render-explanation.ts

const MARK = {
    failed: 'FAILED  ',
    exempted: 'EXEMPTED',
    passed: 'passed  ',
    'not-applicable': 'n/a     ',
};
/** Control characters from a hand-edited report must not reach the terminal. */
function printable(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
function paramsText(params) {
    const entries = Object.entries(params).map(([name, value]) => `${name}=${Array.isArray(value) ? `[${value.join(', ')}]` : String(value)}`);
    return entries.length === 0 ? '' : entries.join(', ');
}
function ruleLines(rule) {
    const lines = [`${MARK[rule.outcome]}  ${rule.rule} (${rule.severity})  ${printable(rule.reason)}`];
    const params = paramsText(rule.params);
    if (params)
        lines.push(`            limits: ${params}`);
    const values = rule.values.map((value) => `${value.column}=${printable(value.value)}${value.ageDays === null ? '' : ` (${value.ageDays} d ago)`}`);
    if (values.length > 0)
        lines.push(`            read: ${values.join(', ')}`);
    return lines;
}
/** `explain`'s text: who, when, under which policy, then one block per enabled rule, failures first. */
function renderExplanation(explanation) {
    const order = ['failed', 'exempted', 'passed', 'not-applicable'];
    const rules = [...explanation.rules].sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome));
    const count = (outcome) => explanation.rules.filter((rule) => rule.outcome === outcome).length;
    const lines = [
        `${explanation.verdict === 'fail' ? 'FAIL' : 'PASS'}  ${printable(explanation.user)} (${printable(explanation.arn)})`,
        `account ${explanation.account ?? 'unknown'} · policy ${printable(explanation.policy)} · evaluated ${(0,time_text/* formatInstant */.r4)(explanation.evaluatedAt)} · fail-on ${explanation.failOn}`,
        `${count('failed')} failed, ${count('exempted')} exempted, ${count('passed')} passed, ${count('not-applicable')} not applicable`,
        '',
        ...rules.flatMap(ruleLines),
    ];
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/run/run-gate.ts + 14 modules
var run_gate = __webpack_require__(2112);
// EXTERNAL MODULE: ./src/cli/cli-options.ts
var cli_options = __webpack_require__(2391);
// EXTERNAL MODULE: ./src/cli/parse-flags.ts
var parse_flags = __webpack_require__(8311);
;// CONCATENATED MODULE: ./src/cli/run-explain.ts






/**
 * `explain --user NAME | --arn ARN`: gets the report as `check` does (a saved file or AWS), then
 * prints every enabled rule's outcome for that user. Exit 0 when the user's findings pass
 * `--fail-on`, 1 when they fail it, 2 for any error (an unknown user included).
 */
async function runExplain(args, context) {
    const { values, positionals } = (0,parse_flags/* parseCommandArgs */.Q)('explain', cli_options/* EXPLAIN_OPTIONS */.t4, args);
    if (positionals.length > 0) {
        throw new user_error/* UserError */.yo(`Unexpected argument '${positionals[0]}' for 'explain'; name the user with --user NAME or --arn ARN.`);
    }
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json')
        throw new user_error/* UserError */.yo(`--format is '${format}'; use table or json.`);
    const { user, arn } = values;
    if ((user === undefined) === (arn === undefined)) {
        throw new user_error/* UserError */.yo('explain needs exactly one of --user NAME or --arn ARN (the root account is --user "<root_account>").');
    }
    const settings = await context.settingsOf(values);
    const run = await (0,run_gate/* runGate */.R)(settings, context.dependencies());
    const [report] = run.reports;
    if (run.document.errors.length > 0 || run.policy === null || report === undefined) {
        for (const message of run.document.errors)
            context.stderr(`error: ${message}\n`);
        return 2;
    }
    const row = findUserRow(report.input.rows, user === undefined ? { arn: arn ?? '' } : { user });
    const explanation = explainUser({
        report: report.input,
        row,
        policy: run.policy,
        now: settings.now,
        failOn: settings.failOn,
    });
    context.stdout(format === 'json' ? `${JSON.stringify(explanation, null, 2)}\n` : `${renderExplanation(explanation)}\n`);
    return explanation.verdict === 'fail' ? 1 : 0;
}


/***/ })

};
