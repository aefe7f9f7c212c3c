export const id = 914;
export const ids = [914];
export const modules = {

/***/ 2914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPolicyFile: () => (/* binding */ loadPolicyFile)
});

// UNUSED EXPORTS: mergePolicyFiles

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/files/quote-text.ts
var quote_text = __webpack_require__(1087);
// EXTERNAL MODULE: ./src/files/untrusted-file.ts
var untrusted_file = __webpack_require__(4652);
// EXTERNAL MODULE: ./src/rules/registry.ts + 10 modules
var registry = __webpack_require__(1018);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/rules/rule-params.ts

/**
 * The params of every rule as zod schemas: the policy loader validates and completes them, and the
 * JSON Schema and `docs/rules.md` are built from them. This is the only module of the rules that
 * loads zod: rules take their params types from here with `import type`, and carry their defaults
 * as plain data, so evaluating a builtin policy never loads zod (a test keeps both in step).
 */
const NEVER_USED_MODES = ['from-creation', 'ignore', 'violation'];
const neverUsed = schemas/* enum */.k5n(NEVER_USED_MODES)
    .default('from-creation')
    .describe('A credential that was never used: `from-creation` ages it from its creation, `ignore` never flags it, ' +
    '`violation` flags it at once.');
const graceDays = schemas/* number */.aig()
    .int()
    .min(0)
    .default(0)
    .describe('Users younger than this many days are not flagged yet (time to enrol a device).');
