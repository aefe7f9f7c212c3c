export const id = 980;
export const ids = [980];
export const modules = {

/***/ 8980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ RUN_LEVEL_RULE_IDS),
/* harmony export */   Uw: () => (/* binding */ TOP_LEVEL_KEYS),
/* harmony export */   YL: () => (/* binding */ EXEMPTIBLE_RULE_IDS),
/* harmony export */   buildPolicyJsonSchema: () => (/* binding */ buildPolicyJsonSchema),
/* harmony export */   dP: () => (/* binding */ settingsSchema),
/* harmony export */   wh: () => (/* binding */ policySchema),
/* harmony export */   wx: () => (/* binding */ NEEDS_USERS_OR_ARNS)
/* harmony export */ });
/* unused harmony export POLICY_SCHEMA_ID */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4377);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8439);
/* harmony import */ var _rules_registry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6205);
/* harmony import */ var _rules_rule_params__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8916);



/**
 * The policy language, version 1, defined once: the validator parses with it and
 * `policies/schema.json` is generated from it, so editors and the gate cannot disagree.
 * Values keep their YAML shape here (no transforms), because JSON Schema cannot express
 * transforms; turning entries into a `Policy` happens after validation.
 */
/** Where the README tells editors to fetch the schema from. */
const POLICY_SCHEMA_ID = 'https://raw.githubusercontent.com/iam-credential-gate/iam-credential-gate/v1/policies/schema.json';
const TOP_LEVEL_KEYS = ['version', 'extends', 'settings', 'rules', 'exemptions'];
/** Rules an exemption may name: every configurable rule (run-level findings cannot be exempted). */
const EXEMPTIBLE_RULE_IDS = _rules_registry__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0.map((rule) => rule.id);
const RUN_LEVEL_RULE_IDS = _rules_registry__WEBPACK_IMPORTED_MODULE_0__/* .RUN_LEVEL_RULES */ .zQ.map((rule) => rule.id);
/** The message of the one refinement; the validator words it for the author. */
const NEEDS_USERS_OR_ARNS = 'needs-users-or-arns';
const ACCOUNT_ID_PATTERN = /^\d{12}$/;
/** The range of a 12-digit account id that YAML read as an unquoted number. */
const LOWEST_ACCOUNT_NUMBER = 100_000_000_000;
const HIGHEST_ACCOUNT_NUMBER = 999_999_999_999;
const severitySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['error', 'warning', 'notice'])
    .describe('Severity of this rule\'s findings; `fail-on` decides which severities fail the step.');
function ruleSettingsSchema(rule) {
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        severity: severitySchema.optional().meta({ default: rule.defaultSeverity }),
        enabled: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
            .optional()
            .describe('`false` turns the rule off while keeping its parameters (a rule object otherwise enables it).'),
        ...(0,_rules_rule_params__WEBPACK_IMPORTED_MODULE_1__/* .paramsSchemaOf */ .$$)(rule).shape,
    })
        .strict();
}
function ruleEntrySchema(rule) {
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['on', 'off']), zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(), ruleSettingsSchema(rule)])
        .meta({ title: rule.title, description: `${rule.description} (default severity: ${rule.defaultSeverity})` });
}
const settingsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    max_report_age_hours: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .positive()
        .default(4)
        .describe('A credential report older than this many hours is regenerated before evaluation.'),
})
    .strict()
    .describe('Settings of the gate itself.');
const globList = (what) => zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1))
    .min(1)
    .optional()
    .describe(`Globs on the ${what}: \`*\` matches any run of characters (including \`/\`), \`?\` one character.`);
const accountIdSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(ACCOUNT_ID_PATTERN),
    // YAML reads an unquoted 123456789012 as a number; accept it, but only with all 12 digits.
    zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(LOWEST_ACCOUNT_NUMBER).max(HIGHEST_ACCOUNT_NUMBER),
]);
const exemptionSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    users: globList('IAM user name (root is `<root_account>`)'),
    arns: globList('user ARN'),
    accounts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(accountIdSchema)
        .min(1)
        .optional()
        .describe('12-digit account ids the exemption is limited to (quote them). Omitted: every account.'),
    rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['*', ...EXEMPTIBLE_RULE_IDS]))
        .min(1)
        .describe('Rule ids the exemption covers, or `["*"]` for every rule.'),
    reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/\S/).describe('Why the exemption exists (a ticket, a decision): shown with every finding it exempts.'),
    expires: zod__WEBPACK_IMPORTED_MODULE_3__/* .date */ .p6()
        .optional()
        .describe('`YYYY-MM-DD`: the exemption applies through the end of that day (UTC), then expires.'),
    owner: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('Who answers for the exemption.'),
})
    .strict()
    .refine((exemption) => exemption.users !== undefined || exemption.arns !== undefined, {
    message: NEEDS_USERS_OR_ARNS,
    // Report it alongside any other problem of the same exemption, not instead of them.
    when: () => true,
})
    .meta({
    description: 'Findings this exemption matches stay visible but never fail the gate.',
    anyOf: [{ required: ['users'] }, { required: ['arns'] }],
});
const rulesSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc(Object.fromEntries(_rules_registry__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0.map((rule) => [rule.id, ruleEntrySchema(rule).optional()])))
    .strict()
    .describe('Rule id → `on`, `off`, `true`, `false`, or an object of `severity`, `enabled` and the rule\'s parameters. ' +
    'Without `extends`, only the rules listed here are enabled.');
const policySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1).describe('Version of the policy language. Always 1.'),
    extends: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .describe('`builtin:NAME` or a path relative to this file. This policy\'s entries override the parent\'s.'),
    settings: settingsSchema.optional(),
    rules: rulesSchema.optional(),
    exemptions: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(exemptionSchema).optional().describe('Exemptions, applied in order (the first match wins).'),
})
    .partial({ extends: true })
    .strict()
    .meta({
    title: 'iam-credential-gate policy',
    description: 'Which IAM credential report findings fail the gate. See docs/rules.md for every rule.',
});
/** The JSON Schema of the policy language, as shipped in `policies/schema.json`. */
function buildPolicyJsonSchema() {
    const { $schema, ...schema } = zod__WEBPACK_IMPORTED_MODULE_4__/* .toJSONSchema */ .bl(policySchema, { io: 'input', target: 'draft-2020-12' });
    return { $schema, $id: POLICY_SCHEMA_ID, ...schema };
}


/***/ }),

/***/ 8916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ paramsSchemaOf),
/* harmony export */   eN: () => (/* binding */ ruleParamsSchema)
/* harmony export */ });
/* unused harmony exports NEVER_USED_MODES, ROOT_MFA_APPLIES_WHEN, RULE_PARAMS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);

/**
 * The params of every rule as zod schemas: the policy loader validates and completes them, and the
 * JSON Schema and `docs/rules.md` are built from them. This is the only module of the rules that
 * loads zod: rules take their params types from here with `import type`, and carry their defaults
 * as plain data, so evaluating a builtin policy never loads zod (a test keeps both in step).
 */
const NEVER_USED_MODES = ['from-creation', 'ignore', 'violation'];
const neverUsed = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(NEVER_USED_MODES)
    .default('from-creation')
    .describe('A credential that was never used: `from-creation` ages it from its creation, `ignore` never flags it, ' +
    '`violation` flags it at once.');
const graceDays = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
    .int()
    .min(0)
    .default(0)
    .describe('Users younger than this many days are not flagged yet (time to enrol a device).');
const none = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({});
const ROOT_MFA_APPLIES_WHEN = ['any-credential', 'password'];
const RULE_PARAMS = {
    'root-access-keys': none,
    'root-mfa': zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        applies_when: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(ROOT_MFA_APPLIES_WHEN)
            .default('any-credential')
            .describe('When root must have MFA: `any-credential` (a password, or an old report that cannot tell, or an active ' +
            'access key) or `password` (CIS v5 and later: root without a console password passes).'),
    }),
    'root-recent-use': zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        days: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
            .int()
            .min(1)
            .default(1)
            .describe('A root use less than this many days (× 24 hours) before the evaluation time is a finding.'),
    }),
    'root-signing-certificates': none,
    'mfa-for-console': zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ grace_days: graceDays }),
    'mfa-for-all-users': zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ grace_days: graceDays }),
    'access-key-max-age': zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        max_days: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).default(90).describe('Maximum age of an active access key, in days.'),
        warn_days: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
            .int()
            .min(0)
            .default(0)
            .describe('Warn (status `upcoming`) this many days before a key reaches `max_days`; 0 = no early warning.'),
    }),
    'access-key-unused': zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        max_days: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).default(45).describe('Maximum days since an active key was last used.'),
        never_used: neverUsed,
    }),
    'password-unused': zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        max_days: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).default(45).describe('Maximum days since a console password was last used.'),
        never_used: neverUsed,
    }),
    'single-active-access-key': zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        grace_days: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
            .int()
            .min(0)
            .default(0)
            .describe('While the newer key is younger than this many days, both may be active (rotation in progress).'),
    }),
    'no-initial-access-key': zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        window_minutes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
            .int()
            .min(0)
            .default(5)
            .describe('A key created within this many minutes of its user counts as created at setup.'),
    }),
    'password-max-age': zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        max_days: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).default(90).describe('Maximum age of a console password, in days.'),
    }),
    'signing-certificate-max-age': zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        max_days: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).default(365).describe('Maximum age of an active signing certificate, in days.'),
    }),
    'console-access-forbidden': none,
    'access-keys-forbidden': none,
    'console-user-access-keys': none,
    'user-inactive': zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        max_days: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).default(90).describe('Maximum days since the user last used any credential.'),
    }),
    'access-key-region': zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        allowed_regions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
            .default([])
            .describe('Regions where keys may be used, for example `[eu-west-1, eu-central-1]`.'),
    }),
    'additional-credentials': none,
    'service-credential-max-age': zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        max_days: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
            .int()
            .min(1)
            .default(90)
            .describe('Maximum age of an active service-specific credential (from its creation), in days.'),
    }),
    'service-credential-no-expiry': zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        max_days: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
            .int()
            .min(1)
            .default(30)
            .describe('Longest lifetime (expiration − creation) an active service-specific credential may have, in days.'),
    }),
    'ssh-key-max-age': zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        max_days: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).default(90).describe('Maximum age of an active SSH public key (from its upload), in days.'),
    }),
    'root-hardware-mfa': none,
};
/** The params schema of a rule id, or undefined for an id that is not a rule. */
function ruleParamsSchema(id) {
    return Object.hasOwn(RULE_PARAMS, id) ? RULE_PARAMS[id] : undefined;
}
/** The params schema of a registered rule. */
function paramsSchemaOf(rule) {
    const schema = ruleParamsSchema(rule.id);
    if (schema === undefined)
        throw new Error(`Rule '${rule.id}' has no params schema in rule-params.ts.`);
    return schema;
}


/***/ })

};
