export const id = 592;
export const ids = [592];
export const modules = {

/***/ 7592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInit: () => (/* binding */ runInit)
});

// UNUSED EXPORTS: DEFAULT_POLICY_FILE

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/rules/registry.ts + 9 modules
var registry = __webpack_require__(6205);
;// CONCATENATED MODULE: ./src/policy/render-starter-policy.ts

/** A YAML flow value of a default param (numbers, plain words, lists of them). */
function flowValue(value) {
    if (Array.isArray(value))
        return `[${value.map(flowValue).join(', ')}]`;
    return String(value);
}
function ruleBlock(rule) {
    const params = Object.entries(rule.defaults).map(([name, value]) => `${name}: ${flowValue(value)}`);
    const state = rule.recommended ? 'on' : 'off';
    return [
        `  # ${rule.title} (${rule.defaultSeverity}; ${state} in builtin:recommended)`,
        `  # ${rule.id}: { ${['severity: ' + rule.defaultSeverity, ...params].join(', ')} }`,
        `  ${rule.id}: ${state}`,
    ];
}
/**
 * The policy `iam-credential-gate init` writes: `extends: builtin:recommended`, then every rule of
 * the registry as builtin:recommended sets it, with its severity and default params in a comment
 * to copy, and one example exemption (commented, so it cannot hide anything) expiring on
 * `exampleExpires` (YYYY-MM-DD). Generated from the registry, so it lists every rule there is.
 */
function renderStarterPolicy(exampleExpires) {
    return [
        '# Policy of iam-credential-gate, written by `iam-credential-gate init`.',
        '# It starts from builtin:recommended; each rule below is set as that policy sets it. To change a',
        '# rule, turn it on or off, or replace `on` with the settings in the comment above it, e.g.',
        '#   access-key-max-age: { max_days: 60, warn_days: 14 }',
        '# Check it with `iam-credential-gate validate --policy FILE`; docs/rules.md explains every rule.',
        'version: 1',
        'extends: builtin:recommended',
        '',
        'rules:',
        ...registry/* RULES */.y0.flatMap((rule, index) => [...(index === 0 ? [] : ['']), ...ruleBlock(rule)]),
        '',
        '# Exemptions: findings the team has accepted, each with a reason and an end date (valid through',
        '# that day, UTC). `validate` warns when one has expired or ends within 30 days. To add one,',
        '# replace `[]` with entries like this one:',
        'exemptions: []',
        '#  - users: [ci-deploy]            # globs on user names; or arns: [...]',
        '#    rules: [access-key-max-age]',
        '#    reason: Replaced by OIDC in OPS-123',
        '#    owner: platform-team',
        `#    expires: ${exampleExpires}`,
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/user-error.ts
var user_error = __webpack_require__(7495);
;// CONCATENATED MODULE: ./src/cli/run-init.ts




const DEFAULT_POLICY_FILE = '.github/iam-policy.yml';
const EXAMPLE_EXEMPTION_DAYS = 90;
/** `init [FILE]`: writes the starter policy, creating its folder; never overwrites a file. */
async function runInit(file, io) {
    const path = file ?? DEFAULT_POLICY_FILE;
    const absolute = (0,external_node_path_.resolve)(io.cwd, path);
    const expires = new Date(io.now() + EXAMPLE_EXEMPTION_DAYS * 86_400_000).toISOString().slice(0, 10);
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(absolute), { recursive: true });
        // `wx`: fail if the file exists, in one step (no check-then-write race).
        await (0,promises_.writeFile)(absolute, renderStarterPolicy(expires), { flag: 'wx' });
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST') {
            throw new user_error/* UserError */.yo(`${path} already exists; init never overwrites a policy. Pass another FILE, or edit that one.`);
        }
        throw new user_error/* UserError */.yo(`Could not write ${path}: ${error instanceof Error ? error.message : String(error)}.`);
    }
    io.stdout(`Wrote ${path}: builtin:recommended with every rule listed. Check it with\n` +
        `  iam-credential-gate validate --policy ${path}\n`);
    return 0;
}


/***/ })

};