const none = schemas/* object */.Ikc({});
const ROOT_MFA_APPLIES_WHEN = ['any-credential', 'password'];
const RULE_PARAMS = {
    'root-access-keys': none,
    'root-mfa': schemas/* object */.Ikc({
        applies_when: schemas/* enum */.k5n(ROOT_MFA_APPLIES_WHEN)
            .default('any-credential')
            .describe('When root must have MFA: `any-credential` (a password, or an old report that cannot tell, or an active ' +
            'access key) or `password` (CIS v5 and later: root without a console password passes).'),
    }),
    'root-recent-use': schemas/* object */.Ikc({
        days: schemas/* number */.aig()
            .int()
            .min(1)
            .default(1)
            .describe('A root use less than this many days (× 24 hours) before the evaluation time is a finding.'),
    }),
    'root-signing-certificates': none,
    'mfa-for-console': schemas/* object */.Ikc({ grace_days: graceDays }),
    'mfa-for-all-users': schemas/* object */.Ikc({ grace_days: graceDays }),
    'access-key-max-age': schemas/* object */.Ikc({
        max_days: schemas/* number */.aig().int().min(1).default(90).describe('Maximum age of an active access key, in days.'),
        warn_days: schemas/* number */.aig()
            .int()
            .min(0)
            .default(0)
            .describe('Warn (status `upcoming`) this many days before a key reaches `max_days`; 0 = no early warning.'),
    }),
    'access-key-unused': schemas/* object */.Ikc({
        max_days: schemas/* number */.aig().int().min(1).default(45).describe('Maximum days since an active key was last used.'),
        never_used: neverUsed,
    }),
    'password-unused': schemas/* object */.Ikc({
        max_days: schemas/* number */.aig().int().min(1).default(45).describe('Maximum days since a console password was last used.'),
        never_used: neverUsed,
    }),
    'single-active-access-key': schemas/* object */.Ikc({
        grace_days: schemas/* number */.aig()
            .int()
            .min(0)
            .default(0)
            .describe('While the newer key is younger than this many days, both may be active (rotation in progress).'),
    }),
    'no-initial-access-key': schemas/* object */.Ikc({
        window_minutes: schemas/* number */.aig()
            .int()
            .min(0)
            .default(5)
            .describe('A key created within this many minutes of its user counts as created at setup.'),
    }),
    'password-max-age': schemas/* object */.Ikc({
        max_days: schemas/* number */.aig().int().min(1).default(90).describe('Maximum age of a console password, in days.'),
    }),
    'signing-certificate-max-age': schemas/* object */.Ikc({
        max_days: schemas/* number */.aig().int().min(1).default(365).describe('Maximum age of an active signing certificate, in days.'),
    }),
    'console-access-forbidden': none,
    'access-keys-forbidden': none,
    'console-user-access-keys': none,
    'user-inactive': schemas/* object */.Ikc({
        max_days: schemas/* number */.aig().int().min(1).default(90).describe('Maximum days since the user last used any credential.'),
    }),
    'access-key-region': schemas/* object */.Ikc({
        allowed_regions: schemas/* array */.YOg(schemas/* string */.YjP())
            .default([])
            .describe('Regions where keys may be used, for example `[eu-west-1, eu-central-1]`.'),
    }),
    'additional-credentials': none,
    'service-credential-max-age': schemas/* object */.Ikc({
        max_days: schemas/* number */.aig()
            .int()
            .min(1)
            .default(90)
            .describe('Maximum age of an active service-specific credential (from its creation), in days.'),
    }),
    'service-credential-no-expiry': schemas/* object */.Ikc({
        max_days: schemas/* number */.aig()
            .int()
            .min(1)
            .default(30)
            .describe('Longest lifetime (expiration − creation) an active service-specific credential may have, in days.'),
    }),
    'ssh-key-max-age': schemas/* object */.Ikc({
        max_days: schemas/* number */.aig().int().min(1).default(90).describe('Maximum age of an active SSH public key (from its upload), in days.'),
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

// EXTERNAL MODULE: ./src/user-error.ts
var user_error = __webpack_require__(7495);
;// CONCATENATED MODULE: ./src/policy/builtin-policies.ts
// Generated by scripts/generate.ts from policies/*.yml: do not edit. Run `npm run generate`.
/** Builtin policy names, usable as `builtin:NAME`. */
const BUILTIN_POLICY_NAMES = (/* unused pure expression or super */ null && (["aws-foundational-security", "cis-aws-foundations-v3", "cis-aws-foundations-v5", "cis-aws-foundations-v7", "recommended", "strict"]));
/** The YAML text of each builtin policy, by name. */
const BUILTIN_POLICIES = {
    "aws-foundational-security": "# yaml-language-server: $schema=./schema.json\n#\n# builtin:aws-foundational-security — the IAM controls of the AWS Foundational Security Best\n# Practices (FSBP) standard of AWS Security Hub CSPM that the IAM credential report and the\n# look-ups beyond it (`enrich`) can show, with the parameters Security Hub uses. Findings cite the\n# control ids.\n#\n# Every control below fails the gate (severity error). FSBP IAM controls about policies (IAM.1,\n# IAM.2, IAM.21) and the password policy (IAM.7) need other tools. IAM.6 (hardware MFA for root)\n# needs `enrich: mfa-devices` (iam:ListVirtualMFADevices) to tell a virtual device from a hardware\n# one; without it the run says so with a `rule-not-evaluated` notice.\nversion: 1\nrules:\n  # IAM.3: IAM users' access keys should be rotated every 90 days or less (maxAccessKeyAge 90).\n  access-key-max-age: { severity: error, max_days: 90 }\n\n  # IAM.4: the IAM root user access key should not exist.\n  root-access-keys: { severity: error }\n\n  # IAM.5: MFA should be enabled for all IAM users that have a console password.\n  mfa-for-console: { severity: error }\n\n  # IAM.6: hardware MFA should be enabled for the root user. It fails a root without any MFA as\n  # well, so root-mfa stands for that half; root-hardware-mfa for \"a virtual device is not enough\".\n  root-mfa: { severity: error }\n  root-hardware-mfa: { severity: error }\n\n  # IAM.8: unused IAM user credentials should be removed (maxCredentialUsageAge 90: a password or\n  # active key not used for more than 90 days; never used, from its creation).\n  access-key-unused: { severity: error, max_days: 90, never_used: from-creation }\n  password-unused: { severity: error, max_days: 90, never_used: from-creation }\n",
    "cis-aws-foundations-v3": "# yaml-language-server: $schema=./schema.json\n#\n# builtin:cis-aws-foundations-v3 — the CIS Amazon Web Services Foundations Benchmark v3.0,\n# section 1 (Identity and Access Management), as far as the IAM credential report can show it.\n#\n# For accounts audited against CIS: each benchmark item below fails the gate (severity error),\n# so a green run means these items pass. Items the credential report cannot show (1.1–1.3,\n# 1.6 hardware MFA for root, 1.8–1.9 password policy, 1.15 onwards) need other tools.\n# Nothing else is enabled except two checks, marked below, that keep the evidence complete.\nversion: 1\nrules:\n  # CIS 1.4: no access keys for the root user.\n  root-access-keys: { severity: error }\n\n  # CIS 1.5: MFA enabled for the root user.\n  root-mfa: { severity: error }\n\n  # CIS 1.7: eliminate use of the root user for administrative and daily tasks. A few tasks\n  # need root, so recent use is a warning to review rather than a failure.\n  root-recent-use: { severity: warning, days: 1 }\n\n  # CIS 1.10: MFA enabled for every IAM user that has a console password.\n  mfa-for-console: { severity: error }\n\n  # CIS 1.11: no access keys created during initial setup of a user with a console password.\n  no-initial-access-key: { severity: error }\n\n  # CIS 1.12: credentials unused for 45 days or greater are disabled. \"45 days or greater\"\n  # means an age of 45 is already a failure, so the limit is 44 (age > 44).\n  access-key-unused: { severity: error, max_days: 44, never_used: from-creation }\n  password-unused: { severity: error, max_days: 44, never_used: from-creation }\n\n  # CIS 1.13: only one active access key per IAM user.\n  single-active-access-key: { severity: error }\n\n  # CIS 1.14: access keys rotated every 90 days or less.\n  access-key-max-age: { severity: error, max_days: 90 }\n\n  # Not a CIS item: signing certificates are long-lived root credentials, like the keys of 1.4.\n  root-signing-certificates: { severity: warning }\n\n  # Not a CIS item: credentials the report cannot show (SSH keys, service-specific credentials),\n  # so an auditor knows the evidence above is incomplete for that user.\n  additional-credentials: { severity: warning }\n",
    "cis-aws-foundations-v5": "# yaml-language-server: $schema=./schema.json\n#\n# builtin:cis-aws-foundations-v5 — the CIS Amazon Web Services Foundations Benchmark v5.0.0\n# (the version AWS Security Hub CSPM runs), section 1 (Identity and Access Management), as far as\n# the IAM credential report and the look-ups beyond it (`enrich`) can show it. Findings cite the\n# v5.0 item numbers.\n#\n# For accounts audited against CIS v5: each benchmark item below fails the gate (severity error),\n# so a green run means these items pass. Items neither the report nor the look-ups can show\n# (1.1–1.2 contacts, 1.7–1.8 password policy, 1.14 onwards) need other tools.\n# 1.5 (hardware MFA for root) needs `enrich: mfa-devices` (iam:ListVirtualMFADevices); without it\n# the run says so with a `rule-not-evaluated` notice.\nversion: 1\nrules:\n  # CIS 1.3: no access keys for the root user.\n  root-access-keys: { severity: error }\n\n  # CIS 1.4: MFA enabled for the root user. Since v5 the audit passes a root user without a console\n  # password (\"mfa_active is TRUE or password_enabled is FALSE\").\n  root-mfa: { severity: error, applies_when: password }\n\n  # CIS 1.5: hardware MFA for the root user (Level 2): root's MFA is not a virtual device.\n  root-hardware-mfa: { severity: error }\n\n  # CIS 1.6: eliminate use of the root user for administrative and daily tasks. A few tasks\n  # need root, so recent use is a warning to review rather than a failure.\n  root-recent-use: { severity: warning, days: 1 }\n\n  # CIS 1.9: MFA enabled for every IAM user that has a console password.\n  mfa-for-console: { severity: error }\n\n  # CIS 1.10: no access keys created during initial setup of a user with a console password.\n  no-initial-access-key: { severity: error }\n\n  # CIS 1.11: credentials unused for 45 days or more are disabled. \"45 days or more\" means an age\n  # of 45 is already a failure, so the limit is 44 (age > 44).\n  access-key-unused: { severity: error, max_days: 44, never_used: from-creation }\n  password-unused: { severity: error, max_days: 44, never_used: from-creation }\n\n  # CIS 1.12: only one active access key per IAM user.\n  single-active-access-key: { severity: error }\n\n  # CIS 1.13: access keys rotated every 90 days or less.\n  access-key-max-age: { severity: error, max_days: 90 }\n\n  # Not a CIS item: signing certificates are long-lived root credentials, like the keys of 1.3.\n  root-signing-certificates: { severity: warning }\n\n  # Not a CIS item: credentials the report cannot show (SSH keys, service-specific credentials),\n  # so an auditor knows the evidence above is incomplete for that user.\n  additional-credentials: { severity: warning }\n",
    "cis-aws-foundations-v7": "# yaml-language-server: $schema=./schema.json\n#\n# builtin:cis-aws-foundations-v7 — the CIS Amazon Web Services Foundations Benchmark v7.0.0,\n# section 2 (Identity and Access Management; v7 moved it there and put AWS Organizations items\n# first, as 2.1.x), as far as the IAM credential report and the look-ups beyond it (`enrich`) can\n# show it. Findings cite the v7.0 item numbers.\n#\n# For accounts audited against CIS v7: each benchmark item below fails the gate (severity error),\n# so a green run means these items pass. v7 dropped two items of v5, so their rules are off here:\n# \"only one active access key\" (v5 1.12) and \"no access keys at initial setup\" (v5 1.10).\n# Items neither the report nor the look-ups can show (2.1.x Organizations, 2.2–2.3 contacts,\n# 2.8–2.9 password policy, 2.13 onwards) need other tools. 2.6 (hardware MFA for root) needs\n# `enrich: mfa-devices` (iam:ListVirtualMFADevices); without it the run says so with a\n# `rule-not-evaluated` notice.\nversion: 1\nrules:\n  # CIS 2.4: no access keys for the root user.\n  root-access-keys: { severity: error }\n\n  # CIS 2.5: MFA enabled for the root user; a root user without a console password passes\n  # (\"mfa_active is TRUE or password_enabled is FALSE\").\n  root-mfa: { severity: error, applies_when: password }\n\n  # CIS 2.6: hardware MFA for the root user (Level 2): root's MFA is not a virtual device.\n  root-hardware-mfa: { severity: error }\n\n  # CIS 2.7: eliminate use of the root user for administrative and daily tasks. A few tasks\n  # need root, so recent use is a warning to review rather than a failure.\n  root-recent-use: { severity: warning, days: 1 }\n\n  # CIS 2.10: MFA enabled for every IAM user that has a console password.\n  mfa-for-console: { severity: error }\n\n  # CIS 2.11: credentials unused for 45 days or more are disabled. \"45 days or more\" means an age\n  # of 45 is already a failure, so the limit is 44 (age > 44).\n  access-key-unused: { severity: error, max_days: 44, never_used: from-creation }\n  password-unused: { severity: error, max_days: 44, never_used: from-creation }\n\n  # CIS 2.12: access keys rotated every 90 days or less.\n  access-key-max-age: { severity: error, max_days: 90 }\n\n  # Not a CIS item: signing certificates are long-lived root credentials, like the keys of 2.4.\n  root-signing-certificates: { severity: warning }\n\n  # Not a CIS item: credentials the report cannot show (SSH keys, service-specific credentials),\n  # so an auditor knows the evidence above is incomplete for that user.\n  additional-credentials: { severity: warning }\n",
    "recommended": "# yaml-language-server: $schema=./schema.json\n#\n# builtin:recommended — the defaults of iam-credential-gate, and the default `policy`.\n#\n# For any AWS account that still has IAM users: root hygiene, MFA for console users, access key\n# rotation, and no unused credentials. Rules that suit only some organisations (no console users\n# at all, no access keys at all, region allow-lists) are off here; `builtin:strict` turns on the\n# ones for SSO/OIDC-only organisations.\n#\n# Every rule runs with its default parameters and severity (docs/rules.md lists them). To change\n# one, extend this policy in your repository:\n#\n#   version: 1\n#   extends: builtin:recommended\n#   rules:\n#     access-key-max-age: { max_days: 60, warn_days: 14 }\nversion: 1\nrules:\n  # The root account\n  root-access-keys: on\n  root-mfa: on\n  root-recent-use: on\n  root-signing-certificates: on\n\n  # MFA\n  mfa-for-console: on\n  mfa-for-all-users: off\n\n  # Access keys\n  access-key-max-age: on\n  access-key-unused: on\n  single-active-access-key: on\n  no-initial-access-key: off\n  access-keys-forbidden: off\n  console-user-access-keys: off\n  access-key-region: off\n\n  # Console passwords\n  password-unused: on\n  password-max-age: off\n  console-access-forbidden: off\n\n  # Other credentials and users\n  signing-certificate-max-age: off\n  user-inactive: off\n  additional-credentials: on\n",
    "strict": "# yaml-language-server: $schema=./schema.json\n#\n# builtin:strict — for organisations where people sign in through SSO (IAM Identity Center or\n# another identity provider) and workloads use roles and OIDC, so IAM users should hold no\n# credentials at all.\n#\n# Everything in builtin:recommended, plus: no console passwords, no access keys, MFA for every\n# user, no inactive users, and credentials the report cannot show count as errors. An IAM user\n# that must exist (a vendor integration, say) belongs in an exemption with a reason and an\n# expiry date, not in a weaker policy.\nversion: 1\nextends: builtin:recommended\nrules:\n  # People sign in through SSO: an IAM console password is a way around it.\n  console-access-forbidden: on\n\n  # Workloads use roles and OIDC: a long-lived access key should not exist.\n  access-keys-forbidden: on\n\n  # Any IAM user left over still gets MFA.\n  mfa-for-all-users: on\n\n  # Users nobody uses are removed.\n  user-inactive: on\n\n  # Signing certificates are long-lived credentials too.\n  signing-certificate-max-age: on\n  root-signing-certificates: { severity: error }\n\n  # SSH keys and service-specific credentials of IAM users are just as unwanted.\n  additional-credentials: { severity: error }\n",
};

// EXTERNAL MODULE: ./src/policy/builtin-ref.ts
var builtin_ref = __webpack_require__(7957);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/policy/policy-schema.ts



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
const EXEMPTIBLE_RULE_IDS = registry/* RULES */.y0.map((rule) => rule.id);
const RUN_LEVEL_RULE_IDS = registry/* RUN_LEVEL_RULES */.zQ.map((rule) => rule.id);
/** The message of the one refinement; the validator words it for the author. */
const NEEDS_USERS_OR_ARNS = 'needs-users-or-arns';
const ACCOUNT_ID_PATTERN = /^\d{12}$/;
/** The range of a 12-digit account id that YAML read as an unquoted number. */
const LOWEST_ACCOUNT_NUMBER = 100_000_000_000;
const HIGHEST_ACCOUNT_NUMBER = 999_999_999_999;
const severitySchema = schemas/* enum */.k5n(['error', 'warning', 'notice'])
    .describe('Severity of this rule\'s findings; `fail-on` decides which severities fail the step.');
function ruleSettingsSchema(rule) {
    return schemas/* object */.Ikc({
        severity: severitySchema.optional().meta({ default: rule.defaultSeverity }),
        enabled: schemas/* boolean */.zMY()
            .optional()
            .describe('`false` turns the rule off while keeping its parameters (a rule object otherwise enables it).'),
        ...paramsSchemaOf(rule).shape,
    })
        .strict();
}
function ruleEntrySchema(rule) {
    return schemas/* union */.KCZ([schemas/* enum */.k5n(['on', 'off']), schemas/* boolean */.zMY(), ruleSettingsSchema(rule)])
        .meta({ title: rule.title, description: `${rule.description} (default severity: ${rule.defaultSeverity})` });
}
const settingsSchema = schemas/* object */.Ikc({
    max_report_age_hours: schemas/* number */.aig()
        .positive()
        .default(4)
        .describe('A credential report older than this many hours is regenerated before evaluation.'),
})
    .strict()
    .describe('Settings of the gate itself.');
const globList = (what) => schemas/* array */.YOg(schemas/* string */.YjP().min(1))
    .min(1)
    .optional()
    .describe(`Globs on the ${what}: \`*\` matches any run of characters (including \`/\`), \`?\` one character.`);
const accountIdSchema = schemas/* union */.KCZ([
    schemas/* string */.YjP().regex(ACCOUNT_ID_PATTERN),
    // YAML reads an unquoted 123456789012 as a number; accept it, but only with all 12 digits.
    schemas/* number */.aig().int().min(LOWEST_ACCOUNT_NUMBER).max(HIGHEST_ACCOUNT_NUMBER),
]);
const exemptionSchema = schemas/* object */.Ikc({
    users: globList('IAM user name (root is `<root_account>`)'),
    arns: globList('user ARN'),
    accounts: schemas/* array */.YOg(accountIdSchema)
        .min(1)
        .optional()
        .describe('12-digit account ids the exemption is limited to (quote them). Omitted: every account.'),
    rules: schemas/* array */.YOg(schemas/* enum */.k5n(['*', ...EXEMPTIBLE_RULE_IDS]))
        .min(1)
        .describe('Rule ids the exemption covers, or `["*"]` for every rule.'),
    reason: schemas/* string */.YjP().regex(/\S/).describe('Why the exemption exists (a ticket, a decision): shown with every finding it exempts.'),
    expires: iso/* date */.p6()
        .optional()
        .describe('`YYYY-MM-DD`: the exemption applies through the end of that day (UTC), then expires.'),
    owner: schemas/* string */.YjP().min(1).optional().describe('Who answers for the exemption.'),
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
const rulesSchema = schemas/* object */.Ikc(Object.fromEntries(registry/* RULES */.y0.map((rule) => [rule.id, ruleEntrySchema(rule).optional()])))
    .strict()
    .describe('Rule id → `on`, `off`, `true`, `false`, or an object of `severity`, `enabled` and the rule\'s parameters. ' +
    'Without `extends`, only the rules listed here are enabled.');
const policySchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1).describe('Version of the policy language. Always 1.'),
    extends: schemas/* string */.YjP()
        .min(1)
        .describe('`builtin:NAME` or a path relative to this file. This policy\'s entries override the parent\'s.'),
    settings: settingsSchema.optional(),
    rules: rulesSchema.optional(),
    exemptions: schemas/* array */.YOg(exemptionSchema).optional().describe('Exemptions, applied in order (the first match wins).'),
})
    .partial({ extends: true })
    .strict()
    .meta({
    title: 'iam-credential-gate policy',
    description: 'Which IAM credential report findings fail the gate. See docs/rules.md for every rule.',
});
/** The JSON Schema of the policy language, as shipped in `policies/schema.json`. */
function buildPolicyJsonSchema() {
    const { $schema, ...schema } = z.toJSONSchema(policySchema, { io: 'input', target: 'draft-2020-12' });
    return { $schema, $id: POLICY_SCHEMA_ID, ...schema };
}

;// CONCATENATED MODULE: ./src/policy/policy-text.ts

/**
 * The text of a policy file's bytes. A policy is UTF-8 (a byte order mark is allowed and
 * dropped). Anything else is refused rather than repaired: a replaced byte silently changes a
 * user name or an exemption's reason, and UTF-16 would only fail later as "a single value".
 */
function decodePolicyText(bytes, file) {
    const utf16 = utf16Kind(bytes);
    if (utf16 !== null) {
        throw new user_error/* UserError */.yo(`${file}: the policy is ${utf16}, but a policy must be UTF-8 — save it as UTF-8 (in most editors: ` +
            '"Save with encoding" → UTF-8)', { file });
    }
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(start);
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    }
    catch {
        const position = { file, ...positionOfInvalidByte(body) };
        throw new user_error/* UserError */.yo(`${(0,user_error/* formatPosition */.Ld)(position)}: the policy is not valid UTF-8 here (another encoding, such as Latin-1?) — ` +
            'a policy must be UTF-8: save it as UTF-8', position);
    }
}
/** UTF-16 (or UTF-32) shows as its byte order mark, or as NUL bytes beside ASCII text. */
function utf16Kind(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return 'UTF-16 (little-endian byte order mark)';
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return 'UTF-16 (big-endian byte order mark)';
    // A NUL is never in a YAML policy; in UTF-16 every ASCII character has one.
    if (bytes.includes(0))
        return 'UTF-16 or binary (it has NUL bytes)';
    return null;
}
/** Line and column (in characters) of the first byte that does not start or continue valid UTF-8. */
function positionOfInvalidByte(bytes) {
    let line = 1;
    let column = 1;
    let at = 0;
    while (at < bytes.length) {
        const length = sequenceLength(bytes, at);
        if (length === 0)
            break;
        if (bytes[at] === 0x0a) {
            line += 1;
            column = 1;
        }
        else {
            column += 1;
        }
        at += length;
    }
    return { line, column };
}
/** Length of the valid UTF-8 sequence at `at`, or 0 when it is invalid (RFC 3629, no overlongs or surrogates). */
function sequenceLength(bytes, at) {
    const first = bytes[at] ?? 0;
    if (first < 0x80)
        return 1;
    const cont = (offset, low = 0x80, high = 0xbf) => {
        const byte = bytes[at + offset];
        return byte !== undefined && byte >= low && byte <= high;
    };
    if (first >= 0xc2 && first <= 0xdf)
        return cont(1) ? 2 : 0;
    if (first >= 0xe0 && first <= 0xef) {
        const low = first === 0xe0 ? 0xa0 : 0x80;
        const high = first === 0xed ? 0x9f : 0xbf;
        return cont(1, low, high) && cont(2) ? 3 : 0;
    }
    if (first >= 0xf0 && first <= 0xf4) {
        const low = first === 0xf0 ? 0x90 : 0x80;
        const high = first === 0xf4 ? 0x8f : 0xbf;
        return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/policy/did-you-mean.ts
var did_you_mean = __webpack_require__(607);
;// CONCATENATED MODULE: ./src/policy/yaml-source.ts



/**
 * Parses one YAML document (YAML 1.2 core schema, so `on`, `yes` and `2027-01-31` stay strings).
 * Syntax errors, duplicate keys and unresolved tags all become one UserError listing each with
 * its `file:line:col`.
 */
function parseYamlSource(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: true,
        schema: 'core',
        // YAML 1.1 tags (`!!set`, `!!binary`, …) would smuggle in values the policy cannot mean.
        resolveKnownTags: false,
        stringKeys: true,
        strict: true,
    });
    const source = { file, text, doc, lineCounter };
    // Only a file that is a mapping at its top level can be a policy, and only such a file may be
    // quoted in a message: anything else (`.git/config`, a key file) is described by position alone.
    const quotable = (0,dist/* isMap */.jh)(doc.contents);
    const problems = [...doc.errors, ...doc.warnings].map((error) => quotable ? describeYamlError(source, error) : describeUnquotable(source, error));
    if (problems.length > 0)
        throw new user_error/* UserError */.yo(problems.join('\n'), positionAtOffset(source, firstOffset(doc)));
    return source;
}
function firstOffset(doc) {
    return [...doc.errors, ...doc.warnings][0]?.pos[0] ?? 0;
}
function describeYamlError(source, error) {
    const where = (0,user_error/* formatPosition */.Ld)(positionAtOffset(source, error.pos[0]));
    if (error.code === 'DUPLICATE_KEY') {
        // The error spans only the key's first character; read the whole key from there.
        const key = KEY_AT.exec(source.text.slice(error.pos[0], error.pos[0] + 1000))?.[0] ?? '';
        return `${where}: duplicate key '${(0,quote_text/* quoteText */.X)(key)}' — a key may appear only once in a mapping; merge the two entries`;
    }
    if (error.code === 'NON_STRING_KEY') {
        return `${where}: a key must be plain text, not a list or mapping — write the key as text`;
    }
    if (error.code === 'TAG_RESOLVE_FAILED') {
        return `${where}: ${libraryMessage(error)} — policies use plain YAML values; remove the tag`;
    }
    return `${where}: YAML syntax error: ${libraryMessage(error)} — fix the YAML syntax`;
}
/** The YAML library's sentence; some quote the source (`Invalid escape sequence \q`), so it is escaped and cut. */
function libraryMessage(error) {
    return (0,quote_text/* quoteText */.X)(trimPeriod(error.message), 120);
}
/** A file that is not a mapping: where and what kind of error, never the library's sentence (it may quote the file). */
function describeUnquotable(source, error) {
    const where = (0,user_error/* formatPosition */.Ld)(positionAtOffset(source, error.pos[0]));
    return (`${where}: this is not YAML a policy can be (${error.code}) — a policy is a YAML mapping of keys ` +
        '(version, rules, …): check that this is the policy file you meant, then fix its YAML syntax');
}
/** A quoted key, or a plain one up to the `:` that ends it. */
const KEY_AT = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\n]*?(?=:(?:\s|$)|[,}\]]|$))/m;
function trimPeriod(message) {
    return message.replace(/\.$/, '');
}
function positionAtOffset(source, offset) {
    const { line, col } = source.lineCounter.linePos(offset);
    return { file: source.file, line: Math.max(line, 1), column: Math.max(col, 1) };
}
function positionOfNode(source, node) {
    const range = node?.range;
    return range ? positionAtOffset(source, range[0]) : { file: source.file, line: 1, column: 1 };
}
function locate(source, path) {
    let node = resolveAlias(source, source.doc.contents);
    let key = null;
    for (const segment of path) {
        const next = child(source, node, segment);
        if (next === undefined)
            return { node, key, complete: false };
        node = next.value;
        key = next.key;
    }
    return { node, key, complete: true };
}
function child(source, node, segment) {
    if ((0,dist/* isMap */.jh)(node)) {
        const pair = node.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(segment));
        if (pair === undefined)
            return undefined;
        return { value: resolveAlias(source, pair.value), key: pair.key };
    }
    if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (item === undefined)
            return undefined;
        return { value: resolveAlias(source, item), key: null };
    }
    return undefined;
}
function resolveAlias(source, node) {
    if ((0,dist/* isAlias */.Vj)(node))
        return node.resolve(source.doc) ?? node;
    return node;
}
/**
 * Where a message about `path` should point: at the key for `which: 'key'` (unknown keys) and
 * at the value otherwise, falling back to the key when the value is empty (`max_days:` with
 * nothing after it) and to the nearest existing parent when the path does not exist (a missing
 * key).
 */
