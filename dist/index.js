import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9235:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ verdictCounts)
/* harmony export */ });
/* harmony import */ var _evaluate_evaluate_incremental__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2853);

/**
 * The counts the verdict is decided on. With `new-only`, only the findings marked `new` (and not
 * exempted) count, so an old violation that was already there in the baseline never fails the
 * run; `fail-on` still picks the severities. Otherwise every finding not exempted counts.
 */
function verdictCounts(findings, counts, baseline) {
    if (baseline === null || !baseline.newOnly)
        return counts;
    return (0,_evaluate_evaluate_incremental__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(findings.filter((finding) => finding.baseline === 'new'));
}


/***/ }),

/***/ 4992:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ planLookUps),
/* harmony export */   r: () => (/* binding */ LOOK_UP_PERMISSIONS)
/* harmony export */ });
/* harmony import */ var _evaluate_evaluate__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6475);
/* harmony import */ var _rules_registry__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1018);
/**
 * Which look-ups a run makes, decided once from the settings and the policy (pure; no SDK). A
 * look-up is made only when `enrich` asks for it, and a rule look-up only when a rule that reads
 * it is enabled: `enrich: all` under `builtin:recommended` lists no SSH keys, since no rule there
 * would look at them. Key ids and owners are looked up only for the users that have findings.
 */


/** Each look-up with the one IAM permission it needs. */
const LOOK_UP_PERMISSIONS = {
    'access-key-ids': 'iam:ListAccessKeys',
    'service-credentials': 'iam:ListServiceSpecificCredentials',
    'ssh-keys': 'iam:ListSSHPublicKeys',
    'mfa-devices': 'iam:ListVirtualMFADevices',
    'user-tags': 'iam:ListUserTags',
};
const RULE_LOOK_UPS = ['service-credentials', 'ssh-keys', 'mfa-devices'];
function enabledLookUpRules(policy) {
    const enabled = new Set(policy.rules.filter((rule) => rule.enabled).map((rule) => rule.id));
    const needed = new Set();
    for (const rule of _rules_registry__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y0) {
        if (rule.lookUp !== undefined && enabled.has(rule.id))
            needed.add(rule.lookUp.enrich);
    }
    return needed;
}
/** null when `enrich` asks for nothing. */
function planLookUps(settings, policy) {
    if (settings.enrich.length === 0)
        return null;
    const needed = enabledLookUpRules(policy);
    const lookUps = settings.enrich.filter((value) => !RULE_LOOK_UPS.includes(value) || needed.has(value));
    const skipped = settings.enrich.filter((value) => !lookUps.includes(value));
    return {
        lookUps,
        skipped,
        ownerTag: settings.ownerTag,
        usersToLookUp(report) {
            const keyUsers = new Set();
            const findingUsers = new Set();
            for (const finding of (0,_evaluate_evaluate__WEBPACK_IMPORTED_MODULE_0__/* .evaluate */ ._)({ reports: [report], policy, now: settings.now }).findings) {
                if (finding.user === null || finding.arn?.endsWith(':root') === true)
                    continue;
                findingUsers.add(finding.user);
                if (finding.credential === 'access_key_1' || finding.credential === 'access_key_2')
                    keyUsers.add(finding.user);
            }
            return { keyUsers: [...keyUsers], findingUsers: [...findingUsers] };
        },
    };
}


/***/ }),

/***/ 2853:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   Qd: () => (/* binding */ detachFromReport),
/* harmony export */   RY: () => (/* binding */ startEvaluation),
/* harmony export */   Xr: () => (/* binding */ summarizeRules),
/* harmony export */   g$: () => (/* binding */ combineFindings)
/* harmony export */ });
/* harmony import */ var _evaluate__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6475);
/* harmony import */ var _sort_findings__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8390);


function isRunLevel(finding, rule) {
    return finding.rule === rule && finding.account === null && finding.user === null;
}
/**
 * Joins parts of one run. Row findings belong to one account and are kept as they are. Every part
 * repeats the run-level exemption findings: an expired exemption is reported once, and an
 * exemption is unused in the run only when every part that evaluated something found it unused
 * (its message names the exemption by number and position, so equal messages are one exemption).
 */
function combineFindings(parts) {
    const kept = [];
    const expired = new Set();
    const unused = new Map();
    let evaluatedParts = 0;
    for (const part of parts) {
        if (part.evaluated)
            evaluatedParts += 1;
        const unusedHere = new Set();
        for (const finding of part.findings) {
            // Repeated by every part, like an expired exemption: a rule-not-evaluated notice is about the policy.
            if (isRunLevel(finding, 'exemption-expired') || isRunLevel(finding, 'rule-not-evaluated')) {
                if (!expired.has(finding.message))
                    kept.push(finding);
                expired.add(finding.message);
            }
            else if (isRunLevel(finding, 'exemption-unused')) {
                unusedHere.add(finding.message);
                if (!unused.has(finding.message))
                    unused.set(finding.message, { finding, parts: 0 });
            }
            else {
                kept.push(finding);
            }
        }
        if (!part.evaluated)
            continue;
        for (const message of unusedHere) {
            const entry = unused.get(message);
            if (entry)
                entry.parts += 1;
        }
    }
    for (const { finding, parts: count } of unused.values()) {
        if (count === evaluatedParts)
            kept.push(finding);
    }
    return (0,_sort_findings__WEBPACK_IMPORTED_MODULE_1__/* .sortFindings */ .Tc)(kept);
}
/** The rule summary of `rules` (ids, enabled, severity in their order) recounted from `findings`. */
function summarizeRules(rules, findings) {
    const summary = new Map();
    for (const rule of rules) {
        if (!summary.has(rule.id)) {
            summary.set(rule.id, { id: rule.id, enabled: rule.enabled, severity: rule.severity, findings: 0, exempted: 0 });
        }
    }
    for (const finding of findings) {
        const rule = summary.get(finding.rule);
        if (rule === undefined)
            continue;
        rule.findings += 1;
        if (finding.exempted)
            rule.exempted += 1;
    }
    return [...summary.values()];
}
/** Exempted findings count as exempted only; the others by severity. */
function countFindings(findings) {
    const counts = { error: 0, warning: 0, notice: 0, exempted: 0 };
    for (const finding of findings) {
        if (finding.exempted)
            counts.exempted += 1;
        else
            counts[finding.severity] += 1;
    }
    return counts;
}
/**
 * User names and ARNs (and messages built from them) are slices of the report's CSV text, and a
 * slice keeps its whole parent string alive: kept as they are, findings would hold every account's
 * CSV in memory to the end of the run. structuredClone copies a string into memory of its own.
 */
function detachFromReport(finding) {
    return {
        ...finding,
        user: finding.user === null ? null : structuredClone(finding.user),
        arn: finding.arn === null ? null : structuredClone(finding.arn),
        message: structuredClone(finding.message),
    };
}
function startEvaluation(policy, now) {
    // Nothing evaluated yet: every exemption in force is unused, every expired one is reported.
    const empty = (0,_evaluate__WEBPACK_IMPORTED_MODULE_0__/* .evaluate */ ._)({ reports: [], policy, now });
    const parts = [];
    const applied = empty.exemptions.map(() => 0);
    return {
        add(report) {
            const part = (0,_evaluate__WEBPACK_IMPORTED_MODULE_0__/* .evaluate */ ._)({ reports: [report], policy, now });
            const findings = part.findings.map(detachFromReport);
            parts.push({ findings, evaluated: true });
            part.exemptions.forEach((use, index) => {
                applied[index] = (applied[index] ?? 0) + use.applied;
            });
            return findings;
        },
        finish() {
            const findings = combineFindings(parts.length > 0 ? parts : [{ findings: empty.findings, evaluated: true }]);
            const exemptions = empty.exemptions.map((use, index) => ({
                exemption: use.exemption,
                applied: applied[index] ?? 0,
                expired: use.expired,
            }));
            return { findings, rules: summarizeRules(empty.rules, findings), counts: countFindings(findings), exemptions };
        },
    };
}


/***/ }),

/***/ 6475:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _: () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: ./src/rules/registry.ts + 10 modules
var registry = __nccwpck_require__(1018);
// EXTERNAL MODULE: ./src/rules/describe-credential.ts
var describe_credential = __nccwpck_require__(82);
;// CONCATENATED MODULE: ./src/enrich/finding-enrichment.ts

const SECOND_MS = 1_000;
/**
 * The key whose creation time is the slot's `last_rotated`. The report gives seconds, the API may
 * give milliseconds, so both are compared to the second. Two keys created in the same second (a
 * script) cannot be told apart by the report: then the earlier-created goes to slot 1 and the other
 * to slot 2, so each finding still names a key that exists and the two never name the same one.
 */
function matchAccessKey(keys, credentialCreated, slot, otherSlotCreated) {
    if (credentialCreated === null)
        return null;
    const second = Math.floor(Date.parse(credentialCreated) / SECOND_MS);
    const same = keys.filter((key) => Math.floor(key.created / SECOND_MS) === second).sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1));
    if (same.length === 0)
        return null;
    if (same.length === 1)
        return same[0]?.id ?? null;
    const otherSecond = otherSlotCreated === null ? null : Math.floor(Date.parse(otherSlotCreated) / SECOND_MS);
    // Both slots in the same second: slot 1 is the first of the two, slot 2 the second.
    if (otherSecond === second)
        return same[Math.min(slot - 1, same.length - 1)]?.id ?? null;
    return same[0]?.id ?? null;
}
function withKeyId(message, label, id) {
    return message.includes(label) ? message.replace(label, `${label} (${id})`) : `${message} Key: ${id}.`;
}
function accessKeyFields(finding, row, lookups) {
    const credential = finding.credential;
    if (lookups.accessKeys === undefined || row.isRoot || (credential !== 'access_key_1' && credential !== 'access_key_2'))
        return null;
    const keys = lookups.accessKeys.get(row.user);
    if (keys === undefined)
        return null;
    const slot = credential === 'access_key_1' ? 1 : 2;
    const other = row.accessKeys[slot === 1 ? 1 : 0].lastRotated;
    const id = matchAccessKey(keys, finding.credentialCreated, slot, other.kind === 'date' ? new Date(other.at).toISOString() : null);
    if (id === null) {
        return {
            accessKeyId: null,
            message: `${finding.message} The key no longer exists: it was deleted since the report was generated.`,
            command: null,
        };
    }
    return {
        accessKeyId: id,
        message: withKeyId(finding.message, (0,describe_credential/* credentialLabel */.a)(credential), id),
        command: `Deactivate it: aws iam update-access-key --user-name ${row.user} --access-key-id ${id} --status Inactive`,
    };
}
function enrichmentOf(finding, row, hit, lookups) {
    let message = finding.message;
    let command = null;
    const added = {};
    if (lookups !== undefined) {
        const key = accessKeyFields(finding, row, lookups);
        if (key !== null) {
            added.accessKeyId = key.accessKeyId;
            message = key.message;
            command = key.command;
        }
        if (lookups.owners !== undefined && !row.isRoot && lookups.owners.has(row.user)) {
            const owner = lookups.owners.get(row.user) ?? null;
            added.owner = owner;
            if (owner !== null)
                message = `${message} Owner: ${owner}.`;
        }
    }
    if (command !== null)
        message = `${message} ${command}`;
    if (hit.service !== undefined)
        added.service = hit.service;
    return { ...finding, message, ...added };
}

// EXTERNAL MODULE: ./src/evaluate/exemptions.ts
var evaluate_exemptions = __nccwpck_require__(2171);
// EXTERNAL MODULE: ./src/evaluate/run-finding.ts
var run_finding = __nccwpck_require__(6402);
// EXTERNAL MODULE: ./src/evaluate/sort-findings.ts
var sort_findings = __nccwpck_require__(8390);
;// CONCATENATED MODULE: ./src/evaluate/evaluate.ts





/**
 * The policy's enabled rules in registry order, their params completed with the rule's defaults.
 * The loader has validated and completed the params already; the defaults only fill in a policy
 * built by hand that leaves some out.
 */
function activeRules(configured) {
    const active = [];
    for (const definition of registry/* RULES */.y0) {
        const entry = configured.find((rule) => rule.id === definition.id);
        if (entry === undefined || !entry.enabled)
            continue;
        active.push({ definition, configured: entry, params: { ...definition.defaults, ...entry.params } });
    }
    return active;
}
/**
 * The text as one string of characters. A message built from a template literal is, in V8, a tree
 * of its pieces (~230 bytes for a typical message against ~90 flat), and a large account keeps
 * thousands of them through every garbage collection until the summary reads them, which flattens
 * them anyway. Reading one character flattens the string in place; the value is the same.
 */
function flattened(text) {
    text.charCodeAt(0);
    return text;
}
function rowFinding(rule, report, row, hit) {
    const status = hit.status ?? 'violation';
    const finding = {
        rule: rule.definition.id,
        severity: status === 'upcoming' ? 'warning' : rule.configured.severity,
        status,
        account: report.account ?? row.accountId,
        user: row.user,
        arn: row.arn,
        credential: hit.credential,
        credentialCreated: hit.credentialCreated,
        ageDays: hit.ageDays,
        limit: hit.limit,
        message: flattened(hit.message),
        exempted: false,
        exemption: null,
    };
    return report.lookups === undefined && hit.service === undefined ? finding : enrichmentOf(finding, row, hit, report.lookups);
}
/**
 * One row through its rules. A function of its own, called once per row, so that V8 optimises it
 * after a few hundred rows; as the body of evaluate's loop it waited for on-stack replacement.
 */
function evaluateRow(row, rules, run) {
    const { report, context, exemptions, tally, findings } = run;
    for (let k = 0; k < rules.length; k += 1) {
        const rule = rules[k];
        const hits = rule.definition.evaluate(row, rule.params, context);
        for (let h = 0; h < hits.length; h += 1) {
            const finding = rowFinding(rule, report, row, hits[h]);
            findings.push(exemptions.length === 0 ? finding : applyExemptions(finding, exemptions, tally));
        }
    }
}
/**
 * The rows by user name (code-unit order; rows of one name in report order). Only a head start for
 * sortFindings, which decides the order: each rule's findings then come out nearly sorted, so its
 * sort is one pass instead of n log n comparisons of three keys. AWS writes rows ordered by name
 * already (case aside), so this sort is mostly a pass too.
 */
function inUserOrder(rows) {
    for (let i = 1; i < rows.length; i += 1) {
        if ((0,sort_findings/* compareText */.n6)(rows[i - 1].user, rows[i].user) > 0) {
            return sortedByUser(rows);
        }
    }
    return rows;
}
/**
 * The rows by user name, rows of one name in report order. The names are sorted by the default
 * sort, which compares strings by code unit (compareText's order) inside V8: a comparator in
 * JavaScript is called ~60 000 times for 5 000 names, mostly before V8 has optimised it.
 */
function sortedByUser(rows) {
    const byUser = new Map();
    for (let i = 0; i < rows.length; i += 1) {
        const row = rows[i];
        const same = byUser.get(row.user);
        if (same === undefined)
            byUser.set(row.user, [row]);
        else
            same.push(row);
    }
    const names = [...byUser.keys()].sort();
    const sorted = [];
    for (let i = 0; i < names.length; i += 1) {
        const same = byUser.get(names[i]);
        for (let j = 0; j < same.length; j += 1)
            sorted.push(same[j]);
    }
    return sorted;
}
function applyExemptions(finding, exemptions, tally) {
    let first;
    for (const candidate of exemptions) {
        if (!candidate.matches(finding))
            continue;
        tally.matched[candidate.index] = (tally.matched[candidate.index] ?? 0) + 1;
        first ??= candidate;
    }
    if (first === undefined)
        return finding;
    tally.applied[first.index] = (tally.applied[first.index] ?? 0) + 1;
    const { reason, owner, expires } = first.exemption;
    return { ...finding, exempted: true, exemption: { reason, owner, expires } };
}
/** The verdict's counts and each rule's, in one pass over the findings. */
function countFindings(findings) {
    const counts = { error: 0, warning: 0, notice: 0, exempted: 0 };
    const perRule = new Map();
    for (let i = 0; i < findings.length; i += 1) {
        const finding = findings[i];
        let rule = perRule.get(finding.rule);
        if (rule === undefined) {
            rule = { findings: 0, exempted: 0 };
            perRule.set(finding.rule, rule);
        }
        rule.findings += 1;
        if (finding.exempted) {
            rule.exempted += 1;
            counts.exempted += 1;
        }
        else {
            counts[finding.severity] += 1;
        }
    }
    return { counts, perRule };
}
function summarize(configured, perRule) {
    const order = new Map(registry/* RULES */.y0.map((rule, index) => [rule.id, index]));
    return configured
        .filter((rule) => order.has(rule.id))
        .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
        .map((rule) => ({
        id: rule.id,
        enabled: rule.enabled,
        severity: rule.severity,
        findings: perRule.get(rule.id)?.findings ?? 0,
        exempted: perRule.get(rule.id)?.exempted ?? 0,
    }));
}
/**
 * Applies the policy to every row of every report at `now`: rule findings, exemptions, the run-level
 * findings about the policy and the reports, sorted, counted and summarised per rule. Pure.
 */
function evaluate(input) {
    const { policy, now } = input;
    const rules = activeRules(policy.rules);
    const exemptions = policy.exemptions.map((exemption, index) => (0,evaluate_exemptions/* prepareExemption */.hF)(exemption, index, now));
    const tally = { applied: exemptions.map(() => 0), matched: exemptions.map(() => 0) };
    const findings = [];
    const rootRules = rules.filter((rule) => rule.definition.appliesTo === 'root');
    const userRules = rules.filter((rule) => rule.definition.appliesTo === 'user');
    const rootRulesEnabled = rootRules.length > 0;
    for (const report of input.reports) {
        const context = report.lookups === undefined ? { now } : { now, lookups: report.lookups };
        if (rootRulesEnabled && !report.rows.some((row) => row.isRoot)) {
            const account = report.account ?? report.rows[0]?.accountId ?? null;
            findings.push((0,run_finding/* runFinding */.D)('root-row-missing', account, `The credential report of ${account ?? 'an unknown account'} has no <root_account> row, ` +
                'so the root rules were not evaluated.'));
        }
        // Index loops: a large account makes ~100 000 rule calls, most with no hit, and this runs
        // once per process, much of it before the JIT has optimised it (for-of builds an iterator each).
        const rows = inUserOrder(report.rows);
        const run = { report, context, exemptions, tally, findings };
        for (let r = 0; r < rows.length; r += 1) {
            const each = rows[r];
            evaluateRow(each, each.isRoot ? rootRules : userRules, run);
        }
    }
    for (const prepared of exemptions) {
        const { reason, expires } = prepared.exemption;
        if (prepared.expired) {
            findings.push((0,run_finding/* runFinding */.D)('exemption-expired', null, `${(0,evaluate_exemptions/* describeExemption */.vS)(prepared)} ("${reason}") expired on ${expires ?? ''} and is no longer applied.`));
        }
        else if (tally.matched[prepared.index] === 0) {
            findings.push((0,run_finding/* runFinding */.D)('exemption-unused', null, `${(0,evaluate_exemptions/* describeExemption */.vS)(prepared)} ("${reason}") matched no finding.`));
        }
    }
    const sorted = (0,sort_findings/* sortFindings */.Tc)(findings);
    const tallies = countFindings(sorted);
    return {
        findings: sorted,
        rules: summarize(policy.rules, tallies.perRule),
        counts: tallies.counts,
        exemptions: exemptions.map((prepared) => ({
            exemption: prepared.exemption,
            applied: tally.applied[prepared.index] ?? 0,
            expired: prepared.expired,
        })),
    };
}


/***/ }),

/***/ 2171:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pm: () => (/* binding */ exemptionEndsAt),
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   _d: () => (/* binding */ isExpired),
/* harmony export */   hF: () => (/* binding */ prepareExemption),
/* harmony export */   vS: () => (/* binding */ describeExemption)
/* harmony export */ });
/* harmony import */ var _user_error__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7495);

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * The last millisecond an exemption is in force: `expires` is a day, valid through its end (UTC).
 * A malformed date (the policy loader rejects those) counts as already expired: never fail open.
 */
function exemptionEndsAt(expires) {
    const match = DATE_ONLY.exec(expires);
    if (match === null)
        return Number.NEGATIVE_INFINITY;
    const [, year, month, day] = match.map(Number);
    const start = Date.UTC(year, month - 1, day);
    // Date.UTC rolls 2026-02-31 over into March; such a date is not a date.
    if (new Date(start).getUTCDate() !== day)
        return Number.NEGATIVE_INFINITY;
    return start + 86_400_000 - 1;
}
function isExpired(exemption, now) {
    return exemption.expires !== null && now > exemptionEndsAt(exemption.expires);
}
/**
 * Globs as IAM writes them: `*` any run of characters (`/` included, so `legacy-*` covers paths too),
 * `?` exactly one character, everything else literal and case-sensitive; the whole string must match.
 */
function compileGlob(glob) {
    let source = '';
    for (const char of glob) {
        if (char === '*')
            source += '[\\s\\S]*';
        else if (char === '?')
            source += '[\\s\\S]';
        else
            source += char.replace(/[\\^$.|+()[\]{}/]/g, '\\$&');
    }
    const pattern = new RegExp(`^${source}$`, 'u');
    return (value) => pattern.test(value);
}
function prepareExemption(exemption, index, now) {
    const users = exemption.users.map(compileGlob);
    const arns = exemption.arns.map(compileGlob);
    const allRules = exemption.rules.includes('*');
    const expired = isExpired(exemption, now);
    return {
        exemption,
        index,
        expired,
        matches(finding) {
            if (expired)
                return false;
            if (!allRules && !exemption.rules.includes(finding.rule))
                return false;
            if (exemption.accounts !== null && (finding.account === null || !exemption.accounts.includes(finding.account))) {
                return false;
            }
            const user = finding.user;
            const arn = finding.arn;
            return (user !== null && users.some((match) => match(user))) || (arn !== null && arns.some((match) => match(arn)));
        },
    };
}
/** How messages name an exemption: its number in the policy and, when known, where it stands. */
function describeExemption(prepared) {
    const where = prepared.exemption.position === null ? '' : ` (${(0,_user_error__WEBPACK_IMPORTED_MODULE_0__/* .formatPosition */ .Ld)(prepared.exemption.position)})`;
    return `Exemption ${prepared.index + 1}${where}`;
}


/***/ }),

/***/ 737:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OP: () => (/* binding */ FindingIndex)
/* harmony export */ });
/* unused harmony exports findingIdentity, fnvIdentityHash */
function key(finding, who) {
    // JSON of a fixed-order tuple: no separator can collide with a value (user names allow most characters).
    return JSON.stringify([
        finding.rule,
        finding.account,
        who,
        finding.credential,
        finding.credentialCreated,
        finding.status,
    ]);
}
/** The identity as text, for showing and comparing one finding (an index compares fields instead). */
function findingIdentity(finding) {
    return {
        byArn: finding.arn === null ? null : key(finding, `arn:${finding.arn}`),
        byUser: key(finding, `user:${finding.user ?? ''}`),
    };
}
/** The identity without the ARN or user: what both of a finding's keys share. */
function sameCore(a, b) {
    return (a.rule === b.rule &&
        a.account === b.account &&
        a.credential === b.credential &&
        a.credentialCreated === b.credentialCreated &&
        a.status === b.status);
}
/** Equal `byArn` keys (both findings have an ARN). */
function sameByArn(a, b) {
    return a.arn === b.arn && sameCore(a, b);
}
/** Equal `byUser` keys: a missing user is the empty name, as in the key. */
function sameByUser(a, b) {
    return (a.user ?? '') === (b.user ?? '') && sameCore(a, b);
}
const FNV_PRIME = 16777619;
function mix(hash, text) {
    let h = hash;
    if (text === null)
        return Math.imul(h ^ 0x3c6ef372, FNV_PRIME);
    for (let i = 0; i < text.length; i += 1)
        h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    // The length ends the field, so ("ab", "c") and ("a", "bc") differ.
    return Math.imul(h ^ (text.length + 1), FNV_PRIME);
}
/** FNV-1a over the key's fields. */
const fnvIdentityHash = (finding, who) => {
    let h = 0x811c9dc5;
    h = mix(h, finding.rule);
    h = mix(h, finding.account);
    h = mix(h, finding.credential);
    h = mix(h, finding.credentialCreated);
    h = mix(h, finding.status);
    h = who === 'arn' ? mix(h ^ 1, finding.arn) : mix(h ^ 2, finding.user ?? '');
    return h | 0;
};
/**
 * One hash table over the index's entries, chained through typed arrays: `heads[hash & mask]` is
 * the first entry + 1 (0: none), `next[entry]` the following one + 1. No object per entry, so an
 * index over a hundred thousand findings costs a few MiB instead of tens (string keys, arrays).
 */
class Chains {
    heads;
    next;
    constructor(buckets, capacity) {
        this.heads = new Int32Array(buckets);
        this.next = new Int32Array(capacity);
    }
    push(entry, hash) {
        const bucket = hash & (this.heads.length - 1);
        this.next[entry] = this.heads[bucket] ?? 0;
        this.heads[bucket] = entry + 1;
    }
}
const INITIAL_CAPACITY = 64;
/**
 * Findings of one side, indexed for identity look-ups from the other side (see FindingIdentity).
 * Keys are 32-bit hashes; a hit counts only when the findings' identities are equal field by field,
 * so two findings whose hashes collide never match.
 */
class FindingIndex {
    hash;
    findings = [];
    values = [];
    arnHashes = new Int32Array(INITIAL_CAPACITY);
    userHashes = new Int32Array(INITIAL_CAPACITY);
    /** Findings with an ARN, by their `byArn` key. */
    withArn = new Chains(INITIAL_CAPACITY * 2, INITIAL_CAPACITY);
    /** Findings without an ARN, by their `byUser` key. */
    withoutArn = new Chains(INITIAL_CAPACITY * 2, INITIAL_CAPACITY);
    /** Every finding, by its `byUser` key. */
    anyByUser = new Chains(INITIAL_CAPACITY * 2, INITIAL_CAPACITY);
    /** `hash` is for tests, which force collisions; the default is FNV-1a. */
    constructor(hash = fnvIdentityHash) {
        this.hash = hash;
    }
    get size() {
        return this.findings.length;
    }
    add(finding, value) {
        const entry = this.findings.length;
        if (entry === this.userHashes.length)
            this.grow();
        this.findings.push(finding);
        this.values.push(value);
        const arnHash = finding.arn === null ? 0 : this.hash(finding, 'arn');
        const userHash = this.hash(finding, 'user');
        this.arnHashes[entry] = arnHash;
        this.userHashes[entry] = userHash;
        this.chain(entry, arnHash, userHash);
    }
    /** Calls `visit` with every entry whose finding has the same identity as `finding`, in the order they were added. */
    forEachMatch(finding, visit) {
        if (finding.arn === null) {
            this.walk(this.anyByUser, 'user', finding, visit);
            return;
        }
        this.walk(this.withArn, 'arn', finding, visit);
        this.walk(this.withoutArn, 'user', finding, visit);
    }
    /** Every entry whose finding has the same identity as `finding` (see FindingIdentity). */
    lookup(finding) {
        const found = [];
        this.forEachMatch(finding, (value) => found.push(value));
        return found;
    }
    chain(entry, arnHash, userHash) {
        const finding = this.findings[entry];
        if (finding.arn !== null)
            this.withArn.push(entry, arnHash);
        else
            this.withoutArn.push(entry, userHash);
        this.anyByUser.push(entry, userHash);
    }
    walk(chains, who, finding, visit) {
        const hashes = who === 'arn' ? this.arnHashes : this.userHashes;
        const same = who === 'arn' ? sameByArn : sameByUser;
        const hash = this.hash(finding, who);
        // A chain runs from the newest entry back: collect, then visit in the order of adding.
        let first = -1;
        let more = null;
        for (let at = chains.heads[hash & (chains.heads.length - 1)] ?? 0; at !== 0; at = chains.next[at - 1] ?? 0) {
            const entry = at - 1;
            if (hashes[entry] !== hash || !same(this.findings[entry], finding))
                continue;
            if (first === -1)
                first = entry;
            else
                (more ??= [first]).push(entry);
        }
        if (more !== null)
            for (let i = more.length - 1; i >= 0; i -= 1)
                visit(this.values[more[i]]);
        else if (first !== -1)
            visit(this.values[first]);
    }
    /** Twice the room, and the tables rebuilt at twice the buckets (at most half full). */
    grow() {
        const capacity = this.userHashes.length * 2;
        const widen = (old) => {
            const wider = new Int32Array(capacity);
            wider.set(old);
            return wider;
        };
        this.arnHashes = widen(this.arnHashes);
        this.userHashes = widen(this.userHashes);
        this.withArn = new Chains(capacity * 2, capacity);
        this.withoutArn = new Chains(capacity * 2, capacity);
        this.anyByUser = new Chains(capacity * 2, capacity);
        for (let entry = 0; entry < this.findings.length; entry += 1) {
            this.chain(entry, this.arnHashes[entry] ?? 0, this.userHashes[entry] ?? 0);
        }
    }
}


/***/ }),

/***/ 2251:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ buildFindingsDocument)
/* harmony export */ });
/* unused harmony export finding */
/* harmony import */ var _policy_review_policy_change_document__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1268);

// Objects are rebuilt field by field so the JSON keeps the contract's key order whatever built them.
function reportFacts(report) {
    return { account: report.account, generatedAt: report.generatedAt, source: report.source, users: report.users };
}
function ruleSummary(rule) {
    return {
        id: rule.id,
        enabled: rule.enabled,
        severity: rule.severity,
        findings: rule.findings,
        exempted: rule.exempted,
    };
}
function finding(item) {
    const copy = {
        rule: item.rule,
        severity: item.severity,
        status: item.status,
        account: item.account,
        user: item.user,
        arn: item.arn,
        credential: item.credential,
        credentialCreated: item.credentialCreated,
        ageDays: item.ageDays,
        limit: item.limit,
        message: item.message,
        exempted: item.exempted,
        exemption: item.exemption === null
            ? null
            : { reason: item.exemption.reason, owner: item.exemption.owner, expires: item.exemption.expires },
        baseline: item.baseline ?? null,
    };
    // The look-ups' fields come last, each only when its look-up was made (see enrich/finding-enrichment.ts).
    // Set one by one, not spread: a document has thousands of findings.
    if (item.accessKeyId !== undefined)
        copy.accessKeyId = item.accessKeyId;
    if (item.owner !== undefined)
        copy.owner = item.owner;
    if (item.service !== undefined)
        copy.service = item.service;
    return copy;
}
function baselineSummary(summary) {
    return {
        file: summary.file,
        evaluatedAt: summary.evaluatedAt,
        newOnly: summary.newOnly,
        new: summary.new,
        unchanged: summary.unchanged,
        fixed: summary.fixed.map(finding),
    };
}
/** The `json-file` document, schemaVersion 1. */
function buildFindingsDocument(input) {
    const { counts } = input.evaluation;
    return {
        schemaVersion: 1,
        tool: { name: 'iam-credential-gate', version: input.version },
        evaluatedAt: new Date(input.evaluatedAt).toISOString(),
        verdict: input.verdict,
        failOn: input.failOn,
        policy: { source: input.policySource },
        reports: input.reports.map(reportFacts),
        counts: { error: counts.error, warning: counts.warning, notice: counts.notice, exempted: counts.exempted },
        rules: input.evaluation.rules.map(ruleSummary),
        findings: input.evaluation.findings.map(finding),
        baseline: input.baseline ? baselineSummary(input.baseline) : null,
        policyChange: input.policyChange ? (0,_policy_review_policy_change_document__WEBPACK_IMPORTED_MODULE_0__/* .policyChangeDocument */ .I)(input.policyChange, finding) : null,
        errors: [...input.errors],
    };
}


/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ runFinding)
/* harmony export */ });
/* harmony import */ var _rules_registry__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1018);

/** A run-level finding: no user and no credential, status `violation`, never exempted. */
function runFinding(id, account, message) {
    return {
        rule: id,
        severity: (0,_rules_registry__WEBPACK_IMPORTED_MODULE_0__/* .getRunLevelRule */ .qy)(id).severity,
        status: 'violation',
        account,
        user: null,
        arn: null,
        credential: null,
        credentialCreated: null,
        ageDays: null,
        limit: null,
        message,
        exempted: false,
        exemption: null,
    };
}


/***/ }),

/***/ 8390:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** Plain code-unit order, never locale-dependent, with null first: the same order on every machine. */
function compareText(a, b) {
    if (a === b)
        return 0;
    if (a === null)
        return -1;
    if (b === null)
        return 1;
    return a < b ? -1 : 1;
}
/** Account, user, credential: the order within one severity and rule. */
function compareWithinRule(a, b) {
    return compareText(a.account, b.account) || compareText(a.user, b.user) || compareText(a.credential, b.credential);
}
/**
 * Whether the group is in compareWithinRule's order already: the evaluator's findings of one
 * account usually are (it takes the rows by user name, and a rule reports a user's credentials in
 * slot order). One loop with the comparisons written out: thousands of calls of the comparator from
 * sort cost several ms in a run's first second, before V8 has optimised them.
 */
function inOrderWithinRule(group) {
    for (let i = 1; i < group.length; i += 1) {
        const a = group[i - 1];
        const b = group[i];
        if (a.account !== b.account) {
            if (a.account === null)
                continue;
            if (b.account === null || a.account > b.account)
                return false;
            continue;
        }
        if (a.user !== b.user) {
            if (a.user === null)
                continue;
            if (b.user === null || a.user > b.user)
                return false;
            continue;
        }
        if (a.credential !== b.credential && a.credential !== null && (b.credential === null || a.credential > b.credential))
            return false;
    }
    return true;
}
function compareFindings(a, b) {
    return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareText(a.rule, b.rule) || compareWithinRule(a, b);
}
/**
 * Severity, rule, account, user, credential; ties keep report order. The same order as sorting
 * by compareFindings (both sorts are stable), in two steps: findings are first grouped by
 * severity and rule (a handful of groups, each filled in report order), so only each group is
 * sorted, by the three keys left. A large account has thousands of findings of few rules.
 */
function sortFindings(findings) {
    // One map of rule groups per severity: the rule ids are the rules' own strings, so each lookup
    // hashes nothing new (a key built per finding would be a new string to hash 8 000 times).
    const bySeverity = [new Map(), new Map(), new Map()];
    for (let i = 0; i < findings.length; i += 1) {
        const finding = findings[i];
        const groups = bySeverity[SEVERITY_RANK[finding.severity]];
        const group = groups.get(finding.rule);
        if (group === undefined)
            groups.set(finding.rule, [finding]);
        else
            group.push(finding);
    }
    const sorted = [];
    for (const groups of bySeverity) {
        for (const rule of [...groups.keys()].sort(compareText)) {
            const group = groups.get(rule);
            if (!inOrderWithinRule(group))
                group.sort(compareWithinRule);
            for (let i = 0; i < group.length; i += 1)
                sorted.push(group[i]);
        }
    }
    return sorted;
}


/***/ }),

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ decideVerdict)
/* harmony export */ });
/**
 * `error` whenever anything could not be evaluated, whatever `fail-on` says: the gate never fails open.
 * Exempted findings are not in the severity counts, so they never fail the run; notices never do either.
 */
function decideVerdict(counts, failOn, errors) {
    if (errors.length > 0)
        return 'error';
    switch (failOn) {
        case 'never':
            return 'pass';
        case 'error':
            return counts.error > 0 ? 'fail' : 'pass';
        case 'warning':
            return counts.error + counts.warning > 0 ? 'fail' : 'pass';
    }
}


/***/ }),

/***/ 9507:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MR: () => (/* binding */ MAX_FINDINGS_DOCUMENT_BYTES),
/* harmony export */   WA: () => (/* binding */ MAX_REPORT_BYTES),
/* harmony export */   mk: () => (/* binding */ MAX_POLICY_BYTES)
/* harmony export */ });
/**
 * Size caps for everything the gate reads, stated in the README. A larger input is refused with a
 * message naming it, never read until memory runs out (a symlink to /dev/zero, a forged report).
 */
const MiB = 1024 * 1024;
/** A policy file (each file of an `extends` chain). Real policies are a few KiB. */
const MAX_POLICY_BYTES = 1 * MiB;
/** A credential report, saved or fetched: about 200 000 users. */
const MAX_REPORT_BYTES = 64 * MiB;
/** A findings document (`baseline`, merge inputs): about 500 000 findings. */
const MAX_FINDINGS_DOCUMENT_BYTES = 256 * MiB;


/***/ }),

/***/ 1087:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ quoteText)
/* harmony export */ });
/* unused harmony export MAX_QUOTED_CHARS */
/**
 * Text from a file quoted inside an error message. Messages reach the log, the job summary, the
 * findings document and the PR comment, so a quote must not be able to start a line, issue a
 * workflow command (`::stop-commands::`), reorder the text around it (bidi controls) or carry a
 * secret of any length: it is escaped and cut short.
 *
 * Only text from a file that parsed as a policy mapping may be quoted at all (see the README's
 * threat model); everything else is described by position and kind, never by content.
 */
/** How much of a quoted value a message shows. */
const MAX_QUOTED_CHARS = 60;
// C0 and C1 controls, DEL, and the invisible characters that change how text reads: bidi
// embeddings, overrides and isolates, zero-width characters, line and paragraph separators.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function escapeChar(char) {
    const named = NAMED[char];
    if (named !== undefined)
        return named;
    const code = char.codePointAt(0) ?? 0;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * `text` as a message may show it: on one line, with no control or invisible characters, no
 * `::` (the prefix of workflow commands), and at most `max` characters (an ellipsis marks a cut).
 */
function quoteText(text, max = MAX_QUOTED_CHARS) {
    // Cut first (by code points), so a long value costs nothing to escape.
    const chars = Array.from(text.length > max * 2 + 8 ? text.slice(0, max * 2 + 8) : text);
    const cut = chars.length > max;
    const kept = (cut ? chars.slice(0, max - 1) : chars).join('');
    const escaped = kept.replace(UNSAFE, escapeChar).replace(/::/g, ':\\x3a');
    return cut ? `${escaped}…` : escaped;
}


/***/ }),

/***/ 4652:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ readUntrustedFileChunks),
/* harmony export */   HA: () => (/* binding */ readUntrustedFile),
/* harmony export */   VT: () => (/* binding */ UntrustedFileError)
/* harmony export */ });
/* unused harmony export UNTRUSTED_FILE_CAPS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _user_error__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7495);
/* harmony import */ var _limits__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9507);
/* harmony import */ var _quote_text__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1087);






/** The most bytes read for a file of each kind. */
const UNTRUSTED_FILE_CAPS = {
    policy: _limits__WEBPACK_IMPORTED_MODULE_4__/* .MAX_POLICY_BYTES */ .mk,
    report: _limits__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REPORT_BYTES */ .WA,
    baseline: _limits__WEBPACK_IMPORTED_MODULE_4__/* .MAX_FINDINGS_DOCUMENT_BYTES */ .MR,
    findings: _limits__WEBPACK_IMPORTED_MODULE_4__/* .MAX_FINDINGS_DOCUMENT_BYTES */ .MR,
};
const LABEL = {
    policy: 'policy file',
    report: 'report file',
    baseline: 'baseline',
    findings: 'findings document',
};
/** What a file of each kind is, for the messages that say the file is not one. */
const EXPECTED = {
    policy: 'the policy YAML file',
    report: 'the credential report CSV file',
    baseline: 'the json-file of an earlier run',
    findings: 'the json-file of a run',
};
const POLICY_EXTENSION = /\.ya?ml$/i;
/** Reads a file a pull request may control; every refusal is a UserError naming the file and the input. */
async function readUntrustedFile(path, kind, access) {
    const checked = await checkPath(path, kind, access);
    const chunks = [];
    let total = 0;
    for await (const chunk of readCapped(checked, kind)) {
        chunks.push(chunk);
        total += chunk.length;
    }
    return { path, absolute: checked.absolute, bytes: Buffer.concat(chunks, total) };
}
/**
 * The same file as chunks of at most `chunkBytes`, for a reader that must not hold it whole (a
 * `baseline` of tens of MB): every check of readUntrustedFile, and the cap, hold the same. The file
 * is opened when the first chunk is asked for and closed when the iteration ends, also early.
 */
async function* readUntrustedFileChunks(path, kind, access, chunkBytes = CHUNK_BYTES) {
    yield* readCapped(await checkPath(path, kind, access), kind, chunkBytes);
}
/** Every check that comes before opening the file: confinement, `.git`, regular file, cap, extension. */
async function checkPath(path, kind, access) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(access.cwd, path);
    const refuse = refusal(path, kind, access);
    const workspace = access.workspace === null ? null : await realWorkspace(access.workspace);
    const outside = (target) => refuse(`resolves to ${shown(target)}, outside the workspace ${shown(workspace ?? '')}. In a workflow the gate reads ` +
        'only files inside GITHUB_WORKSPACE: check the file out there and give a path inside it', 'outside-workspace');
    // The path as written first, so whether a file outside the workspace exists is never told.
    if (access.workspace !== null && workspace !== null) {
        const lexicallyInside = isInside((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(access.workspace), absolute) || isInside(workspace, absolute);
        if (!lexicallyInside)
            throw outside(absolute);
    }
    if (insideGitDirectory(absolute))
        throw gitDirectory(refuse, kind, absolute, absolute);
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absolute);
    }
    catch (error) {
        throw refuse(...unreadable(error, absolute));
    }
    if (workspace !== null && !isInside(workspace, real))
        throw outside(real);
    if (insideGitDirectory(real))
        throw gitDirectory(refuse, kind, absolute, real);
    // stat before open: opening a FIFO would block until a writer appears, and a device has no end.
    let before;
    try {
        before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real);
    }
    catch (error) {
        throw refuse(...unreadable(error, absolute));
    }
    checkStats(before, kind, real === absolute ? null : real, refuse);
    if (kind === 'policy' && !POLICY_EXTENSION.test(real)) {
        const target = real === absolute ? '' : ` (it resolves to ${shown(real)})`;
        throw refuse(`is not a .yml or .yaml file${target}. A policy file is YAML named *.yml or *.yaml`, 'not-yaml');
    }
    return { absolute, real, before, refuse };
}
class UntrustedFileError extends _user_error__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
    file;
    reason;
    constructor(message, file, reason) {
        super(message, { file });
        this.file = file;
        this.reason = reason;
    }
}
function gitDirectory(refuse, kind, absolute, real) {
    return refuse(`${real === absolute ? 'is' : `resolves to ${shown(real)},`} inside a .git directory, which holds the ` +
        `repository's credentials and is never read. Give the path of ${EXPECTED[kind]} in the checkout`, 'git-directory');
}
function refusal(path, kind, access) {
    return (why, reason) => new UntrustedFileError(`${LABEL[kind]} ${shown(path)} (${access.input}) ${why}.`, path, reason);
}
/** A path as messages show it: it came from an input or a policy, so it is escaped. */
function shown(path) {
    return (0,_quote_text__WEBPACK_IMPORTED_MODULE_5__/* .quoteText */ .X)(path, 200);
}
async function realWorkspace(workspace) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspace);
    }
    catch {
        // A workspace that does not exist holds no file: every path then resolves outside it.
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace);
    }
}
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
}
/** Any component named `.git`, in any case (case-insensitive file systems open `.GIT/config` too). */
function insideGitDirectory(path) {
    return path.split(/[\\/]/).some((component) => component.toLowerCase() === '.git');
}
function checkStats(stats, kind, target, refuse) {
    const via = target === null ? '' : ` (it resolves to ${shown(target)})`;
    if (stats.isDirectory()) {
        throw refuse(`is a directory${via}. Give the path of ${EXPECTED[kind]} in it`, 'not-regular');
    }
    if (!stats.isFile()) {
        throw refuse(`is not a regular file but ${kindOf(stats)}${via}. Give the path of ${EXPECTED[kind]}`, 'not-regular');
    }
    const cap = UNTRUSTED_FILE_CAPS[kind];
    if (stats.size > cap)
        throw refuse(oversize(stats.size, kind), 'too-large');
}
function kindOf(stats) {
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSocket())
        return 'a socket';
    return 'a special file';
}
function oversize(size, kind) {
    const cap = UNTRUSTED_FILE_CAPS[kind];
    const what = size === null ? 'is larger than' : `is ${size.toLocaleString('en-US')} bytes, over`;
    return `${what} the cap of ${formatMiB(cap)} for a ${LABEL[kind]}. Check that it is ${EXPECTED[kind]} (the caps are listed in the README)`;
}
function formatMiB(bytes) {
    return `${bytes / (1024 * 1024)} MiB`;
}
const CHUNK_BYTES = 1024 * 1024;
/**
 * Reads at most cap + 1 bytes from the descriptor, in chunks, after checking on the descriptor
 * itself that it is still the regular file `stat` saw: the path could have been swapped in between.
 */
async function* readCapped(checked, kind, chunkBytes = CHUNK_BYTES) {
    const { real, before, refuse } = checked;
    const cap = UNTRUSTED_FILE_CAPS[kind];
    // O_NONBLOCK: should a FIFO appear at the path after all, opening it must not wait for a writer.
    // O_NOFOLLOW: `real` has no symlinks; one that appears now is a swap, not the user's file.
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, flags);
    }
    catch (error) {
        throw refuse(...unreadable(error, real));
    }
    try {
        const stats = await handle.stat();
        if (stats.ino !== before.ino || stats.dev !== before.dev) {
            throw refuse('changed while it was being opened. Run the gate again on a file nothing else writes', 'unreadable');
        }
        checkStats(stats, kind, null, refuse);
        let total = 0;
        for (;;) {
            const want = Math.min(cap + 1 - total, chunkBytes);
            const chunk = Buffer.allocUnsafe(want);
            const { bytesRead } = await handle.read(chunk, 0, want, null);
            if (bytesRead === 0)
                break;
            total += bytesRead;
            // A file that grew past its stat size (or a /proc file, which reports none) stops here.
            if (total > cap)
                throw refuse(oversize(null, kind), 'too-large');
            // A consumer that stops early ends the generator here (no error): `finally` closes the file.
            yield bytesRead === want ? chunk : chunk.subarray(0, bytesRead);
        }
    }
    catch (error) {
        if (error instanceof _user_error__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo)
            throw error;
        throw refuse(...unreadable(error, real));
    }
    finally {
        await handle.close();
    }
}
function unreadable(error, absolute) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return [
                `does not exist (looked for ${shown(absolute)}). A relative path is resolved from the working ` +
                    'directory (the workspace in a workflow)',
                'missing',
            ];
        case 'ENOTDIR':
            return [`does not exist: a part of the path is a file, not a directory (looked for ${shown(absolute)})`, 'missing'];
        case 'ELOOP':
            return ['cannot be read: its symlinks form a loop. Point it at the file itself', 'unreadable'];
        case 'EISDIR':
            return ['is a directory. Give the path of the file in it', 'not-regular'];
        case 'EACCES':
        case 'EPERM':
            return ['cannot be read: permission denied. Make it readable by the user running the gate', 'unreadable'];
        case 'EAGAIN':
            return ['is not a regular file (reading it would block). Give the path of a regular file', 'not-regular'];
        default:
            return [`cannot be read (${code ?? String(error)})`, 'unreadable'];
    }
}


/***/ }),

/***/ 200:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ZI: () => (/* binding */ gzip),
  fg: () => (/* binding */ sha256Hex),
  oS: () => (/* binding */ streams)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/lazy-builtins.ts

/**
 * Node built-ins that most runs never need, loaded on first use. Importing node:crypto costs about
 * 10 ms of start-up and node:zlib a few more; an offline run without `redact`, SARIF or a PR
 * comment needs neither (nor node:stream without `json-file`), so the modules that use them call
 * these instead of importing them. Through createRequire, not `import()`: in the bundle, a
 * dynamic import of a built-in yields no named exports.
 */
const lazy_builtins_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
let lazy_builtins_crypto;
let zlib;
let stream;
let streamPromises;
/** The SHA-256 of `text` (UTF-8), as 64 lowercase hex digits. */
function sha256Hex(text) {
    lazy_builtins_crypto ??= lazy_builtins_require('node:crypto');
    return lazy_builtins_crypto.createHash('sha256').update(text).digest('hex');
}
/** `text` gzipped (UTF-8) at `level`. */
function gzip(text, level) {
    zlib ??= lazy_builtins_require('node:zlib');
    return zlib.gzipSync(text, { level });
}
/** `Readable.from` and `pipeline` (node:stream), for writing the findings document. */
function streams() {
    stream ??= lazy_builtins_require('node:stream');
    streamPromises ??= lazy_builtins_require('node:stream/promises');
    return { Readable: stream.Readable, pipeline: streamPromises.pipeline };
}


/***/ }),

/***/ 1165:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ byImportance),
/* harmony export */   cy: () => (/* binding */ exemptionOfFinding),
/* harmony export */   kG: () => (/* binding */ groupFindings),
/* harmony export */   l$: () => (/* binding */ coversSeveralAccounts),
/* harmony export */   s1: () => (/* binding */ accountsOf)
/* harmony export */ });
/* unused harmony export SEVERITY_RANK */
/* harmony import */ var _rule_metadata__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5137);

function groupFindings(findings) {
    const groups = { violations: [], upcoming: [], exempted: [], runLevel: [] };
    for (let i = 0; i < findings.length; i += 1) {
        const finding = findings[i];
        if (_rule_metadata__WEBPACK_IMPORTED_MODULE_0__/* .RUN_LEVEL_IDS */ ._.has(finding.rule))
            groups.runLevel.push(finding);
        else if (finding.exempted)
            groups.exempted.push(finding);
        else if (finding.status === 'upcoming')
            groups.upcoming.push(finding);
        else
            groups.violations.push(finding);
    }
    return groups;
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/**
 * Most important first: not exempted, by severity, violations before upcoming ones, then the
 * oldest credential (unknown age last). Equal findings keep the document's order.
 */
function byImportance(a, b) {
    return (Number(a.exempted) - Number(b.exempted) ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        Number(a.status === 'upcoming') - Number(b.status === 'upcoming') ||
        (b.ageDays ?? -1) - (a.ageDays ?? -1));
}
/**
 * Whether the reports and findings name more than one account: accountsOf(document).length > 1,
 * stopping at the second account and building no set (it runs on every summary and annotation).
 */
function coversSeveralAccounts(document) {
    let first = null;
    for (const report of document.reports) {
        if (report.account === null || report.account === first)
            continue;
        if (first !== null)
            return true;
        first = report.account;
    }
    // An index loop with nothing called inside: it runs once over thousands of findings, mostly
    // before V8 has optimised it.
    const { findings } = document;
    for (let i = 0; i < findings.length; i += 1) {
        const account = findings[i].account;
        if (account === null || account === first)
            continue;
        if (first !== null)
            return true;
        first = account;
    }
    return false;
}
/** Distinct accounts of the run, in report order. */
function accountsOf(document) {
    const accounts = new Set();
    for (const report of document.reports)
        if (report.account !== null)
            accounts.add(report.account);
    for (const finding of document.findings)
        if (finding.account !== null)
            accounts.add(finding.account);
    return [...accounts];
}
/**
 * The exemption an `exemption-expired` / `exemption-unused` finding is about. The evaluator names
 * it `Exemption N …` (its 1-based place in the policy), which is the order of `exemptions`.
 */
function exemptionOfFinding(finding, exemptions) {
    if (finding.rule !== 'exemption-expired' && finding.rule !== 'exemption-unused')
        return null;
    const number = /^Exemption (\d+)\b/.exec(finding.message)?.[1];
    const use = number === undefined ? undefined : exemptions[Number(number) - 1];
    if (use === undefined || use.expired !== (finding.rule === 'exemption-expired'))
        return null;
    return use;
}


/***/ }),

/***/ 4970:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ locateFinding)
/* harmony export */ });
/* harmony import */ var _finding_groups__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1165);

function inWorkspace(position) {
    // A builtin policy is not a file of the repository: nothing could show it.
    if (!position || position.file.startsWith('builtin:'))
        return null;
    return {
        file: position.file,
        ...(position.line === undefined ? {} : { line: position.line }),
        ...(position.column === undefined ? {} : { column: position.column }),
    };
}
/**
 * Where in the policy file a finding belongs: the entry of its rule (or of the exemption it is
 * about; root-row-missing: the first root rule). null when the policy is not a workspace file.
 */
function locateFinding(outcome, finding) {
    const { policy } = outcome;
    if (policy === null || policy.file === null || policy.file.startsWith('builtin:'))
        return null;
    const whole = { file: policy.file };
    const exemption = (0,_finding_groups__WEBPACK_IMPORTED_MODULE_0__/* .exemptionOfFinding */ .cy)(finding, outcome.exemptions);
    if (exemption !== null)
        return inWorkspace(exemption.exemption.position) ?? whole;
    if (finding.rule === 'root-row-missing') {
        const rootRule = policy.rules.find((rule) => rule.enabled && rule.id.startsWith('root-'));
        return inWorkspace(rootRule?.position) ?? whole;
    }
    return inWorkspace(policy.rules.find((rule) => rule.id === finding.rule)?.position) ?? whole;
}


/***/ }),

/***/ 8548:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PP: () => (/* binding */ tableHead),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   hC: () => (/* binding */ escapeMessage),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   pG: () => (/* binding */ trustedMarkdown),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _visible_text__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3611);

/**
 * Building blocks for GitHub-flavoured Markdown that carries values from the report and the
 * policy. Such a value is data, never markup: a user named `<root_account>`, `a|b` or `*x*`
 * must show as written, and must not break a table, open an HTML tag or ping someone.
 */
/**
 * Line breaks would end a table row or a list item; other controls and bidi overrides are shown
 * as marks (a NUL as ␀, U+202E as `<U+202E>`), so nothing reorders or cuts the line.
 */
function oneLine(value) {
    return (0,_visible_text__WEBPACK_IMPORTED_MODULE_0__/* .showInvisible */ .j)(value.replace(/\r\n|[\t\n\r\u2028\u2029]/g, ' '));
}
/** The word joiner: invisible, and it stops GitHub from reading what it splits as a reference. */
const JOINER = '\u2060';
/**
 * GitHub turns `#123`, `org/repo#7` and `GH-7` into issue links, and `https://…` and `www.…` into
 * links, in text (not in code spans). A word joiner inside each keeps the text as written.
 */
function neutralizeReferences(text) {
    return text
        .replace(/#(?=\d)/g, `#${JOINER}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${JOINER}-`)
        .replace(/:\/\//g, `:${JOINER}//`)
        .replace(/\b(www)\./gi, `$1${JOINER}.`);
}
/**
 * Text that every step of escapeText leaves as it is: no Markdown punctuation, HTML, `@`, `#`,
 * line break, control or bidi character (letters of any script are fine). MAY_LINK catches the
 * rest of what neutralizeReferences changes (`GH-7`, `www.`, `://`).
 */
// eslint-disable-next-line no-control-regex -- controls are what this must exclude
const PLAIN_TEXT = /^[^\\*_[\]~|$&<>`@#\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]*$/;
const MAY_LINK = /gh-\d|www\.|:\/\//i;
/**
 * Free text (a message, a reason, an owner) safe anywhere inline, including table cells: Markdown
 * punctuation is backslash-escaped, HTML is turned into entities, and an `@` gets an invisible
 * word joiner so a name like `@security-team` does not notify a team from a PR comment; issue
 * references and bare URLs are kept from linking the same way. A backtick becomes an entity, not
 * `\``: it shows as a backtick in every context text is parsed in, and can never pair with
 * another to open a code span.
 */
function escapeText(value) {
    // Most values (user names, our messages) hold none of the characters below: returned as they are.
    if (PLAIN_TEXT.test(value) && !MAY_LINK.test(value))
        return value;
    // References first: the entities added below hold a `#` of their own.
    return neutralizeReferences(oneLine(value))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/`/g, '&#96;')
        .replace(/[\\*_[\]~|$]/g, '\\$&')
        .replace(/@/g, `@${JOINER}`);
}
/**
 * One of our messages, which may carry untrusted values: our messages mark code as `…`, and each
 * such pair shows as a code span (inert inside), the rest as escaped text. So "raise
 * `max-wait-seconds`" reads as code, not with literal backticks.
 */
function escapeMessage(value) {
    return oneLine(value)
        .split(/(`[^`]+`)/)
        .map((part, index) => (index % 2 === 1 ? code(part.slice(1, -1), false) : escapeText(part)))
        .join('');
}
/**
 * An identifier (user, ARN, account, rule id) as inline code: nothing inside is interpreted, so
 * no mention, link or HTML can come out of it. `inTable` escapes pipes, which GFM splits cells on
 * even inside code.
 */
// eslint-disable-next-line no-control-regex -- controls are what this must exclude
const PLAIN_CODE = /^[^\s`|\\\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069](?:[^`|\\\t\n\r\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]*[^\s`|\\\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069])?$/;
function code(value, inTable = true) {
    // An identifier without a backtick, pipe, backslash, space at an edge or invisible character
    // (almost every user name and rule id) is its own code span.
    if (PLAIN_CODE.test(value))
        return `\`${value}\``;
    const text = oneLine(value);
    if (text === '')
        return '—';
    // In a table, a backslash before a pipe cannot be kept literal inside code: fall back to text.
    if (inTable && text.includes('\\'))
        return escapeText(text);
    // A loop, not Math.max(...runs): a hostile name can hold millions of runs.
    let longestRun = 0;
    for (const run of text.matchAll(/`+/g))
        longestRun = Math.max(longestRun, run[0].length);
    const fence = '`'.repeat(longestRun + 1);
    // CommonMark strips one space from each side when both are there; a backtick at an edge needs one.
    const edgeBacktick = text.startsWith('`') || text.endsWith('`');
    const pad = edgeBacktick || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
    const inner = inTable ? text.replace(/\|/g, '\\|') : text;
    return `${fence}${pad}${inner}${pad}${fence}`;
}
/** HTML text (inside `<summary>` and other tags, where Markdown is not parsed). */
function escapeHtml(value) {
    return oneLine(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * Our own Markdown (rule descriptions, remediation): code spans are kept, but `<`, `>` and `&`
 * outside them are escaped, so a placeholder like `<name>` in prose cannot vanish as an HTML tag.
 */
function trustedMarkdown(value) {
    return value
        .split(/(`+[^`]*`+)/)
        .map((part, index) => (index % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
        .join('');
}
/** A link whose target is only ever http(s); anything else is shown as text. */
function link(label, url) {
    if (url === undefined || !/^https?:\/\//i.test(url))
        return escapeText(label);
    // encodeURIComponent leaves parentheses alone, and one would end the link.
    const target = url.replace(/[\s()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${escapeText(label)}](${target})`;
}
/** One table row from cells that are already escaped. */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** Header and delimiter rows. */
function tableHead(headers, align = []) {
    const delimiter = headers.map((_, index) => {
        const side = align[index] ?? 'left';
        return side === 'right' ? '---:' : side === 'center' ? ':---:' : '---';
    });
    return `${tableRow(headers)}\n${tableRow(delimiter)}`;
}
function table(headers, rows, align = []) {
    return [tableHead(headers, align), ...rows.map(tableRow)].join('\n');
}


/***/ }),

/***/ 6733:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ newFirst),
/* harmony export */   e0: () => (/* binding */ newMark),
/* harmony export */   sm: () => (/* binding */ baselineHeadline),
/* harmony export */   tc: () => (/* binding */ renderBaselineSection),
/* harmony export */   zk: () => (/* binding */ renderBaselineComment)
/* harmony export */ });
/* unused harmony exports NEW_MARK, newFindings, baselineRow */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _finding_groups__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1165);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8548);
/* harmony import */ var _time_text__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(678);




/**
 * What changed since the baseline, for the job summary, the PR comment and the terminal: how many
 * findings are new and how many fixed, the new ones first and marked, the fixed ones in a block of
 * their own. Every value from a report (or the baseline file) is escaped and redacted as elsewhere.
 */
/** The marker of a new finding in Markdown tables. */
const NEW_MARK = '🆕';
const FIXED_MARK = '✅';
const SEVERITY_ICON = { error: '🔴', warning: '🟠', notice: '🔵' };
/** Room kept for a cut table's note. */
const NOTE_BYTES = 300;
/** `🆕 ` before a new finding's rule; '' otherwise (and always without a baseline). */
function newMark(finding) {
    return finding.baseline === 'new' ? `${NEW_MARK} ` : '';
}
function countsAsNew(finding) {
    return finding.baseline === 'new' && !finding.exempted;
}
/** New findings (not exempted) before the others, each side in the order it had (a stable partition). */
function newFirst(findings) {
    // Index loops, and no copy when nothing is new (every run without a baseline): a large account
    // has thousands of findings, and this runs once per summary, mostly before V8 has optimised it.
    let first = 0;
    while (first < findings.length && !countsAsNew(findings[first]))
        first += 1;
    if (first === findings.length)
        return findings;
    const fresh = [];
    const rest = findings.slice(0, first);
    for (let i = first; i < findings.length; i += 1) {
        const finding = findings[i];
        (countsAsNew(finding) ? fresh : rest).push(finding);
    }
    return rest.length === 0 ? findings : [...fresh, ...rest];
}
/** The findings of this run that count as new (not exempted), most important first. */
function newFindings(document) {
    return document.findings.filter(countsAsNew).sort(_finding_groups__WEBPACK_IMPORTED_MODULE_1__/* .byImportance */ .G5);
}
function baselineFacts(baseline) {
    return `${(0,_markdown__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(baseline.file, false)}, run of ${(0,_time_text__WEBPACK_IMPORTED_MODULE_2__/* .formatInstant */ .r4)(baseline.evaluatedAt)}`;
}
/**
 * The line that opens the PR comment (and the summary's section): "**3 new** findings, **2 fixed**
 * since the baseline (`findings.json`, run of …)". null without a baseline.
 */
function baselineHeadline(document) {
    const { baseline } = document;
    if (baseline === null)
        return null;
    const findings = baseline.new === 1 ? 'finding' : 'findings';
    const onlyNew = baseline.newOnly ? ' Only new findings count toward the verdict (`new-only`).' : '';
    return (`**${(0,_time_text__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(baseline.new)} new** ${findings}, **${(0,_time_text__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(baseline.fixed.length)} fixed** since the baseline ` +
        `(${baselineFacts(baseline)}); ${(0,_time_text__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(baseline.unchanged)} unchanged.${onlyNew}`);
}
function headers(multiAccount) {
    return ['Severity', 'Rule', ...(multiAccount ? ['Account'] : []), 'User', 'Credential', 'Finding'];
}
/** One row: escaped, redacted; `mark` before the severity. */
function baselineRow(finding, redact, multiAccount, mark) {
    return [
        `${mark ? `${mark} ` : ''}${SEVERITY_ICON[finding.severity]} ${finding.severity}`,
        (0,_markdown__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(finding.rule),
        ...(multiAccount ? [finding.account === null ? '—' : (0,_markdown__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(redact.account(finding.account))] : []),
        finding.user === null ? '—' : (0,_markdown__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(redact.user(finding.user)),
        finding.credential === null ? '—' : (0,_markdown__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(finding.credential),
        (0,_markdown__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(redact.text(finding.message)),
    ];
}
/** A table cut to `maxBytes` with a note saying how many rows it left out. */
function cutTable(title, findings, mark, options, maxBytes) {
    if (findings.length === 0)
        return '';
    const head = `#### ${title}\n\n${(0,_markdown__WEBPACK_IMPORTED_MODULE_3__/* .tableHead */ .PP)(headers(options.multiAccount))}\n`;
    let size = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.byteLength(head) + NOTE_BYTES;
    const rows = [];
    for (const finding of findings) {
        const row = `${(0,_markdown__WEBPACK_IMPORTED_MODULE_3__/* .tableRow */ .jD)(baselineRow(finding, options.redact, options.multiAccount, mark))}\n`;
        size += node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.byteLength(row);
        if (size > maxBytes)
            break;
        rows.push(row);
    }
    if (rows.length === 0)
        return `#### ${title}\n\n> ✂️ ${(0,_time_text__WEBPACK_IMPORTED_MODULE_2__/* .countOf */ .pq)(findings.length, 'finding')} not shown. ${options.elsewhere}\n\n`;
    const note = rows.length < findings.length
        ? `\n> ✂️ Showing ${(0,_time_text__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(rows.length)} of ${(0,_time_text__WEBPACK_IMPORTED_MODULE_2__/* .countOf */ .pq)(findings.length, 'finding')}. ${options.elsewhere}\n`
        : '';
    return `${head}${rows.join('')}${note}\n`;
}
/**
 * The job summary's section "Since the baseline", placed before every other table: the headline,
 * the new findings (not exempted), then the fixed ones as they were in the baseline. '' without a
 * baseline.
 */
function renderBaselineSection(document, options) {
    const line = baselineHeadline(document);
    if (line === null || document.baseline === null)
        return '';
    const fresh = newFindings(document);
    const fixed = [...document.baseline.fixed].sort(_finding_groups__WEBPACK_IMPORTED_MODULE_1__/* .byImportance */ .G5);
    const top = `### Since the baseline\n\n${line}\n\n`;
    const room = Math.max(0, options.maxBytes - node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.byteLength(top));
    // Each table gets half the room, and the fixed table what the new one did not use.
    const newTable = cutTable(`${NEW_MARK} New (${(0,_time_text__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(fresh.length)})`, fresh, NEW_MARK, options, room / 2);
    const fixedTable = cutTable(`${FIXED_MARK} Fixed (${(0,_time_text__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(fixed.length)})`, fixed, FIXED_MARK, options, room - node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.byteLength(newTable));
    return `${top}${newTable}${fixedTable}`;
}
function commentTable(title, findings, mark, options) {
    if (findings.length === 0)
        return '';
    const shown = findings.slice(0, options.maxRows);
    const rows = shown.map((finding) => (0,_markdown__WEBPACK_IMPORTED_MODULE_3__/* .tableRow */ .jD)(baselineRow(finding, options.redact, options.multiAccount, mark)));
    const more = findings.length > shown.length ? `\n… and ${(0,_time_text__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(findings.length - shown.length)} more in the job summary.\n` : '';
    return `**${title}**\n\n${(0,_markdown__WEBPACK_IMPORTED_MODULE_3__/* .tableHead */ .PP)(headers(options.multiAccount))}\n${rows.join('\n')}\n${more}\n`;
}
/**
 * The PR comment's findings with a baseline: the new ones first, then the fixed ones, then those
 * that were already there (not exempted), each table cut to `maxRows`.
 */
function renderBaselineComment(document, options) {
    if (document.baseline === null)
        return '';
    const open = document.findings.filter((finding) => !finding.exempted).sort(_finding_groups__WEBPACK_IMPORTED_MODULE_1__/* .byImportance */ .G5);
    const fresh = open.filter((finding) => finding.baseline === 'new');
    const unchanged = open.filter((finding) => finding.baseline !== 'new');
    const fixed = [...document.baseline.fixed].sort(_finding_groups__WEBPACK_IMPORTED_MODULE_1__/* .byImportance */ .G5);
    return [
        commentTable(`${NEW_MARK} New since the baseline (${(0,_time_text__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(fresh.length)})`, fresh, NEW_MARK, options),
        commentTable(`${FIXED_MARK} Fixed since the baseline (${(0,_time_text__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(fixed.length)})`, fixed, FIXED_MARK, options),
        commentTable(`Unchanged (${(0,_time_text__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(unchanged.length)})`, unchanged, '', options),
    ].join('');
}


/***/ }),

/***/ 3829:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ renderPolicyReviewMarkdown)
/* harmony export */ });
/* unused harmony export renderPolicyReviewTerminal */
/* harmony import */ var _policy_review_review_policy_change__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9814);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8548);
/* harmony import */ var _time_text__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(678);



const SEVERITY_ICON = { error: '🔴', warning: '🟠', notice: '🔵' };
const WEAKENING_TEXT = {
    allow: '`policy-weakening: allow`, so it does not affect the verdict',
    warn: '`policy-weakening: warn`: a `policy-weakened` warning',
    fail: '`policy-weakening: fail`: the run fails whatever `fail-on` says',
};
/** One line of a change, in Markdown: values that name people are redacted per kind. */
function valueMarkdown(field, value, redact) {
    if (value === null || value === undefined) {
        if (field === 'expires')
            return 'never';
        if (field === 'accounts')
            return 'any account';
        return 'none';
    }
    const one = (item) => {
        const text = String(item);
        if (field === 'users')
            return (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(redact.user(text), false);
        if (field === 'arns')
            return (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(redact.arn(text), false);
        if (field === 'accounts')
            return (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(redact.account(text), false);
        if (field === 'reason' || field === 'owner')
            return `"${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(redact.text(text))}"`;
        return (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(text, false);
    };
    if (Array.isArray(value))
        return value.length === 0 ? '[]' : `[${value.map(one).join(', ')}]`;
    return one(value);
}
function fieldMarkdown(change, redact) {
    if (change.field === 'enabled')
        return change.after === true ? 'turned on' : 'turned off';
    return `${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(change.field, false)} ${valueMarkdown(change.field, change.before, redact)} → ${valueMarkdown(change.field, change.after, redact)}`;
}
function exemptionMarkdown(exemption, redact) {
    const parts = [
        exemption.users.length > 0 ? `users ${valueMarkdown('users', exemption.users, redact)}` : '',
        exemption.arns.length > 0 ? `ARNs ${valueMarkdown('arns', exemption.arns, redact)}` : '',
        exemption.accounts === null ? '' : `accounts ${valueMarkdown('accounts', exemption.accounts, redact)}`,
        `rules ${valueMarkdown('rules', exemption.rules, redact)}`,
        exemption.expires === null ? 'no expiry' : `until ${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(exemption.expires, false)}`,
    ].filter(Boolean);
    const at = exemption.at === null ? '' : ` (${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(exemption.at, false)})`;
    return `${parts.join(', ')} — "${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(redact.text(exemption.reason))}"${at}`;
}
/** Change lines of one effect: rules, then exemptions added/removed/edited. */
function changeLines(change, effect, redact) {
    const lines = [];
    for (const rule of change.rules) {
        const parts = rule.changes.filter((field) => field.effect === effect).map((field) => fieldMarkdown(field, redact));
        if (parts.length > 0)
            lines.push(`${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(rule.id, false)}: ${parts.join(', ')}`);
    }
    const { added, removed, changed } = change.exemptions;
    if (effect === 'looser')
        for (const exemption of added)
            lines.push(`new exemption: ${exemptionMarkdown(exemption, redact)}`);
    if (effect === 'stricter')
        for (const exemption of removed)
            lines.push(`exemption removed: ${exemptionMarkdown(exemption, redact)}`);
    for (const edit of changed) {
        const parts = edit.changes.filter((field) => field.effect === effect).map((field) => fieldMarkdown(field, redact));
        if (parts.length > 0)
            lines.push(`exemption "${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(redact.text(edit.after.reason))}": ${parts.join(', ')}`);
    }
    return lines;
}
function findingsTable(findings, options, where) {
    const { redact } = options;
    const multiAccount = new Set(findings.map((finding) => finding.account)).size > 1;
    const shown = findings.slice(0, options.maxFindings);
    const headers = ['Severity', 'Rule', ...(multiAccount ? ['Account'] : []), 'User', 'Credential', 'Finding'];
    const rows = shown.map((finding) => [
        `${SEVERITY_ICON[finding.severity]} ${finding.severity}`,
        (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(finding.rule),
        ...(multiAccount ? [finding.account === null ? '—' : (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(redact.account(finding.account))] : []),
        finding.user === null ? '—' : (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(redact.user(finding.user)),
        finding.credential === null ? '—' : (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(finding.credential),
        // Cut before escaping: a cut escape could end in a backslash that swallows the cell border.
        (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(redact.text(finding.message).slice(0, 500)),
    ]);
    const more = findings.length - shown.length;
    return `${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(headers, rows)}\n${more > 0 ? `\n… and ${(0,_time_text__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(more)} more in ${where}.\n` : ''}\n`;
}
function bullets(lines) {
    return `${lines.map((line) => `- ${line}`).join('\n')}\n\n`;
}
/** The review as Markdown, for the job summary and the PR comment, which both open with it. */
function renderPolicyReviewMarkdown(change, options) {
    const { redact } = options;
    const against = (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(change.comparePolicy, false);
    const verdict = change.weakened
        ? `⚠️ **This change weakens the policy** compared with ${against} (${WEAKENING_TEXT[change.policyWeakening]}).`
        : `✅ This change does not weaken the policy compared with ${against}.`;
    const parts = [`${options.heading} 🔍 Policy change review\n\n${verdict}\n\n`];
    const where = 'the JSON file (`policyChange`)';
    const { hidden, added } = change;
    parts.push(hidden.length === 0
        ? 'It hides no finding.\n\n'
        : `**This change hides ${(0,_time_text__WEBPACK_IMPORTED_MODULE_1__/* .countOf */ .pq)(hidden.length, 'finding')}** that count${hidden.length === 1 ? 's' : ''} under the compare-policy:\n\n` +
            findingsTable(hidden, options, where));
    parts.push(added.length === 0
        ? 'It adds no finding.\n\n'
        : `**It adds ${(0,_time_text__WEBPACK_IMPORTED_MODULE_1__/* .countOf */ .pq)(added.length, 'finding')}:**\n\n${findingsTable(added, options, where)}`);
    const looser = changeLines(change, 'looser', redact);
    const stricter = changeLines(change, 'stricter', redact);
    const neutral = changeLines(change, 'neutral', redact);
    if (looser.length > 0)
        parts.push(`**It loosens:**\n\n${bullets(looser)}`);
    if (stricter.length > 0)
        parts.push(`**It tightens:**\n\n${bullets(stricter)}`);
    if (neutral.length > 0)
        parts.push(`Other changes (neither looser nor stricter):\n\n${bullets(neutral)}`);
    if (looser.length + stricter.length + neutral.length === 0)
        parts.push('No rule or exemption changed.\n\n');
    return parts.join('');
}
/** Control characters from a policy or a report must not move the cursor or change colours. */
function printable(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
const TERMINAL_MAX_FINDINGS = 5;
function findingLine(finding, redact) {
    return [
        finding.rule,
        finding.account === null ? '' : redact.account(finding.account),
        finding.user === null ? '' : redact.user(finding.user),
        finding.credential ?? '',
    ]
        .filter(Boolean)
        .join(' ');
}
function plainExemption(exemption, redact) {
    return redact.text(describeExemptionContent(exemption));
}
/** The short block the terminal table starts with. */
function renderPolicyReviewTerminal(change, redact) {
    const lines = [
        `Policy change review against ${change.comparePolicy}: ${change.weakened ? 'this change WEAKENS the policy' : 'this change does not weaken the policy'}`,
    ];
    const list = (label, findings) => {
        if (findings.length === 0)
            return;
        const shown = findings.slice(0, TERMINAL_MAX_FINDINGS).map((finding) => findingLine(finding, redact));
        const more = findings.length - shown.length;
        lines.push(`  ${label} ${countOf(findings.length, 'finding')}: ${shown.join('; ')}${more > 0 ? `; … ${formatCount(more)} more` : ''}`);
    };
    list('hides', change.hidden);
    list('adds', change.added);
    for (const effect of ['looser', 'stricter']) {
        const items = [];
        for (const rule of change.rules) {
            const fields = rule.changes.filter((field) => field.effect === effect);
            if (fields.length > 0) {
                items.push(`${rule.id} ${fields.map(describeFieldChange).join(', ')}`);
            }
        }
        const { added, removed, changed } = change.exemptions;
        if (effect === 'looser')
            items.push(...added.map((exemption) => `new exemption ${plainExemption(exemption, redact)}`));
        if (effect === 'stricter')
            items.push(...removed.map((exemption) => `exemption removed ${plainExemption(exemption, redact)}`));
        for (const edit of changed) {
            if (edit.changes.some((field) => field.effect === effect))
                items.push(`exemption "${redact.text(edit.after.reason)}" ${effect === 'looser' ? 'widened' : 'narrowed'}`);
        }
        if (items.length > 0)
            lines.push(`  ${effect === 'looser' ? 'loosens' : 'tightens'}: ${items.join('; ')}`);
    }
    return lines.map(printable);
}


/***/ }),

/***/ 8029:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _9: () => (/* reexport */ SEVERITY_ICON),
  Lf: () => (/* reexport */ renderHeadline),
  Br: () => (/* binding */ renderSummary),
  rI: () => (/* binding */ renderSummaryParts)
});

// UNUSED EXPORTS: EXPIRY_WARNING_DAYS, SUMMARY_MAX_BYTES, SUMMARY_ROWS_PER_RULE

// EXTERNAL MODULE: ./src/output/finding-groups.ts
var finding_groups = __nccwpck_require__(1165);
// EXTERNAL MODULE: ./src/output/markdown.ts
var markdown = __nccwpck_require__(8548);
// EXTERNAL MODULE: ./src/output/render-baseline.ts
var render_baseline = __nccwpck_require__(6733);
// EXTERNAL MODULE: ./src/output/time-text.ts
var time_text = __nccwpck_require__(678);
;// CONCATENATED MODULE: ./src/output/render-owners.ts


/** More owners than this are summed up in one line: the section stays a glance, the JSON has all. */
const MAX_OWNER_ROWS = 50;
const NO_OWNER = 'no owner tag';
/** Whether the run looked up owners: some finding has the field (null counts, absent does not). */
function hasOwners(findings) {
    return findings.some((finding) => finding.owner !== undefined);
}
/** Owners by open findings (errors first), then name; findings of users without the tag last. */
function ownerRows(findings) {
    const rows = new Map();
    for (const finding of findings) {
        if (finding.owner === undefined || finding.user === null)
            continue;
        let row = rows.get(finding.owner);
        if (row === undefined) {
            row = { owner: finding.owner, counts: { error: 0, warning: 0, notice: 0, exempted: 0 }, users: new Set() };
            rows.set(finding.owner, row);
        }
        if (finding.exempted)
            row.counts.exempted += 1;
        else
            row.counts[finding.severity] += 1;
        row.users.add(finding.user);
    }
    return [...rows.values()].sort((a, b) => Number(a.owner === null) - Number(b.owner === null) ||
        b.counts.error - a.counts.error ||
        b.counts.warning - a.counts.warning ||
        b.counts.notice - a.counts.notice ||
        ((a.owner ?? '') < (b.owner ?? '') ? -1 : 1));
}
/** The section, or '' when owners were not looked up. */
function renderOwnersBlock(findings, redact) {
    if (!hasOwners(findings))
        return '';
    const rows = ownerRows(findings);
    if (rows.length === 0)
        return '';
    const shown = rows.slice(0, MAX_OWNER_ROWS);
    const lines = shown.map((row) => (0,markdown/* tableRow */.jD)([
        row.owner === null ? (0,markdown/* escapeText */.X1)(NO_OWNER) : (0,markdown/* code */.aY)(redact.owner(row.owner)),
        (0,time_text/* formatCount */.B4)(row.counts.error),
        (0,time_text/* formatCount */.B4)(row.counts.warning),
        (0,time_text/* formatCount */.B4)(row.counts.notice),
        (0,time_text/* formatCount */.B4)(row.counts.exempted),
        (0,time_text/* formatCount */.B4)(row.users.size),
    ]));
    const rest = rows.length - shown.length;
    const note = rest > 0 ? `\n… and ${(0,time_text/* formatCount */.B4)(rest)} more owners: every finding's \`owner\` is in the JSON file.\n` : '';
    return (`### Findings by owner\n\nFrom each user's owner tag.\n\n` +
        `${(0,markdown/* tableHead */.PP)(['Owner', 'Errors', 'Warnings', 'Notices', 'Exempted', 'Users'], ['left', 'right', 'right', 'right', 'right', 'right'])}\n` +
        `${lines.join('\n')}\n${note}\n`);
}

// EXTERNAL MODULE: ./src/output/render-policy-review.ts
var render_policy_review = __nccwpck_require__(3829);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ./src/output/summary/context.ts



const SEVERITY_ICON = { error: '🔴', warning: '🟠', notice: '🔵' };
/** Room kept for every cut table: its heading and its note always fit. */
const NOTE_RESERVE_BYTES = 500;
function bytes(text) {
    return external_node_buffer_.Buffer.byteLength(text, 'utf8');
}
/**
 * The bytes left for the summary; sections are charged as they are rendered. Each cut-able
 * section has room reserved up front for its heading and note, which it gets back when it renders.
 */
class Budget {
    remaining;
    /** Set once a table was cut: later (less important) tables then show only their note. */
    exhausted = false;
    constructor(remaining) {
        this.remaining = remaining;
    }
    charge(text) {
        this.remaining -= bytes(text);
        return text;
    }
    reserve(sections) {
        this.remaining -= sections * NOTE_RESERVE_BYTES;
    }
    release() {
        this.remaining += NOTE_RESERVE_BYTES;
    }
}
function severityCell(severity) {
    return `${SEVERITY_ICON[severity]} ${severity}`;
}
function userCell(context, finding) {
    return finding.user === null ? '—' : (0,markdown/* code */.aY)(context.redact.user(finding.user));
}
function accountCell(context, account) {
    return account === null ? '—' : (0,markdown/* code */.aY)(context.redact.account(account));
}
function messageCell(context, finding) {
    return (0,markdown/* escapeText */.X1)(context.redact.text(finding.message));
}
/** Columns shared by every per-user table, with Account only when the run covers several. */
function whoCells(context, finding, withRule = true) {
    // A finding new against the baseline is marked on its first cell (the rule, or the user in a per-rule table).
    const mark = (0,render_baseline/* newMark */.e0)(finding);
    const cells = withRule ? [`${mark}${(0,markdown/* code */.aY)(finding.rule)}`] : [];
    if (context.multiAccount)
        cells.push(accountCell(context, finding.account));
    cells.push(`${withRule ? '' : mark}${userCell(context, finding)}`, finding.credential === null ? '—' : (0,markdown/* code */.aY)(context.redact.text(finding.credential)));
    return cells;
}
function whoHeaders(context, withRule = true) {
    return [...(withRule ? ['Rule'] : []), ...(context.multiAccount ? ['Account'] : []), 'User', 'Credential'];
}
/** Where the rows a cut table leaves out can be read. */
function everyOneIn(context) {
    return context.jsonFile
        ? `Every one is in the JSON file ${(0,markdown/* code */.aY)(context.jsonFile, false)}.`
        : 'Set `json-file` to get every finding (and upload it as an artifact).';
}

;// CONCATENATED MODULE: ./src/output/summary/table.ts



/**
 * A table that takes rows while the budget lasts, then says how many it left out and where to
 * find them, so a 5 000-user account still gives a summary GitHub accepts.
 */
function budgetedTable(context, spec) {
    if (spec.items.length === 0)
        return '';
    const { budget } = context;
    budget.release();
    const head = `### ${spec.heading}\n\n${spec.intro ? `${spec.intro}\n\n` : ''}`;
    const tableTop = `${(0,markdown/* tableHead */.PP)(spec.headers, spec.align)}\n`;
    let size = bytes(head) + bytes(tableTop);
    const rows = [];
    if (!budget.exhausted && size + NOTE_RESERVE_BYTES <= budget.remaining) {
        for (const item of spec.items) {
            const row = `${(0,markdown/* tableRow */.jD)(spec.cells(item))}\n`;
            const rowSize = bytes(row);
            if (size + rowSize + NOTE_RESERVE_BYTES > budget.remaining)
                break;
            rows.push(row);
            size += rowSize;
        }
    }
    if (rows.length < spec.items.length)
        budget.exhausted = true;
    const table = rows.length > 0 ? `${tableTop}${rows.join('')}` : '';
    const note = rows.length < spec.items.length ? `${table ? '\n' : ''}${cutNote(context, rows.length, spec)}\n` : '';
    return budget.charge(`${head}${table}${note}\n`);
}
function cutNote(context, shown, spec) {
    const where = spec.elsewhere ?? everyOneIn(context);
    const [one, many] = spec.noun;
    const what = shown === 0
        ? `${(0,time_text/* countOf */.pq)(spec.items.length, one, many)} not shown`
        : `Showing ${(0,time_text/* formatCount */.B4)(shown)} of ${(0,time_text/* countOf */.pq)(spec.items.length, one, many)}`;
    return `> ✂️ ${what}: a job summary is limited to 1 MiB. ${where}`;
}

;// CONCATENATED MODULE: ./src/output/summary/accounts.ts




function reportGenerated(context, report) {
    if (report.generatedAt === null)
        return { when: 'unknown (saved report)', age: '—', stale: false };
    const at = Date.parse(report.generatedAt);
    if (Number.isNaN(at))
        return { when: (0,markdown/* escapeText */.X1)(report.generatedAt), age: '—', stale: false };
    return { when: (0,time_text/* formatInstant */.r4)(at), age: (0,time_text/* formatAgo */.n4)(at, context.now), stale: context.now - at > time_text/* REPORT_CACHE_NOTE_AFTER_MS */.ji };
}
const SOURCE_TEXT = {
    aws: 'fetched from AWS',
    file: 'read from a saved file',
};
const CACHE_NOTE = '> ℹ️ IAM keeps a credential report for up to 4 hours before it generates a new one: a fix made in IAM ' +
    'after the report was generated can take that long to show here.\n\n';
function perAccountCounts(document) {
    const counts = new Map();
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
function runFacts(context) {
    const { document } = context;
    return (`- **Policy:** ${(0,markdown/* code */.aY)(document.policy.source, false)}\n` +
        `- **Evaluated:** ${(0,time_text/* formatInstant */.r4)(document.evaluatedAt)}\n\n`);
}
function accountsBlock(context) {
    const { document, redact, budget } = context;
    const [only] = document.reports;
    if (document.reports.length <= 1) {
        let text = '';
        if (only) {
            const generated = reportGenerated(context, only);
            const age = generated.age === '—' ? '' : ` (${generated.age})`;
            const account = only.account === null ? 'unknown' : (0,markdown/* code */.aY)(redact.account(only.account), false);
            // A saved CSV does not say when it was generated: say what is known instead of "generated unknown".
            const origin = only.generatedAt === null
                ? `${SOURCE_TEXT[only.source]} (when it was generated is not known)`
                : `generated ${generated.when}${age}, ${SOURCE_TEXT[only.source]}`;
            text +=
                `- **Account:** ${account} · ${(0,time_text/* countOf */.pq)(only.users, 'user')} evaluated (root included)\n` +
                    `- **Report:** ${origin}\n`;
            text += runFacts(context);
            if (generated.stale)
                text += CACHE_NOTE;
        }
        else {
            text += runFacts(context);
        }
        return budget.charge(text);
    }
    const counts = perAccountCounts(document);
    const facts = budget.charge(runFacts(context));
    const stale = document.reports.some((report) => reportGenerated(context, report).stale);
    const cacheNote = stale ? budget.charge(CACHE_NOTE) : '';
    const table = budgetedTable(context, {
        heading: `Accounts (${(0,time_text/* formatCount */.B4)(document.reports.length)})`,
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
                (0,time_text/* formatCount */.B4)(report.users),
                (0,time_text/* formatCount */.B4)(entry.error),
                (0,time_text/* formatCount */.B4)(entry.warning),
                (0,time_text/* formatCount */.B4)(entry.notice),
                (0,time_text/* formatCount */.B4)(entry.exempted),
            ];
        },
    });
    return `${facts}${cacheNote}${table}`;
}

// EXTERNAL MODULE: ./src/user-error.ts
var user_error = __nccwpck_require__(7495);
;// CONCATENATED MODULE: ./src/output/summary/exemptions.ts




/** Exemptions that expire within this many days are called out. */
const EXPIRY_WARNING_DAYS = 30;
function exemptionStatus(row) {
    if (row.use.expired)
        return '⛔ expired';
    if (row.daysLeft !== null && row.daysLeft <= EXPIRY_WARNING_DAYS) {
        return row.daysLeft === 0 ? '⏳ expires today' : `⏳ expires in ${(0,time_text/* formatDays */.n1)(row.daysLeft)}`;
    }
    return row.use.applied === 0 ? '⚪ unused' : '✅ in force';
}
/** Expired first, then those about to expire (soonest first), then the rest in policy order. */
function exemptionUrgency(row) {
    if (row.use.expired)
        return -1;
    if (row.daysLeft !== null && row.daysLeft <= EXPIRY_WARNING_DAYS)
        return row.daysLeft;
    return EXPIRY_WARNING_DAYS + 1;
}
function exemptionsBlock(context) {
    const { redact } = context;
    const rows = context.outcome.exemptions.map((use, index) => ({
        number: index + 1,
        use,
        daysLeft: use.exemption.expires === null ? null : (0,time_text/* daysUntilEndOf */.sU)(use.exemption.expires, context.now),
    }));
    if (rows.length === 0)
        return '';
    const expiring = rows.filter((row) => !row.use.expired && row.daysLeft !== null && row.daysLeft <= EXPIRY_WARNING_DAYS);
    const expired = rows.filter((row) => row.use.expired);
    const facts = [
        expired.length > 0 ? `**${(0,time_text/* countOf */.pq)(expired.length, 'exemption')} expired** (no longer applied)` : '',
        expiring.length > 0 ? `**${(0,time_text/* countOf */.pq)(expiring.length, 'exemption')} expire${expiring.length === 1 ? 's' : ''} within ${EXPIRY_WARNING_DAYS} days**` : '',
    ].filter(Boolean);
    const sorted = [...rows].sort((a, b) => exemptionUrgency(a) - exemptionUrgency(b) || a.number - b.number);
    return budgetedTable(context, {
        heading: `Exemptions (${(0,time_text/* formatCount */.B4)(rows.length)})`,
        intro: facts.length > 0 ? `${facts.join(' · ')}.` : undefined,
        headers: ['Exemption', 'Status', 'Matches', 'Rules', 'Reason', 'Owner', 'Expires', 'Applied to'],
        align: ['left', 'left', 'left', 'left', 'left', 'left', 'left', 'right'],
        items: sorted,
        noun: ['exemption', 'exemptions'],
        elsewhere: `Every one is in the policy, ${(0,markdown/* code */.aY)(context.document.policy.source, false)}.`,
        cells: (row) => {
            const { exemption } = row.use;
            const { position } = exemption;
            // Usually the policy file itself: its line is enough.
            const where = position === null
                ? ''
                : position.file === context.document.policy.source && position.line !== undefined
                    ? ` (line ${position.line})`
                    : ` (${(0,markdown/* code */.aY)((0,user_error/* formatPosition */.Ld)(position))})`;
            const matches = [
                ...exemption.users.map((user) => `user ${(0,markdown/* code */.aY)(redact.user(user))}`),
                ...exemption.arns.map((arn) => `ARN ${(0,markdown/* code */.aY)(redact.arn(arn))}`),
                ...(exemption.accounts ?? []).map((account) => `account ${(0,markdown/* code */.aY)(redact.account(account))}`),
            ];
            return [
                (0,markdown/* escapeText */.X1)(`#${row.number}`) + where,
                exemptionStatus(row),
                matches.join(', ') || '—',
                exemption.rules.map((rule) => (0,markdown/* code */.aY)(rule)).join(', '),
                (0,markdown/* escapeText */.X1)(redact.text(exemption.reason)),
                exemption.owner === null ? '—' : (0,markdown/* escapeText */.X1)(redact.text(exemption.owner)),
                exemption.expires === null ? 'never' : (0,markdown/* escapeText */.X1)(exemption.expires),
                (0,time_text/* countOf */.pq)(row.use.applied, 'finding'),
            ];
        },
    });
}

;// CONCATENATED MODULE: ./src/output/summary/findings.ts




function upcomingBlock(context) {
    const items = context.groups.upcoming;
    return budgetedTable(context, {
        heading: `Upcoming rotations (${(0,time_text/* formatCount */.B4)(items.length)})`,
        intro: 'Not failing yet: these credentials pass their limit soon.',
        headers: [...whoHeaders(context), 'Age', 'Limit', 'Over the limit in'],
        align: [...whoHeaders(context).map(() => 'left'), 'right', 'right', 'right'],
        items,
        noun: ['upcoming rotation', 'upcoming rotations'],
        cells: (finding) => [
            ...whoCells(context, finding),
            (0,time_text/* formatDays */.n1)(finding.ageDays),
            (0,time_text/* formatDays */.n1)(finding.limit),
            finding.ageDays !== null && finding.limit !== null ? (0,time_text/* formatDays */.n1)(Math.max(0, finding.limit - finding.ageDays + 1)) : '—',
        ],
    });
}
function exemptedBlock(context) {
    const items = context.groups.exempted;
    return budgetedTable(context, {
        heading: `Exempted (${(0,time_text/* formatCount */.B4)(items.length)})`,
        intro: 'Findings an exemption of the policy covers: they never count toward the verdict.',
        headers: ['Severity', ...whoHeaders(context), 'Age', 'Limit', 'Reason', 'Owner', 'Expires'],
        align: ['left', ...whoHeaders(context).map(() => 'left'), 'right', 'right', 'left', 'left', 'left'],
        items,
        noun: ['exempted finding', 'exempted findings'],
        cells: (finding) => [
            severityCell(finding.severity),
            ...whoCells(context, finding),
            (0,time_text/* formatDays */.n1)(finding.ageDays),
            (0,time_text/* formatDays */.n1)(finding.limit),
            finding.exemption === null ? '—' : (0,markdown/* escapeText */.X1)(context.redact.text(finding.exemption.reason)),
            finding.exemption?.owner ? (0,markdown/* escapeText */.X1)(context.redact.text(finding.exemption.owner)) : '—',
            finding.exemption?.expires ? (0,markdown/* escapeText */.X1)(finding.exemption.expires) : 'never',
        ],
    });
}
function runLevelBlock(context) {
    const items = context.groups.runLevel;
    return budgetedTable(context, {
        heading: `About the run (${(0,time_text/* formatCount */.B4)(items.length)})`,
        headers: ['Severity', 'Rule', ...(context.multiAccount ? ['Account'] : []), 'Finding'],
        items,
        noun: ['finding', 'findings'],
        cells: (finding) => [
            severityCell(finding.severity),
            (0,markdown/* code */.aY)(finding.rule),
            ...(context.multiAccount ? [accountCell(context, finding.account)] : []),
            messageCell(context, finding),
        ],
    });
}

;// CONCATENATED MODULE: ./src/output/summary/headline.ts



const VERDICT_TITLE = {
    pass: '✅ IAM credential gate passed',
    fail: '❌ IAM credential gate failed',
    error: '⛔ IAM credential gate could not evaluate',
};
const FAIL_ON_TEXT = {
    error: 'the gate fails on errors (`fail-on: error`)',
    warning: 'the gate fails on errors and warnings (`fail-on: warning`)',
    never: 'findings never fail the gate (`fail-on: never`)',
};
/** The verdict as a heading and the counts under it: the part anyone reads. */
function renderHeadline(document, heading) {
    const { counts } = document;
    const line = [
        `${SEVERITY_ICON.error} **${(0,time_text/* formatCount */.B4)(counts.error)}** ${counts.error === 1 ? 'error' : 'errors'}`,
        `${SEVERITY_ICON.warning} **${(0,time_text/* formatCount */.B4)(counts.warning)}** ${counts.warning === 1 ? 'warning' : 'warnings'}`,
        `${SEVERITY_ICON.notice} **${(0,time_text/* formatCount */.B4)(counts.notice)}** ${counts.notice === 1 ? 'notice' : 'notices'}`,
        `🛡️ **${(0,time_text/* formatCount */.B4)(counts.exempted)}** exempted`,
    ].join(' · ');
    return `${heading} ${VERDICT_TITLE[document.verdict]}\n\n${line} — ${FAIL_ON_TEXT[document.failOn]}.\n\n`;
}
function titleBlock(context) {
    return context.budget.charge(renderHeadline(context.document, '##'));
}
function errorsBlock(context) {
    const { errors, verdict } = context.document;
    if (errors.length === 0)
        return '';
    context.budget.release();
    const lead = verdict === 'error'
        ? '**The gate could not evaluate, so it fails whatever `fail-on` says:**'
        : '**Errors:**';
    const items = [];
    let size = bytes(lead);
    for (const error of errors) {
        const item = `- ${(0,markdown/* escapeMessage */.hC)(context.redact.text(error))}\n`;
        size += bytes(item);
        if (size + NOTE_RESERVE_BYTES > context.budget.remaining)
            break;
        items.push(item);
    }
    if (items.length < errors.length)
        items.push(`- … and ${(0,time_text/* formatCount */.B4)(errors.length - items.length)} more (see the log).\n`);
    return context.budget.charge(`${lead}\n\n${items.join('')}\n`);
}
function footerBlock(context) {
    const parts = [
        context.jsonFile
            ? `Every finding is in ${(0,markdown/* code */.aY)(context.jsonFile, false)}`
            : 'Set `json-file` to save every finding as JSON',
        `${context.document.tool.name} ${(0,markdown/* escapeText */.X1)(context.document.tool.version)}`,
    ];
    if (context.runUrl)
        parts.push((0,markdown/* link */.nf)('workflow run', context.runUrl));
    return context.budget.charge(`---\n<sub>${parts.join(' · ')}</sub>\n`);
}

// EXTERNAL MODULE: ./src/output/rule-metadata.ts
var rule_metadata = __nccwpck_require__(5137);
;// CONCATENATED MODULE: ./src/output/summary/rules.ts




/** Enabled rules in policy order, then run-level rules that found something. */
function ruleRows(document) {
    const tally = new Map();
    const { findings } = document;
    for (let i = 0; i < findings.length; i += 1) {
        const finding = findings[i];
        let entry = tally.get(finding.rule);
        if (entry === undefined) {
            entry = { open: 0, exempted: 0, severity: finding.severity };
            tally.set(finding.rule, entry);
        }
        if (finding.exempted)
            entry.exempted += 1;
        else
            entry.open += 1;
    }
    const rows = [];
    const off = [];
    const listed = new Set();
    for (const rule of document.rules) {
        const found = tally.get(rule.id);
        if (!rule.enabled && found === undefined) {
            off.push(rule.id);
            continue;
        }
        listed.add(rule.id);
        rows.push({ id: rule.id, severity: rule.severity, open: found?.open ?? 0, exempted: found?.exempted ?? 0 });
    }
    for (const [id, found] of tally) {
        if (!listed.has(id))
            rows.push({ id, severity: found.severity, open: found.open, exempted: found.exempted });
    }
    return { rows, off };
}
function referencesCell(id, policySource) {
    const { references } = (0,rule_metadata/* ruleInfo */.P)(id, policySource);
    return references.length === 0 ? '—' : references.map((reference) => (0,markdown/* link */.nf)(reference.label, reference.url)).join(', ');
}
function rulesBlock(context) {
    const { rows, off } = ruleRows(context.document);
    if (rows.length === 0)
        return '';
    const lines = rows.map((row) => (0,markdown/* tableRow */.jD)([
        row.open === 0 ? '✅' : SEVERITY_ICON[row.severity],
        (0,markdown/* code */.aY)(row.id),
        (0,markdown/* escapeText */.X1)((0,rule_metadata/* ruleInfo */.P)(row.id).title),
        row.severity,
        (0,time_text/* formatCount */.B4)(row.open),
        (0,time_text/* formatCount */.B4)(row.exempted),
        referencesCell(row.id, context.document.policy.source),
    ]));
    const offNote = off.length === 0 ? '' : `\nOff in this policy: ${off.map((id) => (0,markdown/* code */.aY)(id, false)).join(', ')}.\n`;
    return context.budget.charge(`### Rules\n\n${(0,markdown/* tableHead */.PP)(['', 'Rule', 'Checks that', 'Severity', 'Findings', 'Exempted', 'References'], [
        'center',
        'left',
        'left',
        'left',
        'right',
        'right',
        'left',
    ])}\n${lines.join('\n')}\n${offNote}\n`);
}
function remediationBlock(context) {
    const open = new Map();
    const { findings } = context.document;
    for (let i = 0; i < findings.length; i += 1) {
        const finding = findings[i];
        if (!finding.exempted)
            open.set(finding.rule, (open.get(finding.rule) ?? 0) + 1);
    }
    if (open.size === 0)
        return '';
    const sections = [...open].map(([id, count]) => {
        const info = (0,rule_metadata/* ruleInfo */.P)(id, context.document.policy.source);
        const advice = info.remediation ?? info.description;
        const references = info.references.length === 0
            ? ''
            : `\n\nReferences: ${info.references.map((reference) => (0,markdown/* link */.nf)(reference.label, reference.url)).join(', ')}`;
        return (`<details>\n<summary><code>${(0,markdown/* escapeHtml */.ZD)(id)}</code> · ${(0,markdown/* escapeHtml */.ZD)(info.title)} ` +
            `(${(0,markdown/* escapeHtml */.ZD)((0,time_text/* countOf */.pq)(count, 'finding'))})</summary>\n\n${(0,markdown/* trustedMarkdown */.pG)(advice)}${references}\n\n</details>\n`);
    });
    return context.budget.charge(`### How to fix\n\n${sections.join('\n')}\n`);
}

;// CONCATENATED MODULE: ./src/output/summary/violations.ts







function violationCells(context, finding, withRule) {
    return [
        severityCell(finding.severity),
        ...whoCells(context, finding, withRule),
        (0,time_text/* formatDays */.n1)(finding.ageDays),
        (0,time_text/* formatDays */.n1)(finding.limit),
        messageCell(context, finding),
    ];
}
/** One value's cell, rendered once: a rule's rows repeat a handful of severities, credentials, limits and ages. */
function memo(render) {
    const cells = new Map();
    return (key) => {
        let cell = cells.get(key);
        if (cell === undefined) {
            cell = render(key);
            cells.set(key, cell);
        }
        return cell;
    };
}
/**
 * A row of a rule's own table (no Rule cell): the cells of violationCells without the rule, in one
 * template. A large account renders thousands of these, so the repeated cells come from memos.
 */
function ruleRowRenderer(context) {
    const severity = memo(severityCell);
    const days = memo(time_text/* formatDays */.n1);
    const credential = memo((value) => (value === null ? '—' : (0,markdown/* code */.aY)(context.redact.text(value))));
    const account = memo((value) => accountCell(context, value));
    return (finding) => `| ${severity(finding.severity)} | ${context.multiAccount ? `${account(finding.account)} | ` : ''}` +
        `${(0,render_baseline/* newMark */.e0)(finding)}${userCell(context, finding)} | ${credential(finding.credential)} | ` +
        `${days(finding.ageDays)} | ${days(finding.limit)} | ${messageCell(context, finding)} |\n`;
}
function headersOf(context, withRule) {
    const who = whoHeaders(context, withRule);
    return {
        headers: ['Severity', ...who, 'Age', 'Limit', 'Finding'],
        align: ['left', ...who.map(() => 'left'), 'right', 'right', 'left'],
    };
}
function byRule(items) {
    const groups = new Map();
    for (let i = 0; i < items.length; i += 1) {
        const finding = items[i];
        let group = groups.get(finding.rule);
        if (group === undefined) {
            group = [];
            groups.set(finding.rule, group);
        }
        group.push(finding);
    }
    return groups;
}
function complete(section) {
    return section.rows.length === section.items.length;
}
/**
 * Renders the rule's next rows while they fit in `limit` bytes and the rule's row limit: a row is
 * rendered once, and only if it may be shown.
 */
function renderUpTo(section, limit) {
    while (!complete(section) && section.rows.length < section.maxRows) {
        const finding = section.items[section.rows.length];
        const row = section.pending ?? section.render(finding);
        const size = bytes(row);
        if (section.used + size > limit) {
            section.pending = row;
            return;
        }
        section.rows.push(row);
        section.sizes.push(size);
        section.used += size;
        section.pending = null;
    }
}
/**
 * Water-filling over `room` bytes: the rule with the fewest findings first takes what it needs up
 * to an equal share of what is left, and so on; what is still left goes round again to the rules
 * that want more, until no rule's next row fits.
 */
function fill(sections, room) {
    let left = room;
    let open = [...sections].sort((a, b) => a.items.length - b.items.length);
    while (open.length > 0) {
        let progressed = false;
        open.forEach((section, index) => {
            const before = section.used;
            renderUpTo(section, before + Math.floor(left / (open.length - index)));
            left -= section.used - before;
            if (section.used > before)
                progressed = true;
        });
        open = open.filter((section) => !complete(section));
        if (!progressed)
            break;
    }
}
function ruleNote(context, section) {
    const shownCount = section.rows.length;
    const more = section.items.length - shownCount;
    const where = context.jsonFile ? `in the findings document ${(0,markdown/* code */.aY)(context.jsonFile, false)}` : 'in the findings document: set `json-file` to write it';
    const shown = shownCount === 0 ? 'None shown' : `Showing the first ${(0,time_text/* formatCount */.B4)(shownCount)}`;
    return `> ✂️ ${shown} of ${(0,time_text/* countOf */.pq)(section.items.length, 'violation')} of ${(0,markdown/* code */.aY)(section.rule, false)}: ${(0,time_text/* formatCount */.B4)(more)} more ${where}.\n`;
}
/** The section's findings most important first: errors, then the oldest credential (as annotations and SARIF pick theirs). */
function inImportanceOrder(section) {
    section.items = [...section.items].sort(finding_groups/* byImportance */.G5);
}
function sectionsOf(context, items) {
    const render = ruleRowRenderer(context);
    return [...byRule(items)].map(([rule, group]) => ({
        rule,
        items: group,
        maxRows: context.rowsPerRule,
        head: `#### ${(0,markdown/* code */.aY)(rule, false)} · ${(0,markdown/* escapeText */.X1)((0,rule_metadata/* ruleInfo */.P)(rule).title)} (${(0,time_text/* formatCount */.B4)(group.length)})\n\n`,
        rows: [],
        sizes: [],
        used: 0,
        pending: null,
        render,
    }));
}
/** The one table of every violation, when it fits: the rule's cell goes in after the severity's. */
function wholeTable(context, items, sections) {
    if (!sections.every(complete))
        return null;
    const { headers, align } = headersOf(context, true);
    const head = `### Violations (${(0,time_text/* formatCount */.B4)(items.length)})\n\n${(0,markdown/* tableHead */.PP)(headers, align)}\n`;
    let size = bytes(head) + 1;
    const ruleCells = sections.map((section) => `${(0,markdown/* code */.aY)(section.rule)} | `);
    sections.forEach((section, index) => {
        size += section.sizes.reduce((sum, rowSize) => sum + rowSize, 0) + section.rows.length * bytes(ruleCells[index] ?? '');
    });
    if (size + NOTE_RESERVE_BYTES > context.budget.remaining)
        return null;
    // In the findings' order: the next row of each finding's rule.
    const next = new Map(sections.map((section, index) => [section.rule, { section, cell: ruleCells[index] ?? '', row: 0 }]));
    const rows = [];
    for (const finding of items) {
        const entry = next.get(finding.rule);
        if (entry === undefined)
            continue;
        const prefix = `| ${severityCell(finding.severity)} | `;
        rows.push(`${prefix}${entry.cell}${(entry.section.rows[entry.row] ?? '').slice(prefix.length)}`);
        entry.row += 1;
    }
    return `${head}${rows.join('')}\n`;
}
function tableTopOf(context) {
    const { headers, align } = headersOf(context, false);
    return `${(0,markdown/* tableHead */.PP)(headers, align)}\n`;
}
/**
 * The heading, and the note that rows were left out. Every row may still fit in tables per rule when
 * one table (with its Rule column) would not: then there is no note, as nothing is left out.
 */
function leadOf(context, items, cut) {
    const heading = `### Violations (${(0,time_text/* formatCount */.B4)(items.length)})\n\n`;
    if (cut === 'none')
        return heading;
    const why = cut === 'rows'
        ? `is shown: each rule shows its ${(0,time_text/* formatCount */.B4)(context.rowsPerRule)} most important ones at most`
        : 'fits: a job summary is limited to 1 MiB, so each rule shows its most important ones';
    return `${heading}> ✂️ Not every violation ${why}. ${everyOneIn(context)}\n\n`;
}
/** Why rows were left out: only a rule's row limit, or the summary's size too. */
function cutOf(sections) {
    let cut = 'none';
    for (const section of sections) {
        if (complete(section))
            continue;
        if (section.rows.length < section.maxRows)
            return 'bytes';
        cut = 'rows';
    }
    return cut;
}
/** Headings, table heads and notes: every failing rule is named with its count, whatever the size. */
function fixedBytes(context, items, sections) {
    const top = bytes(tableTopOf(context));
    // The longest lead, the one of a cut by the room.
    return bytes(leadOf(context, items, 'bytes')) + sections.reduce((sum, section) => sum + bytes(section.head) + top + NOTE_RESERVE_BYTES, 0);
}
/** The sections as parts, each charged: joining them would copy the largest part of the summary once more. */
function perRuleSections(context, items, sections) {
    const tableTop = tableTopOf(context);
    const parts = [context.budget.charge(leadOf(context, items, cutOf(sections)))];
    for (const section of sections) {
        const shown = section.rows.length;
        const table = shown > 0 ? `${tableTop}${section.rows.join('')}` : '';
        const note = shown < section.items.length ? `${table ? '\n' : ''}${ruleNote(context, section)}` : '';
        parts.push(context.budget.charge(`${section.head}${table}${note}\n`));
    }
    return parts;
}
/** The Violations section, in parts (the per-rule sections of a large account are most of the summary). */
function violationsBlock(context) {
    const items = context.groups.violations;
    if (items.length === 0)
        return [];
    const { budget } = context;
    if (budget.exhausted) {
        const table = budgetedTable(context, {
            heading: `Violations (${(0,time_text/* formatCount */.B4)(items.length)})`,
            ...headersOf(context, true),
            items,
            noun: ['violation', 'violations'],
            cells: (finding) => violationCells(context, finding, true),
        });
        return [table];
    }
    budget.release();
    const sections = sectionsOf(context, items);
    const room = budget.remaining - fixedBytes(context, items, sections);
    if (room <= 0) {
        // Not even one row each: the count of every rule, and where they are.
        const list = sections.map((section) => `- ${(0,markdown/* code */.aY)(section.rule, false)}: ${(0,time_text/* countOf */.pq)(section.items.length, 'violation')}\n`).join('');
        const note = cutNote(context, 0, { items, noun: ['violation', 'violations'] });
        budget.exhausted = true;
        return [budget.charge(`### Violations (${(0,time_text/* formatCount */.B4)(items.length)})\n\n${note}\n\n${list}\n`)];
    }
    // A rule that cannot show every row shows its most important ones; a rule that shows every row
    // keeps the document's order. A rule over its row limit is cut whatever the room: in that order
    // from the start, so none of its rows is rendered twice.
    for (const section of sections)
        if (section.items.length > section.maxRows)
            inImportanceOrder(section);
    fill(sections, room);
    // Those over their row limit are in importance order already.
    const cut = sections.filter((section) => !complete(section) && section.items.length <= section.maxRows);
    if (cut.length > 0) {
        // Cut by the room alone: its rows are rendered again in importance order, in the room the
        // others left.
        const left = sections.reduce((sum, section) => (cut.includes(section) ? sum : sum - section.used), room);
        for (const section of cut) {
            inImportanceOrder(section);
            section.rows = [];
            section.sizes = [];
            section.used = 0;
            section.pending = null;
        }
        fill(cut, left);
    }
    // One table when it all fits (the usual case), as the other sections are.
    const whole = wholeTable(context, items, sections);
    if (whole !== null)
        return [budget.charge(whole)];
    const parts = perRuleSections(context, items, sections);
    if (!sections.every(complete))
        budget.exhausted = true;
    return parts;
}

;// CONCATENATED MODULE: ./src/output/render-summary.ts















/** GitHub rejects a step summary over 1 MiB (1,048,576 bytes); stay clear of it. */
const SUMMARY_MAX_BYTES = 1_000_000;
/**
 * The most violations of one rule the summary shows, its most important ones: a table of thousands
 * of rows is not read, and makes the run's page slow to open, and the run itself (rendering 8 500
 * rows was a fifth of a large account's cold start). Every finding is in `json-file`.
 */
const SUMMARY_ROWS_PER_RULE = 500;
/**
 * The job summary: the verdict and counts first, then the accounts and report ages, the rules,
 * the findings by group, the exemptions and how to fix what was found. Every value from the
 * report or the policy is escaped (and redacted when asked); tables are cut to stay under
 * `maxBytes`, each with a note that points at the JSON file. Each section is in summary/.
 */
function renderSummary(outcome, options) {
    return renderSummaryParts(outcome, options).join('');
}
/**
 * renderSummary as its sections, in order: the action writes them one by one, so a large summary
 * (a megabyte, two bytes a character in memory once an emoji is in it) is never copied into one
 * string only to be encoded and thrown away.
 */
function renderSummaryParts(outcome, options) {
    const { document } = outcome;
    const { redact } = options;
    redact.learn(outcome);
    const context = {
        document,
        outcome,
        groups: (0,finding_groups/* groupFindings */.kG)((0,render_baseline/* newFirst */.$h)(document.findings)),
        redact,
        now: options.now,
        jsonFile: options.jsonFile,
        runUrl: options.runUrl ?? null,
        multiAccount: document.reports.length > 1 || (0,finding_groups/* coversSeveralAccounts */.l$)(document),
        budget: new Budget(options.maxBytes ?? SUMMARY_MAX_BYTES),
        rowsPerRule: options.rowsPerRule ?? SUMMARY_ROWS_PER_RULE,
    };
    // Charged in order of importance, so what a reader needs most is never cut; laid out below.
    const head = titleBlock(context);
    const review = document.policyChange
        ? context.budget.charge((0,render_policy_review/* renderPolicyReviewMarkdown */.I)(document.policyChange, { redact, maxFindings: 50, heading: '###' }))
        : '';
    const rules = rulesBlock(context);
    const owners = context.budget.charge(renderOwnersBlock(document.findings, redact));
    const remediation = remediationBlock(context);
    const end = footerBlock(context);
    const { groups } = context;
    context.budget.reserve([
        document.errors,
        document.reports.length > 1 ? document.reports : [],
        groups.violations,
        groups.runLevel,
        groups.upcoming,
        outcome.exemptions,
        groups.exempted,
    ].filter((items) => items.length > 0).length);
    const errors = errorsBlock(context);
    const since = context.budget.charge((0,render_baseline/* renderBaselineSection */.tc)(document, {
        redact,
        multiAccount: context.multiAccount,
        maxBytes: Math.floor(context.budget.remaining / 3),
        elsewhere: context.jsonFile ? `Every one is in the JSON file ${(0,markdown/* code */.aY)(context.jsonFile, false)}.` : 'Set `json-file` to get every finding.',
    }));
    const accounts = accountsBlock(context);
    const violations = violationsBlock(context);
    const runLevel = runLevelBlock(context);
    const upcoming = upcomingBlock(context);
    const exemptions = exemptionsBlock(context);
    const exempted = exemptedBlock(context);
    return [head, review, errors, since, accounts, rules, owners, ...violations, upcoming, runLevel, exemptions, exempted, remediation, end].filter((part) => part !== '');
}


/***/ }),

/***/ 5137:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ ruleInfo),
/* harmony export */   _: () => (/* binding */ RUN_LEVEL_IDS)
/* harmony export */ });
/* harmony import */ var _rules_references__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4329);
/* harmony import */ var _rules_registry__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1018);


const RUN_LEVEL_IDS = new Set(_rules_registry__WEBPACK_IMPORTED_MODULE_1__/* .RUN_LEVEL_RULES */ .zQ.map((rule) => rule.id));
/**
 * `policySource` (the document's `policy.source`): a builtin that follows a benchmark cites the
 * benchmark's own item numbers (see BENCHMARK_REFERENCES); any other policy, the rule's references.
 */
function ruleInfo(id, policySource) {
    const rule = (0,_rules_registry__WEBPACK_IMPORTED_MODULE_1__/* .getRule */ .rF)(id);
    if (rule !== undefined) {
        const { title, description, remediation, defaultSeverity } = rule;
        const references = (0,_rules_references__WEBPACK_IMPORTED_MODULE_0__/* .referencesUnder */ .zg)(policySource, id, rule.references);
        return { id, title, description, remediation, references, defaultSeverity, runLevel: false };
    }
    const runLevel = _rules_registry__WEBPACK_IMPORTED_MODULE_1__/* .RUN_LEVEL_RULES */ .zQ.find((candidate) => candidate.id === id);
    if (runLevel !== undefined) {
        const { title, description, severity } = runLevel;
        return { id, title, description, remediation: null, references: [], defaultSeverity: severity, runLevel: true };
    }
    // A findings document from a newer version (e.g. given to `merge`) may name a rule we do not know.
    return { id, title: id, description: '', remediation: null, references: [], defaultSeverity: 'warning', runLevel: false };
}


/***/ }),

/***/ 678:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   ji: () => (/* binding */ REPORT_CACHE_NOTE_AFTER_MS),
/* harmony export */   n1: () => (/* binding */ formatDays),
/* harmony export */   n4: () => (/* binding */ formatAgo),
/* harmony export */   pq: () => (/* binding */ countOf),
/* harmony export */   r4: () => (/* binding */ formatInstant),
/* harmony export */   sU: () => (/* binding */ daysUntilEndOf)
/* harmony export */ });
/** How outputs write instants, durations and counts: UTC, whole units, no locale surprises. */
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** `2026-11-20 11:58 UTC` */
function formatInstant(at) {
    const date = new Date(at);
    if (Number.isNaN(date.getTime()))
        return String(at);
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function plural(count, unit) {
    return `${formatCount(count)} ${unit}${count === 1 ? '' : 's'}`;
}
/** `12 minutes ago`, `5 hours ago`, `3 days ago`; clock skew shows as `in the future`. */
function formatAgo(then, now) {
    const elapsed = now - then;
    if (elapsed < -MINUTE_MS)
        return 'in the future (clock skew?)';
    if (elapsed < MINUTE_MS)
        return 'just now';
    if (elapsed < HOUR_MS)
        return `${plural(Math.floor(elapsed / MINUTE_MS), 'minute')} ago`;
    if (elapsed < 2 * DAY_MS)
        return `${plural(Math.floor(elapsed / HOUR_MS), 'hour')} ago`;
    return `${plural(Math.floor(elapsed / DAY_MS), 'day')} ago`;
}
function formatDays(days) {
    return days === null ? '—' : plural(days, 'day');
}
/**
 * `5,000`, as `toLocaleString('en-US')` writes it. Whole numbers are grouped by hand: the summary
 * of a large account formats tens of thousands of them, and the locale path costs a few µs each.
 */
function formatCount(count) {
    if (!Number.isSafeInteger(count))
        return count.toLocaleString('en-US');
    const digits = String(Math.abs(count));
    if (digits.length <= 3)
        return count < 0 ? `-${digits}` : digits;
    let grouped = digits.slice(0, digits.length % 3 || 3);
    for (let i = grouped.length; i < digits.length; i += 3)
        grouped += `,${digits.slice(i, i + 3)}`;
    return count < 0 ? `-${grouped}` : grouped;
}
function countOf(count, noun, pluralNoun = `${noun}s`) {
    return `${formatCount(count)} ${count === 1 ? noun : pluralNoun}`;
}
/** Whole days from `now` until the end (23:59:59.999 UTC) of a `YYYY-MM-DD` day; negative once past. */
function daysUntilEndOf(day, now) {
    const start = Date.parse(`${day}T00:00:00.000Z`);
    if (Number.isNaN(start))
        return null;
    return Math.floor((start + DAY_MS - 1 - now) / DAY_MS);
}
const REPORT_CACHE_NOTE_AFTER_MS = HOUR_MS;


/***/ }),

/***/ 3611:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ showInvisible)
/* harmony export */ });
/**
 * Characters that change how text around them is shown, made visible. A control character (a NUL
 * in an exemption reason) can cut or garble a log line; a bidi control (U+202E) can reorder a
 * line so that `gnp.exe` reads as `exe.png`. Untrusted text shows them as marks instead.
 */
// Tab, line feed and carriage return are left to each caller (a log line keeps them, a table cell
// cannot).
// eslint-disable-next-line no-control-regex
const C0_AND_DEL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const C1_AND_BIDI = /[\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function codePoint(char) {
    return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
/** C0 controls become their Control Pictures (NUL → ␀), C1 and bidi controls `<U+202E>`. */
function showInvisible(text) {
    return text
        .replace(C0_AND_DEL, (char) => (char === '\u007f' ? '\u2421' : String.fromCharCode(0x2400 + char.charCodeAt(0))))
        .replace(C1_AND_BIDI, (char) => `<${codePoint(char)}>`);
}


/***/ }),

/***/ 1268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ policyChangeDocument),
/* harmony export */   r: () => (/* binding */ serializePolicyChange)
/* harmony export */ });
// Objects are rebuilt field by field, like the rest of the findings document, so the JSON keeps
// its documented key order whatever built them.
function ruleSide(side) {
    return { enabled: side.enabled, severity: side.severity, params: { ...side.params } };
}
function fieldChange(change) {
    return { field: change.field, before: change.before, after: change.after, effect: change.effect };
}
function ruleChange(rule) {
    return {
        id: rule.id,
        before: ruleSide(rule.before),
        after: ruleSide(rule.after),
        effect: rule.effect,
        changes: rule.changes.map(fieldChange),
    };
}
function exemption(content) {
    return {
        users: [...content.users],
        arns: [...content.arns],
        accounts: content.accounts === null ? null : [...content.accounts],
        rules: [...content.rules],
        reason: content.reason,
        expires: content.expires,
        owner: content.owner,
        at: content.at,
    };
}
function exemptionChange(change) {
    return {
        before: exemption(change.before),
        after: exemption(change.after),
        effect: change.effect,
        changes: change.changes.map(fieldChange),
    };
}
/** `policyChange` in the document's key order; `finding` rebuilds a finding the way the document does. */
function policyChangeDocument(change, finding) {
    return {
        comparePolicy: change.comparePolicy,
        weakened: change.weakened,
        policyWeakening: change.policyWeakening,
        reasons: [...change.reasons],
        hidden: change.hidden.map(finding),
        added: change.added.map(finding),
        rules: change.rules.map(ruleChange),
        exemptions: {
            added: change.exemptions.added.map(exemption),
            removed: change.exemptions.removed.map(exemption),
            changed: change.exemptions.changed.map(exemptionChange),
        },
    };
}
function* findingList(findings) {
    yield '[';
    let first = true;
    for (const finding of findings) {
        yield `${first ? '' : ','}\n      ${JSON.stringify(finding)}`;
        first = false;
    }
    yield `${findings.length > 0 ? '\n    ' : ''}]`;
}
/**
 * The value of `policyChange` as JSON text in pieces, at the document's top-level indentation:
 * a rule turned off across a hundred accounts hides hundreds of thousands of findings, listed one
 * per line like the document's own `findings`, never built as one string.
 */
function* serializePolicyChange(change) {
    if (change === null) {
        yield 'null';
        return;
    }
    const { hidden, added, rules, exemptions, ...head } = change;
    const indent = (json) => json.replace(/\n/g, '\n  ');
    yield `${indent(JSON.stringify(head, null, 2)).slice(0, -4)},\n    "hidden": `;
    yield* findingList(hidden);
    yield ',\n    "added": ';
    yield* findingList(added);
    yield `,\n    "rules": ${indent(indent(JSON.stringify(rules, null, 2)))}`;
    yield `,\n    "exemptions": ${indent(indent(JSON.stringify(exemptions, null, 2)))}\n  }`;
}


/***/ }),

/***/ 9814:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eA: () => (/* binding */ exemptionsOfChange),
  Zp: () => (/* binding */ reviewPolicyChange),
  cs: () => (/* binding */ verdictWithReview),
  P8: () => (/* binding */ withPolicyReview)
});

// UNUSED EXPORTS: describeExemptionContent, describeFieldChange, formatValue, policyWeakenedFinding

// EXTERNAL MODULE: ./src/evaluate/sort-findings.ts
var sort_findings = __nccwpck_require__(8390);
// EXTERNAL MODULE: ./src/evaluate/run-finding.ts
var run_finding = __nccwpck_require__(6402);
// EXTERNAL MODULE: ./src/user-error.ts
var user_error = __nccwpck_require__(7495);
// EXTERNAL MODULE: ./src/rules/registry.ts + 10 modules
var registry = __nccwpck_require__(1018);
;// CONCATENATED MODULE: ./src/policy-review/compare-rules.ts

/** Higher = stricter: lowering a severity loosens the rule. */
const SEVERITY_WEIGHT = { notice: 0, warning: 1, error: 2 };
/**
 * How a param moves the rule, by the contract's list. `up`: a higher number is looser (a limit of
 * days); `down`: a lower number is looser (the early warning, the setup window).
 */
const NUMERIC_PARAMS = {
    max_days: 'up',
    days: 'up',
    grace_days: 'up',
    warn_days: 'down',
    window_minutes: 'down',
};
/**
 * `violation` flags a never-used credential at once, `from-creation` ages it, `ignore` never flags
 * it (the modes of rule-params.ts, which is not imported: it loads zod).
 */
const NEVER_USED_LOOSENESS = new Map([
    ['violation', 0],
    ['from-creation', 1],
    ['ignore', 2],
]);
function sign(delta, looserWhenPositive) {
    if (delta === 0)
        return 'neutral';
    return delta > 0 === looserWhenPositive ? 'looser' : 'stricter';
}
/** Any value gained is looser (a glob, a region, a rule more); only losing some is stricter. */
function listEffect(before, after, gainIsLooser = true) {
    const was = new Set(before);
    const now = new Set(after);
    const gained = [...now].some((value) => !was.has(value));
    const lost = [...was].some((value) => !now.has(value));
    if (gained)
        return gainIsLooser ? 'looser' : 'stricter';
    if (lost)
        return gainIsLooser ? 'stricter' : 'looser';
    return 'neutral';
}
function isStringList(value) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
/** The effect of one param going from `before` to `after`; params outside the contract's list are neutral. */
function paramEffect(name, before, after) {
    const direction = NUMERIC_PARAMS[name];
    if (direction !== undefined && typeof before === 'number' && typeof after === 'number') {
        return sign(after - before, direction === 'up');
    }
    if (name === 'never_used' && typeof before === 'string' && typeof after === 'string') {
        const from = NEVER_USED_LOOSENESS.get(before);
        const to = NEVER_USED_LOOSENESS.get(after);
        return from === undefined || to === undefined ? 'neutral' : sign(to - from, true);
    }
    if (name === 'allowed_regions' && isStringList(before) && isStringList(after))
        return listEffect(before, after);
    return 'neutral';
}
/** Looser wins over stricter: a change that loosens anything is one a reviewer must see. */
function overallEffect(effects) {
    let result = 'neutral';
    for (const effect of effects) {
        if (effect === 'looser')
            return 'looser';
        if (effect === 'stricter')
            result = 'stricter';
    }
    return result;
}
/** Lists (regions) are sets: the same regions in another order are no change. */
function sameValue(a, b) {
    if (isStringList(a) && isStringList(b))
        return listEffect(a, b) === 'neutral';
    return JSON.stringify(a) === JSON.stringify(b);
}
function side(rule, defaults) {
    return { enabled: rule.enabled, severity: rule.severity, params: { ...defaults, ...rule.params } };
}
function compareRule(id, before, after) {
    // A rule off on both sides enforces nothing either way: its severity and params do not matter.
    if (!before.enabled && !after.enabled)
        return null;
    const changes = [];
    if (before.enabled !== after.enabled) {
        // Turning a rule on or off is the change, whatever it is configured with on the side where it
        // is on (`before` and `after` still show that configuration).
        const effect = after.enabled ? 'stricter' : 'looser';
        return { id, before, after, effect, changes: [{ field: 'enabled', before: before.enabled, after: after.enabled, effect }] };
    }
    if (before.severity !== after.severity) {
        const effect = sign(SEVERITY_WEIGHT[before.severity] - SEVERITY_WEIGHT[after.severity], true);
        changes.push({ field: 'severity', before: before.severity, after: after.severity, effect });
    }
    const names = [...new Set([...Object.keys(before.params), ...Object.keys(after.params)])];
    for (const name of names) {
        const from = before.params[name];
        const to = after.params[name];
        if (sameValue(from, to))
            continue;
        changes.push({ field: name, before: from ?? null, after: to ?? null, effect: paramEffect(name, from, to) });
    }
    if (changes.length === 0)
        return null;
    return { id, before, after, effect: overallEffect(changes.map((change) => change.effect)), changes };
}
/** Every rule whose configuration differs between the two policies, in registry order. */
function compareRules(before, after) {
    const changes = [];
    for (const definition of registry/* RULES */.y0) {
        const from = before.rules.find((rule) => rule.id === definition.id);
        const to = after.rules.find((rule) => rule.id === definition.id);
        // A policy built by hand may leave a rule out: it is off there.
        const off = { id: definition.id, enabled: false, severity: definition.defaultSeverity, params: {}, position: null };
        const change = compareRule(definition.id, side(from ?? off, definition.defaults), side(to ?? off, definition.defaults));
        if (change)
            changes.push(change);
    }
    return changes;
}

;// CONCATENATED MODULE: ./src/policy-review/compare-exemptions.ts


/** Sorted and without repeats: the order of globs in a list means nothing. */
function normalized(values) {
    return [...new Set(values)].sort();
}
function exemptionContent(exemption) {
    return {
        users: [...exemption.users],
        arns: [...exemption.arns],
        accounts: exemption.accounts === null ? null : [...exemption.accounts],
        rules: [...exemption.rules],
        reason: exemption.reason,
        expires: exemption.expires,
        owner: exemption.owner,
        at: exemption.position === null ? null : (0,user_error/* formatPosition */.Ld)(exemption.position),
    };
}
/** What an exemption does, without where it stands: two exemptions with the same key are the same. */
function contentKey(exemption) {
    return JSON.stringify([
        normalized(exemption.users),
        normalized(exemption.arns),
        exemption.accounts === null ? null : normalized(exemption.accounts),
        normalized(exemption.rules),
        exemption.reason.trim(),
        exemption.expires,
        exemption.owner,
    ]);
}
/**
 * A list where `*` matches everything (users, ARNs, rules) or where null does (accounts). Covering
 * any value more is wider, even if others went: a reviewer must see what the change lets through.
 */
function coverageEffect(before, after) {
    const all = (list) => list === null || list.includes('*');
    const gained = !all(before) && (all(after) || (after ?? []).some((value) => !(before ?? []).includes(value)));
    const lost = !all(after) && (all(before) || (before ?? []).some((value) => !(after ?? []).includes(value)));
    if (gained)
        return 'looser';
    return lost ? 'stricter' : 'neutral';
}
/** A later date or none at all keeps the exemption longer. ISO dates compare as text. */
function expiresEffect(before, after) {
    if (before === after)
        return 'neutral';
    if (after === null)
        return 'looser';
    if (before === null)
        return 'stricter';
    return after > before ? 'looser' : 'stricter';
}
function sameList(a, b) {
    if (a === null || b === null)
        return a === b;
    return JSON.stringify(normalized(a)) === JSON.stringify(normalized(b));
}
function compareExemption(before, after) {
    const changes = [];
    const lists = [
        ['users', before.users, after.users],
        ['arns', before.arns, after.arns],
        ['accounts', before.accounts, after.accounts],
        ['rules', before.rules, after.rules],
    ];
    for (const [field, from, to] of lists) {
        if (!sameList(from, to))
            changes.push({ field, before: from, after: to, effect: coverageEffect(from, to) });
    }
    if (before.expires !== after.expires) {
        changes.push({ field: 'expires', before: before.expires, after: after.expires, effect: expiresEffect(before.expires, after.expires) });
    }
    if (before.reason.trim() !== after.reason.trim()) {
        changes.push({ field: 'reason', before: before.reason, after: after.reason, effect: 'neutral' });
    }
    if (before.owner !== after.owner)
        changes.push({ field: 'owner', before: before.owner, after: after.owner, effect: 'neutral' });
    return {
        before: exemptionContent(before),
        after: exemptionContent(after),
        effect: overallEffect(changes.map((change) => change.effect)),
        changes,
    };
}
/** Pairs entries of two lists by `key`, first come first paired; takes the pairs out of both lists. */
function pairBy(before, after, key) {
    const waiting = new Map();
    for (const exemption of before) {
        const k = key(exemption);
        const list = waiting.get(k);
        if (list)
            list.push(exemption);
        else
            waiting.set(k, [exemption]);
    }
    const pairs = [];
    const unpairedAfter = [];
    for (const exemption of after) {
        const match = waiting.get(key(exemption))?.shift();
        if (match === undefined)
            unpairedAfter.push(exemption);
        else
            pairs.push([match, exemption]);
    }
    const paired = new Set(pairs.map(([from]) => from));
    before.splice(0, before.length, ...before.filter((exemption) => !paired.has(exemption)));
    after.splice(0, after.length, ...unpairedAfter);
    return pairs;
}
/**
 * Exemptions matched by content, never by position: moving one is no change. What is left is
 * paired as the same exemption edited when the reason stays (it names the decision, a ticket), or
 * else when it still selects the same users and ARNs; the rest were added or removed.
 */
function compareExemptions(before, after) {
    const removed = [...before];
    const added = [...after];
    pairBy(removed, added, contentKey);
    const edited = [
        ...pairBy(removed, added, (exemption) => exemption.reason.trim()),
        ...pairBy(removed, added, (exemption) => JSON.stringify([normalized(exemption.users), normalized(exemption.arns)])),
    ];
    return {
        added: added.map(exemptionContent),
        removed: removed.map(exemptionContent),
        changed: edited.map(([from, to]) => compareExemption(from, to)),
    };
}

;// CONCATENATED MODULE: ./src/policy-review/review-policy-change.ts




/** Reasons quoted in the finding's message; the document keeps all of them. */
const MESSAGE_MAX_REASONS = 10;
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}
function formatValue(value) {
    if (value === null || value === undefined)
        return 'none';
    if (Array.isArray(value))
        return `[${value.map(String).join(', ')}]`;
    return String(value);
}
function formatFieldValue(field, value) {
    if (field === 'expires' && value === null)
        return 'never';
    if (field === 'accounts' && value === null)
        return 'any account';
    return formatValue(value);
}
function describeFieldChange(change) {
    if (change.field === 'enabled')
        return change.after === true ? 'turned on' : 'turned off';
    return `${change.field} ${formatFieldValue(change.field, change.before)} → ${formatFieldValue(change.field, change.after)}`;
}
/** `users [deploy-bot], rules [*] ("Vendor rotates quarterly")`: what an exemption selects, and why. */
function describeExemptionContent(exemption) {
    const parts = [
        exemption.users.length > 0 ? `users ${formatValue(exemption.users)}` : '',
        exemption.arns.length > 0 ? `ARNs ${formatValue(exemption.arns)}` : '',
        exemption.accounts === null ? '' : `accounts ${formatValue(exemption.accounts)}`,
        `rules ${formatValue(exemption.rules)}`,
        exemption.expires === null ? 'no expiry' : `until ${exemption.expires}`,
    ].filter(Boolean);
    return `${parts.join(', ')} ("${exemption.reason}")`;
}
function ruleReason(rule) {
    const looser = rule.changes.filter((change) => change.effect === 'looser').map(describeFieldChange);
    return `rule ${rule.id}: ${looser.join(', ')}`;
}
function reasonsOf(change) {
    const reasons = [];
    if (change.hidden.length > 0) {
        reasons.push(`it hides ${plural(change.hidden.length, 'finding')} that count${change.hidden.length === 1 ? 's' : ''} under the compare-policy`);
    }
    for (const rule of change.rules)
        if (rule.effect === 'looser')
            reasons.push(ruleReason(rule));
    for (const exemption of change.exemptions.added)
        reasons.push(`new exemption: ${describeExemptionContent(exemption)}`);
    for (const edit of change.exemptions.changed) {
        if (edit.effect !== 'looser')
            continue;
        const widened = edit.changes.filter((field) => field.effect === 'looser').map(describeFieldChange);
        reasons.push(`exemption ("${edit.after.reason}") widened: ${widened.join(', ')}`);
    }
    return reasons;
}
/**
 * What `policy` does differently from `compare-policy`: the findings it hides and adds, every rule
 * and exemption change marked looser, stricter or neutral, and whether it weakens the policy (it
 * hides a finding, or loosens anything). Pure.
 */
function reviewPolicyChange(input) {
    const findings = input.findings ?? { hidden: [], added: [] };
    const partial = {
        comparePolicy: input.comparePolicy,
        policyWeakening: input.policyWeakening,
        hidden: findings.hidden,
        added: findings.added,
        rules: compareRules(input.before, input.after),
        exemptions: compareExemptions(input.before.exemptions, input.after.exemptions),
    };
    const reasons = reasonsOf(partial);
    return {
        comparePolicy: partial.comparePolicy,
        weakened: reasons.length > 0,
        policyWeakening: partial.policyWeakening,
        reasons,
        hidden: partial.hidden,
        added: partial.added,
        rules: partial.rules,
        exemptions: partial.exemptions,
    };
}
/** The run-level `policy-weakened` finding, or null when the change does not weaken or `allow` lets it. */
function policyWeakenedFinding(change) {
    if (!change.weakened || change.policyWeakening === 'allow')
        return null;
    const shown = change.reasons.slice(0, MESSAGE_MAX_REASONS);
    const more = change.reasons.length - shown.length;
    const message = `The policy change weakens the policy compared with ${change.comparePolicy}: ${shown.join('; ')}` +
        `${more > 0 ? `; and ${plural(more, 'more reason')}` : ''}.`;
    // Added after the exemptions were applied: no exemption, not even `rules: ["*"]`, reaches it.
    return { ...(0,run_finding/* runFinding */.D)('policy-weakened', null, message), severity: change.policyWeakening === 'fail' ? 'error' : 'warning' };
}
/** The evaluation with `policy-weakened` in its sorted place and counted; the same one when there is none. */
function withPolicyReview(evaluation, change) {
    const finding = change === null ? null : policyWeakenedFinding(change);
    if (finding === null)
        return evaluation;
    const findings = [...evaluation.findings];
    // Binary search for the sorted place: re-sorting half a million findings for one would be waste.
    let low = 0;
    let high = findings.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        const other = findings[middle];
        if (other !== undefined && (0,sort_findings/* compareFindings */.Eg)(other, finding) <= 0)
            low = middle + 1;
        else
            high = middle;
    }
    findings.splice(low, 0, finding);
    const counts = { ...evaluation.counts, [finding.severity]: evaluation.counts[finding.severity] + 1 };
    return { ...evaluation, findings, counts };
}
/** With `policy-weakening: fail`, a weakening fails the run whatever `fail-on` says (an error still wins). */
function verdictWithReview(verdict, change) {
    if (verdict !== 'pass' || change === null)
        return verdict;
    return change.weakened && change.policyWeakening === 'fail' ? 'fail' : verdict;
}
/** An exemption of either policy, for the redactor: its globs name people. */
function exemptionsOfChange(change) {
    const { added, removed, changed } = change.exemptions;
    return [...added, ...removed, ...changed.flatMap((edit) => [edit.before, edit.after])];
}


/***/ }),

/***/ 7957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ builtinRefList),
/* harmony export */   NW: () => (/* binding */ isBuiltinRef),
/* harmony export */   RC: () => (/* binding */ BUILTIN_PREFIX),
/* harmony export */   _4: () => (/* binding */ unknownBuiltin)
/* harmony export */ });
/* harmony import */ var _files_quote_text__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1087);
/* harmony import */ var _user_error__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7495);
/* harmony import */ var _did_you_mean__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(607);



/**
 * How policies name the builtins. Kept apart from the file loader so the default path (a builtin,
 * served pre-resolved) can report an unknown name without loading the YAML parser or zod.
 */
const BUILTIN_PREFIX = 'builtin:';
function isBuiltinRef(ref) {
    return ref.startsWith(BUILTIN_PREFIX);
}
/** `builtin:a, builtin:b`: every builtin, as a policy would name it. */
function builtinRefList(names) {
    return names.map((name) => `${BUILTIN_PREFIX}${name}`).join(', ');
}
/** `ref` names no builtin: say so where it was written (if in a file), with the closest name. */
function unknownBuiltin(ref, position, names) {
    const where = position === null ? '' : `${(0,_user_error__WEBPACK_IMPORTED_MODULE_1__/* .formatPosition */ .Ld)(position)}: `;
    const builtins = builtinRefList(names);
    const match = (0,_did_you_mean__WEBPACK_IMPORTED_MODULE_2__/* .closestMatch */ .h0)(ref.slice(BUILTIN_PREFIX.length), names);
    const hint = match === undefined
        ? ` — the builtin policies are ${builtins}`
        : ` — did you mean '${BUILTIN_PREFIX}${match}'? The builtin policies are ${builtins}`;
    // The name comes from an input or an `extends`: escaped like any quoted text.
    return new _user_error__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}unknown builtin policy '${(0,_files_quote_text__WEBPACK_IMPORTED_MODULE_0__/* .quoteText */ .X)(ref)}'${hint}`, position ?? undefined);
}


/***/ }),

/***/ 607:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   h0: () => (/* binding */ closestMatch)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), so `acess` →
 * `access` and `max_dyas` → `max_days` each cost one edit.
 */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
    for (let i = 1; i < rows; i++) {
        const row = d[i];
        if (row === undefined)
            continue;
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, at(i - 2, j - 2) + 1);
            }
            row[j] = best;
        }
    }
    return at(a.length, b.length);
}
/**
 * The candidate closest to `word`, when it is close enough to be what the user meant: at most a
 * third of the word's length in edits (at least one), compared case-insensitively, or else the
 * first candidate that `word` begins (`warn` → `warning`). Ties go to the candidate listed first.
 */
function closestMatch(word, candidates) {
    const wanted = word.toLowerCase();
    const limit = Math.max(1, Math.floor(wanted.length / 3));
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const distance = editDistance(wanted, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (bestDistance <= limit)
        return best;
    if (wanted.length < 3)
        return undefined;
    return candidates.find((candidate) => candidate.toLowerCase().startsWith(wanted));
}
/** ` — did you mean 'x'?` when a candidate is close, else `fallback` (which may be empty). */
function didYouMean(word, candidates, fallback = '') {
    const match = closestMatch(word, candidates);
    return match === undefined ? fallback : ` — did you mean '${match}'?`;
}


/***/ }),

/***/ 5688:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: () => (/* binding */ parseCredentialReport)
});

// EXTERNAL MODULE: ./src/user-error.ts
var user_error = __nccwpck_require__(7495);
;// CONCATENATED MODULE: ./src/report/csv-position.ts
const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    let newline = text.indexOf('\n');
    while (newline !== -1 && newline < offset) {
        line += 1;
        lineStart = newline + 1;
        newline = text.indexOf('\n', lineStart);
    }
    let column = 1;
    for (let i = lineStart; i < offset; i += 1) {
        const code = text.charCodeAt(i);
        // A low surrogate continues the character its high surrogate started.
        if (code < 0xdc00 || code > 0xdfff)
            column += 1;
    }
    return { line, column };
}
/**
 * Offset of the start of field `fieldIndex` of the record starting at `recordStart`. The fields
 * before it are well formed whenever a caller asks (csv-parse reports the field it failed on),
 * so this only needs to skip quoted values, not to diagnose them. If the record has fewer
 * fields, the end of the record is returned.
 */
function fieldOffset(text, recordStart, fieldIndex) {
    let pos = recordStart;
    for (let field = 0; field < fieldIndex; field += 1) {
        if (text.charCodeAt(pos) === QUOTE) {
            pos = quotedValueEnd(text, pos + 1);
        }
        while (pos < text.length) {
            const code = text.charCodeAt(pos);
            if (code === COMMA)
                break;
            if (code === LF)
                return recordEnd(text, pos);
            pos += 1;
        }
        if (pos >= text.length)
            return text.length;
        pos += 1;
    }
    return pos;
}
/** Offset just after the closing quote of a quoted value whose content starts at `pos`. */
function quotedValueEnd(text, pos) {
    let at = pos;
    for (;;) {
        const quote = text.indexOf('"', at);
        if (quote === -1)
            return text.length;
        // Inside quotes, "" is an escaped quote, not the end.
        if (text.charCodeAt(quote + 1) === QUOTE) {
            at = quote + 2;
            continue;
        }
        return quote + 1;
    }
}
/** The end of a line's content: before a CRLF's CR. */
function recordEnd(text, newline) {
    return newline > 0 && text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline;
}

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/CsvError.js
class CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== undefined) {
      Error.captureStackTrace(this, CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value)
          ? value.toString(options.encoding)
          : value == null
            ? value
            : JSON.parse(JSON.stringify(value));
      }
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/is_object.js
const is_object = function (obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_columns_array.js



const normalize_columns_array = function (columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === undefined || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal",
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`,
      ]);
    }
  }
  return normalizedColumns;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/ResizeableBuffer.js
class ResizeableBuffer {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
}

/* harmony default export */ const utils_ResizeableBuffer = (ResizeableBuffer);

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/init_state.js


const init_state = function (options) {
  // ECMAScript WhiteSpace + LineTerminator codepoints, encoded under
  // `options.encoding`. Aligns trimming with `String.prototype.trim()`.
  // https://tc39.es/ecma262/#sec-white-space
  // https://tc39.es/ecma262/#sec-line-terminators
  //
  // Codepoints unrepresentable in the target encoding are dropped: Node's
  // Buffer substitutes them with `?` (0x3F), and including those would cause
  // literal `?` bytes in the input to be trimmed under `latin1`/`ascii`.
  const timchars = [
    // Basic Latin
    0x0020, // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    0x0009, // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    0x000a, // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    0x000d, // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    0x000c, // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    0x000b, // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    0x00a0, // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    0x1680, // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    0x2000, // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    0x2001, // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    0x2002, // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    0x2003, // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    0x2004, // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    0x2005, // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    0x2006, // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    0x2007, // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    0x2008, // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    0x2009, // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    0x200a, // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    0x2028, // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    0x2029, // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    0x202f, // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    0x205f, // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    0x3000, // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    0xfeff, // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding,
    );
    if (codepoint !== 0x3f && encoded.length === 1 && encoded[0] === 0x3f) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  // First-byte lookup table for `__isCharTrimable`. Non-whitespace bytes
  // (the common case) bail out in O(1) without scanning every timchar.
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: undefined,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: undefined,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote:
      Buffer.isBuffer(options.escape) &&
      Buffer.isBuffer(options.quote) &&
      Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns)
      ? options.columns.length
      : undefined,
    field: new utils_ResizeableBuffer(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      // Skip if the remaining buffer can be delimiter
      ...(options.delimiter
        ? options.delimiter.map((delimiter) => delimiter.length)
        : []),
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      // Skip if the remaining buffer can be a multi-byte trim character
      ...timchars.map((t) => t.length),
    ),
    previousBuf: undefined,
    quoting: false,
    stop: false,
    rawBuffer: new utils_ResizeableBuffer(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength:
      options.record_delimiter.length === 0
        ? 0
        : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("\t", options.encoding)[0],
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: timchars,
    timcharFirstBytes: timcharFirstBytes,
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/underscore.js
const underscore = function (str) {
  return str.replace(/([A-Z])/g, function (_, match) {
    return "_" + match.toLowerCase();
  });
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_options.js





const normalize_options = function (opts) {
  const options = {};
  // Merge with user options
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  // Normalize option `encoding`
  // Note: defined first because other options depends on it
  // to convert chars/strings into buffers.
  if (options.encoding === undefined || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (
    typeof options.encoding !== "string" &&
    options.encoding !== null
  ) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`,
      ],
      options,
    );
  }
  // Normalize option `bom`
  if (
    options.bom === undefined ||
    options.bom === null ||
    options.bom === false
  ) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`,
      ],
      options,
    );
  }
  // Normalize option `cast`
  options.cast_function = null;
  if (
    options.cast === undefined ||
    options.cast === null ||
    options.cast === false ||
    options.cast === ""
  ) {
    options.cast = undefined;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`,
      ],
      options,
    );
  }
  // Normalize option `cast_date`
  if (
    options.cast_date === undefined ||
    options.cast_date === null ||
    options.cast_date === false ||
    options.cast_date === ""
  ) {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function (value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`,
      ],
      options,
    );
  }
  // Normalize option `columns`
  options.cast_first_line_to_header = undefined;
  if (options.columns === true) {
    // Fields in the first line are converted as-is to columns
    options.cast_first_line_to_header = undefined;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (
    options.columns === undefined ||
    options.columns === null ||
    options.columns === false
  ) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`,
      ],
      options,
    );
  }
  // Normalize option `group_columns_by_name`
  if (
    options.group_columns_by_name === undefined ||
    options.group_columns_by_name === null ||
    options.group_columns_by_name === false
  ) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`,
      ],
      options,
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated.",
      ],
      options,
    );
  }
  // Normalize option `comment`
  if (
    options.comment === undefined ||
    options.comment === null ||
    options.comment === false ||
    options.comment === ""
  ) {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `comment_no_infix`
  if (
    options.comment_no_infix === undefined ||
    options.comment_no_infix === null ||
    options.comment_no_infix === false
  ) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`,
      ],
      options,
    );
  }
  // Normalize option `delimiter_auto`
  if (
    options.delimiter_auto === undefined ||
    options.delimiter_auto === null ||
    options.delimiter_auto === false
  ) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`,
      ],
      options,
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === undefined)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["\t".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4,
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`,
        ],
        options,
      );
    }
    if (options.delimiter_auto.score === undefined)
      options.delimiter_auto.score = (info, options) => {
        return (
          (info.total - info.std) * (options.preferred[info.char_code] || 1)
        );
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`,
        ],
        options,
      );
    }
    if (options.delimiter_auto.size === undefined)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `delimiter`
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (
      options.delimiter === undefined ||
      options.delimiter === null ||
      options.delimiter === false
    ) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function (delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`,
        ],
        options,
      );
    }
    return delimiter;
  });
  // Normalize option `escape`
  if (options.escape === undefined || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`,
      );
    }
  }
  // Normalize option `from`
  if (options.from === undefined || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`,
      );
    }
  }
  // Normalize option `from_line`
  if (options.from_line === undefined || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (
      typeof options.from_line === "string" &&
      /\d+/.test(options.from_line)
    ) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`,
      );
    }
  }
  // Normalize options `ignore_last_delimiters`
  if (
    options.ignore_last_delimiters === undefined ||
    options.ignore_last_delimiters === null
  ) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`,
      ],
      options,
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option",
      ],
      options,
    );
  }
  // Normalize option `info`
  if (
    options.info === undefined ||
    options.info === null ||
    options.info === false
  ) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`,
    );
  }
  // Normalize option `max_record_size`
  if (
    options.max_record_size === undefined ||
    options.max_record_size === null ||
    options.max_record_size === false
  ) {
    options.max_record_size = 0;
  } else if (
    Number.isInteger(options.max_record_size) &&
    options.max_record_size >= 0
  ) {
    // Great, nothing to do
  } else if (
    typeof options.max_record_size === "string" &&
    /\d+/.test(options.max_record_size)
  ) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`,
    );
  }
  // Normalize option `objname`
  if (
    options.objname === undefined ||
    options.objname === null ||
    options.objname === false
  ) {
    options.objname = undefined;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
      // Don't call `toString`, leave objname as a buffer
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
    // Great, nothing to do
  } else if (typeof options.objname === "number") {
    // if(options.objname.length === 0){
    //   throw new Error(`Invalid Option: objname must be a non empty string`);
    // }
    // Great, nothing to do
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`,
    );
  }
  if (options.objname !== undefined) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field",
        );
      }
    } else {
      // A string or a buffer
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index",
        );
      }
    }
  }
  // Normalize option `on_record`
  if (options.on_record === undefined || options.on_record === null) {
    options.on_record = undefined;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`,
      ],
      options,
    );
  }
  // Normalize option `on_skip`
  // options.on_skip ??= (err, chunk) => {
  //   this.emit('skip', err, chunk);
  // };
  if (
    options.on_skip !== undefined &&
    options.on_skip !== null &&
    typeof options.on_skip !== "function"
  ) {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`,
    );
  }
  // Normalize option `quote`
  if (
    options.quote === null ||
    options.quote === false ||
    options.quote === ""
  ) {
    options.quote = null;
  } else {
    if (options.quote === undefined || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`,
      );
    }
  }
  // Normalize option `raw`
  if (
    options.raw === undefined ||
    options.raw === null ||
    options.raw === false
  ) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`,
    );
  }
  // Normalize option `record_delimiter`
  if (options.record_delimiter === undefined) {
    options.record_delimiter = [];
  } else if (
    typeof options.record_delimiter === "string" ||
    Buffer.isBuffer(options.record_delimiter)
  ) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`,
        ],
        options,
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`,
      ],
      options,
    );
  }
  options.record_delimiter = options.record_delimiter.map(function (rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  // Normalize option `relax_column_count`
  if (typeof options.relax_column_count === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count === undefined ||
    options.relax_column_count === null
  ) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`,
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_less === undefined ||
    options.relax_column_count_less === null
  ) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`,
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_more === undefined ||
    options.relax_column_count_more === null
  ) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`,
    );
  }
  // Normalize option `relax_quotes`
  if (typeof options.relax_quotes === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_quotes === undefined ||
    options.relax_quotes === null
  ) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`,
    );
  }
  // Normalize option `skip_empty_lines`
  if (typeof options.skip_empty_lines === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_empty_lines === undefined ||
    options.skip_empty_lines === null
  ) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`,
    );
  }
  // Normalize option `skip_records_with_empty_values`
  if (typeof options.skip_records_with_empty_values === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_empty_values === undefined ||
    options.skip_records_with_empty_values === null
  ) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`,
    );
  }
  // Normalize option `skip_records_with_error`
  if (typeof options.skip_records_with_error === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_error === undefined ||
    options.skip_records_with_error === null
  ) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`,
    );
  }
  // Normalize option `rtrim`
  if (
    options.rtrim === undefined ||
    options.rtrim === null ||
    options.rtrim === false
  ) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`,
    );
  }
  // Normalize option `ltrim`
  if (
    options.ltrim === undefined ||
    options.ltrim === null ||
    options.ltrim === false
  ) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`,
    );
  }
  // Normalize option `trim`
  if (
    options.trim === undefined ||
    options.trim === null ||
    options.trim === false
  ) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`,
    );
  }
  // Normalize options `trim`, `ltrim` and `rtrim`
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  // Normalize option `to`
  if (options.to === undefined || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`,
      );
    }
  }
  // Normalize option `to_line`
  if (options.to_line === undefined || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`,
      );
    }
  }
  return options;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/delimiter_discover.js



// Discussed in [issue #400](https://github.com/adaltas/node-csv/issues/400)
// See https://github.com/python/cpython/blob/ea1b1c579f600cc85d145c60862b2e6b98701b24/Lib/csv.py#L349
const delimiter_discover = function (records, options) {
  // Normalize the configuration
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  // Convert String to Buffer
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  // Convert Buffer to an array of records
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records.push(record);
      const close = () => {};
      const error = parser.parse(data, true, push, close);
      if (error !== undefined) throw error;
      return records;
    })(records);
  }
  // Info array initialization, 127 entries, one per char code
  const info = Array(127)
    .fill()
    .map(() => ({ lines: [] }));
  // Traverse each records, count occurences per char code
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      // Count the character frequency
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === undefined) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  // Traverse each char code, compute the score
  info.map((info, i) => {
    info.char_code = i;
    info.std = std(info.lines);
    info.total = info.lines.reduce((acc, val) => acc + val, 0);
    info.preferred = !!options.preferred[i];
    info.score = options.score(info, options);
  });
  // Extract the dominant character
  const result = info.reduce(
    (acc, info) => (acc.score > info.score ? acc : info),
    {},
  );
  return String.fromCharCode(result.char_code);
};

const std = function (array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n,
  );
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/index.js






const isRecordEmpty = function (record) {
  return record.every(
    (field) =>
      field == null || (field.toString && field.toString().trim() === ""),
  );
};

const cr = 13; // `\r`, carriage return, 0x0D in hexadécimal, 13 in decimal
const nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal

const boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254]),
};

const transform = function (original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0,
  };
  const options = normalize_options(original_options);
  return {
    info: info,
    original_options: original_options,
    options: options,
    state: init_state(options),
    __needMoreData: function (i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } =
        this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0
          ? Buffer.from("\r\n", encoding).length
          : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0,
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function (nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line,
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote,
      } = this.state;
      // Automatic delimiter discovery
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === undefined) {
          delimiterBuf = nextBuf;
        } else if (
          delimiterBufPrevious !== undefined &&
          nextBuf === undefined
        ) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        // Ensure that nextBuf is not concatenated a second time during buffer reconciliation
        nextBuf = undefined;
        // this.delimiterBufPrevious = delimiterBuf;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto),
            ),
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = undefined;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      // Previous buffers reconciliation
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === undefined) {
        if (nextBuf === undefined) {
          // Handle empty string
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== undefined && nextBuf === undefined) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      // Handle UTF BOM
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          // No enough data
          if (end === false) {
            // Wait for more data
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding in boms) {
            if (boms[encoding].compare(buf, 0, boms[encoding].length) === 0) {
              // Skip BOM
              const bomLength = boms[encoding].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              // Renormalize original options with the new encoding
              const options = normalize_options({
                ...this.original_options,
                encoding: encoding,
              });
              // Properties are merged with the existing options instance
              for (const key in options) {
                this.options[key] = options[key];
              }
              // Options will re-evaluate the Buffer with the new encoding
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        // Ensure we get enough space to look ahead
        // There should be a way to move this out of the loop
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        // Auto discovery of record_delimiter, unix, mac and windows supported
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos,
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if (
          (chr === cr || chr === nl) &&
          this.state.wasRowDelimiter === false
        ) {
          this.state.wasRowDelimiter = true;
        }
        // Previous char was a valid escape char
        // treat the current char as a regular char
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          // Escape is only active inside quoted fields
          // We are quoting, the char is an escape chr and there is a chr to escape
          // if(escape !== null && this.state.quoting === true && chr === escape && pos + 1 < bufLen){
          if (
            escape !== null &&
            this.state.quoting === true &&
            this.__isEscape(buf, pos, chr) &&
            pos + escape.length < bufLen
          ) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          // Not currently escaping and chr is a quote
          // TODO: need to compare bytes instead of single char
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable =
                rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment =
                comment !== null &&
                this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr,
              );
              const isNextChrRecordDelimiter =
                record_delimiter.length === 0
                  ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length)
                  : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              // Escape a quote
              // Treat next char as a regular character
              if (
                escape !== null &&
                this.__isEscape(buf, pos, chr) &&
                this.__isQuote(buf, pos + escape.length)
              ) {
                pos += escape.length - 1;
              } else if (
                !nextChr ||
                isNextChrDelimiter ||
                isNextChrRecordDelimiter ||
                isNextChrComment ||
                isNextChrTrimable
              ) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment",
                    ],
                    this.options,
                    this.__infoField(),
                  ),
                );
                if (err !== undefined) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                // In relax_quotes mode, treat opening quote preceded by chrs as regular
                if (relax_quotes === false) {
                  const info = this.__infoField();
                  const bom = Object.keys(boms)
                    .map((b) =>
                      boms[b].equals(this.state.field.toString()) ? b : false,
                    )
                    .filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info.column)} at line ${info.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom ? `(${bom} bom)` : undefined,
                      ],
                      this.options,
                      info,
                      {
                        field: this.state.field,
                      },
                    ),
                  );
                  if (err !== undefined) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos,
            );
            if (recordDelimiterLength !== 0) {
              // Do not emit comments which take a full line
              const skipCommentLine =
                this.state.commenting &&
                this.state.wasQuoting === false &&
                this.state.record.length === 0 &&
                this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
                // Skip full comment line
              } else {
                // Activate records emission if above from_line
                if (
                  this.state.enabled === false &&
                  this.info.lines +
                    (this.state.wasRowDelimiter === true ? 1 : 0) >=
                    from_line
                ) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                // Skip if line is empty and skip_empty_lines activated
                if (
                  skip_empty_lines === true &&
                  this.state.wasQuoting === false &&
                  this.state.record.length === 0 &&
                  this.state.field.length === 0
                ) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== undefined) return errField;
                this.info.bytes =
                  this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== undefined) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (
              comment !== null &&
              (comment_no_infix === false ||
                (this.state.record.length === 0 &&
                  this.state.field.length === 0))
            ) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== undefined) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (
            max_record_size !== 0 &&
            this.state.record_length + this.state.field.length > max_record_size
          ) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
              ),
            );
          }
        }
        const lappend =
          ltrim === false ||
          this.state.quoting === true ||
          this.state.field.length !== 0 ||
          !this.__isCharTrimable(buf, pos);
        // rtrim in non quoting is handle in __onField
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        // Ensure we are not ending in a quoting state
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
          if (err !== undefined) return err;
        } else {
          // Skip last line if it has no characters
          if (
            this.state.wasQuoting === true ||
            this.state.record.length !== 0 ||
            this.state.field.length !== 0
          ) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== undefined) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== undefined) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function (push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values,
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      // Convert the first line into column names
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err =
          columns === false
            ? new CsvError(
                "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
                [
                  "Invalid Record Length:",
                  `expect ${this.state.expectedRecordLength},`,
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              )
            : new CsvError(
                "CSV_RECORD_INCONSISTENT_COLUMNS",
                [
                  "Invalid Record Length:",
                  `columns length is ${columns.length},`, // rename columns
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              );
        if (
          relax_column_count === true ||
          (relax_column_count_less === true &&
            recordLength < this.state.expectedRecordLength) ||
          (relax_column_count_more === true &&
            recordLength > this.state.expectedRecordLength)
        ) {
          this.info.invalid_field_length++;
          this.state.error = err;
          // Error is undefined with skip_records_with_error
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        // With columns, records are object
        if (columns !== false) {
          const obj = {};
          // Transform record array to an object
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === undefined || columns[i].disabled) continue;
            // Turn duplicate columns into an array
            if (
              group_columns_by_name === true &&
              Object.hasOwn(obj, columns[i].name)
            ) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true,
              });
            }
          }
          // Without objname (default)
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [obj[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? obj : [obj[objname], obj],
              push,
            );
            if (err) {
              return err;
            }
          }
          // Without columns, records are array
        } else {
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: record },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [record[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? record : [record[objname], record],
              push,
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function (record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers =
          firstLineToHeaders === undefined
            ? record
            : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`,
              ],
              this.options,
              this.__infoField(),
              {
                headers: headers,
              },
            ),
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function () {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = undefined;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function () {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      // Short circuit for the from_line options
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== undefined) return err;
        field = f;
      }
      this.state.record.push(field);
      // Increment record length if record size must not exceed a limit
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function () {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function (record, push) {
      const { on_record } = this.options;
      if (on_record !== undefined) {
        const info = this.__infoRecord();
        try {
          record = on_record.call(null, record, info);
        } catch (err) {
          return err;
        }
        if (record === undefined || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function (field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      // Dont loose time calling cast
      // because the final record is an object
      // and this field can't be associated to a key present in columns
      if (
        isColumns === true &&
        relax_column_count &&
        this.options.columns.length <= this.state.record.length
      ) {
        return [undefined, undefined];
      }
      if (this.state.castField !== null) {
        try {
          const info = this.__infoField();
          return [undefined, this.state.castField.call(null, field, info)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [undefined, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info = this.__infoField();
        return [undefined, this.options.cast_date.call(null, field, info)];
      }
      return [undefined, field];
    },
    __compareBytes: function (sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function (buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      // Fast bail-out: non-whitespace bytes (the common case) are rejected
      // without scanning the full timchar list.
      const first = buf[pos];
      if (first === undefined || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function (buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (
        ignore_last_delimiters === true &&
        this.state.record.length === this.options.columns.length - 1
      ) {
        return 0;
      } else if (
        ignore_last_delimiters !== false &&
        typeof ignore_last_delimiters === "number" &&
        this.state.record.length === ignore_last_delimiters - 1
      ) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function (buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function (value) {
      return value - parseFloat(value) + 1 >= 0; // Borrowed from jquery
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function (buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function (chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function (buf, pos) {
      const { encoding } = this.options;
      // Note, we don't need to cache this information in state,
      // It is only called on the first line until we find out a suitable
      // record delimiter.
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding),
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function (msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== undefined) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : undefined,
            );
          } catch (err) {
            return err;
          }
        }
        // this.emit('skip', err, raw ? this.state.rawBuffer.toString(encoding) : undefined);
        return undefined;
      } else {
        return err;
      }
    },
    __infoDataSet: function () {
      return {
        ...this.info,
        columns: this.options.columns,
      };
    },
    __infoRecord: function () {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : undefined,
      };
    },
    __infoField: function () {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      // Bytes records are only incremented when all records'fields are parsed
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records: bytes_records,
        column:
          isColumns === true
            ? columns.length > this.state.record.length
              ? columns[this.state.record.length].name
              : null
            : this.state.record.length,
        quoting: this.state.wasQuoting,
      };
    },
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/sync.js



const parse = function (data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === undefined) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {};
  const error = parser.parse(data, true, push, close);
  if (error !== undefined) throw error;
  return records;
};



// EXTERNAL MODULE: ./src/report/report-error.ts
var report_error = __nccwpck_require__(2085);
;// CONCATENATED MODULE: ./src/report/report-columns.ts
/**
 * The columns of an IAM credential report. Rows are read by these names, never by position:
 * AWS has added columns before (`additional_credentials_info`) and may again.
 */
const REQUIRED_COLUMNS = [
    'user',
    'arn',
    'user_creation_time',
    'password_enabled',
    'password_last_used',
    'password_last_changed',
    'password_next_rotation',
    'mfa_active',
    'access_key_1_active',
    'access_key_1_last_rotated',
    'access_key_1_last_used_date',
    'access_key_1_last_used_region',
    'access_key_1_last_used_service',
    'access_key_2_active',
    'access_key_2_last_rotated',
    'access_key_2_last_used_date',
    'access_key_2_last_used_region',
    'access_key_2_last_used_service',
    'cert_1_active',
    'cert_1_last_rotated',
    'cert_2_active',
    'cert_2_last_rotated',
];
/** Only in some reports; its absence is normal. */
const ADDITIONAL_CREDENTIALS_COLUMN = 'additional_credentials_info';
/** The name AWS gives the root row. */
const ROOT_USER = '<root_account>';

;// CONCATENATED MODULE: ./src/report/csv-records.ts




const csv_records_QUOTE = 0x22;
const csv_records_LF = 0x0a;
const CR = 0x0d;
/**
 * Splits CSV text into records (LF or CRLF, mixed too; a blank line is a record with one empty
 * field).
 *
 * A line without a single `"` has no quoted field and no escape, so every comma in it separates
 * fields: splitting it is exact, not an approximation. That is almost every line of a real
 * report, and it keeps a 5 000-user report well under 100 ms, where csv-parse over the whole
 * text takes about that long on its own. A record that contains a quote (a user name with a
 * comma) is read by csv-parse, alone; a file quoted throughout is correct, only a few times
 * slower.
 */
function readCsvRecords(text, source) {
    const records = [];
    forEachCsvRecord(text, source, (record) => records.push(record));
    return records;
}
/**
 * readCsvRecords one record at a time, in file order: the caller keeps what it makes of each
 * record, and the record itself (an array of ~30 strings) dies young instead of living until the
 * last line is split. A CSV error is thrown when its record is reached.
 */
function forEachCsvRecord(text, source, visit) {
    // The first non-blank record, so that an error can name a column of the header.
    let header;
    // Only ever moves forward, so finding quotes costs one pass over the text in all.
    let nextQuote = text.indexOf('"');
    let start = 0;
    let line = 1;
    while (start < text.length) {
        if (nextQuote !== -1 && nextQuote < start)
            nextQuote = text.indexOf('"', start);
        let newline = text.indexOf('\n', start);
        let lines = 1;
        let fields;
        if (nextQuote === -1 || (newline !== -1 && nextQuote > newline)) {
            const end = newline === -1 ? text.length : newline;
            fields = text.slice(start, withoutCr(text, start, end)).split(',');
        }
        else {
            newline = quotedRecordEnd(text, start);
            const end = newline === -1 ? text.length : newline;
            fields = parseQuotedRecord(text, start, end, source, header);
            for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1))
                lines += 1;
        }
        const record = { fields, start, line };
        if (header === undefined && !isBlankRecord(record))
            header = record;
        visit(record);
        if (newline === -1)
            break;
        line += lines;
        start = newline + 1;
    }
}
/** The end of a line's content: before the CR of a CRLF. */
function withoutCr(text, start, end) {
    return end > start && text.charCodeAt(end - 1) === CR ? end - 1 : end;
}
/**
 * The newline that ends the record starting at `start` (-1: the end of the text): the first one
 * outside quotes. Every quote toggles "inside quotes", an escaped `""` twice, so this holds for
 * any well-formed record; for a malformed one it only decides how much text csv-parse sees
 * before it reports the error.
 */
function quotedRecordEnd(text, start) {
    let inQuotes = false;
    for (let i = start; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        if (code === csv_records_QUOTE)
            inQuotes = !inQuotes;
        else if (code === csv_records_LF && !inQuotes)
            return i;
    }
    return -1;
}
function parseQuotedRecord(text, start, end, source, header) {
    let parsed;
    try {
        parsed = parse(text.slice(start, withoutCr(text, start, end)), {
            record_delimiter: ['\r\n', '\n'],
            relax_column_count: true,
        });
    }
    catch (error) {
        if (error instanceof CsvError)
            throw describeCsvError(error, text, source, start, header);
        throw error;
    }
    const [fields] = parsed;
    // The text handed over ends at the first newline outside quotes: exactly one record.
    if (fields === undefined || parsed.length !== 1) {
        throw new Error(`csv-parse read ${parsed.length} records from one record at offset ${start}`);
    }
    return fields;
}
const KNOWN_COLUMNS = new Set([...REQUIRED_COLUMNS, ADDITIONAL_CREDENTIALS_COLUMN]);
function describeCsvError(error, text, source, recordStart, header) {
    const fieldIndex = typeof error.index === 'number' ? error.index : 0;
    const { line, column } = positionAt(text, fieldOffset(text, recordStart, fieldIndex));
    const position = { file: source, line, column };
    // Only a column of the report format is named: any other header text is the file's content.
    const name = header?.fields[fieldIndex]?.trim().toLowerCase();
    const where = name !== undefined && KNOWN_COLUMNS.has(name) ? `column '${name}'` : `field ${fieldIndex + 1}`;
    const quoting = 'Inside a quoted value, write a quote as two quotes ("").';
    switch (error.code) {
        case 'CSV_QUOTE_NOT_CLOSED':
            return (0,report_error/* reportError */.N7)(position, `${where} opens a quote that is never closed (the file ends inside it). Close the quote. ${quoting}`);
        case 'CSV_INVALID_CLOSING_QUOTE':
            return (0,report_error/* reportError */.N7)(position, `${where} has text after its closing quote. ${quoting}`);
        case 'INVALID_OPENING_QUOTE':
            return (0,report_error/* reportError */.N7)(position, `${where} has a quote (") inside a value that is not quoted. Quote the whole value. ${quoting}`);
        default:
            // csv-parse's own sentences quote the text; its code says enough.
            return (0,report_error/* reportError */.N7)(position, `the CSV cannot be read (${error.code}). ${report_error/* NOT_A_REPORT */.TP}`);
    }
}
/** An empty or whitespace-only line: trailing ones are normal (emulators add them). */
function isBlankRecord(record) {
    return record.fields.length === 1 && (record.fields[0] ?? '').trim() === '';
}

;// CONCATENATED MODULE: ./src/report/field-values.ts
const SENTINELS = new Map([
    ['n/a', 'N/A'],
    ['no_information', 'no_information'],
    ['not_supported', 'not_supported'],
]);
// Shared and frozen: a 5 000-row report has tens of thousands of them.
const SENTINEL_DATES = {
    'N/A': Object.freeze({ kind: 'N/A' }),
    no_information: Object.freeze({ kind: 'no_information' }),
    not_supported: Object.freeze({ kind: 'not_supported' }),
};
/** `N/A`, `no_information` or `not_supported`, in any case. */
function parseSentinel(raw) {
    // Exact spelling first: real reports use it, so the lowercase copy is rarely needed.
    return raw === 'N/A' ? 'N/A' : SENTINELS.get(raw.trim().toLowerCase());
}
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MS_PER_MINUTE = 60_000;
const DAYS_PER_400_YEARS = 146_097;
/** Days from 0000-03-01 to 1970-01-01. */
const EPOCH_DAY = 719_468;
/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar (month 1–12, year ≥ 0), as
 * Date.UTC counts them. Arithmetic, not Date.UTC: that is a call into the runtime, and a large report
 * has tens of thousands of dates. Years are counted from March, so a leap day is the last day of
 * its year; a 400-year cycle has 146 097 days.
 */
function daysFromCivil(year, month, day) {
    const marchYear = month <= 2 ? year - 1 : year;
    const cycle = Math.floor(marchYear / 400);
    const yearOfCycle = marchYear - cycle * 400;
    const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
    const dayOfCycle = yearOfCycle * 365 + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100) + dayOfYear;
    return cycle * DAYS_PER_400_YEARS + dayOfCycle - EPOCH_DAY;
}
/**
 * An ISO 8601 instant with a zone, as epoch milliseconds; `undefined` when it is not one.
 * `YYYY-MM-DDThh:mm[:ss[.fff…]]` then `Z` or `±hh[:mm]`: `+00:00` in older reports, `Z` in
 * newer ones. A time without a zone is refused: it would depend on the machine's time zone.
 * Read character by character because a large report has ~50 000 of them and a regular
 * expression with captures allocates a dozen strings each.
 */
function parseIsoInstant(text) {
    const year = digitsAt(text, 0, 4);
    const month = digitsAt(text, 5, 2);
    const day = digitsAt(text, 8, 2);
    const hour = digitsAt(text, 11, 2);
    const minute = digitsAt(text, 14, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
        return undefined;
    }
    if (text[4] !== '-' || text[7] !== '-' || text[13] !== ':')
        return undefined;
    const separator = text[10];
    if (separator !== 'T' && separator !== 't' && separator !== ' ')
        return undefined;
    if (day > (DAYS_IN_MONTH[month - 1] ?? 0) || (month === 2 && day === 29 && !isLeapYear(year)))
        return undefined;
    let at = 16;
    let second = 0;
    let millis = 0;
    if (text[at] === ':') {
        second = digitsAt(text, at + 1, 2);
        // Second 60 is a leap second; Date.UTC carries it into the next minute.
        if (second < 0 || second > 60)
            return undefined;
        at += 3;
        if (text[at] === '.' || text[at] === ',') {
            const first = at + 1;
            at = first;
            while (isDigit(text.charCodeAt(at)))
                at += 1;
            if (at === first)
                return undefined;
            // Milliseconds are the first three digits; finer ones are dropped, not rounded.
            for (let i = first; i < first + 3; i += 1)
                millis = millis * 10 + (i < at ? text.charCodeAt(i) - 0x30 : 0);
        }
    }
    let offsetMinutes = 0;
    const zone = text[at];
    if (zone === 'Z' || zone === 'z') {
        at += 1;
    }
    else if (zone === '+' || zone === '-') {
        const hours = digitsAt(text, at + 1, 2);
        at += 3;
        let minutes = 0;
        if (at < text.length) {
            if (text[at] === ':')
                at += 1;
            minutes = digitsAt(text, at, 2);
            at += 2;
        }
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
            return undefined;
        offsetMinutes = (zone === '-' ? -1 : 1) * (hours * 60 + minutes);
    }
    else {
        return undefined;
    }
    if (at !== text.length)
        return undefined;
    // Second 60 carries into the next minute, as Date.UTC does.
    const minutes = (daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offsetMinutes;
    return minutes * MS_PER_MINUTE + second * 1000 + millis;
}
function isDigit(code) {
    return code >= 0x30 && code <= 0x39;
}
/** The number written by `count` digits at `at`, or -1. */
function digitsAt(text, at, count) {
    let value = 0;
    for (let i = at; i < at + count; i += 1) {
        const code = text.charCodeAt(i);
        if (!isDigit(code))
            return -1;
        value = value * 10 + (code - 0x30);
    }
    return value;
}
function isLeapYear(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
/**
 * The instants AWS writes (`2026-01-31T09:00:00+00:00`, `…Z`, with or without milliseconds), on a
 * day of the month every month has (01–28). For exactly these, Date.parse gives what
 * parseIsoInstant gives (test/report/field-values.test.ts compares them), and it is native code: a
 * 5 000-user report has ~25 000 instants, which cost ~15 ms more in parseIsoInstant before V8 has
 * optimised it, that is for most of one run. Everything else (days 29–31, which Date.parse would
 * carry into the next month, second 60, other fractions, spellings and zones) goes to
 * parseIsoInstant, which decides.
 */
const COMMON_INSTANT = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{3})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
/** A timestamp column: an instant or one of the three sentinels, kept apart. */
function parseDateField(raw) {
    if (raw === 'N/A')
        return SENTINEL_DATES['N/A'];
    if (COMMON_INSTANT.test(raw))
        return { kind: 'date', at: Date.parse(raw) };
    const value = raw.trim();
    if (isDigit(value.charCodeAt(0))) {
        const at = parseIsoInstant(value);
        return at === undefined ? undefined : { kind: 'date', at };
    }
    const sentinel = parseSentinel(value);
    return sentinel === undefined ? undefined : SENTINEL_DATES[sentinel];
}
/** `true`/`false` in any case, or a sentinel (which each column interprets). */
function parseFlag(raw) {
    // The spellings of real reports first: no trimmed or lowercase copy for them.
    if (raw === 'true')
        return true;
    if (raw === 'false')
        return false;
    if (raw === 'N/A')
        return 'N/A';
    const value = raw.trim();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    const lower = value.toLowerCase();
    if (lower === 'true')
        return true;
    if (lower === 'false')
        return false;
    return parseSentinel(lower);
}
/** Region and service columns and `additional_credentials_info`: a sentinel or nothing is null. */
function parseOptionalText(raw) {
    const value = raw.trim();
    if (value === '' || parseSentinel(value) !== undefined)
        return null;
    return value;
}
const IAM_ARN = /^arn:([a-z][a-z0-9-]*):iam::(\d{12}):./;
/** Partition and account of `arn:<partition>:iam::<account>:user/...` or `...:root`. */
function parseIamArn(arn) {
    const match = IAM_ARN.exec(arn);
    if (match === null)
        return null;
    const [, partition, accountId] = match;
    if (partition === undefined || accountId === undefined)
        return null;
    return { partition, accountId };
}

// EXTERNAL MODULE: ./src/report/report-text.ts
var report_text = __nccwpck_require__(1888);
;// CONCATENATED MODULE: ./src/report/parse-report.ts







/**
 * Parses the CSV of an IAM credential report (as `GetCredentialReport` returns it, or a saved
 * copy). Columns are found by name; every value is turned into meaning here, once. Anything
 * that is not a credential report is a UserError naming `source:line:column`.
 */
function parseCredentialReport(content, source) {
    const text = (0,report_text/* stripBom */.F)(typeof content === 'string' ? content : (0,report_text/* decodeReportText */.c)(content, source));
    if (text.trim() === '') {
        throw new user_error/* UserError */.yo(`${source} is empty: a credential report has a header line and one line per user. ${report_error/* SAVE_REPORT_HOWTO */.rQ}`, { file: source });
    }
    rejectJson(text, source);
    // Each record becomes a row as it is split: a report's records never all exist at once.
    let headerLine;
    let reader;
    const rows = [];
    forEachCsvRecord(text, source, (record) => {
        if (isBlankRecord(record))
            return;
        if (reader === undefined) {
            headerLine = record.line;
            reader = new RowReader(text, source, readHeader(record, text, source));
        }
        else {
            rows.push(reader.read(record));
        }
    });
    if (headerLine === undefined || reader === undefined)
        throw new Error('a non-blank text has a non-blank record');
    if (rows.length === 0) {
        // AWS always writes the root row, so a header alone is a truncated or hand-made file: evaluating
        // it would pass an account nobody looked at.
        throw (0,report_error/* reportError */.N7)({ file: source, line: headerLine + 1, column: 1 }, `the report has a header but no rows; a credential report always has at least the root row ` +
            `(<root_account>). Was the file cut short? ${report_error/* SAVE_REPORT_HOWTO */.rQ}`);
    }
    return {
        source,
        rows,
        accountId: reader.account?.accountId ?? null,
        partition: reader.account?.partition ?? null,
        columns: reader.header.names,
    };
}
function rejectJson(text, source) {
    const first = text.search(/\S/);
    const char = text[first];
    if (char !== '{' && char !== '[')
        return;
    throw (0,report_error/* reportError */.N7)({ file: source, ...positionAt(text, first) }, "this is JSON, not CSV. If it is the output of 'aws iam get-credential-report', the report is " +
        `its base64 'Content' field. ${report_error/* SAVE_REPORT_HOWTO */.rQ}`);
}
const parse_report_KNOWN_COLUMNS = new Set([...REQUIRED_COLUMNS, ADDITIONAL_CREDENTIALS_COLUMN]);
function readHeader(record, text, source) {
    const names = record.fields.map((field) => field.trim().toLowerCase());
    const found = new Map();
    names.forEach((name, i) => {
        if (!parse_report_KNOWN_COLUMNS.has(name))
            return;
        const earlier = found.get(name);
        if (earlier !== undefined) {
            throw (0,report_error/* reportError */.N7)({ file: source, ...positionAt(text, fieldOffset(text, record.start, i)) }, `column '${name}' appears twice in the header (fields ${earlier + 1} and ${i + 1}), so its values ` +
                `are ambiguous. ${report_error/* NOT_A_REPORT */.TP}`);
        }
        found.set(name, i);
    });
    const missing = REQUIRED_COLUMNS.filter((column) => !found.has(column));
    if (missing.length > 0)
        throw missingColumns(record, missing, source);
    const index = Object.fromEntries(REQUIRED_COLUMNS.map((column) => [column, found.get(column) ?? -1]));
    return {
        names,
        index: index,
        additionalCredentials: found.get(ADDITIONAL_CREDENTIALS_COLUMN),
    };
}
function missingColumns(record, missing, source) {
    const position = { file: source, line: record.line, column: 1 };
    if (missing.length === REQUIRED_COLUMNS.length) {
        // Saving `--query Content` without decoding it is an easy mistake: say so.
        const firstLine = record.fields.join(',').trim();
        const base64 = /^[A-Za-z0-9+/]{16,}={0,2}$/.test(firstLine)
            ? ' It looks like base64: decode it (base64 --decode).'
            : '';
        return (0,report_error/* reportError */.N7)(position, `the first line is not the header of a credential report: it has none of its columns ` +
            `(${REQUIRED_COLUMNS.slice(0, 3).join(', ')}, …).${base64} ${report_error/* NOT_A_REPORT */.TP} ${report_error/* SAVE_REPORT_HOWTO */.rQ}`);
    }
    const list = missing.map((column) => `'${column}'`).join(', ');
    return (0,report_error/* reportError */.N7)(position, `the header has no column ${list}. A credential report has all of ${REQUIRED_COLUMNS.join(', ')} ` +
        `(in any order; more columns are fine). ${report_error/* NOT_A_REPORT */.TP} ${report_error/* SAVE_REPORT_HOWTO */.rQ}`);
}
// Column names per slot, spelled out once rather than built for every row.
const ACCESS_KEY_COLUMNS = [accessKeyColumns(1), accessKeyColumns(2)];
const CERT_COLUMNS = [certColumns(1), certColumns(2)];
function accessKeyColumns(slot) {
    return {
        slot,
        credential: `access_key_${slot}`,
        active: `access_key_${slot}_active`,
        lastRotated: `access_key_${slot}_last_rotated`,
        lastUsed: `access_key_${slot}_last_used_date`,
        region: `access_key_${slot}_last_used_region`,
        service: `access_key_${slot}_last_used_service`,
    };
}
function certColumns(slot) {
    return { slot, credential: `cert_${slot}`, active: `cert_${slot}_active`, lastRotated: `cert_${slot}_last_rotated` };
}
function fieldsOf(columns, header) {
    return Object.fromEntries(Object.entries(columns).map(([name, value]) => [name, name === 'slot' || name === 'credential' ? value : header.index[value]]));
}
/** Reads data rows against one header; remembers the report's account to check every row. */
class RowReader {
    text;
    source;
    header;
    account;
    /** Each slot's field indexes, looked up once: a 5 000-row report reads 140 000 fields. */
    keys;
    certs;
    /** The column at each field index, for messages. */
    columnAt = [];
    constructor(text, source, header) {
        this.text = text;
        this.source = source;
        this.header = header;
        this.keys = [fieldsOf(ACCESS_KEY_COLUMNS[0], header), fieldsOf(ACCESS_KEY_COLUMNS[1], header)];
        this.certs = [fieldsOf(CERT_COLUMNS[0], header), fieldsOf(CERT_COLUMNS[1], header)];
        for (const column of REQUIRED_COLUMNS)
            this.columnAt[header.index[column]] = column;
    }
    read(record) {
        const width = this.header.names.length;
        if (record.fields.length !== width)
            throw this.raggedRow(record, width);
        // Field indexes by a fixed property name each, not a column name looked up per field.
        const at = this.header.index;
        const fields = record.fields;
        const user = fields[at.user] ?? '';
        const arn = fields[at.arn] ?? '';
        const arnParts = this.arnParts(arn);
        if (arnParts !== null)
            this.checkAccount(record, arnParts.accountId, arnParts.partition);
        const passwordEnabled = this.flag(record, at.password_enabled);
        const additional = this.header.additionalCredentials;
        return {
            line: record.line,
            user,
            arn,
            isRoot: user === ROOT_USER || arn.endsWith(':root'),
            accountId: arnParts?.accountId ?? null,
            partition: arnParts?.partition ?? null,
            userCreationTime: this.date(record, at.user_creation_time),
            // Old reports write `not_supported` for root's password; rules tell it apart. In any
            // other boolean column, a sentinel (emulators write them) means the credential is absent.
            passwordEnabled: passwordEnabled === 'not_supported' ? 'not_supported' : passwordEnabled === true,
            passwordLastUsed: this.date(record, at.password_last_used),
            passwordLastChanged: this.date(record, at.password_last_changed),
            passwordNextRotation: this.date(record, at.password_next_rotation),
            mfaActive: this.flag(record, at.mfa_active) === true,
            accessKeys: [this.accessKey(record, this.keys[0]), this.accessKey(record, this.keys[1])],
            certs: [this.cert(record, this.certs[0]), this.cert(record, this.certs[1])],
            additionalCredentialsInfo: additional === undefined ? null : parseOptionalText(fields[additional] ?? ''),
        };
    }
    /** The first ARN's `arn:<partition>:iam::<account>:` and its parts: every row of a report shares them. */
    lastArn;
    arnParts(arn) {
        const last = this.lastArn;
        // The same test as parseIamArn's pattern: the prefix, then one character that is not a line break.
        if (last !== undefined && arn.startsWith(last.prefix)) {
            const next = arn.charCodeAt(last.prefix.length);
            if (!Number.isNaN(next) && next !== 0x0a && next !== 0x0d && next !== 0x2028 && next !== 0x2029)
                return last.parts;
        }
        const parts = parseIamArn(arn);
        if (parts !== null)
            this.lastArn = { prefix: `arn:${parts.partition}:iam::${parts.accountId}:`, parts };
        return parts;
    }
    accessKey(record, columns) {
        return {
            slot: columns.slot,
            credential: columns.credential,
            active: this.flag(record, columns.active) === true,
            lastRotated: this.date(record, columns.lastRotated),
            lastUsed: this.date(record, columns.lastUsed),
            lastUsedRegion: parseOptionalText(record.fields[columns.region] ?? ''),
            lastUsedService: parseOptionalText(record.fields[columns.service] ?? ''),
        };
    }
    cert(record, columns) {
        return {
            slot: columns.slot,
            credential: columns.credential,
            active: this.flag(record, columns.active) === true,
            lastRotated: this.date(record, columns.lastRotated),
        };
    }
    date(record, field) {
        const parsed = parseDateField(record.fields[field] ?? '');
        if (parsed === undefined) {
            throw this.invalid(record, field, 'is not a date: allowed are an ISO 8601 date and time (2026-01-31T09:00:00+00:00), N/A, no_information and not_supported');
        }
        return parsed;
    }
    flag(record, field) {
        const parsed = parseFlag(record.fields[field] ?? '');
        if (parsed === undefined) {
            throw this.invalid(record, field, 'is not a boolean: allowed are true, false, N/A, no_information and not_supported');
        }
        return parsed;
    }
    /**
     * A value is named by line, column and column name, never shown: the file may be anything a
     * pull request points `report-file` at, and its cells are no one's business in a log.
     */
    invalid(record, field, what) {
        const column = this.columnAt[field] ?? `field ${field + 1}`;
        return (0,report_error/* reportError */.N7)(this.fieldPosition(record, field), `the value of column '${column}' (field ${field + 1}) ${what}. ${report_error/* NOT_A_REPORT */.TP}`);
    }
    raggedRow(record, width) {
        const count = record.fields.length;
        const fields = `${count} ${count === 1 ? 'field' : 'fields'}`;
        if (count > width) {
            return (0,report_error/* reportError */.N7)(this.fieldPosition(record, width), `this row has ${fields} but the header has ${width}; the first extra field starts here. ` +
                `A value that contains a comma must be quoted ("a,b"). ${report_error/* NOT_A_REPORT */.TP}`);
        }
        return (0,report_error/* reportError */.N7)({ file: this.source, line: record.line, column: 1 }, `this row has ${fields} but the header has ${width}. ${report_error/* NOT_A_REPORT */.TP}`);
    }
    checkAccount(record, accountId, partition) {
        const first = this.account;
        if (first === undefined) {
            this.account = { accountId, partition, line: record.line };
            return;
        }
        if (first.accountId === accountId && first.partition === partition)
            return;
        const what = first.accountId === accountId ? 'partition' : 'account';
        throw (0,report_error/* reportError */.N7)(this.fieldPosition(record, this.header.index.arn), `column 'arn' is in another ${what} than the arn of line ${first.line}. A credential ` +
            `report covers one account: evaluate each account's report separately.`);
    }
    fieldPosition(record, fieldIndex) {
        return { file: this.source, ...positionAt(this.text, fieldOffset(this.text, record.start, fieldIndex)) };
    }
}


/***/ }),

/***/ 2085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N7: () => (/* binding */ reportError),
/* harmony export */   TP: () => (/* binding */ NOT_A_REPORT),
/* harmony export */   rQ: () => (/* binding */ SAVE_REPORT_HOWTO)
/* harmony export */ });
/* harmony import */ var _user_error__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7495);

/** Ends messages about content that does not look like a credential report at all. */
const NOT_A_REPORT = 'Is this an IAM credential report?';
const SAVE_REPORT_HOWTO = 'Save one unchanged with: aws iam get-credential-report --query Content --output text | base64 --decode > report.csv';
/** A UserError whose message starts with `file:line:col:`, the form editors and CI logs link. */
function reportError(position, message) {
    return new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_user_error__WEBPACK_IMPORTED_MODULE_0__/* .formatPosition */ .Ld)(position)}: ${message}`, position);
}


/***/ }),

/***/ 1888:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ stripBom),
/* harmony export */   c: () => (/* binding */ decodeReportText)
/* harmony export */ });
/* harmony import */ var _user_error__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7495);
/* harmony import */ var _report_error__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2085);


/**
 * The report's bytes as text, exactly: a byte order mark is kept (so a saved copy is the same
 * file); the parser skips it. Invalid UTF-8 is refused rather than replaced, since a report is
 * always UTF-8 and anything else (a spreadsheet, a zip) would only fail later, less clearly.
 */
function decodeReportText(bytes, source) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${source} is not UTF-8 text (a spreadsheet or a compressed file?), and a credential report is ` +
            `CSV text. ${_report_error__WEBPACK_IMPORTED_MODULE_1__/* .SAVE_REPORT_HOWTO */ .rQ}`, { file: source });
    }
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}


/***/ }),

/***/ 82:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ credentialLabel),
/* harmony export */   b: () => (/* binding */ ownerOf)
/* harmony export */ });
const LABELS = {
    password: 'The console password',
    mfa: 'MFA',
    access_key_1: 'Access key 1',
    access_key_2: 'Access key 2',
    cert_1: 'Signing certificate 1',
    cert_2: 'Signing certificate 2',
};
/** Sentence-initial name of a credential: "Access key 1". */
function credentialLabel(credential) {
    return LABELS[credential];
}
/** How messages name the row's owner: the user name, or "the root account". */
function ownerOf(row) {
    return row.isRoot ? 'the root account' : row.user;
}


/***/ }),

/***/ 4329:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nu: () => (/* binding */ cisItem),
/* harmony export */   QC: () => (/* binding */ cis),
/* harmony export */   ut: () => (/* binding */ securityHub),
/* harmony export */   zg: () => (/* binding */ referencesUnder)
/* harmony export */ });
/* unused harmony export BENCHMARK_REFERENCES */
const CIS_URL = 'https://www.cisecurity.org/benchmark/amazon_web_services';
const SECURITY_HUB_URL = 'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html';
const CIS_LABEL = {
    v3: 'CIS AWS Foundations v3.0',
    v5: 'CIS AWS Foundations v5.0',
    v7: 'CIS AWS Foundations v7.0',
};
function cisItem(version, item) {
    return { label: `${CIS_LABEL[version]} ${item}`, url: CIS_URL };
}
/** A rule's own references cite CIS v3.0, the benchmark of 1.0. */
function cis(item) {
    return cisItem('v3', item);
}
function securityHub(control) {
    return { label: `Security Hub ${control}`, url: `${SECURITY_HUB_URL}#${control.toLowerCase().replace('.', '-')}` };
}
/**
 * The benchmark item each rule implements in the builtins that follow a benchmark, by policy
 * source. Findings of a run under one of them cite these instead of the rules' own references (CIS
 * v3.0 and Security Hub), so an auditor sees the numbering of the benchmark being audited. Kept
 * beside the YAML of `policies/` by a test: every enabled rule of such a builtin has an entry here.
 */
const BENCHMARK_REFERENCES = {
    'builtin:cis-aws-foundations-v5': {
        'root-access-keys': [cisItem('v5', '1.3')],
        'root-mfa': [cisItem('v5', '1.4')],
        'root-hardware-mfa': [cisItem('v5', '1.5')],
        'root-recent-use': [cisItem('v5', '1.6')],
        'mfa-for-console': [cisItem('v5', '1.9')],
        'no-initial-access-key': [cisItem('v5', '1.10')],
        'access-key-unused': [cisItem('v5', '1.11')],
        'password-unused': [cisItem('v5', '1.11')],
        'single-active-access-key': [cisItem('v5', '1.12')],
        'access-key-max-age': [cisItem('v5', '1.13')],
    },
    'builtin:cis-aws-foundations-v7': {
        'root-access-keys': [cisItem('v7', '2.4')],
        'root-mfa': [cisItem('v7', '2.5')],
        'root-hardware-mfa': [cisItem('v7', '2.6')],
        'root-recent-use': [cisItem('v7', '2.7')],
        'mfa-for-console': [cisItem('v7', '2.10')],
        'access-key-unused': [cisItem('v7', '2.11')],
        'password-unused': [cisItem('v7', '2.11')],
        'access-key-max-age': [cisItem('v7', '2.12')],
    },
    'builtin:aws-foundational-security': {
        'access-key-max-age': [securityHub('IAM.3')],
        'root-access-keys': [securityHub('IAM.4')],
        'mfa-for-console': [securityHub('IAM.5')],
        'root-hardware-mfa': [securityHub('IAM.6')],
        // IAM.6 fails a root without any MFA too; root-hardware-mfa only sees the kind of a device that exists.
        'root-mfa': [securityHub('IAM.6')],
        'access-key-unused': [securityHub('IAM.8')],
        'password-unused': [securityHub('IAM.8')],
    },
};
/**
 * The references of a rule under a policy: the benchmark's numbering when the policy is a builtin
 * that follows one and maps the rule, else the rule's own.
 */
function referencesUnder(policySource, ruleId, own) {
    if (policySource === null || policySource === undefined)
        return own;
    return BENCHMARK_REFERENCES[policySource]?.[ruleId] ?? own;
}


/***/ }),

/***/ 1018:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  Iu: () => (/* binding */ RULE_IDS),
  zQ: () => (/* binding */ RUN_LEVEL_RULES),
  rF: () => (/* binding */ getRule),
  qy: () => (/* binding */ getRunLevelRule)
});

;// CONCATENATED MODULE: ./src/rules/age.ts
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/**
 * Whole days between `at` and `now`, as the contract defines age: floor((now − t) / 24 h).
 * A timestamp in the future (clock skew, hand-edited reports) has age 0 rather than a negative age.
 */
function ageInDays(at, now) {
    return Math.max(0, Math.floor((now - at) / DAY_MS));
}
/** The instant of a date column, or null for any of the sentinels. */
function instantOf(field) {
    return field.kind === 'date' ? field.at : null;
}
/**
 * Recent instants and their ISO text: a key's creation time is written by every rule that finds
 * something about the key (age, use, one key too many…), and toISOString costs microseconds each.
 */
const isoTexts = new Map();
const MAX_ISO_TEXTS = 20_000;
/** The instant of a date column as ISO 8601 UTC text (`toISOString`), or null for a sentinel. */
function isoOf(field) {
    if (field.kind !== 'date')
        return null;
    let text = isoTexts.get(field.at);
    if (text === undefined) {
        if (isoTexts.size >= MAX_ISO_TEXTS)
            isoTexts.clear();
        text = new Date(field.at).toISOString();
        isoTexts.set(field.at, text);
    }
    return text;
}
/** Age in whole days of a date column, or null when it holds a sentinel. */
function ageOf(field, now) {
    return field.kind === 'date' ? ageInDays(field.at, now) : null;
}
/** "1 day", "3 days". */
function days(count) {
    return count === 1 ? '1 day' : `${count} days`;
}

;// CONCATENATED MODULE: ./src/rules/define-rule.ts
/**
 * Ties a rule to the params type of its id (from `rule-params.ts`), so `defaults` and `evaluate`
 * are checked against the schema, while the registry holds all rules under `RuleDefinition`.
 */
function defineRule(rule) {
    return rule;
}

// EXTERNAL MODULE: ./src/rules/describe-credential.ts
var describe_credential = __nccwpck_require__(82);
// EXTERNAL MODULE: ./src/rules/references.ts
var references = __nccwpck_require__(4329);
;// CONCATENATED MODULE: ./src/rules/rule-hit.ts
/**
 * A hit about one credential: the rule's age, limit and message with the credential and its creation
 * time. Field by field rather than `{ credential, credentialCreated, ...hit }`: a large account has
 * thousands of hits, and copying by spread takes V8's slow path until the code is optimised.
 */
function completeHit(credential, credentialCreated, hit) {
    const complete = { credential, credentialCreated, ageDays: hit.ageDays, limit: hit.limit, message: hit.message };
    if (hit.status !== undefined)
        complete.status = hit.status;
    if (hit.service !== undefined)
        complete.service = hit.service;
    return complete;
}

;// CONCATENATED MODULE: ./src/rules/access-key-rules.ts





const NO_KEYS = Object.freeze([]);
/**
 * The row's active keys, slot 1 first. Most users have none or one: no array is built for none. The
 * rules walk them with index loops: a for-of or map allocates per key until V8 has optimised the
 * rule, which is most of a run (every rule runs once per user).
 */
function activeKeys(row) {
    const [first, second] = row.accessKeys;
    if (first.active)
        return second.active ? [first, second] : [first];
    return second.active ? [second] : NO_KEYS;
}
function keyHit(key, hit) {
    return completeHit(key.credential, isoOf(key.lastRotated), hit);
}
function keyName(row, key) {
    return `${(0,describe_credential/* credentialLabel */.a)(key.credential)} of ${(0,describe_credential/* ownerOf */.b)(row)}`;
}
const accessKeyMaxAge = defineRule({
    id: 'access-key-max-age',
    title: 'Active access keys are rotated within the maximum age',
    description: 'Per active access key: its age (from `last_rotated`, which is its creation time) is over `max_days`. ' +
        'With `warn_days` > 0, a key within `warn_days` of the limit gives a `warning` finding with status `upcoming`. ' +
        'An active key without a creation date is a violation. `warn_days` must be less than `max_days`.',
    defaultSeverity: 'error',
    recommended: true,
    appliesTo: 'user',
    defaults: { max_days: 90, warn_days: 0 },
    credentials: ['access_key_1', 'access_key_2'],
    references: [(0,references/* cis */.QC)('1.14'), (0,references/* securityHub */.ut)('IAM.3')],
    remediation: 'Create a second key (`aws iam create-access-key --user-name NAME`), move the workload to it, then ' +
        '`aws iam update-access-key --status Inactive` and `aws iam delete-access-key` on the old one. Better: replace ' +
        'the key with an IAM role.',
    evaluate(row, params, { now }) {
        const hits = [];
        const keys = activeKeys(row);
        for (let i = 0; i < keys.length; i += 1) {
            const key = keys[i];
            const age = ageOf(key.lastRotated, now);
            if (age === null) {
                hits.push(keyHit(key, {
                    ageDays: null,
                    limit: params.max_days,
                    message: `${keyName(row, key)} is active but has no creation date (limit ${days(params.max_days)}).`,
                }));
            }
            else if (age > params.max_days) {
                hits.push(keyHit(key, {
                    ageDays: age,
                    limit: params.max_days,
                    message: `${keyName(row, key)} is ${days(age)} old (limit ${days(params.max_days)}).`,
                }));
            }
            else if (params.warn_days > 0 && age > params.max_days - params.warn_days) {
                hits.push(keyHit(key, {
                    ageDays: age,
                    limit: params.max_days,
                    status: 'upcoming',
                    message: `${keyName(row, key)} is ${days(age)} old and passes the limit of ${days(params.max_days)} ` +
                        `in ${days(params.max_days - age + 1)}.`,
                }));
            }
        }
        return hits;
    },
});
const accessKeyUnused = defineRule({
    id: 'access-key-unused',
    title: 'Active access keys have been used recently',
    description: 'Per active access key: its last use is more than `max_days` ago. A key never used is handled by `never_used` ' +
        '(by default it is aged from its creation, as CIS 1.12 and AWS remediation runbooks do).',
    defaultSeverity: 'error',
    recommended: true,
    appliesTo: 'user',
    defaults: { max_days: 45, never_used: 'from-creation' },
    credentials: ['access_key_1', 'access_key_2'],
    references: [(0,references/* cis */.QC)('1.12'), (0,references/* securityHub */.ut)('IAM.22')],
    remediation: 'Deactivate the key (`aws iam update-access-key --user-name NAME --access-key-id ID --status Inactive`), ' +
        'wait for complaints, then delete it (`aws iam delete-access-key`).',
    evaluate(row, params, { now }) {
        const hits = [];
        const keys = activeKeys(row);
        for (let i = 0; i < keys.length; i += 1) {
            const key = keys[i];
            const usedAge = ageOf(key.lastUsed, now);
            if (usedAge !== null) {
                if (usedAge > params.max_days) {
                    hits.push(keyHit(key, {
                        ageDays: usedAge,
                        limit: params.max_days,
                        message: `${keyName(row, key)} was last used ${days(usedAge)} ago (limit ${days(params.max_days)}).`,
                    }));
                }
                continue;
            }
            if (params.never_used === 'ignore')
                continue;
            const createdAge = ageOf(key.lastRotated, now);
            if (params.never_used === 'violation') {
                hits.push(keyHit(key, {
                    ageDays: createdAge,
                    limit: params.max_days,
                    message: `${keyName(row, key)} has never been used.`,
                }));
            }
            else if (createdAge === null) {
                hits.push(keyHit(key, {
                    ageDays: null,
                    limit: params.max_days,
                    message: `${keyName(row, key)} has never been used and has no creation date (limit ${days(params.max_days)}).`,
                }));
            }
            else if (createdAge > params.max_days) {
                hits.push(keyHit(key, {
                    ageDays: createdAge,
                    limit: params.max_days,
                    message: `${keyName(row, key)} has never been used and was created ${days(createdAge)} ago ` +
                        `(limit ${days(params.max_days)}).`,
                }));
            }
        }
        return hits;
    },
});
const singleActiveAccessKey = defineRule({
    id: 'single-active-access-key',
    title: 'Each IAM user has at most one active access key',
    description: 'Both access keys of a user are active. A rotation in progress is allowed: no finding while the newer key is ' +
        'younger than `grace_days`. A key without a creation date counts as old.',
    defaultSeverity: 'warning',
    recommended: true,
    appliesTo: 'user',
    defaults: { grace_days: 0 },
    credentials: ['none'],
    references: [(0,references/* cis */.QC)('1.13')],
    remediation: 'Finish the rotation: move every workload to the newer key, then deactivate and delete the older one ' +
        '(`aws iam update-access-key --status Inactive`, `aws iam delete-access-key`).',
    evaluate(row, params, { now }) {
        const [first, second] = row.accessKeys;
        if (!first.active || !second.active)
            return [];
        const ages = [ageOf(first.lastRotated, now), ageOf(second.lastRotated, now)];
        // Slot 2 is not necessarily the newer key, so compare the dates; an undated key cannot prove a rotation.
        const newerAge = ages.every((age) => age !== null) ? Math.min(...ages) : null;
        if (newerAge !== null && newerAge < params.grace_days)
            return [];
        return [
            {
                credential: null,
                credentialCreated: null,
                ageDays: null,
                limit: null,
                message: `${row.user} has two active access keys.`,
            },
        ];
    },
});
const noInitialAccessKey = defineRule({
    id: 'no-initial-access-key',
    title: 'No access keys are created together with console users',
    description: 'Per active access key of a user with a console password: the key has never been used and was created within ' +
        '`window_minutes` of the user, the sign of keys handed out at user setup whether needed or not.',
    defaultSeverity: 'warning',
    recommended: false,
    appliesTo: 'user',
    defaults: { window_minutes: 5 },
    credentials: ['access_key_1', 'access_key_2'],
    references: [(0,references/* cis */.QC)('1.11')],
    remediation: 'Delete the unused key (`aws iam delete-access-key --user-name NAME --access-key-id ID`) and stop creating ' +
        'keys during user setup; create one later only when the user shows a need.',
    evaluate(row, params) {
        if (row.passwordEnabled !== true)
            return [];
        const userCreated = instantOf(row.userCreationTime);
        if (userCreated === null)
            return [];
        const hits = [];
        const keys = activeKeys(row);
        for (let i = 0; i < keys.length; i += 1) {
            const key = keys[i];
            const keyCreated = instantOf(key.lastRotated);
            if (key.lastUsed.kind === 'date' || keyCreated === null)
                continue;
            if (Math.abs(keyCreated - userCreated) > params.window_minutes * MINUTE_MS)
                continue;
            hits.push(keyHit(key, {
                ageDays: null,
                limit: null,
                message: `${keyName(row, key)} was created with the user and has never been used.`,
            }));
        }
        return hits;
    },
});
const accessKeysForbidden = defineRule({
    id: 'access-keys-forbidden',
    title: 'IAM users have no active access keys',
    description: 'Per active access key of any IAM user. For organisations where workloads use roles and OIDC only.',
    defaultSeverity: 'error',
    recommended: false,
    appliesTo: 'user',
    defaults: {},
    credentials: ['access_key_1', 'access_key_2'],
    references: [],
    remediation: 'Move the workload to an IAM role (OIDC federation for CI, instance or task roles on AWS, IAM Roles ' +
        'Anywhere elsewhere), then `aws iam delete-access-key --user-name NAME --access-key-id ID`.',
    evaluate(row) {
        const keys = activeKeys(row);
        const hits = [];
        for (let i = 0; i < keys.length; i += 1) {
            const key = keys[i];
            hits.push(keyHit(key, { ageDays: null, limit: null, message: `${keyName(row, key)} is active.` }));
        }
        return hits;
    },
});
const consoleUserAccessKeys = defineRule({
    id: 'console-user-access-keys',
    title: 'Console users hold no active access keys',
    description: 'Per active access key of a user who also has a console password: people should use short-lived ' +
        'credentials (SSO, `aws configure sso`) rather than long-lived keys.',
    defaultSeverity: 'warning',
    recommended: false,
    appliesTo: 'user',
    defaults: {},
    credentials: ['access_key_1', 'access_key_2'],
    references: [],
    remediation: 'Have the person use IAM Identity Center (`aws configure sso`) or role assumption, then delete the key ' +
        '(`aws iam delete-access-key --user-name NAME --access-key-id ID`).',
    evaluate(row) {
        if (row.passwordEnabled !== true)
            return [];
        const keys = activeKeys(row);
        const hits = [];
        for (let i = 0; i < keys.length; i += 1) {
            const key = keys[i];
            hits.push(keyHit(key, {
                ageDays: null,
                limit: null,
                message: `${keyName(row, key)} is active although ${row.user} also has a console password.`,
            }));
        }
        return hits;
    },
});
const accessKeyRegion = defineRule({
    id: 'access-key-region',
    title: 'Access keys are used only in allowed regions',
    description: 'Per active access key last used in a region not in `allowed_regions`. A last-used region of `N/A` (a global ' +
        'service such as S3, or no use) is ignored.',
    defaultSeverity: 'warning',
    recommended: false,
    appliesTo: 'user',
    defaults: { allowed_regions: [] },
    credentials: ['access_key_1', 'access_key_2'],
    references: [],
    remediation: 'Find the calls in CloudTrail (`aws cloudtrail lookup-events --lookup-attributes ' +
        'AttributeKey=AccessKeyId,AttributeValue=ID --region REGION`); if they are not expected, deactivate the key ' +
        '(`aws iam update-access-key --status Inactive`). Enforce regions with an `aws:RequestedRegion` SCP.',
    evaluate(row, params) {
        const allowed = new Set(params.allowed_regions);
        return activeKeys(row)
            .filter((key) => key.lastUsedRegion !== null && !allowed.has(key.lastUsedRegion))
            .map((key) => keyHit(key, {
            ageDays: null,
            limit: null,
            message: `${keyName(row, key)} was last used in ${key.lastUsedRegion}, which is not an allowed region.`,
        }));
    },
});

;// CONCATENATED MODULE: ./src/rules/certificate-rules.ts



const signingCertificateMaxAge = defineRule({
    id: 'signing-certificate-max-age',
    title: 'Active signing certificates are rotated within the maximum age',
    description: 'Per active X.509 signing certificate of a user: its age (from `last_rotated`) is over `max_days`. ' +
        'An active certificate without a date is a violation.',
    defaultSeverity: 'warning',
    recommended: false,
    appliesTo: 'user',
    defaults: { max_days: 365 },
    credentials: ['cert_1', 'cert_2'],
    references: [],
    remediation: 'Upload a new certificate (`aws iam upload-signing-certificate`), switch the client to it, then ' +
        '`aws iam update-signing-certificate --status Inactive` and `aws iam delete-signing-certificate` on the old one.',
    evaluate(row, params, { now }) {
        const hits = [];
        for (let i = 0; i < row.certs.length; i += 1) {
            const cert = row.certs[i];
            if (!cert.active)
                continue;
            const age = ageOf(cert.lastRotated, now);
            if (age !== null && age <= params.max_days)
                continue;
            const name = `${(0,describe_credential/* credentialLabel */.a)(cert.credential)} of ${row.user}`;
            hits.push({
                credential: cert.credential,
                credentialCreated: isoOf(cert.lastRotated),
                ageDays: age,
                limit: params.max_days,
                message: age === null
                    ? `${name} is active but has no creation date (limit ${days(params.max_days)}).`
                    : `${name} is ${days(age)} old (limit ${days(params.max_days)}).`,
            });
        }
        return hits;
    },
});

;// CONCATENATED MODULE: ./src/rules/lookup-rules.ts



const SERVICE_NAMES = {
    'codecommit.amazonaws.com': 'CodeCommit Git credential',
    'cassandra.amazonaws.com': 'Amazon Keyspaces password',
    'bedrock.amazonaws.com': 'Amazon Bedrock API key',
    'logs.amazonaws.com': 'CloudWatch Logs API key',
};
/** "Amazon Bedrock API key ACCA… of alice", or the service name for a service not known here. */
function serviceCredentialName(credential, user) {
    const kind = SERVICE_NAMES[credential.service] ?? `Service-specific credential for ${credential.service}`;
    return `${kind} ${credential.id} of ${user}`;
}
function deactivateServiceCredential(credential, user) {
    return (`Deactivate it: aws iam update-service-specific-credential --user-name ${user} ` +
        `--service-specific-credential-id ${credential.id} --status Inactive`);
}
function serviceCredentialHit(credential, hit) {
    return {
        credential: `service_credential:${credential.id}`,
        credentialCreated: new Date(credential.created).toISOString(),
        service: credential.service,
        ...hit,
    };
}
const SERVICE_CREDENTIALS = { enrich: 'service-credentials', permission: 'iam:ListServiceSpecificCredentials' };
const serviceCredentialMaxAge = defineRule({
    id: 'service-credential-max-age',
    title: 'Active service-specific credentials are rotated within the maximum age',
    description: 'Per active service-specific credential of a user (CodeCommit Git credentials, Amazon Keyspaces passwords, ' +
        'Amazon Bedrock and CloudWatch Logs API keys): its age from creation is over `max_days`. The credential report ' +
        'does not list these credentials: the rule needs `enrich: service-credentials` (permission ' +
        '`iam:ListServiceSpecificCredentials`).',
    defaultSeverity: 'warning',
    recommended: false,
    appliesTo: 'user',
    defaults: { max_days: 90 },
    credentials: ['service_credential:<id>'],
    lookUp: SERVICE_CREDENTIALS,
    references: [],
    remediation: 'Create a new credential (`aws iam create-service-specific-credential --user-name NAME --service-name SERVICE`), ' +
        'move the client to it, then `aws iam update-service-specific-credential --user-name NAME ' +
        '--service-specific-credential-id ID --status Inactive` and `aws iam delete-service-specific-credential ' +
        '--user-name NAME --service-specific-credential-id ID` on the old one (the finding names the exact id).',
    evaluate(row, params, { now, lookups }) {
        const hits = [];
        for (const credential of lookups?.serviceCredentials?.get(row.user) ?? []) {
            if (!credential.active)
                continue;
            const age = ageInDays(credential.created, now);
            if (age <= params.max_days)
                continue;
            hits.push(serviceCredentialHit(credential, {
                ageDays: age,
                limit: params.max_days,
                message: `${serviceCredentialName(credential, row.user)} is ${days(age)} old (limit ${days(params.max_days)}). ` +
                    deactivateServiceCredential(credential, row.user),
            }));
        }
        return hits;
    },
});
const serviceCredentialNoExpiry = defineRule({
    id: 'service-credential-no-expiry',
    title: 'Active service-specific credentials expire soon after their creation',
    description: 'Per active service-specific credential of a user that has no expiration, or whose expiration is more than ' +
        '`max_days` after its creation: long-term Amazon Bedrock API keys above all. CodeCommit and Keyspaces ' +
        'credentials never expire, so every active one is a finding: exempt them, or keep this rule for accounts that ' +
        'should hold only short-term keys. Needs `enrich: service-credentials` (permission ' +
        '`iam:ListServiceSpecificCredentials`).',
    defaultSeverity: 'error',
    recommended: false,
    appliesTo: 'user',
    defaults: { max_days: 30 },
    credentials: ['service_credential:<id>'],
    lookUp: SERVICE_CREDENTIALS,
    references: [],
    remediation: 'Replace the long-term key by a short-term one (Bedrock: a short-term API key, or IAM role credentials), then ' +
        '`aws iam delete-service-specific-credential --user-name NAME --service-specific-credential-id ID` (the finding ' +
        'names the exact id). A new long-term key can be limited: `aws iam create-service-specific-credential ' +
        '--user-name NAME --service-name bedrock.amazonaws.com --credential-age-days 30`.',
    evaluate(row, params, { lookups }) {
        const hits = [];
        for (const credential of lookups?.serviceCredentials?.get(row.user) ?? []) {
            if (!credential.active)
                continue;
            const lifetime = credential.expires === null ? null : Math.floor((credential.expires - credential.created) / DAY_MS);
            if (lifetime !== null && lifetime <= params.max_days)
                continue;
            const name = serviceCredentialName(credential, row.user);
            hits.push(serviceCredentialHit(credential, {
                ageDays: lifetime,
                limit: params.max_days,
                message: (lifetime === null
                    ? `${name} never expires (limit ${days(params.max_days)} of lifetime). `
                    : `${name} is valid for ${days(lifetime)} from its creation (limit ${days(params.max_days)}). `) +
                    deactivateServiceCredential(credential, row.user),
            }));
        }
        return hits;
    },
});
const sshKeyMaxAge = defineRule({
    id: 'ssh-key-max-age',
    title: 'Active SSH public keys are rotated within the maximum age',
    description: 'Per active SSH public key of a user (CodeCommit SSH access): its age from upload is over `max_days`. The ' +
        'credential report does not list SSH keys: the rule needs `enrich: ssh-keys` (permission `iam:ListSSHPublicKeys`).',
    defaultSeverity: 'warning',
    recommended: false,
    appliesTo: 'user',
    defaults: { max_days: 90 },
    credentials: ['ssh_key:<id>'],
    lookUp: { enrich: 'ssh-keys', permission: 'iam:ListSSHPublicKeys' },
    references: [],
    remediation: 'Upload a new key (`aws iam upload-ssh-public-key --user-name NAME --ssh-public-key-body file://key.pub`), ' +
        'switch the client to it, then `aws iam update-ssh-public-key --user-name NAME --ssh-public-key-id ID ' +
        '--status Inactive` and `aws iam delete-ssh-public-key --user-name NAME --ssh-public-key-id ID` on the old one ' +
        '(the finding names the exact id).',
    evaluate(row, params, { now, lookups }) {
        const hits = [];
        for (const key of lookups?.sshKeys?.get(row.user) ?? []) {
            if (!key.active)
                continue;
            const age = ageInDays(key.uploaded, now);
            if (age <= params.max_days)
                continue;
            hits.push({
                credential: `ssh_key:${key.id}`,
                credentialCreated: new Date(key.uploaded).toISOString(),
                ageDays: age,
                limit: params.max_days,
                message: `SSH public key ${key.id} of ${row.user} is ${days(age)} old (limit ${days(params.max_days)}). ` +
                    `Deactivate it: aws iam update-ssh-public-key --user-name ${row.user} --ssh-public-key-id ${key.id} --status Inactive`,
            });
        }
        return hits;
    },
});
const rootHardwareMfa = defineRule({
    id: 'root-hardware-mfa',
    title: 'Root account MFA is a hardware device',
    description: 'The root account has MFA (`mfa_active`) and it is a virtual device: one of iam:ListVirtualMFADevices is ' +
        'assigned to the root ARN. A hardware TOTP token or a FIDO security key (passkey) passes; root without MFA is ' +
        "`root-mfa`'s finding. Needs `enrich: mfa-devices` (permission `iam:ListVirtualMFADevices`).",
    defaultSeverity: 'error',
    recommended: false,
    appliesTo: 'root',
    defaults: {},
    credentials: ['mfa'],
    lookUp: { enrich: 'mfa-devices', permission: 'iam:ListVirtualMFADevices' },
    references: [(0,references/* cisItem */.Nu)('v5', '1.5'), (0,references/* securityHub */.ut)('IAM.6')],
    remediation: 'Sign in as root, open Security credentials, add a hardware MFA device or a FIDO security key, then remove the ' +
        'virtual device named in the finding (console only: root MFA devices cannot be managed with other credentials).',
    evaluate(row, _params, { lookups }) {
        const serial = lookups?.rootVirtualMfa;
        if (!row.mfaActive || serial === undefined || serial === null)
            return [];
        return [
            {
                credential: 'mfa',
                credentialCreated: null,
                ageDays: null,
                limit: null,
                message: `The root account's MFA is a virtual device (${serial}), not a hardware device or security key.`,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/rules/mfa-rules.ts



/**
 * A user whose creation time is unknown is treated as past any grace period: the gate fails closed.
 */
function pastGrace(row, grace, now) {
    const age = ageOf(row.userCreationTime, now);
    return age === null || age >= grace;
}
function missingMfa(row, what) {
    return { credential: 'mfa', credentialCreated: null, ageDays: null, limit: null, message: `${row.user} ${what}.` };
}
const mfaForConsole = defineRule({
    id: 'mfa-for-console',
    title: 'Every IAM user with a console password has MFA enabled',
    description: 'A user who can sign in to the console (`password_enabled`) has no MFA device, and is at least `grace_days` old.',
    defaultSeverity: 'error',
    recommended: true,
    appliesTo: 'user',
    defaults: { grace_days: 0 },
    credentials: ['mfa'],
    references: [(0,references/* cis */.QC)('1.10'), (0,references/* securityHub */.ut)('IAM.5')],
    remediation: 'Have the user assign an MFA device (console: IAM → Users → the user → Security credentials → Assign MFA ' +
        'device), or remove the console password: `aws iam delete-login-profile --user-name NAME`.',
    evaluate(row, params, { now }) {
        if (row.passwordEnabled !== true || row.mfaActive || !pastGrace(row, params.grace_days, now))
            return [];
        const grace = params.grace_days > 0 ? ` and was created at least ${days(params.grace_days)} ago` : '';
        return [missingMfa(row, `has a console password but no MFA device${grace}`)];
    },
});
const mfaForAllUsers = defineRule({
    id: 'mfa-for-all-users',
    title: 'Every IAM user has MFA enabled',
    description: 'A user, with or without a console password, has no MFA device and is at least `grace_days` old.',
    defaultSeverity: 'error',
    recommended: false,
    appliesTo: 'user',
    defaults: { grace_days: 0 },
    credentials: ['mfa'],
    references: [(0,references/* securityHub */.ut)('IAM.19')],
    remediation: 'Assign an MFA device to the user (console: IAM → Users → the user → Security credentials → Assign MFA device).',
    evaluate(row, params, { now }) {
        if (row.mfaActive || !pastGrace(row, params.grace_days, now))
            return [];
        const grace = params.grace_days > 0 ? ` and was created at least ${days(params.grace_days)} ago` : '';
        return [missingMfa(row, `has no MFA device${grace}`)];
    },
});

;// CONCATENATED MODULE: ./src/rules/password-rules.ts




function passwordHit(row, hit) {
    return completeHit('password', isoOf(row.passwordLastChanged), hit);
}
const passwordUnused = defineRule({
    id: 'password-unused',
    title: 'Console passwords have been used recently',
    description: 'A user has a console password last used more than `max_days` ago. A password never used is handled by ' +
        '`never_used`; `from-creation` ages it from `password_last_changed`, or from the user\'s creation when that is ' +
        'unknown.',
    defaultSeverity: 'error',
    recommended: true,
    appliesTo: 'user',
    defaults: { max_days: 45, never_used: 'from-creation' },
    credentials: ['password'],
    references: [(0,references/* cis */.QC)('1.12'), (0,references/* securityHub */.ut)('IAM.22')],
    remediation: 'Remove the console password: `aws iam delete-login-profile --user-name NAME`.',
    evaluate(row, params, { now }) {
        if (row.passwordEnabled !== true)
            return [];
        const usedAge = ageOf(row.passwordLastUsed, now);
        if (usedAge !== null) {
            if (usedAge <= params.max_days)
                return [];
            return [
                passwordHit(row, {
                    ageDays: usedAge,
                    limit: params.max_days,
                    message: `The console password of ${row.user} was last used ${days(usedAge)} ago (limit ${days(params.max_days)}).`,
                }),
            ];
        }
        if (params.never_used === 'ignore')
            return [];
        const createdAge = ageOf(row.passwordLastChanged, now) ?? ageOf(row.userCreationTime, now);
        if (params.never_used === 'violation') {
            return [
                passwordHit(row, {
                    ageDays: createdAge,
                    limit: params.max_days,
                    message: `The console password of ${row.user} has never been used.`,
                }),
            ];
        }
        if (createdAge !== null && createdAge <= params.max_days)
            return [];
        const since = createdAge === null ? 'has no creation date' : `was set ${days(createdAge)} ago`;
        return [
            passwordHit(row, {
                ageDays: createdAge,
                limit: params.max_days,
                message: `The console password of ${row.user} has never been used and ${since} (limit ${days(params.max_days)}).`,
            }),
        ];
    },
});
const passwordMaxAge = defineRule({
    id: 'password-max-age',
    title: 'Console passwords are changed within the maximum age',
    description: 'A user has a console password last changed more than `max_days` ago (or with no change date at all). ' +
        'Prefer an account password policy with `MaxPasswordAge`, which the report shows as `password_next_rotation`.',
    defaultSeverity: 'warning',
    recommended: false,
    appliesTo: 'user',
    defaults: { max_days: 90 },
    credentials: ['password'],
    references: [],
    remediation: 'Have the user change the password, or force it: `aws iam update-login-profile --user-name NAME ' +
        '--password-reset-required`. Set `aws iam update-account-password-policy --max-password-age N`.',
    evaluate(row, params, { now }) {
        if (row.passwordEnabled !== true)
            return [];
        const age = ageOf(row.passwordLastChanged, now);
        if (age !== null && age <= params.max_days)
            return [];
        const message = age === null
            ? `The console password of ${row.user} has no change date (limit ${days(params.max_days)}).`
            : `The console password of ${row.user} is ${days(age)} old (limit ${days(params.max_days)}).`;
        return [passwordHit(row, { ageDays: age, limit: params.max_days, message })];
    },
});
const consoleAccessForbidden = defineRule({
    id: 'console-access-forbidden',
    title: 'IAM users have no console passwords',
    description: 'A user has a console password. For organisations where people sign in through SSO (IAM Identity Center) only.',
    defaultSeverity: 'error',
    recommended: false,
    appliesTo: 'user',
    defaults: {},
    credentials: ['password'],
    references: [],
    remediation: 'Give the person access through IAM Identity Center, then `aws iam delete-login-profile --user-name NAME`.',
    evaluate(row) {
        if (row.passwordEnabled !== true)
            return [];
        return [
            passwordHit(row, { ageDays: null, limit: null, message: `${row.user} has a console password.` }),
        ];
    },
});

;// CONCATENATED MODULE: ./src/rules/root-rules.ts




const rootAccessKeys = defineRule({
    id: 'root-access-keys',
    title: 'Root account has no active access keys',
    description: 'Access keys of the root account give unrestricted, long-lived programmatic access to the whole account. ' +
        'One finding per active root access key.',
    defaultSeverity: 'error',
    recommended: true,
    appliesTo: 'root',
    defaults: {},
    credentials: ['access_key_1', 'access_key_2'],
    references: [(0,references/* cis */.QC)('1.4'), (0,references/* securityHub */.ut)('IAM.4')],
    remediation: 'Sign in as root, open Security credentials, create any replacement for the workload as an IAM role, ' +
        'then deactivate and delete the root access keys.',
    evaluate(row) {
        return row.accessKeys
            .filter((key) => key.active)
            .map((key) => ({
            credential: key.credential,
            credentialCreated: isoOf(key.lastRotated),
            ageDays: null,
            limit: null,
            message: `${(0,describe_credential/* credentialLabel */.a)(key.credential)} of the root account is active.`,
        }));
    },
});
const rootMfa = defineRule({
    id: 'root-mfa',
    title: 'Root account has MFA enabled',
    description: 'The root account can sign in (it has a password, or an old report cannot tell, or it has an active access key) ' +
        'but has no MFA device. A root account without any credentials (for example an Organizations member account ' +
        'whose root credentials were removed) passes. With `applies_when: password` (CIS v5 and later) only a console ' +
        'password counts: root with access keys but no password passes this rule (`root-access-keys` flags the keys).',
    defaultSeverity: 'error',
    recommended: true,
    appliesTo: 'root',
    defaults: { applies_when: 'any-credential' },
    credentials: ['mfa'],
    references: [(0,references/* cis */.QC)('1.5'), (0,references/* securityHub */.ut)('IAM.9')],
    remediation: 'Sign in as root, open Security credentials and assign an MFA device (a hardware key or passkey is best); ' +
        'or, in an Organizations member account, remove the root credentials centrally.',
    evaluate(row, params) {
        // Old reports say `not_supported` for root's password: assume it has one rather than fail open.
        const hasPassword = row.passwordEnabled === true || row.passwordEnabled === 'not_supported';
        const hasCredentials = hasPassword || (params.applies_when === 'any-credential' && row.accessKeys.some((key) => key.active));
        if (!hasCredentials || row.mfaActive)
            return [];
        return [
            {
                credential: 'mfa',
                credentialCreated: null,
                ageDays: null,
                limit: null,
                message: params.applies_when === 'password'
                    ? 'The root account has a console password but no MFA device.'
                    : 'The root account has credentials but no MFA device.',
            },
        ];
    },
});
const rootRecentUse = defineRule({
    id: 'root-recent-use',
    title: 'Root account has not been used recently',
    description: "The most recent use of the root account (its password, or either access key, whichever is latest) is less " +
        'than `days` × 24 hours before the evaluation time. Root should be used only for the few tasks that require it.',
    defaultSeverity: 'warning',
    recommended: true,
    appliesTo: 'root',
    defaults: { days: 1 },
    credentials: ['none'],
    references: [(0,references/* cis */.QC)('1.7')],
    remediation: 'Find out who used root and why (CloudTrail: userIdentity.type = Root); do that task with an IAM role next ' +
        'time, and keep the root credentials locked away.',
    evaluate(row, params, { now }) {
        const uses = [];
        const password = instantOf(row.passwordLastUsed);
        if (password !== null)
            uses.push({ at: password, by: 'its password' });
        for (const key of row.accessKeys) {
            const used = instantOf(key.lastUsed);
            if (used !== null)
                uses.push({ at: used, by: `access key ${key.slot}` });
        }
        const latest = uses.reduce((best, use) => (best === null || use.at > best.at ? use : best), null);
        // A use dated in the future is treated as recent: the clock or the report is wrong, so look.
        if (latest === null || now - latest.at >= params.days * DAY_MS)
            return [];
        return [
            {
                credential: null,
                credentialCreated: null,
                ageDays: ageInDays(latest.at, now),
                limit: params.days,
                message: `The root account was used with ${latest.by} at ${new Date(latest.at).toISOString()}, ` +
                    `less than ${days(params.days)} ago.`,
            },
        ];
    },
});
const rootSigningCertificates = defineRule({
    id: 'root-signing-certificates',
    title: 'Root account has no active signing certificates',
    description: 'X.509 signing certificates of the root account are long-lived root credentials for legacy SOAP APIs. ' +
        'One finding per active root signing certificate.',
    defaultSeverity: 'warning',
    recommended: true,
    appliesTo: 'root',
    defaults: {},
    credentials: ['cert_1', 'cert_2'],
    references: [],
    remediation: 'Sign in as root, open Security credentials, and deactivate and delete the X.509 certificates.',
    evaluate(row) {
        return row.certs
            .filter((cert) => cert.active)
            .map((cert) => ({
            credential: cert.credential,
            credentialCreated: isoOf(cert.lastRotated),
            ageDays: null,
            limit: null,
            message: `${(0,describe_credential/* credentialLabel */.a)(cert.credential)} of the root account is active.`,
        }));
    },
});

;// CONCATENATED MODULE: ./src/rules/user-rules.ts



/** The later of two instants, either of which may be unknown. */
function latest(a, b) {
    if (a === null)
        return b;
    return b === null || a >= b ? a : b;
}
const userInactive = defineRule({
    id: 'user-inactive',
    title: 'IAM users with credentials are in use',
    description: 'A user holds an enabled credential (a console password, or an active access key or signing certificate) and ' +
        'the most recent use of any of its credentials (the password, either access key; if none was ever used, the ' +
        "user's creation) is more than `max_days` ago.",
    defaultSeverity: 'warning',
    recommended: false,
    appliesTo: 'user',
    defaults: { max_days: 90 },
    credentials: ['none'],
    references: [(0,references/* securityHub */.ut)('IAM.8')],
    remediation: 'Confirm with the owner, then remove the credentials (`aws iam delete-login-profile`, `aws iam ' +
        'delete-access-key`) or delete the user.',
    evaluate(row, params, { now }) {
        // Runs for nearly every user of a large account: plain tests, no arrays or closures per row.
        const key1 = row.accessKeys[0];
        const key2 = row.accessKeys[1];
        const holdsCredential = row.passwordEnabled === true || key1.active || key2.active || row.certs[0].active || row.certs[1].active;
        if (!holdsCredential)
            return [];
        const lastUsed = latest(latest(instantOf(row.passwordLastUsed), instantOf(key1.lastUsed)), instantOf(key2.lastUsed));
        const age = lastUsed === null ? ageOf(row.userCreationTime, now) : ageInDays(lastUsed, now);
        if (age !== null && age <= params.max_days)
            return [];
        const activity = age === null
            ? 'has never used its credentials and has no creation date'
            : lastUsed === null
                ? `has never used its credentials and was created ${days(age)} ago`
                : `last used a credential ${days(age)} ago`;
        return [
            {
                credential: null,
                credentialCreated: null,
                ageDays: age,
                limit: params.max_days,
                message: `${row.user} ${activity} (limit ${days(params.max_days)}).`,
            },
        ];
    },
});
const additionalCredentials = defineRule({
    id: 'additional-credentials',
    title: 'The report covers all credentials of every user',
    description: 'The report\'s `additional_credentials_info` column is not empty for a user: it has more than two access keys ' +
        'or certificates, and the report cannot show the others, so no rule could check them.',
    defaultSeverity: 'warning',
    recommended: true,
    appliesTo: 'user',
    defaults: {},
    credentials: ['none'],
    references: [],
    remediation: 'List them (`aws iam list-access-keys --user-name NAME`, `aws iam list-signing-certificates --user-name NAME`) ' +
        'and delete all but the credentials in use.',
    evaluate(row) {
        if (row.additionalCredentialsInfo === null || row.additionalCredentialsInfo.trim() === '')
            return [];
        return [
            {
                credential: null,
                credentialCreated: null,
                ageDays: null,
                limit: null,
                message: `${row.user} has credentials the report cannot show (additional_credentials_info: ${row.additionalCredentialsInfo.trim()}).`,
            },
        ];
    },
});

;// CONCATENATED MODULE: ./src/rules/registry.ts







/** Every rule, in the order of the contract's table (the order of policies, summaries and documents). */
const RULES = [
    rootAccessKeys,
    rootMfa,
    rootRecentUse,
    rootSigningCertificates,
    mfaForConsole,
    mfaForAllUsers,
    accessKeyMaxAge,
    accessKeyUnused,
    passwordUnused,
    singleActiveAccessKey,
    noInitialAccessKey,
    passwordMaxAge,
    signingCertificateMaxAge,
    consoleAccessForbidden,
    accessKeysForbidden,
    consoleUserAccessKeys,
    userInactive,
    accessKeyRegion,
    additionalCredentials,
    // 1.1: credentials the report cannot show, from the opt-in look-ups (`enrich`).
    serviceCredentialMaxAge,
    serviceCredentialNoExpiry,
    sshKeyMaxAge,
    rootHardwareMfa,
];
const RULE_IDS = RULES.map((rule) => rule.id);
const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
function getRule(id) {
    return BY_ID.get(id);
}
const RUN_LEVEL_RULES = [
    {
        id: 'exemption-expired',
        title: 'No exemption has expired',
        description: 'An exemption of the policy has passed its `expires` date, so it is no longer applied. Renew it with a new ' +
            'date and reason, or remove it.',
        severity: 'warning',
    },
    {
        id: 'exemption-unused',
        title: 'Every exemption is needed',
        description: 'An exemption in force matched no finding in the whole run. Remove it, so it cannot silently hide a future ' +
            'finding.',
        severity: 'notice',
    },
    {
        id: 'root-row-missing',
        title: 'The report has a root row',
        description: 'Root rules are enabled but a report has no `<root_account>` row, so they were not evaluated for that account.',
        severity: 'notice',
    },
    {
        id: 'policy-weakened',
        title: 'The policy change does not weaken the policy',
        description: 'With `compare-policy`, the policy hides findings that count under the compare-policy, or loosens a rule or an ' +
            'exemption. `warning` with `policy-weakening: warn`; `error` with `fail`, which fails the run whatever ' +
            '`fail-on` says; none with `allow`. No exemption applies to it.',
        severity: 'warning',
    },
    {
        id: 'rule-not-evaluated',
        title: 'Every enabled rule could be evaluated',
        description: 'The policy enables a rule that needs a look-up beyond the report (`service-credential-max-age`, ' +
            '`service-credential-no-expiry`, `ssh-key-max-age`, `root-hardware-mfa`) but `enrich` does not ask for it, so ' +
            'the rule found nothing. Add the value the message names to `enrich` (and its permission to the role), or ' +
            'turn the rule off.',
        severity: 'notice',
    },
];
function getRunLevelRule(id) {
    const rule = RUN_LEVEL_RULES.find((candidate) => candidate.id === id);
    if (rule === undefined)
        throw new Error(`No run-level rule '${id}'.`);
    return rule;
}


/***/ }),

/***/ 4645:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ refusedRun)
/* harmony export */ });
/* unused harmony export writeRefusedDocument */
/* harmony import */ var _evaluate_findings_document__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2251);
/* harmony import */ var _settings_error_outputs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7126);
/* harmony import */ var _user_error__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7495);
/* harmony import */ var _version__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1013);
/* harmony import */ var _write_files__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8414);





/** The run of refused inputs: nothing evaluated, verdict `error`, the refusal as its one error. */
function refusedRun(message, outputs) {
    const document = (0,_evaluate_findings_document__WEBPACK_IMPORTED_MODULE_4__/* .buildFindingsDocument */ .e)({
        evaluation: { findings: [], rules: [], counts: { error: 0, warning: 0, notice: 0, exempted: 0 }, exemptions: [] },
        verdict: 'error',
        failOn: outputs.failOn,
        policySource: outputs.policy,
        reports: [],
        errors: [message],
        evaluatedAt: outputs.now,
        version: _version__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .wr,
    });
    return { document, policy: null, exemptions: [], reports: [], policyWarnings: [] };
}
/**
 * The CLI's counterpart of the action's refused-inputs report: the findings document with verdict
 * `error`, when `--json-file` itself is usable, so a script that reads it sees why. A failure to
 * write it is dropped: the refusal is the error to report.
 */
async function writeRefusedDocument(raw, refusal, cwd, clockNow) {
    const outputs = parseErrorOutputs(raw, clockNow, cwd);
    if (outputs.jsonFile === null)
        return;
    try {
        await writeFindingsDocument(cwd, outputs.jsonFile, refusedRun(refusal.message, outputs).document, '--json-file');
    }
    catch (error) {
        if (!isUserError(error))
            throw error;
    }
}


/***/ }),

/***/ 8414:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tz: () => (/* binding */ writeFindingsDocument),
  ak: () => (/* binding */ writeRunFiles)
});

// UNUSED EXPORTS: ensureDirectory, savedReportPath, serializeFindingsDocument, writeOutputFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/lazy-builtins.ts + 1 modules
var lazy_builtins = __nccwpck_require__(200);
// EXTERNAL MODULE: ./src/rules/registry.ts + 10 modules
var registry = __nccwpck_require__(1018);
// EXTERNAL MODULE: ./src/output/finding-groups.ts
var finding_groups = __nccwpck_require__(1165);
// EXTERNAL MODULE: ./src/output/time-text.ts
var time_text = __nccwpck_require__(678);
;// CONCATENATED MODULE: ./src/output/sarif-cap.ts
/**
 * What GitHub code scanning accepts of one SARIF run: at most 25 000 results (it rejects the whole
 * upload above that) and a file of at most 10 MB gzipped. A run over a large account has more
 * (326 722 results for builtin:strict on 35 000 users); the most important are kept, and the run
 * says how many were left out. The findings document (json-file) always has every finding.
 */



const SARIF_RESULT_CAP = {
    maxResults: 25_000,
    // 10 MB is the limit of the upload; the margin is for the run's rules and properties.
    maxGzipBytes: 9_500_000,
};
/** The gzipped size of results written one per line (as serializeSarif writes them). */
function gzippedBytes(results) {
    // Level 1 compresses less than the uploader's default level: the estimate errs on the safe side.
    return (0,lazy_builtins/* gzip */.ZI)(results.map((result) => JSON.stringify(result)).join(',\n'), 1).length;
}
/**
 * Keeps the most important findings (byImportance: errors first, then the oldest credential) as
 * results, within the cap; `toResult` is called only for the ones considered.
 */
function capResults(findings, toResult, cap = {}) {
    const { maxResults, maxGzipBytes } = { ...SARIF_RESULT_CAP, ...cap };
    let order = null;
    let keep = findings.length;
    if (keep > maxResults) {
        order = findings.map((_, index) => index).sort((a, b) => (0,finding_groups/* byImportance */.G5)(findings[a], findings[b]) || a - b);
        keep = maxResults;
    }
    const chosen = () => (order === null ? findings.map((_, index) => index) : order.slice(0, keep).sort((a, b) => a - b));
    let indexes = chosen();
    let results = indexes.map((index) => toResult(findings[index]));
    // Raw JSON within the budget cannot be larger gzipped: only big runs pay for a compression.
    const rawBytes = () => results.reduce((sum, result) => sum + JSON.stringify(result).length + 2, 0);
    if (results.length > 0 && rawBytes() > maxGzipBytes) {
        for (let size = gzippedBytes(results); size > maxGzipBytes && keep > 0; size = gzippedBytes(results)) {
            order ??= findings.map((_, index) => index).sort((a, b) => (0,finding_groups/* byImportance */.G5)(findings[a], findings[b]) || a - b);
            keep = Math.min(keep - 1, Math.floor(keep * (maxGzipBytes / size) * 0.95));
            indexes = chosen();
            results = indexes.map((index) => toResult(findings[index]));
        }
    }
    const omitted = findings.length - results.length;
    const notice = omitted === 0
        ? ''
        : `${(0,time_text/* formatCount */.B4)(omitted)} of ${(0,time_text/* formatCount */.B4)(findings.length)} findings are not in this SARIF file: GitHub code scanning ` +
            `accepts at most ${(0,time_text/* formatCount */.B4)(maxResults)} results per run and 10 MB gzipped. The ${(0,time_text/* formatCount */.B4)(results.length)} most ` +
            'important are here (errors first, then the oldest credentials); the findings document (json-file) has every finding.';
    return { results, omitted, notice };
}
/** The log line of a capped SARIF file (the same text as the run's notification). */
function logSarifCap(log, logger) {
    for (const run of log.runs) {
        const notice = run.invocations[0]?.toolExecutionNotifications.find((note) => note.level === 'warning');
        if (notice !== undefined)
            logger?.info(`SARIF: ${notice.message.text}`);
    }
}

// EXTERNAL MODULE: ./src/output/finding-location.ts
var finding_location = __nccwpck_require__(4970);
// EXTERNAL MODULE: ./src/output/rule-metadata.ts
var rule_metadata = __nccwpck_require__(5137);
;// CONCATENATED MODULE: ./src/output/sarif.ts






/**
 * SARIF 2.1.0 for GitHub code scanning (and any other SARIF reader). The file keeps real names:
 * it is meant for a private security dashboard; `redact` only covers human-facing output.
 */
const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The key of our own fingerprint; bump the version if what it hashes ever changes. */
const FINGERPRINT_KEY = 'iamCredentialGate/v1';
/** Where results point when the policy is not a workspace file: code scanning needs some location. */
const REPORT_PSEUDO_URI = 'iam-credential-report';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
const PROBLEM_SEVERITY = {
    error: 'error',
    warning: 'warning',
    notice: 'recommendation',
};
/** GitHub's scale: 9.0+ critical, 7.0+ high, 4.0+ medium, above 0 low. */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.0', notice: '2.0' };
/** Credentials of root that anyone holding them can use to do anything: critical when they fail. */
const CRITICAL_RULES = new Set(['root-access-keys', 'root-mfa']);
function securitySeverity(id, severity) {
    return severity === 'error' && CRITICAL_RULES.has(id) ? '9.0' : SECURITY_SEVERITY[severity];
}
function pascalCase(id) {
    return id.replace(/(^|-)([a-z0-9])/g, (_, _dash, char) => char.toUpperCase());
}
function describeRule(id, severity, policySource) {
    const info = (0,rule_metadata/* ruleInfo */.P)(id, policySource);
    const references = info.references;
    const remediation = info.remediation ?? '';
    const helpText = [
        info.description,
        remediation && `Remediation: ${remediation}`,
        references.length > 0 && `References: ${references.map((ref) => (ref.url ? `${ref.label} (${ref.url})` : ref.label)).join('; ')}`,
    ]
        .filter(Boolean)
        .join('\n\n');
    const helpMarkdown = [
        `**${info.title}**`,
        info.description,
        remediation && `**Remediation:** ${remediation}`,
        references.length > 0 &&
            `**References:**\n${references.map((ref) => (ref.url ? `- [${ref.label}](${ref.url})` : `- ${ref.label}`)).join('\n')}`,
    ]
        .filter(Boolean)
        .join('\n\n');
    const helpUri = references.find((ref) => ref.url !== undefined)?.url;
    return {
        id,
        name: pascalCase(id),
        shortDescription: { text: info.title },
        fullDescription: { text: info.description || info.title },
        help: { text: helpText, markdown: helpMarkdown },
        ...(helpUri === undefined ? {} : { helpUri }),
        defaultConfiguration: { level: LEVEL[severity] },
        properties: {
            tags: ['security', 'aws', 'iam', info.runLevel ? 'policy' : 'credentials'],
            'security-severity': securitySeverity(id, severity),
            precision: 'very-high',
            'problem.severity': PROBLEM_SEVERITY[severity],
        },
    };
}
/** Rules of the run: the enabled ones (and any that found something) in registry order, then the run-level ones. */
function ruleSeverities(outcome) {
    const { document } = outcome;
    const severities = new Map();
    const configured = new Map(document.rules.map((rule) => [rule.id, rule]));
    const found = new Set(document.findings.map((finding) => finding.rule));
    for (const rule of registry/* RULES */.y0) {
        const summary = configured.get(rule.id);
        if (summary?.enabled || found.has(rule.id))
            severities.set(rule.id, summary?.severity ?? rule.defaultSeverity);
    }
    for (const rule of registry/* RUN_LEVEL_RULES */.zQ)
        severities.set(rule.id, rule.severity);
    // A document from another version may name a rule this one does not know.
    for (const finding of document.findings) {
        if (!severities.has(finding.rule))
            severities.set(finding.rule, finding.severity);
    }
    return severities;
}
function sha256(parts) {
    return (0,lazy_builtins/* sha256Hex */.fg)(JSON.stringify(parts));
}
/**
 * What makes an alert the same alert tomorrow: account, user, rule, credential and the
 * credential's creation time (a rotated key is a new credential). Never the age or the message,
 * which change every night.
 */
function findingFingerprint(outcome, finding) {
    const exemption = (0,finding_groups/* exemptionOfFinding */.cy)(finding, outcome.exemptions);
    if (exemption !== null) {
        const { users, arns, accounts, rules, reason } = exemption.exemption;
        return sha256([finding.rule, { users, arns, accounts, rules, reason }]);
    }
    if (finding.user === null && finding.arn === null)
        return sha256([finding.account, finding.rule, finding.message]);
    return sha256([finding.account, finding.user, finding.rule, finding.credential, finding.credentialCreated]);
}
function uriOf(path) {
    return encodeURI(path.replace(/\\/g, '/').replace(/^\.\//, ''));
}
function locationOf(outcome, finding) {
    const place = (0,finding_location/* locateFinding */.E)(outcome, finding);
    const physicalLocation = place === null
        ? { artifactLocation: { uri: `${REPORT_PSEUDO_URI}/${finding.account ?? 'unknown-account'}` }, region: { startLine: 1 } }
        : {
            artifactLocation: { uri: uriOf(place.file) },
            ...(place.line === undefined
                ? {}
                : { region: { startLine: place.line, ...(place.column === undefined ? {} : { startColumn: place.column }) } }),
        };
    const who = finding.user ?? finding.arn;
    return {
        physicalLocation,
        ...(who === null
            ? {}
            : { logicalLocations: [{ name: who, fullyQualifiedName: finding.arn ?? who, kind: 'resource' }] }),
    };
}
function resultOf(outcome, finding, ruleIndex) {
    const { exemption } = finding;
    const justification = exemption === null
        ? ''
        : [exemption.reason, exemption.owner && `owner: ${exemption.owner}`, exemption.expires && `expires: ${exemption.expires}`]
            .filter(Boolean)
            .join('; ');
    return {
        ruleId: finding.rule,
        ruleIndex,
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [locationOf(outcome, finding)],
        partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(outcome, finding) },
        ...(finding.exempted ? { suppressions: [{ kind: 'external', status: 'accepted', justification }] } : {}),
        ...(finding.baseline ? { baselineState: finding.baseline } : {}),
        properties: {
            account: finding.account,
            user: finding.user,
            arn: finding.arn,
            credential: finding.credential,
            credentialCreated: finding.credentialCreated,
            ageDays: finding.ageDays,
            limit: finding.limit,
            status: finding.status,
            exempted: finding.exempted,
            // The look-ups' fields, when they were made (as in the findings document).
            ...(finding.accessKeyId === undefined ? {} : { accessKeyId: finding.accessKeyId }),
            ...(finding.owner === undefined ? {} : { owner: finding.owner }),
            ...(finding.service === undefined ? {} : { service: finding.service }),
        },
    };
}
/**
 * The run as one SARIF 2.1.0 log: every rule with its metadata, one result per finding, up to
 * what code scanning accepts (sarif-cap.ts): the most important kept, the rest counted in the run.
 */
function buildSarif(outcome, options) {
    const { document } = outcome;
    const severities = ruleSeverities(outcome);
    const rules = [...severities].map(([id, severity]) => describeRule(id, severity, document.policy.source));
    const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
    const capped = capResults(document.findings, (finding) => resultOf(outcome, finding, indexOf.get(finding.rule) ?? 0), options.cap);
    const notifications = document.errors.map((error) => ({ level: 'error', message: { text: error } }));
    if (capped.omitted > 0)
        notifications.push({ level: 'warning', message: { text: capped.notice } });
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: document.tool.name,
                        version: options.toolVersion,
                        semanticVersion: options.toolVersion,
                        rules,
                    },
                },
                invocations: [
                    {
                        executionSuccessful: document.verdict !== 'error',
                        endTimeUtc: document.evaluatedAt,
                        toolExecutionNotifications: notifications,
                    },
                ],
                columnKind: 'utf16CodeUnits',
                results: capped.results,
                properties: {
                    verdict: document.verdict,
                    failOn: document.failOn,
                    policy: document.policy.source,
                    reports: document.reports,
                    counts: document.counts,
                    ...(capped.omitted > 0 ? { resultsTotal: document.findings.length, resultsOmitted: capped.omitted } : {}),
                },
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/output/sarif-text.ts
/**
 * The SARIF log as text: indented like `JSON.stringify(log, null, 2)`, except that each result is
 * one line. The result lines are what sarif-cap.ts measures gzipped, and a capped run of 25 000
 * results stays a few tens of MB instead of a string too long for V8.
 */
function serializeSarif(log) {
    const parts = [];
    const runs = log.runs.map((run, index) => {
        parts[index] = run.results.map((result) => JSON.stringify(result)).join(',\n        ');
        return { ...run, results: [] };
    });
    const text = JSON.stringify({ ...log, runs }, null, 2);
    let run = 0;
    // Every run's `"results": []` in order; their properties cannot contain the pattern (it would be escaped).
    return `${text.replace(/"results": \[\]/g, (empty) => {
        const lines = parts[run] ?? '';
        run += 1;
        return lines === '' ? empty : `"results": [\n        ${lines}\n      ]`;
    })}\n`;
}

// EXTERNAL MODULE: ./src/policy-review/policy-change-document.ts
var policy_change_document = __nccwpck_require__(1268);
// EXTERNAL MODULE: ./src/user-error.ts
var user_error = __nccwpck_require__(7495);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(1013);
;// CONCATENATED MODULE: ./src/run/write-files.ts










function cannotWrite(path, input, error) {
    const reason = error instanceof Error ? error.message : String(error);
    return new user_error/* UserError */.yo(`Could not write ${input} '${path}': ${reason}. Choose a writable path.`);
}
function errorCode(error) {
    return error?.code;
}
/**
 * Creates the folder of an output, one level at a time from the nearest that exists. Not
 * `mkdir(…, { recursive: true })`: under a file system that refuses to create anything (/proc),
 * Node's recursive mkdir retries forever at full CPU. Here each level is tried once, so the walk
 * ends after at most as many steps as the path has levels.
 */
async function ensureDirectory(directory) {
    const missing = [];
    let current = directory;
    for (;;) {
        try {
            if (!(await (0,promises_.stat)(current)).isDirectory()) {
                throw Object.assign(new Error(`ENOTDIR: not a directory, '${current}'`), { code: 'ENOTDIR' });
            }
            break;
        }
        catch (error) {
            const parent = (0,external_node_path_.dirname)(current);
            if (errorCode(error) !== 'ENOENT' || parent === current)
                throw error;
            missing.push(current);
            current = parent;
        }
    }
    for (const level of missing.reverse()) {
        try {
            await (0,promises_.mkdir)(level);
        }
        catch (error) {
            // Another writer (a second output in the same new folder) may have made it meanwhile.
            if (errorCode(error) !== 'EEXIST')
                throw error;
        }
    }
}
/** Writes one output file, creating its folder; a failure names the file and the input that chose it. */
async function writeOutputFile(cwd, path, content, input) {
    const target = (0,external_node_path_.resolve)(cwd, path);
    try {
        await ensureDirectory((0,external_node_path_.dirname)(target));
        await (0,promises_.writeFile)(target, content, 'utf8');
    }
    catch (error) {
        throw cannotWrite(path, input, error);
    }
}
/**
 * The findings document as JSON text in pieces, one finding per line: a hundred accounts of
 * 5 000 users make a document of tens of MB, which must not be built as one string.
 */
function* serializeFindingsDocument(document) {
    const { findings, baseline, policyChange, errors, ...head } = document;
    const headJson = JSON.stringify(head, null, 2);
    yield `${headJson.slice(0, -2)},\n  "findings": `;
    yield* serializeFindings(findings, '  ');
    yield `,\n  "baseline": `;
    if (baseline === null) {
        yield 'null';
    }
    else {
        // The fixed findings can be as many as the findings: one per line too.
        const { fixed, ...counts } = baseline;
        yield `${JSON.stringify(counts, null, 2).replace(/\n/g, '\n  ').slice(0, -4)},\n    "fixed": `;
        yield* serializeFindings(fixed, '    ');
        yield '\n  }';
    }
    yield `,\n  "policyChange": `;
    yield* (0,policy_change_document/* serializePolicyChange */.r)(policyChange);
    yield `,\n  "errors": ${JSON.stringify(errors)}\n}\n`;
}
/** A JSON array of findings, one per line, closed at `indent`. */
function* serializeFindings(findings, indent) {
    yield '[';
    let first = true;
    for (const finding of findings) {
        yield `${first ? '' : ','}\n${indent}  ${JSON.stringify(finding)}`;
        first = false;
    }
    yield `${findings.length > 0 ? `\n${indent}` : ''}]`;
}
async function writeFindingsDocument(cwd, path, document, input) {
    const target = (0,external_node_path_.resolve)(cwd, path);
    try {
        await ensureDirectory((0,external_node_path_.dirname)(target));
        // pipeline waits for drains and rejects on the first error of either side: a folder or an
        // unwritable file fails the write here, not as an unhandled rejection while a drain is awaited.
        // Loaded here: node:stream costs start-up time a run without json-file does not need to pay.
        const { Readable, pipeline } = (0,lazy_builtins/* streams */.oS)();
        await pipeline(Readable.from(serializeFindingsDocument(document)), (0,external_node_fs_.createWriteStream)(target, 'utf8'));
    }
    catch (error) {
        throw cannotWrite(path, input, error);
    }
}
/** Where a saved report goes: the path given, or with several accounts one file each beside it. */
function savedReportPath(path, account, several) {
    return several ? path.replace(/(\.csv)?$/i, `-${account ?? 'unknown'}.csv`) : path;
}
/**
 * The files a run was asked for: findings document, SARIF, and the evaluated CSV(s).
 * `label` names the input or flag in messages (`json-file` in the action, `--json-file` in the CLI).
 */
async function writeRunFiles(run, settings, label, log) {
    if (settings.jsonFile) {
        await writeFindingsDocument(settings.cwd, settings.jsonFile, run.document, label('json-file'));
    }
    if (settings.sarifFile) {
        const sarif = buildSarif(run, { toolVersion: version/* TOOL_VERSION */.wr });
        await writeOutputFile(settings.cwd, settings.sarifFile, serializeSarif(sarif), label('sarif-file'));
        logSarifCap(sarif, log);
    }
    if (settings.saveReport) {
        const several = run.reports.length > 1;
        for (const report of run.reports) {
            const path = savedReportPath(settings.saveReport, report.facts.account, several);
            await writeOutputFile(settings.cwd, path, report.content, label('save-report'));
        }
    }
}


/***/ }),

/***/ 7126:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseErrorOutputs)
/* harmony export */ });
/* harmony import */ var _user_error__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7495);
/* harmony import */ var _output_paths__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8165);
/* harmony import */ var _settings__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7100);



function tolerant(parse, fallback) {
    try {
        return parse();
    }
    catch (error) {
        if ((0,_user_error__WEBPACK_IMPORTED_MODULE_0__/* .isUserError */ .iU)(error))
            return fallback;
        throw error;
    }
}
function parseErrorOutputs(raw, clockNow, cwd) {
    const jsonFile = (0,_settings__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(raw, 'json-file');
    // Only json-file is written here, so only its own collisions matter.
    const { outputs, inputs } = (0,_output_paths__WEBPACK_IMPORTED_MODULE_1__/* .runPaths */ .O)(raw);
    const json = outputs.filter((entry) => entry.input === 'json-file');
    const others = outputs.filter((entry) => entry.input !== 'json-file');
    const safeJson = jsonFile !== null &&
        tolerant(() => {
            (0,_output_paths__WEBPACK_IMPORTED_MODULE_1__/* .checkOutputPaths */ .s)({ outputs: json, inputs: [...inputs, ...others] }, cwd);
            return true;
        }, false);
    const nowText = (0,_settings__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(raw, 'now');
    return {
        jsonFile: safeJson ? jsonFile : null,
        summary: tolerant(() => (0,_settings__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(raw, 'summary', true), true),
        redact: tolerant(() => (0,_settings__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(raw, 'redact', false), true),
        failOn: tolerant(() => (0,_settings__WEBPACK_IMPORTED_MODULE_2__/* .choice */ .Yq)(raw, 'fail-on', ['error', 'warning', 'never'], 'error'), 'error'),
        policy: (0,_settings__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(raw, 'policy') ?? 'builtin:recommended',
        now: nowText === null ? clockNow : tolerant(() => (0,_settings__WEBPACK_IMPORTED_MODULE_2__/* .parseInstant */ .nV)(nowText, 'now'), clockNow),
    };
}


/***/ }),

/***/ 3282:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ ACTION_INPUT),
/* harmony export */   bc: () => (/* binding */ subject)
/* harmony export */ });
/* unused harmony export CLI_FLAG */
const ACTION_INPUT = (input) => `input '${input}'`;
const CLI_FLAG = (input) => `--${input}`;
/** The label at the start of a sentence: `Input 'now' is …`, `--now is …`. */
function subject(label, input) {
    const text = label(input);
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 8165:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ runPaths),
/* harmony export */   s: () => (/* binding */ checkOutputPaths)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _user_error__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7495);


function present(input, path) {
    return path ? [{ input, path }] : [];
}
function fileRef(input, ref) {
    return ref && !ref.startsWith('builtin:') ? [{ input, path: ref }] : [];
}
/** The paths of one run's inputs (raw values by input name, as the settings parser reads them). */
function runPaths(raw) {
    const value = (name) => raw[name]?.trim() || null;
    return {
        outputs: [
            ...present('json-file', value('json-file')),
            ...present('sarif-file', value('sarif-file')),
            ...present('save-report', value('save-report')),
            // The CLI's --summary-file; the action has no such input.
            ...present('summary-file', value('summary-file')),
        ],
        inputs: [
            ...fileRef('policy', value('policy') ?? 'builtin:recommended'),
            ...present('report-file', value('report-file')),
            ...present('baseline', value('baseline')),
            ...fileRef('compare-policy', value('compare-policy')),
        ],
    };
}
/**
 * Two outputs on one path would silently keep only the last write, and an output on an input file
 * would destroy what the run reads (the policy, the report): both are refused before anything runs.
 * Paths compare resolved against `cwd`.
 */
function checkOutputPaths(paths, cwd) {
    const seen = new Map();
    for (const output of paths.outputs) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, output.path);
        const earlier = seen.get(absolute);
        if (earlier !== undefined) {
            throw new _user_error__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Inputs '${earlier.input}' and '${output.input}' both write ${absolute}, so one would silently replace ` +
                'the other. Give each output its own path.');
        }
        seen.set(absolute, output);
    }
    for (const input of paths.inputs) {
        const output = seen.get((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, input.path));
        if (output !== undefined) {
            throw new _user_error__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${output.input}' would write ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, input.path)}, which is the file of input '${input.input}' ` +
                `that this run reads; writing it would destroy it. Choose another path for '${output.input}'.`);
        }
    }
}


/***/ }),

/***/ 7100:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   nV: () => (/* binding */ parseInstant)
/* harmony export */ });
/* unused harmony exports ENRICH_VALUES, parseBooleanWord, parseShard, parseEnrich, parseFileList, parseAccountList */
/* harmony import */ var _user_error__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7495);
/* harmony import */ var _output_paths__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8165);
/* harmony import */ var _input_label__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3282);



/** The opt-in read-only look-ups beyond the report (`enrich`), each one more IAM permission. */
const ENRICH_VALUES = ['access-key-ids', 'service-credentials', 'ssh-keys', 'mfa-devices', 'user-tags'];
function text(raw, name) {
    const value = raw[name]?.trim();
    return value ? value : null;
}
function choice(raw, name, allowed, fallback, label = _input_label__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_INPUT */ .ED) {
    const value = text(raw, name);
    if (value === null)
        return fallback;
    const found = allowed.find((candidate) => candidate === value.toLowerCase());
    if (!found) {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_input_label__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .bc)(label, name)} is '${value}'; use one of: ${allowed.join(', ')}.`);
    }
    return found;
}
/**
 * The same words the Actions toolkit's getBooleanInput accepts (YAML 1.2 core schema); the CLI's
 * switches take them too, so `subject` is how the caller names the input (`Input 'redact'`, `--redact`).
 */
function parseBooleanWord(value, subject) {
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${subject} is '${value}'; use true or false.`);
}
function bool(raw, name, fallback, label = _input_label__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_INPUT */ .ED) {
    const value = text(raw, name);
    if (value === null)
        return fallback;
    return parseBooleanWord(value, (0,_input_label__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .bc)(label, name));
}
function integer(raw, name, fallback, min, max, label) {
    const value = text(raw, name);
    if (value === null)
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_input_label__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .bc)(label, name)} is '${value}'; use a whole number from ${min} to ${max}.`);
    }
    return Number(value);
}
/** ISO 8601 instant: a date, a time and a zone (`Z` or an offset), nothing left implicit. */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))$/i;
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/**
 * Parses `now`. Each calendar field is checked itself, because Date.parse rolls an impossible date
 * over (2026-02-30 becomes March 2) and would evaluate at an instant nobody asked for. A bare date
 * is refused too: midnight of which zone is a guess the gate does not make.
 */
function parseInstant(value, what) {
    const match = INSTANT.exec(value);
    const example = 'use e.g. 2026-11-20T12:00:00Z (a date, a time and a zone: Z or an offset like +02:00)';
    if (!match) {
        const bareDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
        const why = bareDate ? 'a date without a time and zone' : 'not an ISO 8601 instant';
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is '${value}', which is ${why}; a zone is required: ${example}.`);
    }
    const [year, month, day, hour, minute, second = 0, offsetHours = 0, offsetMinutes = 0] = match
        .slice(1)
        .map((field) => (field === undefined ? undefined : Number(field)));
    const valid = year !== undefined &&
        month !== undefined &&
        day !== undefined &&
        month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= daysInMonth(year, month) &&
        hour !== undefined &&
        hour <= 23 &&
        minute !== undefined &&
        minute <= 59 &&
        second <= 59 &&
        offsetHours <= 23 &&
        offsetMinutes <= 59;
    const ms = valid ? Date.parse(value.replace(' ', 'T')) : Number.NaN;
    if (Number.isNaN(ms)) {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is '${value}', which is not a date and time of the calendar; ${example}.`);
    }
    return ms;
}
function roleArn(raw, name, label) {
    const value = text(raw, name);
    if (value !== null && !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(value)) {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_input_label__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .bc)(label, name)} is '${value}', which is not an IAM role ARN; use arn:aws:iam::123456789012:role/NAME.`);
    }
    return value;
}
function parseShard(value, label = _input_label__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_INPUT */ .ED) {
    const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count) {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_input_label__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .bc)(label, 'shard')} is '${value}'; use K/N with 1 ≤ K ≤ N, e.g. 2/4 (the second of four slices).`);
    }
    return { index, count };
}
/** `enrich`: comma- or newline-separated values of ENRICH_VALUES, or `all`. */
function parseEnrich(value, label = _input_label__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_INPUT */ .ED) {
    if (value === null)
        return [];
    const entries = value
        .split(/[\s,]+/)
        .map((entry) => entry.trim().toLowerCase())
        .filter(Boolean);
    if (entries.includes('all'))
        return [...ENRICH_VALUES];
    for (const entry of entries) {
        if (!ENRICH_VALUES.includes(entry)) {
            throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_input_label__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .bc)(label, 'enrich')} has '${entry}'; use all, or any of: ${ENRICH_VALUES.join(', ')}.`);
        }
    }
    return ENRICH_VALUES.filter((known) => entries.includes(known));
}
/** `findings-files`: newline-separated paths or globs (commas allowed too). */
function parseFileList(value) {
    if (value === null)
        return [];
    return [
        ...new Set(value
            .split(/[\n,]+/)
            .map((entry) => entry.trim())
            .filter(Boolean)),
    ];
}
function parseAccountList(value, label = _input_label__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_INPUT */ .ED) {
    if (value === null)
        return [];
    const entries = value
        .split(/[\s,]+/)
        .map((entry) => entry.trim())
        .filter(Boolean);
    for (const entry of entries) {
        const ok = /^\d{12}$/.test(entry) || /^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(entry) || entry === 'organization';
        if (!ok) {
            throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_input_label__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .bc)(label, 'accounts')} has '${entry}'; list 12-digit account ids or role ARNs (newline or comma separated), or write 'organization'.`);
        }
    }
    if (entries.includes('organization') && entries.length > 1) {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_input_label__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .bc)(label, 'accounts')} mixes 'organization' with other entries; use one or the other.`);
    }
    return [...new Set(entries)];
}
/**
 * Builds the settings of one run from raw inputs. Pure: `clockNow` and `cwd` come from the caller.
 * Every mistake is a UserError naming the input and what to write instead.
 */
function parseSettings(raw, clockNow, cwd, workspace = null, label = _input_label__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_INPUT */ .ED) {
    const nowText = text(raw, 'now');
    const reportFile = text(raw, 'report-file');
    const accounts = parseAccountList(text(raw, 'accounts'), label);
    const memberRoleName = text(raw, 'member-role-name');
    const shardText = text(raw, 'shard');
    if (accounts.some((entry) => /^\d{12}$/.test(entry) || entry === 'organization') && memberRoleName === null) {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_input_label__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .bc)(label, 'accounts')} lists account ids (or 'organization') but ${label('member-role-name')} is empty; set it to the role name to assume in each member account.`);
    }
    if (reportFile !== null && accounts.length > 0) {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_input_label__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .bc)(label, 'report-file')} and ${label('accounts')} exclude each other: a saved report is one account.`);
    }
    if (shardText !== null && accounts.length === 0) {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_input_label__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .bc)(label, 'shard')} needs ${label('accounts')}: it slices the account list.`);
    }
    const baseline = text(raw, 'baseline');
    const newOnly = bool(raw, 'new-only', false, label);
    if (newOnly && baseline === null) {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_input_label__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .bc)(label, 'new-only')} is true but ${label('baseline')} is empty; set it to the findings document of an earlier run (its ${label('json-file')}).`);
    }
    const enrich = parseEnrich(text(raw, 'enrich'), label);
    if (enrich.length > 0 && reportFile !== null) {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_input_label__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .bc)(label, 'enrich')} needs a report fetched from AWS, but ${label('report-file')} is set: the look-ups read the live account. Remove one of them.`);
    }
    const mode = choice(raw, 'mode', ['check', 'validate', 'merge'], 'check', label);
    const findingsFiles = parseFileList(text(raw, 'findings-files'));
    if (mode === 'merge' && findingsFiles.length === 0) {
        throw new _user_error__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_input_label__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .bc)(label, 'mode')} is merge but ${label('findings-files')} is empty; list the findings documents (paths or globs) to join.`);
    }
    (0,_output_paths__WEBPACK_IMPORTED_MODULE_1__/* .checkOutputPaths */ .s)((0,_output_paths__WEBPACK_IMPORTED_MODULE_1__/* .runPaths */ .O)(raw), cwd);
    return {
        mode,
        policy: text(raw, 'policy') ?? 'builtin:recommended',
        reportFile,
        roleToAssume: roleArn(raw, 'role-to-assume', label),
        awsRegion: text(raw, 'aws-region') ?? 'us-east-1',
        audience: text(raw, 'audience') ?? 'sts.amazonaws.com',
        roleSessionName: text(raw, 'role-session-name') ?? 'iam-credential-gate',
        // STS accepts 900 s to 12 h; the role's own maximum may be lower, which STS reports.
        roleDurationSeconds: integer(raw, 'role-duration-seconds', 900, 900, 43_200, label),
        maxWaitSeconds: integer(raw, 'max-wait-seconds', 300, 1, 3_600, label),
        failOn: choice(raw, 'fail-on', ['error', 'warning', 'never'], 'error', label),
        now: nowText === null ? clockNow : parseInstant(nowText, (0,_input_label__WEBPACK_IMPORTED_MODULE_2__/* .subject */ .bc)(label, 'now')),
        jsonFile: text(raw, 'json-file'),
        sarifFile: text(raw, 'sarif-file'),
        saveReport: text(raw, 'save-report'),
        summary: bool(raw, 'summary', true, label),
        redact: bool(raw, 'redact', false, label),
        comment: choice(raw, 'comment', ['off', 'on-failure', 'always'], 'off', label),
        githubToken: text(raw, 'github-token'),
        accounts,
        memberRoleName,
        concurrency: integer(raw, 'concurrency', 8, 1, 100, label),
        shard: shardText === null ? null : parseShard(shardText, label),
        profile: text(raw, 'profile'),
        roleArn: roleArn(raw, 'role-arn', label),
        baseline,
        newOnly,
        comparePolicy: text(raw, 'compare-policy'),
        policyWeakening: choice(raw, 'policy-weakening', ['allow', 'warn', 'fail'], 'warn', label),
        enrich,
        ownerTag: text(raw, 'owner-tag') ?? 'owner',
        findingsFiles,
        cwd,
        workspace,
    };
}


/***/ }),

/***/ 7495:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ formatPosition),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
function formatPosition(pos) {
    if (pos.line === undefined)
        return pos.file;
    if (pos.column === undefined)
        return `${pos.file}:${pos.line}`;
    return `${pos.file}:${pos.line}:${pos.column}`;
}
class UserError extends Error {
    name = 'UserError';
    position;
    constructor(message, position) {
        super(message);
        this.position = position;
    }
}
function isUserError(error) {
    return error instanceof UserError;
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  wr: () => (/* binding */ TOOL_VERSION),
  _O: () => (/* binding */ USER_AGENT)
});

// UNUSED EXPORTS: TOOL_NAME

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/version.ts

const TOOL_NAME = 'iam-credential-gate';
const TOOL_VERSION = package_namespaceObject.rE;
const USER_AGENT = `${TOOL_NAME}/${TOOL_VERSION}`;


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/output/log-text.ts
/**
 * Log lines and annotations carry text from inputs, policies and reports. Such text must not make
 * one line of megabytes (a 50 MB user name), and must not start a workflow command of its own.
 */
/** Log lines and annotation messages are cut to this many characters (a few KiB). */
const MAX_LOG_CHARS = 4096;
/** Cuts `text` to at most `max` characters, ending in an ellipsis that says how much was left out. */
function capText(text, max = MAX_LOG_CHARS) {
    if (text.length <= max)
        return text;
    const note = `… (${text.length - max} more characters cut)`;
    let end = Math.max(0, max - note.length);
    // Never split a surrogate pair: half a character would print as U+FFFD.
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}${note}`;
}
/**
 * An input's value as echoed in a log line: as written when it is plain, else as a JSON string, so
 * a line break, a control character or a `::command::` inside it shows as text.
 */
function quoteInput(value) {
    // eslint-disable-next-line no-control-regex
    const plain = !/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069"\\]|::|##\[/.test(value);
    if (plain)
        return capText(value, 512);
    // JSON leaves bidi controls as they are; escaped, they cannot reorder the line around them.
    const quoted = JSON.stringify(value).replace(/[\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return capText(quoted, 512);
}
/**
 * The runner reads any line that starts (after blanks) with `::` or `##[` as a command. A line of
 * ours that carries text that looks so gets a zero-width space inside the marker: shown the same,
 * read as plain text.
 */
function neutralizeCommands(text) {
    return text.replace(/(^|[\r\n])([^\S\r\n]*)(::|##\[)/g, (_, start, blanks, marker) => `${start}${blanks}${marker[0] ?? ''}\u200b${marker.slice(1)}`);
}

// EXTERNAL MODULE: ./src/output/visible-text.ts
var visible_text = __nccwpck_require__(3611);
;// CONCATENATED MODULE: ./src/action/workflow-commands.ts




/** Annotation (and debug) messages are cut here: enough for any message of ours, never megabytes. */
const MAX_ANNOTATION_CHARS = 2 * MAX_LOG_CHARS;
/** Same rule as the runner: spaces become underscores, the name is upper-cased. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
// Escaping as the runner decodes it: data may not contain line breaks or '%'; property values
// additionally not ':' or ','.
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Annotation text: controls and bidi overrides shown as marks (a NUL would garble the line). */
function visibleData(value) {
    return escapeData((0,visible_text/* showInvisible */.j)(value));
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function formatCommand(command, message, properties = {}) {
    const props = Object.entries(properties)
        .map(([key, value]) => `${key}=${escapeProperty((0,visible_text/* showInvisible */.j)(capText(String(value), 1024)))}`)
        .join(',');
    // A secret to mask must stay whole; every other message is cut to a few KiB.
    const data = command === 'add-mask' ? escapeData(message) : visibleData(capText(message, MAX_ANNOTATION_CHARS));
    return `::${command}${props ? ` ${props}` : ''}::${data}`;
}
function issue(command, message, properties) {
    process.stdout.write(`${formatCommand(command, message, properties)}${external_node_os_.EOL}`);
}
/** The runner's names for annotation properties. */
function annotationProperties(properties) {
    const out = {};
    if (properties.title !== undefined)
        out.title = properties.title;
    if (properties.file !== undefined)
        out.file = properties.file;
    if (properties.startLine !== undefined)
        out.line = properties.startLine;
    if (properties.startColumn !== undefined)
        out.col = properties.startColumn;
    return out;
}
function annotate(level, message, properties = {}) {
    issue(level, message, annotationProperties(properties));
}
/** A plain log line: cut to a few KiB, and unable to start a workflow command. */
function formatInfo(message) {
    return neutralizeCommands((0,visible_text/* showInvisible */.j)(capText(message)));
}
function info(message) {
    process.stdout.write(`${formatInfo(message)}${external_node_os_.EOL}`);
}
function debug(message) {
    issue('debug', message);
}
/** Registers a secret with the runner, which then masks it in every later log line. */
function setSecret(secret) {
    issue('add-mask', secret);
}
/**
 * A heredoc delimiter that occurs in neither the name nor the value. It need not be secret: it is
 * checked against the text it encloses and replaced until it does not occur there, so no value
 * (a user name from the report included) can end the block early. Not a random UUID as
 * @actions/core writes: node:crypto would cost every run ~10 ms of start-up for this alone.
 */
let delimiters = 0;
function delimiterFor(name, value) {
    for (;;) {
        delimiters += 1;
        const delimiter = `ghadelimiter_${process.pid.toString(36)}_${Date.now().toString(36)}_${delimiters}_${Math.random().toString(36).slice(2)}`;
        if (!name.includes(delimiter) && !value.includes(delimiter))
            return delimiter;
    }
}
/** One output, as a heredoc block in `GITHUB_OUTPUT` with a delimiter that cannot occur in it. */
function formatOutput(name, value, delimiter = delimiterFor(name, value)) {
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`The output ${name} contains its own delimiter.`);
    }
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (file) {
        (0,external_node_fs_.appendFileSync)(file, formatOutput(name, String(value)), 'utf8');
    }
    else {
        // Outside a runner (or a very old one): the deprecated command keeps the value visible.
        issue('set-output', String(value), { name });
    }
}
/** Marks the step failed: an error annotation and exit code 1. */
function setFailed(message) {
    markFailed();
    annotate('error', message);
}
/** Exit code 1 only, for a failure whose error annotation was already written. */
function markFailed() {
    process.exitCode = 1;
}
/** The workflow's OIDC token, abortable (see oidc-token.ts); loaded only when a token is needed. */
async function getIdToken(audience, signal) {
    const { requestIdToken } = await __nccwpck_require__.e(/* import() */ 965).then(__nccwpck_require__.bind(__nccwpck_require__, 2965));
    return requestIdToken(audience, signal);
}

// EXTERNAL MODULE: ./src/baseline/verdict-counts.ts
var verdict_counts = __nccwpck_require__(9235);
// EXTERNAL MODULE: ./src/output/finding-groups.ts
var finding_groups = __nccwpck_require__(1165);
// EXTERNAL MODULE: ./src/output/finding-location.ts
var finding_location = __nccwpck_require__(4970);
// EXTERNAL MODULE: ./src/output/rule-metadata.ts
var rule_metadata = __nccwpck_require__(5137);
// EXTERNAL MODULE: ./src/output/time-text.ts
var time_text = __nccwpck_require__(678);
;// CONCATENATED MODULE: ./src/output/annotations.ts




/** GitHub shows at most 10 errors, 10 warnings and 10 notices of a step; more are dropped unseen. */
const ANNOTATIONS_PER_LEVEL = 10;
function placeOf(outcome, finding) {
    const location = (0,finding_location/* locateFinding */.E)(outcome, finding);
    if (location === null)
        return {};
    return {
        file: location.file,
        ...(location.line === undefined ? {} : { startLine: location.line }),
        ...(location.column === undefined ? {} : { startColumn: location.column }),
    };
}
/**
 * The first ANNOTATIONS_PER_LEVEL findings of each level that are not exempted, in byImportance
 * order (ties in document order), as sorting them all would give, and how many others there are.
 * One pass that keeps ten per level: a large account has thousands of findings and shows 30.
 */
function mostImportant(findings) {
    const levels = { error: [], warning: [], notice: [] };
    let candidates = 0;
    // An index loop: for-of allocates per step until V8 has optimised this, and it runs once.
    for (let i = 0; i < findings.length; i += 1) {
        const finding = findings[i];
        if (finding.exempted)
            continue;
        candidates += 1;
        const kept = levels[finding.severity];
        const last = kept[kept.length - 1];
        // Full and not before the last one kept: a later equal finding stays behind it. This is
        // byImportance(finding, last) >= 0 written out for two findings of one level, neither exempted
        // (upcoming after violations, then the older credential first): it runs for nearly every
        // finding, and thousands of calls cost ms before V8 has optimised them.
        if (kept.length === ANNOTATIONS_PER_LEVEL && last !== undefined) {
            const upcoming = finding.status === 'upcoming';
            const lastUpcoming = last.status === 'upcoming';
            if (upcoming !== lastUpcoming ? upcoming : (last.ageDays ?? -1) >= (finding.ageDays ?? -1))
                continue;
        }
        let at = kept.length;
        while (at > 0 && (0,finding_groups/* byImportance */.G5)(finding, kept[at - 1]) < 0)
            at -= 1;
        kept.splice(at, 0, finding);
        if (kept.length > ANNOTATIONS_PER_LEVEL)
            kept.pop();
    }
    const chosen = [...levels.error, ...levels.warning, ...levels.notice];
    return { chosen, rest: candidates - chosen.length };
}
/**
 * The annotations of a run: the most important findings that are not exempted (by severity, then
 * the oldest credential), up to GitHub's 10 per level, then one notice that counts the rest.
 * Exempted findings get none: they are in the summary.
 */
function buildAnnotations(outcome, options) {
    const { document } = outcome;
    const { redact } = options;
    redact.learn(outcome);
    const { chosen, rest: left } = mostImportant(document.findings);
    let rest = left;
    const perLevel = { error: 0, warning: 0, notice: 0 };
    for (const finding of chosen)
        perLevel[finding.severity] += 1;
    // The closing notice needs one of the 10 notice places.
    if (rest > 0 && perLevel.notice === ANNOTATIONS_PER_LEVEL) {
        const lastNotice = chosen.findLastIndex((finding) => finding.severity === 'notice');
        chosen.splice(lastNotice, 1);
        rest += 1;
    }
    const multiAccount = (0,finding_groups/* coversSeveralAccounts */.l$)(document);
    const annotations = chosen.map((finding) => {
        const account = multiAccount && finding.account !== null ? `[${redact.account(finding.account)}] ` : '';
        return {
            level: finding.severity,
            title: `${finding.rule}: ${(0,rule_metadata/* ruleInfo */.P)(finding.rule).title}`,
            message: `${account}${redact.text(finding.message)}`,
            ...placeOf(outcome, finding),
        };
    });
    if (rest > 0) {
        const where = options.jsonFile ? `the job summary, or every finding in ${options.jsonFile}` : 'the job summary';
        annotations.push({
            level: 'notice',
            title: 'iam-credential-gate: more findings',
            message: `… and ${(0,time_text/* formatCount */.B4)(rest)} more ${rest === 1 ? 'finding' : 'findings'} without an annotation ` +
                `(GitHub shows ${ANNOTATIONS_PER_LEVEL} per level): see ${where}.`,
        });
    }
    return annotations;
}

// EXTERNAL MODULE: ./src/lazy-builtins.ts + 1 modules
var lazy_builtins = __nccwpck_require__(200);
// EXTERNAL MODULE: ./src/policy-review/review-policy-change.ts + 2 modules
var review_policy_change = __nccwpck_require__(9814);
;// CONCATENATED MODULE: ./src/output/redact.ts


/** The root row is named the same in every account: it identifies nobody. */
const ROOT_USER = '<root_account>';
const HASH_CHARS = 8;
/** Characters that continue a user name (IAM allows `+=,.@_-`); `.` and `,` end a sentence more often. */
const NAME_CHAR = /[A-Za-z0-9_+=@-]/;
const ARN_AT = /arn:aws[a-z-]*:[^\s'"`<>()[\]{}|]+/y;
const ACCOUNT_AT = /\d{12}/y;
/** `service_credential:ACCA…` and `ssh_key:APKA…` name a credential by its id. */
const LOOKED_UP_CREDENTIAL = /^(?:service_credential|ssh_key):(.+)$/;
const identity = {
    enabled: false,
    user: (name) => name,
    arn: (arn) => arn,
    account: (id) => id,
    key: (id) => id,
    owner: (value) => value,
    text: (text) => text,
    learn: () => undefined,
};
function createRedactor(enabled) {
    if (!enabled)
        return identity;
    const hashes = new Map();
    /** Literal values to find in free text, with their replacement. */
    const known = new Map();
    /** Distinct lengths of the known values, longest first, so `carol.smith` wins over `carol`. */
    let lengths = [];
    function hashOf(kind, value) {
        const key = `${kind}\0${value}`;
        let hashed = hashes.get(key);
        if (hashed === undefined) {
            hashed = `${kind}-${(0,lazy_builtins/* sha256Hex */.fg)(value).slice(0, HASH_CHARS)}`;
            hashes.set(key, hashed);
        }
        return hashed;
    }
    function remember(kind, value) {
        if (kind === 'user' && value === ROOT_USER)
            return value;
        const hashed = hashOf(kind, value);
        if (value.length > 0 && !known.has(value)) {
            known.set(value, hashed);
            if (!lengths.includes(value.length))
                lengths = [...lengths, value.length].sort((a, b) => b - a);
        }
        return hashed;
    }
    function isNameChar(char) {
        return char !== undefined && NAME_CHAR.test(char);
    }
    function matchAt(pattern, text, index) {
        pattern.lastIndex = index;
        return pattern.exec(text)?.[0] ?? null;
    }
    function text(input) {
        let out = '';
        let index = 0;
        while (index < input.length) {
            if (isNameChar(input[index - 1])) {
                out += input[index];
                index += 1;
                continue;
            }
            const arn = input.startsWith('arn:', index) ? matchAt(ARN_AT, input, index)?.replace(/[.,;:]+$/, '') : null;
            if (arn) {
                out += remember('arn', arn);
                index += arn.length;
                continue;
            }
            const literal = knownAt(input, index);
            if (literal !== null) {
                out += known.get(literal);
                index += literal.length;
                continue;
            }
            const account = matchAt(ACCOUNT_AT, input, index);
            if (account !== null && !isNameChar(input[index + account.length])) {
                out += remember('account', account);
                index += account.length;
                continue;
            }
            out += input[index];
            index += 1;
        }
        return out;
    }
    function knownAt(input, index) {
        for (const length of lengths) {
            const candidate = input.slice(index, index + length);
            if (candidate.length === length && known.has(candidate) && !isNameChar(input[index + length]))
                return candidate;
        }
        return null;
    }
    function learn(source) {
        const document = 'document' in source ? source.document : source;
        for (const report of document.reports)
            if (report.account !== null)
                remember('account', report.account);
        // A policy change review names findings and exemptions that this run's own list may lack.
        const review = document.policyChange;
        const reviewed = review ? [...review.hidden, ...review.added] : [];
        // Fixed findings (from the baseline) name users this run may no longer have.
        const fixed = document.baseline?.fixed ?? [];
        for (const finding of [...document.findings, ...reviewed, ...fixed]) {
            if (finding.user !== null)
                remember('user', finding.user);
            if (finding.arn !== null)
                remember('arn', finding.arn);
            if (finding.account !== null)
                remember('account', finding.account);
            // Key ids and owners hide like user names: they appear in messages and credential names.
            if (typeof finding.accessKeyId === 'string')
                remember('key', finding.accessKeyId);
            if (typeof finding.owner === 'string')
                remember('owner', finding.owner);
            const credentialId = finding.credential === null ? undefined : LOOKED_UP_CREDENTIAL.exec(finding.credential)?.[1];
            if (credentialId !== undefined)
                remember('key', credentialId);
        }
        if ('document' in source) {
            // Exemption patterns name people too (`deploy-bot`, `arn:…:user/vendors/*`).
            const exemptions = source.policy?.exemptions ?? source.exemptions.map((use) => use.exemption);
            for (const exemption of [...exemptions, ...(review ? (0,review_policy_change/* exemptionsOfChange */.eA)(review) : [])]) {
                for (const user of exemption.users)
                    remember('user', user);
                for (const arn of exemption.arns)
                    remember('arn', arn);
                for (const account of exemption.accounts ?? [])
                    remember('account', account);
            }
        }
    }
    return {
        enabled: true,
        user: (name) => remember('user', name),
        arn: (arn) => remember('arn', arn),
        account: (id) => remember('account', id),
        key: (id) => remember('key', id),
        owner: (value) => remember('owner', value),
        text,
        learn,
    };
}

// EXTERNAL MODULE: ./src/output/render-summary.ts + 9 modules
var render_summary = __nccwpck_require__(8029);
// EXTERNAL MODULE: ./src/output/markdown.ts
var markdown = __nccwpck_require__(8548);
;// CONCATENATED MODULE: ./src/output/render-validation.ts


/**
 * The one line `mode: validate` logs and heads its summary with. `source` is the policy's name as
 * it should appear (plain in logs, code-formatted in Markdown); the rest is our own words.
 */
function validationHeadline(run, source) {
    const { policy, document } = run;
    if (policy === null || document.errors.length > 0) {
        return `Policy ${source} is not valid: ${(0,time_text/* countOf */.pq)(document.errors.length, 'error')}.`;
    }
    const enabled = policy.rules.filter((rule) => rule.enabled).length;
    const warnings = run.policyWarnings.length === 0 ? '' : `, ${(0,time_text/* countOf */.pq)(run.policyWarnings.length, 'warning')}`;
    return (`Policy ${source} is valid: ${(0,time_text/* countOf */.pq)(enabled, 'rule')} enabled, ` +
        `${(0,time_text/* countOf */.pq)(policy.exemptions.length, 'exemption')}${warnings}.`);
}
/**
 * The job summary of `mode: validate`: whether the policy is valid, then its errors and warnings.
 * No verdict over findings ("passed · 0 errors"): nothing was evaluated.
 */
function renderValidationSummary(run, source) {
    const valid = run.policy !== null && run.document.errors.length === 0;
    const lines = [
        `## ${valid ? '✅ IAM credential gate: policy valid' : '❌ IAM credential gate: policy not valid'}`,
        '',
        validationHeadline(run, (0,markdown/* code */.aY)(source, false)),
        '',
    ];
    if (run.document.errors.length > 0) {
        lines.push('**Errors:**', '', ...run.document.errors.map((error) => `- ${(0,markdown/* escapeText */.X1)(error)}`), '');
    }
    if (run.policyWarnings.length > 0) {
        lines.push(`**Warnings (${run.policyWarnings.length}):**`, '', ...run.policyWarnings.map((warning) => `- ${(0,markdown/* escapeText */.X1)(warning)}`), '');
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ./src/output/write-summary.ts



/**
 * Appends the rendered summary (one string, or its parts in order) to the step's
 * `GITHUB_STEP_SUMMARY` file. The summary is a report on the verdict, not the verdict: if it
 * cannot be written, say so and carry on.
 */
async function writeSummary(markdown, log, file = process.env.GITHUB_STEP_SUMMARY) {
    if (!file) {
        log.warning('Could not write the job summary: GITHUB_STEP_SUMMARY is not set (not running on a GitHub runner?).');
        return false;
    }
    try {
        // Written in order, part by part, in one go at the end of the run (nothing else waits on the
        // event loop then): no part is joined to the others or copied into a buffer first. Through the
        // thread pool, a summary of ~1 MB cost several ms more.
        const fd = (0,external_node_fs_.openSync)(file, 'a');
        try {
            for (const part of typeof markdown === 'string' ? [markdown] : markdown)
                writeAll(fd, part);
            writeAll(fd, external_node_os_.EOL);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        return true;
    }
    catch (error) {
        log.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
        return false;
    }
}
/** writeSync until every byte is written: it may write fewer than it was given (a full disk returns an error). */
function writeAll(fd, text) {
    const written = (0,external_node_fs_.writeSync)(fd, text, null, 'utf8');
    const size = external_node_buffer_.Buffer.byteLength(text, 'utf8');
    if (written === size)
        return;
    const rest = external_node_buffer_.Buffer.from(text, 'utf8');
    for (let at = written; at < size;) {
        const more = (0,external_node_fs_.writeSync)(fd, rest, at, size - at);
        if (more === 0)
            throw new Error(`the file took ${at} of ${size} bytes and no more`);
        at += more;
    }
}

// EXTERNAL MODULE: ./src/evaluate/evaluate-incremental.ts
var evaluate_incremental = __nccwpck_require__(2853);
// EXTERNAL MODULE: ./src/report/parse-report.ts + 14 modules
var parse_report = __nccwpck_require__(5688);
// EXTERNAL MODULE: ./src/user-error.ts
var user_error = __nccwpck_require__(7495);
;// CONCATENATED MODULE: ./src/accounts/account-targets.ts

const ACCOUNT_ID = /^\d{12}$/;
const ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):role\/.+$/;
// IAM role names and paths: letters, digits and +=,.@_- (paths add /).
const ROLE_NAME = /^[\w+=,.@-]+(?:\/[\w+=,.@-]+)*$/;
/**
 * The partition of a region, for the role ARNs built from account ids. GovCloud and China are
 * separate partitions; an ARN of the wrong one is rejected by STS.
 */
function partitionOfRegion(region) {
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-isob-'))
        return 'aws-iso-b';
    if (region.startsWith('us-iso-'))
        return 'aws-iso';
    if (region.startsWith('eu-isoe-'))
        return 'aws-iso-e';
    if (region.startsWith('us-isof-'))
        return 'aws-iso-f';
    return 'aws';
}
function memberRoleArn(accountId, memberRoleName, partition) {
    const name = memberRoleName.replace(/^\/+/, '');
    if (!ROLE_NAME.test(name)) {
        throw new user_error/* UserError */.yo(`Input 'member-role-name' is '${memberRoleName}', which is not an IAM role name; use the role's name ` +
            `(optionally with its path, e.g. audit/CredentialReportReader), not its ARN.`);
    }
    return `arn:${partition}:iam::${accountId}:role/${name}`;
}
/**
 * Turns the `accounts` entries (ids or role ARNs; `organization` is resolved before this) into
 * targets: an id becomes the member role in that account, an ARN is used as written. One account
 * listed twice (an id and an ARN, or two roles) would be read and counted twice, so it is refused.
 */
function resolveAccountTargets(entries, memberRoleName, partition) {
    const targets = [];
    const seen = new Map();
    for (const entry of entries) {
        let target;
        const arn = ROLE_ARN.exec(entry);
        if (arn) {
            target = { accountId: arn[2] ?? '', roleArn: entry };
        }
        else if (ACCOUNT_ID.test(entry)) {
            if (memberRoleName === null) {
                throw new user_error/* UserError */.yo(`Input 'accounts' lists account id ${entry} but 'member-role-name' is empty; set it to the role to assume in each member account.`);
            }
            target = { accountId: entry, roleArn: memberRoleArn(entry, memberRoleName, partition) };
        }
        else {
            throw new user_error/* UserError */.yo(`Input 'accounts' has '${entry}'; list 12-digit account ids or role ARNs (newline or comma separated), or write 'organization'.`);
        }
        const earlier = seen.get(target.accountId);
        if (earlier !== undefined) {
            throw new user_error/* UserError */.yo(`Input 'accounts' names account ${target.accountId} twice ('${earlier}' and '${entry}'); list each account once.`);
        }
        seen.set(target.accountId, entry);
        targets.push(target);
    }
    return sortTargets(targets);
}
/** Plain code-unit order of the ids: the same on every machine, whatever order the input had. */
function sortTargets(targets) {
    return [...targets].sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
}

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __nccwpck_require__(370);
;// CONCATENATED MODULE: ./src/accounts/fan-out.ts


/**
 * Works on every account with at most `concurrency` at once and returns one result per account, in
 * the order of `targets` (not of completion, so documents do not depend on timing). Each account
 * has its own retries and time budget inside `work`, so a throttled or slow account delays only
 * itself. Anything that is not a UserError is our own bug: the other accounts still finish (no
 * half-done requests are left behind), then the first such error is thrown with its stack.
 */
async function fanOut(options) {
    const { targets, work, progress } = options;
    const limit = (0,p_limit/* default */.A)(Math.max(1, Math.floor(options.concurrency)));
    const current = [];
    let done = 0;
    const report = () => progress?.({ done, total: targets.length, current: [...current] });
    report();
    const settled = await Promise.allSettled(targets.map((target) => limit(async () => {
        current.push(target.accountId);
        report();
        try {
            return { target, ok: true, value: await work(target) };
        }
        catch (error) {
            if (!(0,user_error/* isUserError */.iU)(error))
                throw error;
            return { target, ok: false, error: error.message };
        }
        finally {
            current.splice(current.indexOf(target.accountId), 1);
            done += 1;
            report();
        }
    })));
    const results = [];
    for (const outcome of settled) {
        if (outcome.status === 'rejected')
            throw outcome.reason;
        results.push(outcome.value);
    }
    return results;
}

;// CONCATENATED MODULE: ./src/accounts/shard.ts

/**
 * The K-th of N contiguous slices of the account list sorted by account id. Slices differ in size by
 * at most one, together cover every account exactly once, and depend only on the set of accounts
 * (not on the order they were listed or returned by Organizations), so every job of a matrix
 * computes the same partition. Contiguous slices of the sorted ids, rather than index mod N, keep
 * neighbouring accounts together, so a shard's documents read in id order.
 */
function selectShard(targets, shard) {
    const sorted = sortTargets(targets);
    const start = Math.floor(((shard.index - 1) * sorted.length) / shard.count);
    const end = Math.floor((shard.index * sorted.length) / shard.count);
    return sorted.slice(start, end);
}

;// CONCATENATED MODULE: ./src/accounts/run-accounts.ts






/** Log lines of one account carry its id, and never break the progress line in two. */
function accountLogger(log, accountId, progress) {
    const around = (write) => (message) => {
        progress?.clear();
        write(`[${accountId}] ${message}`);
        progress?.redraw();
    };
    return { info: around(log.info), warning: around(log.warning), debug: around(log.debug) };
}
async function listTargets(settings, aws, log) {
    const partition = partitionOfRegion(settings.awsRegion);
    let entries = settings.accounts;
    if (entries.length === 1 && entries[0] === 'organization') {
        entries = await aws.listOrganizationAccounts();
        log.info(`The organization has ${entries.length} ACTIVE accounts.`);
        if (entries.length === 0) {
            throw new user_error/* UserError */.yo(`organizations:ListAccounts returned no ACTIVE account for ${aws.identity}; nothing could be evaluated. ` +
                'Check that the hub identity is in the management account (or a delegated administrator).');
        }
    }
    const targets = resolveAccountTargets(entries, settings.memberRoleName, partition);
    if (settings.shard === null)
        return targets;
    const slice = selectShard(targets, settings.shard);
    const { index, count } = settings.shard;
    log.info(`Shard ${index}/${count}: ${slice.length} of ${targets.length} accounts.`);
    if (slice.length === 0) {
        log.warning(`Shard ${index}/${count} has no accounts: there are more shards (${count}) than accounts (${targets.length}).`);
    }
    return slice;
}
/**
 * A run over several accounts: the account list (given, or the organization's), this shard's slice,
 * then every account fetched through its member role and evaluated as soon as its report arrives,
 * at most `concurrency` at once. The rows are dropped once evaluated. An account that fails is an
 * error naming it, while the others are still evaluated. A failure of the hub itself (its identity,
 * the organization listing) is thrown: nothing could be evaluated.
 */
async function runAccounts(input) {
    const { settings, policy, log, progress } = input;
    const aws = await input.openAccounts(input.request);
    try {
        const targets = await listTargets(settings, aws, log);
        const evaluation = (0,evaluate_incremental/* startEvaluation */.RY)(policy, settings.now);
        const keepCsv = settings.saveReport !== null;
        const results = await fanOut({
            targets,
            concurrency: settings.concurrency,
            progress: progress && ((state) => progress.update(state)),
            work: async (target) => {
                const accountLog = accountLogger(log, target.accountId, progress);
                const fetched = await aws.fetchAccount(target, accountLog);
                const report = (0,parse_report/* parseCredentialReport */.t)(fetched.content, `credential report of account ${target.accountId}`);
                const account = fetched.accountId ?? target.accountId;
                const evaluated = {
                    account,
                    rows: report.rows,
                    ...(fetched.lookups === undefined ? {} : { lookups: fetched.lookups }),
                };
                const findings = evaluation.add(evaluated);
                input.onEvaluated?.(evaluated, findings);
                accountLog.info(`${report.rows.length} rows evaluated (${fetched.apiCalls} IAM call${fetched.apiCalls === 1 ? '' : 's'}).`);
                return {
                    facts: { account, generatedAt: fetched.generatedAt, source: 'aws', users: report.rows.length },
                    content: keepCsv ? fetched.content : '',
                };
            },
        });
        const reports = [];
        const errors = [];
        for (const result of results) {
            if (result.ok)
                reports.push(result.value);
            else
                errors.push(`Account ${result.target.accountId}: ${result.error}`);
        }
        if (targets.length > 0) {
            log.info(`${reports.length} of ${targets.length} accounts evaluated${errors.length > 0 ? `, ${errors.length} failed` : ''}.`);
        }
        return { evaluation: evaluation.finish(), reports, errors };
    }
    finally {
        aws.close();
    }
}

;// CONCATENATED MODULE: ./src/baseline/baseline-stage.ts

/**
 * The run's baseline stage, called once after evaluation: nothing without `baseline` (or outside
 * `check`); otherwise the findings marked against it. A baseline that cannot be used is an error
 * of the run (fail closed); our own bugs are thrown.
 */
async function baselineStage(settings, evaluation, reports, log) {
    if (settings.baseline === null || settings.mode !== 'check')
        return { evaluation, baseline: null, errors: [] };
    try {
        // Imported here: the document reader needs zod, which a run without a baseline never loads.
        const { applyBaseline } = await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(410)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3410));
        const compared = await applyBaseline({ settings, path: settings.baseline, findings: evaluation.findings, reports, log });
        return { evaluation: { ...evaluation, findings: compared.findings }, baseline: compared.summary, errors: [] };
    }
    catch (error) {
        if (!(0,user_error/* isUserError */.iU)(error))
            throw error;
        return { evaluation, baseline: null, errors: [error.message] };
    }
}

// EXTERNAL MODULE: ./src/evaluate/evaluate.ts + 1 modules
var evaluate = __nccwpck_require__(6475);
// EXTERNAL MODULE: ./src/evaluate/findings-document.ts
var findings_document = __nccwpck_require__(2251);
// EXTERNAL MODULE: ./src/evaluate/verdict.ts
var evaluate_verdict = __nccwpck_require__(6250);
// EXTERNAL MODULE: ./src/enrich/look-up-plan.ts
var look_up_plan = __nccwpck_require__(4992);
// EXTERNAL MODULE: ./src/evaluate/run-finding.ts
var run_finding = __nccwpck_require__(6402);
// EXTERNAL MODULE: ./src/evaluate/sort-findings.ts
var sort_findings = __nccwpck_require__(8390);
// EXTERNAL MODULE: ./src/rules/registry.ts + 10 modules
var registry = __nccwpck_require__(1018);
;// CONCATENATED MODULE: ./src/enrich/rule-not-evaluated.ts
/**
 * A rule that needs a look-up the run did not ask for finds nothing; the run says so with one
 * run-level notice per rule rather than passing it silently. Pure.
 */




function rulesNotEvaluated(policy, enrich) {
    const enabled = new Set(policy.rules.filter((rule) => rule.enabled).map((rule) => rule.id));
    const findings = [];
    for (const rule of registry/* RULES */.y0) {
        const lookUp = rule.lookUp;
        if (lookUp === undefined || !enabled.has(rule.id) || enrich.includes(lookUp.enrich))
            continue;
        findings.push((0,run_finding/* runFinding */.D)('rule-not-evaluated', null, `Rule ${rule.id} is enabled but was not evaluated: it needs the look-up ${lookUp.enrich} ` +
            `(permission ${lookUp.permission}), which enrich does not ask for. Add ${lookUp.enrich} to enrich, or turn the rule off.`));
    }
    return findings;
}
/** The evaluation with the rule-not-evaluated notices of the run added, sorted and counted. */
function noteRulesNotEvaluated(evaluation, policy, enrich) {
    const notices = rulesNotEvaluated(policy, enrich);
    if (notices.length === 0)
        return evaluation;
    const findings = (0,sort_findings/* sortFindings */.Tc)([...evaluation.findings, ...notices]);
    return { ...evaluation, findings, counts: (0,evaluate_incremental/* countFindings */.Gt)(findings) };
}

// EXTERNAL MODULE: ./src/policy/builtin-ref.ts
var builtin_ref = __nccwpck_require__(7957);
;// CONCATENATED MODULE: ./src/policy/resolved-builtin-policies.ts
/** Each builtin policy as the policy loader resolves it from its YAML, by name. */
const RESOLVED_BUILTIN_POLICIES = {
    "aws-foundational-security": {
        "source": "builtin:aws-foundational-security",
        "file": null,
        "settings": {
            "max_report_age_hours": 4
        },
        "rules": [
            {
                "id": "root-access-keys",
                "enabled": true,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "root-mfa",
                "enabled": true,
                "severity": "error",
                "params": {
                    "applies_when": "any-credential"
                },
                "position": null
            },
            {
                "id": "root-recent-use",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "days": 1
                },
                "position": null
            },
            {
                "id": "root-signing-certificates",
                "enabled": false,
                "severity": "warning",
                "params": {},
                "position": null
            },
            {
                "id": "mfa-for-console",
                "enabled": true,
                "severity": "error",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "mfa-for-all-users",
                "enabled": false,
                "severity": "error",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "access-key-max-age",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 90,
                    "warn_days": 0
                },
                "position": null
            },
            {
                "id": "access-key-unused",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 90,
                    "never_used": "from-creation"
                },
                "position": null
            },
            {
                "id": "password-unused",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 90,
                    "never_used": "from-creation"
                },
                "position": null
            },
            {
                "id": "single-active-access-key",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "no-initial-access-key",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "window_minutes": 5
                },
                "position": null
            },
            {
                "id": "password-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "signing-certificate-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 365
                },
                "position": null
            },
            {
                "id": "console-access-forbidden",
                "enabled": false,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "access-keys-forbidden",
                "enabled": false,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "console-user-access-keys",
                "enabled": false,
                "severity": "warning",
                "params": {},
                "position": null
            },
            {
                "id": "user-inactive",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "access-key-region",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "allowed_regions": []
                },
                "position": null
            },
            {
                "id": "additional-credentials",
                "enabled": false,
                "severity": "warning",
                "params": {},
                "position": null
            },
            {
                "id": "service-credential-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "service-credential-no-expiry",
                "enabled": false,
                "severity": "error",
                "params": {
                    "max_days": 30
                },
                "position": null
            },
            {
                "id": "ssh-key-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "root-hardware-mfa",
                "enabled": true,
                "severity": "error",
                "params": {},
                "position": null
            }
        ],
        "exemptions": []
    },
    "cis-aws-foundations-v3": {
        "source": "builtin:cis-aws-foundations-v3",
        "file": null,
        "settings": {
            "max_report_age_hours": 4
        },
        "rules": [
            {
                "id": "root-access-keys",
                "enabled": true,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "root-mfa",
                "enabled": true,
                "severity": "error",
                "params": {
                    "applies_when": "any-credential"
                },
                "position": null
            },
            {
                "id": "root-recent-use",
                "enabled": true,
                "severity": "warning",
                "params": {
                    "days": 1
                },
                "position": null
            },
            {
                "id": "root-signing-certificates",
                "enabled": true,
                "severity": "warning",
                "params": {},
                "position": null
            },
            {
                "id": "mfa-for-console",
                "enabled": true,
                "severity": "error",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "mfa-for-all-users",
                "enabled": false,
                "severity": "error",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "access-key-max-age",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 90,
                    "warn_days": 0
                },
                "position": null
            },
            {
                "id": "access-key-unused",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 44,
                    "never_used": "from-creation"
                },
                "position": null
            },
            {
                "id": "password-unused",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 44,
                    "never_used": "from-creation"
                },
                "position": null
            },
            {
                "id": "single-active-access-key",
                "enabled": true,
                "severity": "error",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "no-initial-access-key",
                "enabled": true,
                "severity": "error",
                "params": {
                    "window_minutes": 5
                },
                "position": null
            },
            {
                "id": "password-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "signing-certificate-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 365
                },
                "position": null
            },
            {
                "id": "console-access-forbidden",
                "enabled": false,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "access-keys-forbidden",
                "enabled": false,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "console-user-access-keys",
                "enabled": false,
                "severity": "warning",
                "params": {},
                "position": null
            },
            {
                "id": "user-inactive",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "access-key-region",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "allowed_regions": []
                },
                "position": null
            },
            {
                "id": "additional-credentials",
                "enabled": true,
                "severity": "warning",
                "params": {},
                "position": null
            },
            {
                "id": "service-credential-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "service-credential-no-expiry",
                "enabled": false,
                "severity": "error",
                "params": {
                    "max_days": 30
                },
                "position": null
            },
            {
                "id": "ssh-key-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "root-hardware-mfa",
                "enabled": false,
                "severity": "error",
                "params": {},
                "position": null
            }
        ],
        "exemptions": []
    },
    "cis-aws-foundations-v5": {
        "source": "builtin:cis-aws-foundations-v5",
        "file": null,
        "settings": {
            "max_report_age_hours": 4
        },
        "rules": [
            {
                "id": "root-access-keys",
                "enabled": true,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "root-mfa",
                "enabled": true,
                "severity": "error",
                "params": {
                    "applies_when": "password"
                },
                "position": null
            },
            {
                "id": "root-recent-use",
                "enabled": true,
                "severity": "warning",
                "params": {
                    "days": 1
                },
                "position": null
            },
            {
                "id": "root-signing-certificates",
                "enabled": true,
                "severity": "warning",
                "params": {},
                "position": null
            },
            {
                "id": "mfa-for-console",
                "enabled": true,
                "severity": "error",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "mfa-for-all-users",
                "enabled": false,
                "severity": "error",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "access-key-max-age",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 90,
                    "warn_days": 0
                },
                "position": null
            },
            {
                "id": "access-key-unused",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 44,
                    "never_used": "from-creation"
                },
                "position": null
            },
            {
                "id": "password-unused",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 44,
                    "never_used": "from-creation"
                },
                "position": null
            },
            {
                "id": "single-active-access-key",
                "enabled": true,
                "severity": "error",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "no-initial-access-key",
                "enabled": true,
                "severity": "error",
                "params": {
                    "window_minutes": 5
                },
                "position": null
            },
            {
                "id": "password-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "signing-certificate-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 365
                },
                "position": null
            },
            {
                "id": "console-access-forbidden",
                "enabled": false,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "access-keys-forbidden",
                "enabled": false,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "console-user-access-keys",
                "enabled": false,
                "severity": "warning",
                "params": {},
                "position": null
            },
            {
                "id": "user-inactive",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "access-key-region",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "allowed_regions": []
                },
                "position": null
            },
            {
                "id": "additional-credentials",
                "enabled": true,
                "severity": "warning",
                "params": {},
                "position": null
            },
            {
                "id": "service-credential-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "service-credential-no-expiry",
                "enabled": false,
                "severity": "error",
                "params": {
                    "max_days": 30
                },
                "position": null
            },
            {
                "id": "ssh-key-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "root-hardware-mfa",
                "enabled": true,
                "severity": "error",
                "params": {},
                "position": null
            }
        ],
        "exemptions": []
    },
    "cis-aws-foundations-v7": {
        "source": "builtin:cis-aws-foundations-v7",
        "file": null,
        "settings": {
            "max_report_age_hours": 4
        },
        "rules": [
            {
                "id": "root-access-keys",
                "enabled": true,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "root-mfa",
                "enabled": true,
                "severity": "error",
                "params": {
                    "applies_when": "password"
                },
                "position": null
            },
            {
                "id": "root-recent-use",
                "enabled": true,
                "severity": "warning",
                "params": {
                    "days": 1
                },
                "position": null
            },
            {
                "id": "root-signing-certificates",
                "enabled": true,
                "severity": "warning",
                "params": {},
                "position": null
            },
            {
                "id": "mfa-for-console",
                "enabled": true,
                "severity": "error",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "mfa-for-all-users",
                "enabled": false,
                "severity": "error",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "access-key-max-age",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 90,
                    "warn_days": 0
                },
                "position": null
            },
            {
                "id": "access-key-unused",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 44,
                    "never_used": "from-creation"
                },
                "position": null
            },
            {
                "id": "password-unused",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 44,
                    "never_used": "from-creation"
                },
                "position": null
            },
            {
                "id": "single-active-access-key",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "no-initial-access-key",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "window_minutes": 5
                },
                "position": null
            },
            {
                "id": "password-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "signing-certificate-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 365
                },
                "position": null
            },
            {
                "id": "console-access-forbidden",
                "enabled": false,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "access-keys-forbidden",
                "enabled": false,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "console-user-access-keys",
                "enabled": false,
                "severity": "warning",
                "params": {},
                "position": null
            },
            {
                "id": "user-inactive",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "access-key-region",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "allowed_regions": []
                },
                "position": null
            },
            {
                "id": "additional-credentials",
                "enabled": true,
                "severity": "warning",
                "params": {},
                "position": null
            },
            {
                "id": "service-credential-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "service-credential-no-expiry",
                "enabled": false,
                "severity": "error",
                "params": {
                    "max_days": 30
                },
                "position": null
            },
            {
                "id": "ssh-key-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "root-hardware-mfa",
                "enabled": true,
                "severity": "error",
                "params": {},
                "position": null
            }
        ],
        "exemptions": []
    },
    "recommended": {
        "source": "builtin:recommended",
        "file": null,
        "settings": {
            "max_report_age_hours": 4
        },
        "rules": [
            {
                "id": "root-access-keys",
                "enabled": true,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "root-mfa",
                "enabled": true,
                "severity": "error",
                "params": {
                    "applies_when": "any-credential"
                },
                "position": null
            },
            {
                "id": "root-recent-use",
                "enabled": true,
                "severity": "warning",
                "params": {
                    "days": 1
                },
                "position": null
            },
            {
                "id": "root-signing-certificates",
                "enabled": true,
                "severity": "warning",
                "params": {},
                "position": null
            },
            {
                "id": "mfa-for-console",
                "enabled": true,
                "severity": "error",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "mfa-for-all-users",
                "enabled": false,
                "severity": "error",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "access-key-max-age",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 90,
                    "warn_days": 0
                },
                "position": null
            },
            {
                "id": "access-key-unused",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 45,
                    "never_used": "from-creation"
                },
                "position": null
            },
            {
                "id": "password-unused",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 45,
                    "never_used": "from-creation"
                },
                "position": null
            },
            {
                "id": "single-active-access-key",
                "enabled": true,
                "severity": "warning",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "no-initial-access-key",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "window_minutes": 5
                },
                "position": null
            },
            {
                "id": "password-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "signing-certificate-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 365
                },
                "position": null
            },
            {
                "id": "console-access-forbidden",
                "enabled": false,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "access-keys-forbidden",
                "enabled": false,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "console-user-access-keys",
                "enabled": false,
                "severity": "warning",
                "params": {},
                "position": null
            },
            {
                "id": "user-inactive",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "access-key-region",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "allowed_regions": []
                },
                "position": null
            },
            {
                "id": "additional-credentials",
                "enabled": true,
                "severity": "warning",
                "params": {},
                "position": null
            },
            {
                "id": "service-credential-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "service-credential-no-expiry",
                "enabled": false,
                "severity": "error",
                "params": {
                    "max_days": 30
                },
                "position": null
            },
            {
                "id": "ssh-key-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "root-hardware-mfa",
                "enabled": false,
                "severity": "error",
                "params": {},
                "position": null
            }
        ],
        "exemptions": []
    },
    "strict": {
        "source": "builtin:strict",
        "file": null,
        "settings": {
            "max_report_age_hours": 4
        },
        "rules": [
            {
                "id": "root-access-keys",
                "enabled": true,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "root-mfa",
                "enabled": true,
                "severity": "error",
                "params": {
                    "applies_when": "any-credential"
                },
                "position": null
            },
            {
                "id": "root-recent-use",
                "enabled": true,
                "severity": "warning",
                "params": {
                    "days": 1
                },
                "position": null
            },
            {
                "id": "root-signing-certificates",
                "enabled": true,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "mfa-for-console",
                "enabled": true,
                "severity": "error",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "mfa-for-all-users",
                "enabled": true,
                "severity": "error",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "access-key-max-age",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 90,
                    "warn_days": 0
                },
                "position": null
            },
            {
                "id": "access-key-unused",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 45,
                    "never_used": "from-creation"
                },
                "position": null
            },
            {
                "id": "password-unused",
                "enabled": true,
                "severity": "error",
                "params": {
                    "max_days": 45,
                    "never_used": "from-creation"
                },
                "position": null
            },
            {
                "id": "single-active-access-key",
                "enabled": true,
                "severity": "warning",
                "params": {
                    "grace_days": 0
                },
                "position": null
            },
            {
                "id": "no-initial-access-key",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "window_minutes": 5
                },
                "position": null
            },
            {
                "id": "password-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "signing-certificate-max-age",
                "enabled": true,
                "severity": "warning",
                "params": {
                    "max_days": 365
                },
                "position": null
            },
            {
                "id": "console-access-forbidden",
                "enabled": true,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "access-keys-forbidden",
                "enabled": true,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "console-user-access-keys",
                "enabled": false,
                "severity": "warning",
                "params": {},
                "position": null
            },
            {
                "id": "user-inactive",
                "enabled": true,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "access-key-region",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "allowed_regions": []
                },
                "position": null
            },
            {
                "id": "additional-credentials",
                "enabled": true,
                "severity": "error",
                "params": {},
                "position": null
            },
            {
                "id": "service-credential-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "service-credential-no-expiry",
                "enabled": false,
                "severity": "error",
                "params": {
                    "max_days": 30
                },
                "position": null
            },
            {
                "id": "ssh-key-max-age",
                "enabled": false,
                "severity": "warning",
                "params": {
                    "max_days": 90
                },
                "position": null
            },
            {
                "id": "root-hardware-mfa",
                "enabled": false,
                "severity": "error",
                "params": {},
                "position": null
            }
        ],
        "exemptions": []
    }
};

;// CONCATENATED MODULE: ./src/policy/load-policy.ts



const BUILTIN_NAMES = Object.keys(RESOLVED_BUILTIN_POLICIES).sort();
/**
 * Loads the policy `ref` names (`builtin:NAME`, or a path relative to `cwd`), follows its
 * `extends` chain and merges it into a complete `Policy`. Every problem is a UserError that
 * names the file, line and column.
 *
 * A builtin comes pre-resolved (generated from its YAML by the full loader), so the default path
 * loads neither the YAML parser nor zod; a policy file loads them on demand with the full loader.
 */
async function loadPolicy(ref, opts) {
    if ((0,builtin_ref/* isBuiltinRef */.NW)(ref)) {
        const name = ref.slice(builtin_ref/* BUILTIN_PREFIX */.RC.length);
        const policy = Object.hasOwn(RESOLVED_BUILTIN_POLICIES, name) ? RESOLVED_BUILTIN_POLICIES[name] : undefined;
        if (policy === undefined)
            throw (0,builtin_ref/* unknownBuiltin */._4)(ref, null, BUILTIN_NAMES);
        // A copy: the caller owns the policy it gets, as it does when it is loaded from YAML.
        return structuredClone(policy);
    }
    const { loadPolicyFile } = await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(815), __nccwpck_require__.e(914)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2914));
    return loadPolicyFile(ref, opts);
}

;// CONCATENATED MODULE: ./src/policy/require-enabled-rule.ts

/**
 * A policy that enables no rule would pass every report: a gate that checks nothing must not say
 * PASS. Typical causes are a policy without `extends` that only lists exemptions, or one that
 * turns every rule off.
 */
function requireEnabledRule(policy) {
    if (policy.rules.some((rule) => rule.enabled))
        return;
    throw new user_error/* UserError */.yo(`Policy ${policy.source} enables no rule, so it would check nothing and pass every report. ` +
        `Start from the defaults with 'extends: builtin:recommended', or turn rules on under 'rules:' ` +
        `(e.g. 'mfa-for-console: on'); a policy without 'extends' enables only the rules it lists.`, policy.file === null ? undefined : { file: policy.file });
}

// EXTERNAL MODULE: ./src/evaluate/finding-identity.ts
var finding_identity = __nccwpck_require__(737);
;// CONCATENATED MODULE: ./src/policy-review/compare-findings.ts

/**
 * Findings about a row that count toward the verdict. Run-level findings (an exemption unused or
 * expired, a missing root row) are about the policy or the report, not about a credential: the
 * rule and exemption changes already say what the edit did to them.
 */
function counts(finding) {
    return !finding.exempted && finding.user !== null;
}
/** The findings of `from` that count there and have no counting finding of the same identity in `to`. */
function missingIn(from, to) {
    const index = new finding_identity/* FindingIndex */.OP();
    for (const finding of to)
        if (counts(finding))
            index.add(finding, true);
    return from.filter((finding) => counts(finding) && index.lookup(finding).length === 0);
}
/**
 * `hidden`: counted under compare-policy (`before`), not under policy (`after`): absent, or exempted.
 * `added`: the reverse. Hash joins on the finding identity, linear in the findings.
 */
function compareFindings(before, after) {
    return { hidden: missingIn(before, after), added: missingIn(after, before) };
}

;// CONCATENATED MODULE: ./src/policy-review/load-compare-policy.ts


/**
 * Loads `compare-policy` with the same loader (and checks) as `policy`. Its mistakes say that they
 * are the compare-policy's, so a reader of a pull request's run knows which of the two files is wrong.
 */
async function loadComparePolicy(ref, opts) {
    try {
        return await loadPolicy(ref, { ...opts, input: 'compare-policy' });
    }
    catch (error) {
        if (!(0,user_error/* isUserError */.iU)(error))
            throw error;
        throw new user_error/* UserError */.yo(`compare-policy '${ref}' is not a valid policy: ${error.message}`, error.position);
    }
}

;// CONCATENATED MODULE: ./src/policy-review/review-findings.ts




/**
 * Several accounts: each report is evaluated under the compare-policy while its rows are at hand,
 * and joined at once with its findings under the policy. A finding's identity includes its account,
 * so joining account by account is the same join as over the whole run; only the hidden findings
 * are kept, never a second copy of the run's findings (100 accounts × 5 000 users stay in memory budget).
 */
function startFindingsReview(comparePolicy, now) {
    const hidden = [];
    const added = [];
    return {
        add(report, after) {
            const before = (0,evaluate/* evaluate */._)({ reports: [report], policy: comparePolicy, now }).findings;
            const part = compareFindings(before, after);
            // Detached like the run's own findings, so no hidden finding keeps its account's CSV alive.
            for (const finding of part.hidden)
                hidden.push((0,evaluate_incremental/* detachFromReport */.Qd)(finding));
            for (const finding of part.added)
                added.push(finding);
        },
        finish() {
            return { hidden: (0,sort_findings/* sortFindings */.Tc)(hidden), added: (0,sort_findings/* sortFindings */.Tc)(added) };
        },
    };
}

// EXTERNAL MODULE: ./src/files/untrusted-file.ts
var untrusted_file = __nccwpck_require__(4652);
// EXTERNAL MODULE: ./src/report/report-text.ts
var report_text = __nccwpck_require__(1888);
;// CONCATENATED MODULE: ./src/report/read-report-file.ts



/**
 * Reads and parses a saved credential report (`report-file`). A pull request can put any file
 * there, so it is read through the untrusted-file reader: confined, regular, at most 64 MiB.
 */
async function readReportFile(path, access) {
    const { bytes } = await (0,untrusted_file/* readUntrustedFile */.HA)(path, 'report', {
        cwd: access.cwd,
        workspace: access.workspace,
        input: access.input ?? 'report-file',
    });
    const content = (0,report_text/* decodeReportText */.c)(bytes, path);
    return { content, report: (0,parse_report/* parseCredentialReport */.t)(content, path) };
}

// EXTERNAL MODULE: ./src/evaluate/exemptions.ts
var exemptions = __nccwpck_require__(2171);
;// CONCATENATED MODULE: ./src/validate/review-policy.ts


/** An exemption ending within this many days of the evaluation instant is worth a warning. */
const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;
function where(exemption, index) {
    const at = exemption.position === null ? '' : `${(0,user_error/* formatPosition */.Ld)(exemption.position)}: `;
    return `${at}exemption ${index + 1}`;
}
/** Globs that reach a name only when case is ignored: IAM names are case-sensitive, and so are globs. */
function caseOnlyMatches(globs, names) {
    const found = [];
    for (const glob of globs) {
        if (glob === '*')
            continue;
        const exact = (0,exemptions/* compileGlob */.SO)(glob);
        if (names.some((name) => exact(name)))
            continue;
        const folded = (0,exemptions/* compileGlob */.SO)(glob.toLowerCase());
        const name = names.find((candidate) => folded(candidate.toLowerCase()));
        if (name !== undefined)
            found.push({ glob, name });
    }
    return found;
}
/**
 * What `validate` says about a policy beyond its schema, at `now`: a policy that enables no rule
 * (an error, as in `check`), exemptions that have expired, expire within EXPIRY_WARNING_DAYS, or
 * exempt every user from every rule, and, given the rows of a report, exemption globs that
 * match a user only when case is ignored. Pure.
 */
function reviewPolicy(policy, now, rows) {
    const errors = [];
    const warnings = [];
    if (!policy.rules.some((rule) => rule.enabled)) {
        errors.push(`${policy.file ?? policy.source}: the policy enables no rule, so it would pass any report. ` +
            'Enable at least one rule (or extend builtin:recommended).');
    }
    const users = rows === null ? null : rows.map((row) => row.user);
    const arns = rows === null ? null : rows.map((row) => row.arn);
    policy.exemptions.forEach((exemption, index) => {
        const name = where(exemption, index);
        if (exemption.expires !== null) {
            if ((0,exemptions/* isExpired */._d)(exemption, now)) {
                warnings.push(`${name} expired on ${exemption.expires} and is no longer applied; renew it with a new date and reason, or remove it.`);
            }
            else {
                const left = Math.floor(((0,exemptions/* exemptionEndsAt */.Pm)(exemption.expires) - now) / DAY_MS);
                if (left < EXPIRY_WARNING_DAYS) {
                    const when = left === 0 ? 'today' : left === 1 ? 'in 1 day' : `in ${left} days`;
                    warnings.push(`${name} expires on ${exemption.expires} (${when}); fix the findings it hides, or renew it.`);
                }
            }
        }
        const everyRule = exemption.rules.includes('*');
        if (everyRule && (exemption.users.includes('*') || exemption.arns.includes('*'))) {
            warnings.push(`${name} exempts every user from every rule (users or arns '*' with rules '*'), so the gate checks nothing ` +
                'it covers; name the users and rules instead.');
        }
        for (const { glob, name: user } of users === null ? [] : caseOnlyMatches(exemption.users, users)) {
            warnings.push(`${name}: users glob '${glob}' matches no user, but would match '${user}' if case were ignored; globs are case-sensitive.`);
        }
        for (const { glob, name: arn } of arns === null ? [] : caseOnlyMatches(exemption.arns, arns)) {
            warnings.push(`${name}: arns glob '${glob}' matches no ARN, but would match '${arn}' if case were ignored; globs are case-sensitive.`);
        }
    });
    return { errors, warnings };
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(1013);
;// CONCATENATED MODULE: ./src/run/run-gate.ts



















const EMPTY_EVALUATION = {
    findings: [],
    rules: [],
    counts: { error: 0, warning: 0, notice: 0, exempted: 0 },
    exemptions: [],
};
/** A user's mistake becomes an error message of the run; our own bugs keep their stack. */
function messageOf(error) {
    if ((0,user_error/* isUserError */.iU)(error))
        return error.message;
    throw error;
}
function awsRequest(settings, policy, deps) {
    return {
        region: settings.awsRegion,
        roleToAssume: settings.roleToAssume,
        audience: settings.audience,
        roleSessionName: settings.roleSessionName,
        roleDurationSeconds: settings.roleDurationSeconds,
        roleArn: settings.roleArn,
        profile: settings.profile,
        maxWaitSeconds: settings.maxWaitSeconds,
        maxReportAgeHours: policy.settings.max_report_age_hours,
        getIdToken: deps.getIdToken,
        ...(deps.oidcAvailable === undefined ? {} : { oidcAvailable: deps.oidcAvailable }),
        mask: deps.mask,
        log: deps.log,
        userAgent: version/* USER_AGENT */._O,
        // Absent in the action: the AWS messages keep its own wording (`max-wait-seconds`, `role-to-assume`).
        ...(deps.label === undefined ? {} : { label: deps.label }),
        ...lookUpsRequest(settings, policy, deps.log),
    };
}
/** The look-ups beyond the report (`enrich`) ride on the report request: the adapters make them with the report's client. */
function lookUpsRequest(settings, policy, log) {
    const plan = (0,look_up_plan/* planLookUps */.K)(settings, policy);
    if (plan === null)
        return {};
    if (plan.skipped.length > 0)
        log.info(`enrich: ${plan.skipped.join(', ')} skipped: no enabled rule of the policy reads it.`);
    return { lookUps: plan };
}
async function fetchFromAws(settings, policy, deps) {
    // Imported here, not at the top: the offline path (report-file) must never load the AWS SDK.
    const fetchReport = deps.fetchReport ?? (await Promise.all(/* import() */[__nccwpck_require__.e(508), __nccwpck_require__.e(376)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7376))).fetchReportFromAws;
    const fetched = await fetchReport(awsRequest(settings, policy, deps));
    const report = (0,parse_report/* parseCredentialReport */.t)(fetched.content, `credential report of ${fetched.accountId ?? 'the account'}`);
    const account = fetched.accountId ?? report.accountId;
    return {
        content: fetched.content,
        facts: { account, generatedAt: fetched.generatedAt, source: 'aws', users: report.rows.length },
        input: { account, rows: report.rows, ...(fetched.lookups === undefined ? {} : { lookups: fetched.lookups }) },
    };
}
/** Several accounts: each is evaluated as its report arrives, so the evaluation comes back whole. */
async function fetchAccounts(settings, policy, review, deps) {
    const run = await runAccounts({
        settings,
        policy,
        ...(review === null ? {} : { onEvaluated: (report, findings) => review.add(report, findings) }),
        request: awsRequest(settings, policy, deps),
        log: deps.log,
        ...(deps.progress === undefined ? {} : { progress: deps.progress }),
        // Imported on demand, like the single-account adapter: the offline path never loads the SDK.
        openAccounts: deps.openAccounts ?? (async (request) => (await Promise.all(/* import() */[__nccwpck_require__.e(508), __nccwpck_require__.e(503), __nccwpck_require__.e(376), __nccwpck_require__.e(518)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8518))).openAwsAccounts(request)),
    });
    const reports = run.reports.map((report) => ({
        content: report.content,
        facts: report.facts,
        input: { account: report.facts.account, rows: [] },
    }));
    // Nothing evaluated (every account failed, or an empty shard): no findings, as for one account.
    const evaluation = reports.length > 0 ? run.evaluation : EMPTY_EVALUATION;
    return { evaluation, reports, errors: run.errors };
}
async function readFromFile(file, settings, label) {
    const { content, report } = await readReportFile(file, {
        cwd: settings.cwd,
        workspace: settings.workspace,
        // The CLI names its flag (`--report-file`); the action, its input.
        ...(label === undefined ? {} : { input: label('report-file') }),
    });
    return {
        content,
        facts: { account: report.accountId, generatedAt: null, source: 'file', users: report.rows.length },
        input: { account: report.accountId, rows: report.rows },
    };
}
/**
 * One run of the gate: policy → report → evaluation → findings document. Every failure a user can
 * cause ends in verdict `error` with its message in `document.errors`; nothing that could not be
 * evaluated passes.
 */
async function runGate(settings, deps) {
    const errors = [];
    let policy = null;
    const reports = [];
    let evaluation = EMPTY_EVALUATION;
    // The same report(s) under compare-policy, for the policy change review; null without one.
    let comparePolicy = null;
    let reviewed = null;
    try {
        policy = await loadPolicy(settings.policy, { cwd: settings.cwd, workspace: settings.workspace });
        requireEnabledRule(policy);
    }
    catch (error) {
        errors.push(messageOf(error));
    }
    if (settings.comparePolicy !== null) {
        try {
            comparePolicy = await loadComparePolicy(settings.comparePolicy, { cwd: settings.cwd, workspace: settings.workspace });
        }
        catch (error) {
            errors.push(messageOf(error));
        }
    }
    if (policy && settings.mode === 'check' && errors.length === 0) {
        try {
            if (settings.accounts.length > 0) {
                // Several accounts come back evaluated: each report is dropped as soon as it is.
                const review = comparePolicy ? startFindingsReview(comparePolicy, settings.now) : null;
                const run = await fetchAccounts(settings, policy, review, deps);
                evaluation = run.evaluation;
                reviewed = review?.finish() ?? null;
                reports.push(...run.reports);
                errors.push(...run.errors);
            }
            else {
                const report = settings.reportFile !== null ? await readFromFile(settings.reportFile, settings, deps.label) : await fetchFromAws(settings, policy, deps);
                reports.push(report);
                evaluation = (0,evaluate/* evaluate */._)({ reports: [report.input], policy, now: settings.now });
                if (comparePolicy) {
                    const before = (0,evaluate/* evaluate */._)({ reports: [report.input], policy: comparePolicy, now: settings.now });
                    reviewed = compareFindings(before.findings, evaluation.findings);
                }
            }
        }
        catch (error) {
            errors.push(messageOf(error));
        }
        // The look-up stage's run-level notices: enabled rules that needed a look-up enrich did not ask for.
        evaluation = noteRulesNotEvaluated(evaluation, policy, settings.enrich);
    }
    const policyWarnings = [];
    if (policy && settings.mode === 'validate') {
        try {
            // A saved report, when given, lets the review see which users the exemptions' globs reach.
            const rows = settings.reportFile === null ? null : (await readFromFile(settings.reportFile, settings, deps.label)).input.rows;
            const review = reviewPolicy(policy, settings.now, rows);
            errors.push(...review.errors);
            policyWarnings.push(...review.warnings);
        }
        catch (error) {
            errors.push(messageOf(error));
        }
    }
    let policyChange = null;
    if (policy && comparePolicy && settings.comparePolicy !== null) {
        // In validate mode (or when no report could be evaluated) `reviewed` is null: the rules and
        // exemptions of both policies are still compared.
        policyChange = (0,review_policy_change/* reviewPolicyChange */.Zp)({
            comparePolicy: settings.comparePolicy,
            before: comparePolicy,
            after: policy,
            findings: reviewed,
            policyWeakening: settings.policyWeakening,
        });
        if (settings.mode === 'check')
            evaluation = (0,review_policy_change/* withPolicyReview */.P8)(evaluation, policyChange);
    }
    const compared = await baselineStage(settings, evaluation, reports.map((report) => report.facts), deps.log);
    evaluation = compared.evaluation;
    errors.push(...compared.errors);
    const counted = (0,evaluate_verdict/* decideVerdict */.A)((0,verdict_counts/* verdictCounts */.U)(evaluation.findings, evaluation.counts, compared.baseline), settings.failOn, errors);
    const verdict = settings.mode === 'check' ? (0,review_policy_change/* verdictWithReview */.cs)(counted, policyChange) : counted;
    const document = (0,findings_document/* buildFindingsDocument */.e)({
        evaluation,
        verdict,
        failOn: settings.failOn,
        policySource: settings.policy,
        reports: reports.map((report) => report.facts),
        errors,
        baseline: compared.baseline,
        evaluatedAt: settings.now,
        version: version/* TOOL_VERSION */.wr,
        policyChange,
    });
    return { document, policy, exemptions: evaluation.exemptions, reports, policyWarnings };
}

// EXTERNAL MODULE: ./src/run/write-files.ts + 3 modules
var write_files = __nccwpck_require__(8414);
// EXTERNAL MODULE: ./src/settings/settings.ts
var settings_settings = __nccwpck_require__(7100);
;// CONCATENATED MODULE: ./src/action/input-names.ts
/** Every input of action.yml, read once by the entry point (a test checks this list against action.yml). */
const ACTION_INPUTS = [
    'policy',
    'report-file',
    'role-to-assume',
    'aws-region',
    'audience',
    'role-session-name',
    'role-duration-seconds',
    'max-wait-seconds',
    'fail-on',
    'now',
    'json-file',
    'sarif-file',
    'save-report',
    'summary',
    'redact',
    'comment',
    'github-token',
    'accounts',
    'member-role-name',
    'concurrency',
    'shard',
    'mode',
    'baseline',
    'new-only',
    'compare-policy',
    'policy-weakening',
    'enrich',
    'owner-tag',
    'findings-files',
];
const ACTION_OUTPUTS = (/* unused pure expression or super */ null && ([
    'result',
    'errors',
    'warnings',
    'notices',
    'exempted',
    'users',
    'aws-account-id',
    'report-generated-at',
    'json-file',
    'sarif-file',
    'new',
    'fixed',
    'policy-weakened',
    'findings-hidden',
    'findings-added',
]));

// EXTERNAL MODULE: ./src/run/refused-run.ts
var refused_run = __nccwpck_require__(4645);
// EXTERNAL MODULE: ./src/settings/error-outputs.ts
var error_outputs = __nccwpck_require__(7126);
;// CONCATENATED MODULE: ./src/action/refused-inputs.ts








/**
 * Inputs were refused: the step still writes what it can (the job summary with the error, and the
 * findings document with verdict `error` when `json-file` itself is usable), so a reader of either
 * sees why, then fails the step.
 */
async function reportRefusedInputs(raw, refusal, context) {
    const outputs = (0,error_outputs/* parseErrorOutputs */.m)(raw, context.clockNow, context.cwd);
    const run = (0,refused_run/* refusedRun */.Q)(refusal.message, outputs);
    const redact = createRedactor(outputs.redact);
    let written = '';
    if (outputs.jsonFile !== null) {
        try {
            await (0,write_files/* writeFindingsDocument */.tz)(context.cwd, outputs.jsonFile, run.document, 'json-file');
            written = outputs.jsonFile;
        }
        catch (error) {
            if (!(0,user_error/* isUserError */.iU)(error))
                throw error;
            run.document.errors.push(error.message);
        }
    }
    if (outputs.summary) {
        const markdown = (0,render_summary/* renderSummary */.Br)(run, { now: outputs.now, jsonFile: written || null, redact, runUrl: context.runUrl });
        await writeSummary(markdown, context.log);
    }
    setOutput('result', 'error');
    setOutput('json-file', written);
    setFailed(redact.text(run.document.errors.join(' | ')));
}

;// CONCATENATED MODULE: ./src/action/run-action.ts















function readInputs() {
    return Object.fromEntries(ACTION_INPUTS.map((name) => [name, getInput(name)]));
}
function actionLogger(redact) {
    return {
        info: (message) => info(redact.text(message)),
        warning: (message) => annotate('warning', redact.text(message)),
        debug: (message) => debug(redact.text(message)),
    };
}
function runUrl() {
    const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env;
    return repository && runId ? `${server}/${repository}/actions/runs/${runId}` : null;
}
function setOutputs(run, settings) {
    const { document } = run;
    setOutput('result', document.verdict);
    setOutput('errors', document.counts.error);
    setOutput('warnings', document.counts.warning);
    setOutput('notices', document.counts.notice);
    setOutput('exempted', document.counts.exempted);
    setOutput('users', document.reports.reduce((sum, report) => sum + report.users, 0));
    const accounts = [...new Set(document.reports.map((report) => report.account).filter((id) => id !== null))];
    setOutput('aws-account-id', accounts.join(','));
    const generated = document.reports.map((report) => report.generatedAt).filter((at) => at !== null);
    // With several accounts, the oldest report is the one a reader must know about.
    setOutput('report-generated-at', generated.sort()[0] ?? '');
    setOutput('json-file', settings.jsonFile ?? '');
    setOutput('sarif-file', settings.sarifFile ?? '');
    // Without compare-policy there is no change to review: not weakened, nothing hidden or added.
    const review = document.policyChange;
    setOutput('policy-weakened', review?.weakened === true ? 'true' : 'false');
    setOutput('findings-hidden', review?.hidden.length ?? 0);
    setOutput('findings-added', review?.added.length ?? 0);
    // Empty without a baseline (or when it could not be used): "0 new" would claim a comparison.
    setOutput('new', document.baseline === null ? '' : document.baseline.new);
    setOutput('fixed', document.baseline === null ? '' : document.baseline.fixed.length);
}
/** Outputs that are not the verdict: a failure here is a warning, never a changed result. */
async function postComment(run, settings, redact, log) {
    if (settings.comment === 'off')
        return;
    // Loaded only when a comment may be written: Octokit is a large share of start-up time.
    const [github, { commentMarker, commentPlan, renderPrComment, upsertPrComment }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413)),
        Promise.all(/* import() */[__nccwpck_require__.e(413), __nccwpck_require__.e(64)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8064)),
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
function announce(run, settings, log) {
    const { document } = run;
    for (const report of document.reports) {
        const generated = report.generatedAt ? `generated ${report.generatedAt}` : 'generation time unknown';
        log.info(`Report of account ${report.account ?? 'unknown'} (${report.source}, ${generated}): ${report.users} rows.`);
    }
    if (settings.mode === 'validate') {
        // Nothing was evaluated: say whether the policy is valid, and what looks wrong in it.
        log.info(validationHeadline(run, quoteInput(settings.policy)));
        for (const warning of run.policyWarnings)
            log.warning(warning);
        return;
    }
    log.info(`Policy ${quoteInput(document.policy.source)}; evaluated at ${document.evaluatedAt}; fail-on ${settings.failOn}.`);
    const { counts, policyChange: review } = document;
    if (review) {
        log.info(`Policy change against ${quoteInput(review.comparePolicy)}: ${review.weakened ? 'weakens the policy' : 'does not weaken the policy'}; ` +
            `hides ${review.hidden.length}, adds ${review.added.length} findings.`);
    }
    log.info(`Verdict ${document.verdict}: ${(0,time_text/* countOf */.pq)(counts.error, 'error')}, ${(0,time_text/* countOf */.pq)(counts.warning, 'warning')}, ` +
        `${(0,time_text/* countOf */.pq)(counts.notice, 'notice')}, ${counts.exempted} exempted.`);
}
function verdictMessage(run, settings, problems = []) {
    const { document } = run;
    if (document.verdict === 'error' || problems.length > 0) {
        return `The gate could not evaluate: ${[...document.errors, ...problems].join(' | ')}`;
    }
    if (document.verdict === 'fail') {
        const { error, warning } = (0,verdict_counts/* verdictCounts */.U)(document.findings, document.counts, document.baseline);
        const kind = document.baseline?.newOnly ? 'new ' : '';
        const counted = settings.failOn === 'warning' ? `${(0,time_text/* countOf */.pq)(error, `${kind}error`)} and ${(0,time_text/* countOf */.pq)(warning, `${kind}warning`)}` : (0,time_text/* countOf */.pq)(error, `${kind}error`);
        return `IAM credential report check failed: ${counted} (fail-on: ${settings.failOn}). See the job summary.`;
    }
    return null;
}
/** The action: inputs → settings → run → files, summary, annotations, comment, outputs → verdict. */
async function runAction() {
    let settings;
    const raw = readInputs();
    const cwd = process.cwd();
    try {
        settings = (0,settings_settings/* parseSettings */.P$)(raw, Date.now(), cwd, process.env.GITHUB_WORKSPACE || cwd);
    }
    catch (error) {
        if (!(0,user_error/* isUserError */.iU)(error))
            throw error;
        await reportRefusedInputs(raw, error, { cwd, clockNow: Date.now(), log: actionLogger(createRedactor(true)), runUrl: runUrl() });
        return;
    }
    const redact = createRedactor(settings.redact);
    const log = actionLogger(redact);
    const run = settings.mode === 'merge'
        ? // Loaded only for a merge: it brings the document schema (zod) and the glob library.
            await (await Promise.all(/* import() */[__nccwpck_require__.e(377), __nccwpck_require__.e(382), __nccwpck_require__.e(949)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5949))).runMerge(settings, log)
        : await runGate(settings, {
            log,
            getIdToken: getIdToken,
            oidcAvailable: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
            mask: setSecret,
        });
    redact.learn(run);
    const problems = [];
    try {
        await (0,write_files/* writeRunFiles */.ak)(run, settings, (name) => name, log);
    }
    catch (error) {
        if (!(0,user_error/* isUserError */.iU)(error))
            throw error;
        problems.push(error.message);
    }
    announce(run, settings, log);
    if (settings.summary) {
        const markdown = settings.mode === 'validate'
            ? renderValidationSummary(run, settings.policy)
            : (0,render_summary/* renderSummaryParts */.rI)(run, { now: settings.now, jsonFile: settings.jsonFile, redact, runUrl: runUrl() });
        await writeSummary(markdown, log);
    }
    // The verdict's error annotation comes before the findings': GitHub shows only a step's first 10 errors.
    const failure = verdictMessage(run, settings, problems);
    if (failure)
        annotate('error', redact.text(failure));
    for (const annotation of buildAnnotations(run, { redact, jsonFile: settings.jsonFile })) {
        const { level, message, ...properties } = annotation;
        annotate(level, message, properties);
    }
    try {
        await postComment(run, settings, redact, log);
    }
    catch (error) {
        log.warning(`Could not write the pull request comment: ${error instanceof Error ? error.message : String(error)}`);
    }
    // A file the user asked for that could not be written means the run did not do its job.
    if (problems.length > 0) {
        run.document.verdict = 'error';
        run.document.errors.push(...problems);
    }
    setOutputs(run, settings);
    // Its annotation was written first, above.
    if (failure)
        markFailed();
}

;// CONCATENATED MODULE: ./src/run/exit-once-flushed.ts
/** How long the end of a run waits at most for stdout and stderr to drain. */
const EXIT_GRACE_MS = 2_000;
/**
 * Ends the process as soon as stdout and stderr have handed over everything written to them, and
 * after `graceMs` at the latest.
 *
 * Both entry points call it once their run is over. Waiting for node to exit on its own would wait
 * for whatever a library left behind (a socket kept alive, a timer: the step would hang until the
 * job's timeout), and even a run that leaves nothing behind then pays for tearing down its heap,
 * ~10 ms of a findings-heavy run's 0.25 s (BENCHMARKS.md, row e). `process.exit` skips that and keeps
 * `process.exitCode`. Writes to a file, and on Linux to a pipe or terminal, are synchronous, so
 * nothing is pending; where they are not (pipes on Windows), the exit waits for `drain`.
 */
function exitOnceFlushed(graceMs = EXIT_GRACE_MS, streams = [process.stdout, process.stderr], exitProcess = () => process.exit()) {
    let exited = false;
    const exit = () => {
        if (exited)
            return;
        exited = true;
        exitProcess();
    };
    const pending = streams.filter((stream) => stream.writableLength > 0);
    if (pending.length === 0) {
        exit();
        return;
    }
    let waiting = pending.length;
    for (const stream of pending) {
        stream.once('drain', () => {
            waiting -= 1;
            if (waiting === 0)
                exit();
        });
    }
    // Unref'd: a stream that can never drain (its reader went away) does not hold the step open;
    // one still writing keeps the loop alive until it drains or the grace is over.
    setTimeout(exit, graceMs).unref();
}

;// CONCATENATED MODULE: ./src/action/main.ts



// The one catch: anything that reaches it is our own bug, so it keeps its stack for the bug report.
// Once the run has written its outputs, nothing may keep the job running: a socket or timer left
// behind by a library (a request nobody can abort) would hold the step open until the job's
// timeout. The process exits as soon as stdout has drained to the runner (exit-once-flushed.ts).
runAction()
    .catch((error) => {
    setOutput('result', 'error');
    setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
})
    .finally(() => {
    exitOnceFlushed();
});