function positionOfPath(source, path, which = 'value') {
    const { node, key, complete } = locate(source, path);
    if (!complete)
        return positionOfNode(source, node);
    if (which === 'key' && key !== null)
        return positionOfNode(source, key);
    if (isEmptyScalar(node) && key !== null)
        return positionOfNode(source, key);
    return positionOfNode(source, node ?? key);
}
function isEmptyScalar(node) {
    if (node === null)
        return true;
    return (0,dist/* isScalar */.jn)(node) && node.value === null && (!node.range || node.range[0] === node.range[1]);
}
/** The source text of the node at `path` (as written, e.g. `012345678901` before YAML made it a number). */
function sourceTextAt(source, path) {
    const { node, complete } = locate(source, path);
    if (!complete || !node?.range)
        return undefined;
    return source.text.slice(node.range[0], node.range[1]);
}

;// CONCATENATED MODULE: ./src/policy/describe-policy-issue.ts






const EXEMPTION_KEYS = ['users', 'arns', 'accounts', 'rules', 'reason', 'expires', 'owner'];
const RULE_ENTRY_KEYS = ['severity', 'enabled'];
function describePolicyIssues(source, data, issues) {
    return issues.flatMap((issue) => describeIssue(source, data, issue, []));
}
function describeIssue(source, data, issue, base) {
    const path = [...base, ...issue.path];
    const value = valueAt(data, path);
    const at = (message, which = 'value', target = path) => ({
        position: positionOfPath(source, target, which),
        message,
    });
    switch (issue.code) {
        case 'unrecognized_keys':
            return issue.keys.map((key) => at(unknownKey(path, key), 'key', [...path, key]));
        case 'invalid_union': {
            // Zod tries every alternative; the one that got past the type check says what is really wrong.
            const relevant = issue.errors.find((branch) => !branch.every((inner) => isTypeMismatch(inner)));
            if (relevant !== undefined)
                return relevant.flatMap((inner) => describeIssue(source, data, inner, path));
            return [at(`${label(path)} must be ${expectedByContext(path)}, got ${describe(value)}`)];
        }
        case 'invalid_type':
        case 'invalid_value':
            if (value === undefined)
                return [at(missingKey(path), 'value', path.slice(0, -1))];
            if (issue.code === 'invalid_value')
                return [at(invalidValue(path, value, issue.values))];
            return [at(`${label(path)} must be ${expectedType(path, issue.expected)}, got ${describe(value)}${quoteHint(issue.expected, value)}`)];
        case 'too_small':
        case 'too_big':
            return [at(outOfRange(source, path, value, issue))];
        case 'invalid_format':
            return [at(badFormat(path, value, issue.format))];
        case 'custom':
            if (issue.message === NEEDS_USERS_OR_ARNS) {
                return [at(`${label(path)} needs 'users' or 'arns' (or both) — say whose findings it exempts`)];
            }
            return [at(`${label(path)}: ${issue.message}`)];
        default:
            return [at(`${label(path)}: ${issue.message}`)];
    }
}
function isTypeMismatch(issue) {
    return issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
}
function unknownKey(path, rawKey) {
    const [first, second] = path;
    const key = (0,quote_text/* quoteText */.X)(rawKey);
    if (path.length === 0) {
        return `unknown key '${key}'${(0,did_you_mean/* didYouMean */.au)(rawKey, TOP_LEVEL_KEYS, ` — a policy has the keys ${TOP_LEVEL_KEYS.join(', ')}`)}`;
    }
    if (first === 'settings' && path.length === 1) {
        const settings = Object.keys(settingsSchema.shape);
        return `unknown setting '${key}'${(0,did_you_mean/* didYouMean */.au)(rawKey, settings, ` — the settings are ${settings.join(', ')}`)}`;
    }
    if (first === 'rules' && path.length === 1)
        return unknownRule(rawKey);
    if (first === 'rules' && path.length === 2 && typeof second === 'string') {
        const accepted = [...Object.keys(ruleParamsSchema(second)?.shape ?? {}), ...RULE_ENTRY_KEYS];
        return (`unknown parameter '${key}' for rule '${(0,quote_text/* quoteText */.X)(second)}'` +
            (0,did_you_mean/* didYouMean */.au)(rawKey, accepted, ` — it accepts ${accepted.join(', ')}`));
    }
    if (first === 'exemptions' && path.length === 2) {
        return `unknown key '${key}' in ${label(path)}${(0,did_you_mean/* didYouMean */.au)(rawKey, EXEMPTION_KEYS, ` — an exemption has the keys ${EXEMPTION_KEYS.join(', ')}`)}`;
    }
    return `unknown key '${key}' in ${label(path)} — remove it`;
}
function unknownRule(id) {
    if (RUN_LEVEL_RULE_IDS.includes(id)) {
        return `'${id}' is a finding about the run itself, not a configurable rule — remove it`;
    }
    return `unknown rule '${(0,quote_text/* quoteText */.X)(id)}'${(0,did_you_mean/* didYouMean */.au)(id, registry/* RULE_IDS */.Iu, ' — see docs/rules.md for the rule ids')}`;
}
function missingKey(path) {
    const key = String(path[path.length - 1]);
    const parent = path.slice(0, -1);
    const owner = parent.length === 0 ? 'the policy' : label(parent);
    const hints = {
        version: "add 'version: 1' at the top",
        rules: 'list the rule ids it covers, or ["*"] for all',
        reason: 'say why the exemption is granted (a ticket, a decision)',
    };
    return `${owner} is missing '${key}' — ${hints[key] ?? `add '${key}'`}`;
}
function invalidValue(path, value, values) {
    if (path.length === 1 && path[0] === 'version') {
        return `version must be 1, got ${describe(value)} — this iam-credential-gate reads version 1 policies`;
    }
    if (path[0] === 'exemptions' && path[2] === 'rules' && typeof value === 'string') {
        if (RUN_LEVEL_RULE_IDS.includes(value)) {
            return `${label(path)}: '${value}' is a finding about the run itself and cannot be exempted — remove it`;
        }
        return `${label(path)}: unknown rule '${(0,quote_text/* quoteText */.X)(value)}'${(0,did_you_mean/* didYouMean */.au)(value, EXEMPTIBLE_RULE_IDS, " — use rule ids from docs/rules.md, or '*'")}`;
    }
    const choices = values.map(String);
    const hint = typeof value === 'string' ? (0,did_you_mean/* didYouMean */.au)(value, choices) : '';
    return `${label(path)} must be one of ${choices.join(', ')}, got ${describe(value)}${hint}`;
}
function outOfRange(source, path, value, issue) {
    if (isAccountPath(path) && typeof value === 'number') {
        // YAML read the id as a number, so a leading zero is already gone: only quoting keeps it.
        const written = (0,quote_text/* quoteText */.X)(sourceTextAt(source, path) ?? String(value));
        return (`${label(path)}: the unquoted number ${written} is not a 12-digit account id (YAML drops leading zeros) — ` +
            `quote account ids: '${written.padStart(12, '0')}'`);
    }
    if (issue.origin === 'array')
        return `${label(path)} must list at least one item — add one, or remove the key`;
    if (issue.origin === 'string')
        return `${label(path)} must not be empty`;
    const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    const relation = issue.code === 'too_small'
        ? issue.inclusive ? 'at least' : 'greater than'
        : issue.inclusive ? 'at most' : 'less than';
    return `${label(path)} must be ${relation} ${String(bound)}, got ${describe(value)}`;
}
function badFormat(path, value, format) {
    if (format === 'date') {
        return `${label(path)} must be a real calendar date written YYYY-MM-DD, got ${describe(value)}`;
    }
    if (isAccountPath(path))
        return `${label(path)} must be a 12-digit account id, got ${describe(value)}`;
    if (path[path.length - 1] === 'reason') {
        return `${label(path)} must not be blank — say why the exemption is granted`;
    }
    return `${label(path)} has the wrong format, got ${describe(value)}`;
}
function isAccountPath(path) {
    return path[0] === 'exemptions' && path[2] === 'accounts' && path.length === 4;
}
function expectedByContext(path) {
    if (path[0] === 'rules' && path.length === 2)
        return 'on, off, true, false or a mapping of its settings';
    if (isAccountPath(path))
        return "a 12-digit account id in quotes ('123456789012')";
    return 'a valid value';
}
function expectedType(path, expected) {
    if (path[path.length - 1] === 'expires')
        return 'a date written YYYY-MM-DD';
    const phrases = {
        number: 'a number',
        int: 'a whole number',
        string: 'text',
        boolean: 'true or false',
        object: 'a mapping (key: value lines)',
        array: 'a list',
    };
    return phrases[expected] ?? expected;
}
/** `max_days: "90"` is the classic slip: say why a number in quotes is not a number. */
function quoteHint(expected, value) {
    if ((expected === 'number' || expected === 'int') && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) {
        return ' — remove the quotes';
    }
    return '';
}
function label(path) {
    if (path.length === 0)
        return 'the policy';
    return path
        .map((segment, index) => typeof segment === 'number' ? `[${segment}]` : index === 0 ? (0,quote_text/* quoteText */.X)(segment) : `.${(0,quote_text/* quoteText */.X)(segment)}`)
        .join('');
}
function describe(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (typeof value === 'string')
        return `'${(0,quote_text/* quoteText */.X)(value)}'`;
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return String(value);
}
function valueAt(data, path) {
    let current = data;
    for (const segment of path) {
        if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment))
            return undefined;
        current = current[segment];
    }
    return current;
}

;// CONCATENATED MODULE: ./src/policy/validate-policy.ts






/**
 * Parses and validates the text of one policy file. `file` is the name used in messages (the
 * path as the user gave it, or `builtin:NAME`). Every problem found is reported in one
 * UserError, one `file:line:col: …` line each, in file order.
 */
function validatePolicyText(text, file) {
    const source = parseYamlSource(text, file);
    const contents = source.doc.contents;
    if (contents === null) {
        throw new user_error/* UserError */.yo(`${file}:1:1: the policy is empty — start it with 'version: 1'`, { file, line: 1, column: 1 });
    }
    if (!(0,dist/* isMap */.jh)(contents)) {
        const position = positionOfNode(source, contents);
        const got = (0,dist/* isSeq */.oP)(contents) ? 'a list' : 'a single value';
        throw new user_error/* UserError */.yo(`${(0,user_error/* formatPosition */.Ld)(position)}: a policy is a mapping of keys (version, rules, …), got ${got} — see the README for an example`, position);
    }
    const data = toPlainData(source);
    const result = policySchema.safeParse(data);
    if (!result.success)
        throw policyProblemsError(describePolicyIssues(source, data, result.error.issues));
    // Validation passed, so the plain data has exactly the input type. Use it rather than zod's
    // output, which has filled in defaults: a file must only override what it states.
    return toPolicyFile(source, data);
}
function toPlainData(source) {
    try {
        return source.doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        // Unresolvable or exploding aliases surface only when the document is converted.
        const reason = error instanceof Error ? error.message : String(error);
        throw new user_error/* UserError */.yo(`${source.file}: ${(0,quote_text/* quoteText */.X)(reason.replace(/\.$/, ''), 120)} — fix the YAML anchors and aliases`, {
            file: source.file,
        });
    }
}
/** One UserError listing every problem (sorted by position), pointing at the first. */
function policyProblemsError(problems) {
    const sorted = [...problems].sort((a, b) => (a.position.line ?? 0) - (b.position.line ?? 0) ||
        (a.position.column ?? 0) - (b.position.column ?? 0) ||
        a.message.localeCompare(b.message));
    const lines = [...new Set(sorted.map((problem) => `${(0,user_error/* formatPosition */.Ld)(problem.position)}: ${problem.message}`))];
    return new user_error/* UserError */.yo(lines.join('\n'), sorted[0]?.position);
}
function toPolicyFile(source, input) {
    return {
        file: source.file,
        extends: input.extends === undefined ? null : { ref: input.extends, position: positionOfPath(source, ['extends']) },
        settings: { ...input.settings },
        rules: Object.entries(input.rules ?? {}).flatMap(([id, entry]) => entry === undefined ? [] : [toRuleEntry(id, entry, positionOfPath(source, ['rules', id], 'key'))]),
        exemptions: (input.exemptions ?? []).map((exemption, index) => toExemption(exemption, positionOfPath(source, ['exemptions', index]))),
    };
}
function toRuleEntry(id, entry, position) {
    if (entry === 'on' || entry === true)
        return { id, enabled: true, severity: null, params: {}, position };
    if (entry === 'off' || entry === false)
        return { id, enabled: false, severity: null, params: {}, position };
    const { severity, enabled, ...params } = entry;
    return { id, enabled: enabled ?? true, severity: severity ?? null, params, position };
}
function toExemption(input, position) {
    return {
        users: input.users ?? [],
        arns: input.arns ?? [],
        // Validation let through only 12-digit numbers, so String() loses nothing.
        accounts: input.accounts?.map((account) => String(account)) ?? null,
        rules: input.rules,
        reason: input.reason,
        expires: input.expires ?? null,
        owner: input.owner ?? null,
        position,
    };
}

;// CONCATENATED MODULE: ./src/policy/load-policy-file.ts











/**
 * Loads the policy `ref` names (`builtin:NAME`, or a path relative to `cwd`), follows its
 * `extends` chain and merges it into a complete `Policy`. Every problem is a UserError that
 * names the file, line and column.
 */
async function loadPolicyFile(ref, opts) {
    const builtins = new Builtins(opts.builtins ?? BUILTIN_POLICIES);
    const access = { cwd: opts.cwd, workspace: opts.workspace ?? null, input: opts.input ?? 'policy' };
    const chain = await loadChain(ref, access, builtins);
    return mergePolicyFiles(chain, { source: ref, file: (0,builtin_ref/* isBuiltinRef */.NW)(ref) ? null : ref });
}
/** The builtin texts a load reads, and their names as messages list them. */
class Builtins {
    texts;
    names;
    constructor(texts) {
        this.texts = texts;
        this.names = Object.keys(texts).sort();
    }
    text(ref) {
        const name = ref.slice(builtin_ref/* BUILTIN_PREFIX */.RC.length);
        return Object.hasOwn(this.texts, name) ? this.texts[name] : undefined;
    }
}
/** The chain of validated files, from the base policy to the one the user named. */
async function loadChain(ref, access, builtins) {
    const { cwd } = access;
    const chain = [];
    const seen = [];
    let layer = layerOf(ref, cwd, cwd, null, builtins);
    for (;;) {
        seen.push(layer);
        const file = await readLayer(layer, access, builtins);
        chain.unshift(file);
        if (file.extends === null)
            return chain;
        const { ref: parentRef, position } = file.extends;
        if (layer.dir === null && !(0,builtin_ref/* isBuiltinRef */.NW)(parentRef)) {
            throw new user_error/* UserError */.yo(`${(0,user_error/* formatPosition */.Ld)(position)}: a builtin policy can only extend another builtin, not '${(0,quote_text/* quoteText */.X)(parentRef)}'`, position);
        }
        const parent = layerOf(parentRef, layer.dir ?? cwd, cwd, position, builtins);
        const repeat = seen.findIndex((candidate) => candidate.key === parent.key);
        if (repeat !== -1) {
            const cycle = [...seen.slice(repeat), parent].map((candidate) => candidate.name).join(' → ');
            throw new user_error/* UserError */.yo(`${(0,user_error/* formatPosition */.Ld)(position)}: extends cycle: ${cycle} — a policy cannot extend itself; remove one of these extends`, position);
        }
        layer = parent;
    }
}
function layerOf(ref, dir, cwd, extendedFrom, builtins) {
    if ((0,builtin_ref/* isBuiltinRef */.NW)(ref)) {
        if (builtins.text(ref) === undefined)
            throw (0,builtin_ref/* unknownBuiltin */._4)(ref, extendedFrom, builtins.names);
        return { key: ref, name: ref, path: '', dir: null, extendedFrom };
    }
    const absolute = (0,external_node_path_.resolve)(dir, ref);
    // The policy the user named keeps the name they gave; parents are named relative to the
    // working directory, so positions (and annotations) point at workspace files. Names reach
    // every message about the file, so they are escaped like any quoted text.
    const path = extendedFrom === null ? ref : (0,external_node_path_.relative)(cwd, absolute);
    return { key: absolute, name: (0,quote_text/* quoteText */.X)(path, 200), path, dir: (0,external_node_path_.dirname)(absolute), extendedFrom };
}
async function readLayer(layer, access, builtins) {
    if (layer.dir === null)
        return validatePolicyText(builtins.text(layer.name) ?? '', layer.name);
    const { extendedFrom } = layer;
    let bytes;
    try {
        // Every file of the chain is one a pull request may control: confined, capped, never in .git.
        const input = extendedFrom === null ? access.input : 'extends';
        ({ bytes } = await (0,untrusted_file/* readUntrustedFile */.HA)(layer.path, 'policy', { cwd: access.cwd, workspace: access.workspace, input }));
    }
    catch (error) {
        throw error instanceof untrusted_file/* UntrustedFileError */.VT ? unreadable(layer, error, builtins) : error;
    }
    return validatePolicyText(decodePolicyText(bytes, layer.name), layer.name);
}
/** The reader's refusal, pointed at the `extends` that named the file, with the loader's advice. */
function unreadable(layer, error, builtins) {
    const { extendedFrom } = layer;
    const { message } = error;
    if (extendedFrom !== null) {
        const advice = error.reason === 'missing' ? ' Extends paths are relative to the file that contains them.' : '';
        return new user_error/* UserError */.yo(`${(0,user_error/* formatPosition */.Ld)(extendedFrom)}: ${message}${advice}`, extendedFrom);
    }
    const advice = error.reason === 'missing' ? ` Or use a builtin policy: ${(0,builtin_ref/* builtinRefList */.$b)(builtins.names)}.` : '';
    return new user_error/* UserError */.yo(`${message}${advice}`, { file: layer.name });
}
/**
 * Merges a chain of policy files, base first. A file's rule entry replaces the parent's
 * `enabled`, and overrides its severity and params key by key; settings merge the same way;
 * exemptions concatenate, the parent's first. Rules no file names stay off with their defaults,
 * which is why a policy without `extends` enables only the rules it lists.
 */
function mergePolicyFiles(chain, identity) {
    const states = new Map(registry/* RULES */.y0.map((rule) => [rule.id, { enabled: false, severity: rule.defaultSeverity, params: {}, position: null }]));
    let settings = {};
    const exemptions = [];
    for (const file of chain) {
        for (const entry of file.rules) {
            const state = states.get(entry.id);
            if (state === undefined)
                continue;
            state.enabled = entry.enabled;
            state.severity = entry.severity ?? state.severity;
            state.params = { ...state.params, ...entry.params };
            state.position = entry.position;
        }
        settings = { ...settings, ...file.settings };
        exemptions.push(...file.exemptions.map((exemption) => ({ ...exemption, position: workspacePosition(exemption.position) })));
    }
    const problems = [];
    const rules = registry/* RULES */.y0.map((rule) => {
        const state = states.get(rule.id);
        const parsed = paramsSchemaOf(rule).safeParse(state.params);
        const params = parsed.success ? parsed.data : state.params;
        const position = state.position ?? { file: chain[chain.length - 1]?.file ?? identity.source };
        if (!parsed.success) {
            problems.push(...parsed.error.issues.map((issue) => ({ position, message: `rule '${rule.id}': ${issue.message}` })));
        }
        else if (state.enabled) {
            problems.push(...crossFieldProblems(rule.id, params).map((message) => ({ position, message })));
        }
        return { id: rule.id, enabled: state.enabled, severity: state.severity, params, position: workspacePosition(state.position) };
    });
    if (problems.length > 0)
        throw policyProblemsError(problems);
    return {
        source: identity.source,
        file: identity.file,
        settings: settingsSchema.parse(settings),
        rules,
        exemptions,
    };
}
/** Builtins are not workspace files: nothing outside an error message may point into them. */
function workspacePosition(position) {
    return position === null || (0,builtin_ref/* isBuiltinRef */.NW)(position.file) ? null : position;
}
/** Checks that span params, which may come from different files of the chain. */
function crossFieldProblems(ruleId, params) {
    if (ruleId === 'access-key-max-age') {
        const { max_days: maxDays, warn_days: warnDays } = params;
        if (typeof maxDays === 'number' && typeof warnDays === 'number' && warnDays >= maxDays) {
            return [
                `rule 'access-key-max-age': warn_days (${warnDays}) must be less than max_days (${maxDays}) — ` +
                    'warn_days is how many days before the limit a key is reported as upcoming',
            ];
        }
    }
    return [];
}


/***/ })

};
