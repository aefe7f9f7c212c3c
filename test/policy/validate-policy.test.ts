import { describe, expect, it } from 'vitest';
import { validatePolicyText } from '../../src/policy/validate-policy';
import { UserError } from '../../src/user-error';

/** The UserError a policy text raises (the test fails if it raises none, or another error). */
function errorOf(text: string, file = 'policy.yml'): UserError {
  try {
    validatePolicyText(text, file);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected the policy to be rejected');
}

const problems = (text: string): string[] => errorOf(text).message.split('\n');

/** A valid policy with `lines` under `rules:`. */
const withRules = (...lines: string[]): string => ['version: 1', 'rules:', ...lines.map((line) => `  ${line}`), ''].join('\n');

/** A valid policy with one exemption made of `lines`. */
const withExemption = (...lines: string[]): string =>
  ['version: 1', 'exemptions:', ...lines.map((line, index) => `${index === 0 ? '  - ' : '    '}${line}`), ''].join('\n');

describe('validatePolicyText: valid policies', () => {
  it('reads on, off, true and false', () => {
    const file = validatePolicyText(withRules('root-mfa: on', 'root-access-keys: off', 'mfa-for-console: true', 'user-inactive: false'), 'p.yml');
    expect(file.rules.map(({ id, enabled, severity, params }) => ({ id, enabled, severity, params }))).toEqual([
      { id: 'root-mfa', enabled: true, severity: null, params: {} },
      { id: 'root-access-keys', enabled: false, severity: null, params: {} },
      { id: 'mfa-for-console', enabled: true, severity: null, params: {} },
      { id: 'user-inactive', enabled: false, severity: null, params: {} },
    ]);
  });

  it('keeps only what an object entry states: severity, enabled and params', () => {
    const file = validatePolicyText(
      withRules(
        'access-key-max-age: { max_days: 60, severity: warning }',
        'user-inactive: { enabled: false, max_days: 30 }',
        'mfa-for-console: {}',
      ),
      'p.yml',
    );
    expect(file.rules.map(({ id, enabled, severity, params }) => ({ id, enabled, severity, params }))).toEqual([
      { id: 'access-key-max-age', enabled: true, severity: 'warning', params: { max_days: 60 } },
      { id: 'user-inactive', enabled: false, severity: null, params: { max_days: 30 } },
      { id: 'mfa-for-console', enabled: true, severity: null, params: {} },
    ]);
  });

  it('records the position of each rule key and exemption', () => {
    const file = validatePolicyText(
      ['version: 1', 'rules:', '  root-mfa: on', '  access-key-max-age:', '    max_days: 30', 'exemptions:', '  - users: [a]', '    rules: ["*"]', '    reason: r', ''].join('\n'),
      'dir/policy.yml',
    );
    expect(file.rules.map((rule) => rule.position)).toEqual([
      { file: 'dir/policy.yml', line: 3, column: 3 },
      { file: 'dir/policy.yml', line: 4, column: 3 },
    ]);
    expect(file.exemptions[0]?.position).toEqual({ file: 'dir/policy.yml', line: 7, column: 5 });
  });

  it('reads settings and extends with its position', () => {
    const file = validatePolicyText('version: 1\nextends: ../base.yml\nsettings:\n  max_report_age_hours: 0.5\n', 'p.yml');
    expect(file.settings).toEqual({ max_report_age_hours: 0.5 });
    expect(file.extends).toEqual({ ref: '../base.yml', position: { file: 'p.yml', line: 2, column: 10 } });
  });

  it('reads an exemption, turning an unquoted 12-digit account number into its id and an unquoted date into text', () => {
    const file = validatePolicyText(
      withExemption(
        'users: ["deploy-bot", "legacy-*"]',
        'arns: ["arn:aws:iam::*:user/vendors/*"]',
        'accounts: [123456789012, "012345678901"]',
        'rules: [access-key-max-age, "*"]',
        'reason: Vendor rotates quarterly (SEC-142)',
        'expires: 2028-02-29',
        'owner: platform-team',
      ),
      'p.yml',
    );
    expect(file.exemptions).toEqual([
      {
        users: ['deploy-bot', 'legacy-*'],
        arns: ['arn:aws:iam::*:user/vendors/*'],
        accounts: ['123456789012', '012345678901'],
        rules: ['access-key-max-age', '*'],
        reason: 'Vendor rotates quarterly (SEC-142)',
        expires: '2028-02-29',
        owner: 'platform-team',
        position: { file: 'p.yml', line: 3, column: 5 },
      },
    ]);
  });

  it('fills the optional exemption fields with empty values', () => {
    const file = validatePolicyText(withExemption('arns: ["arn:aws:iam::*:user/x"]', 'rules: [root-mfa]', 'reason: r'), 'p.yml');
    expect(file.exemptions[0]).toMatchObject({ users: [], accounts: null, expires: null, owner: null });
  });
});

describe('validatePolicyText: every problem, with its position and what to do', () => {
  it('names an unknown rule at its key, with the closest rule id', () => {
    const error = errorOf('version: 1\nsettings:\n  max_report_age_hours: 4\nrules:\n  acess-key-max-age: on\n');
    expect(error.message).toBe("policy.yml:5:3: unknown rule 'acess-key-max-age' — did you mean 'access-key-max-age'?");
    expect(error.position).toEqual({ file: 'policy.yml', line: 5, column: 3 });
  });

  it('points to the rule list when nothing is close', () => {
    expect(problems(withRules('frobnicate: on'))).toEqual(["policy.yml:3:3: unknown rule 'frobnicate' — see docs/rules.md for the rule ids"]);
  });

  it('rejects run-level findings as rules', () => {
    expect(problems(withRules('exemption-expired: on'))).toEqual([
      "policy.yml:3:3: 'exemption-expired' is a finding about the run itself, not a configurable rule — remove it",
    ]);
  });

  it('names an unknown parameter among the rule\'s parameters, severity and enabled', () => {
    expect(problems(withRules('access-key-max-age: { max_dyas: 60 }', 'access-key-unused: { sevrity: notice }', 'root-mfa: { days: 1 }'))).toEqual([
      "policy.yml:3:25: unknown parameter 'max_dyas' for rule 'access-key-max-age' — did you mean 'max_days'?",
      "policy.yml:4:24: unknown parameter 'sevrity' for rule 'access-key-unused' — did you mean 'severity'?",
      "policy.yml:5:15: unknown parameter 'days' for rule 'root-mfa' — it accepts applies_when, severity, enabled",
    ]);
  });

  it('rejects rule values other than on, off, true, false or a mapping', () => {
    expect(problems(withRules('mfa-for-console: yes', 'root-mfa:', 'root-access-keys: [on]'))).toEqual([
      "policy.yml:3:20: rules.mfa-for-console must be on, off, true, false or a mapping of its settings, got 'yes'",
      'policy.yml:4:3: rules.root-mfa must be on, off, true, false or a mapping of its settings, got nothing',
      'policy.yml:5:21: rules.root-access-keys must be on, off, true, false or a mapping of its settings, got a list',
    ]);
  });

  it('rejects a wrong severity, suggesting the closest', () => {
    expect(problems(withRules('root-mfa: { severity: warn }', 'root-access-keys: { severity: critical }'))).toEqual([
      "policy.yml:3:25: rules.root-mfa.severity must be one of error, warning, notice, got 'warn' — did you mean 'warning'?",
      "policy.yml:4:33: rules.root-access-keys.severity must be one of error, warning, notice, got 'critical'",
    ]);
  });

  it('rejects out-of-range and mistyped params', () => {
    expect(
      problems(
        withRules(
          'access-key-max-age: { max_days: 0, warn_days: -1 }',
          'user-inactive: { max_days: "90" }',
          'password-unused: { max_days: 1.5, never_used: ignor }',
          'access-key-region: { allowed_regions: eu-west-1 }',
          'mfa-for-console: { grace_days: -3, enabled: "no" }',
        ),
      ),
    ).toEqual([
      'policy.yml:3:35: rules.access-key-max-age.max_days must be at least 1, got 0',
      'policy.yml:3:49: rules.access-key-max-age.warn_days must be at least 0, got -1',
      "policy.yml:4:30: rules.user-inactive.max_days must be a number, got '90' — remove the quotes",
      'policy.yml:5:32: rules.password-unused.max_days must be a whole number, got 1.5',
      "policy.yml:5:49: rules.password-unused.never_used must be one of from-creation, ignore, violation, got 'ignor' — did you mean 'ignore'?",
      "policy.yml:6:41: rules.access-key-region.allowed_regions must be a list, got 'eu-west-1'",
      'policy.yml:7:34: rules.mfa-for-console.grace_days must be at least 0, got -3',
      "policy.yml:7:47: rules.mfa-for-console.enabled must be true or false, got 'no'",
    ]);
  });

  it('requires version 1', () => {
    expect(problems('rules: {}\n')).toEqual(["policy.yml:1:1: the policy is missing 'version' — add 'version: 1' at the top"]);
    expect(problems('version: 2\n')).toEqual(['policy.yml:1:10: version must be 1, got 2 — this iam-credential-gate reads version 1 policies']);
    expect(problems("version: '1'\n")).toEqual(["policy.yml:1:10: version must be 1, got '1' — this iam-credential-gate reads version 1 policies"]);
  });

  it('names unknown top-level keys and settings, with the closest', () => {
    expect(problems('version: 1\nrule: {}\nexemption: []\nfoo: 1\nsettings:\n  max_report_age: 2\n')).toEqual([
      "policy.yml:2:1: unknown key 'rule' — did you mean 'rules'?",
      "policy.yml:3:1: unknown key 'exemption' — did you mean 'exemptions'?",
      "policy.yml:4:1: unknown key 'foo' — a policy has the keys version, extends, settings, rules, exemptions",
      "policy.yml:6:3: unknown setting 'max_report_age' — did you mean 'max_report_age_hours'?",
    ]);
  });

  it('requires max_report_age_hours to be a positive number', () => {
    expect(problems('version: 1\nsettings:\n  max_report_age_hours: 0\n')).toEqual([
      'policy.yml:3:25: settings.max_report_age_hours must be greater than 0, got 0',
    ]);
    expect(problems('version: 1\nsettings:\n  max_report_age_hours: four\n')).toEqual([
      "policy.yml:3:25: settings.max_report_age_hours must be a number, got 'four'",
    ]);
  });

  it('rejects wrongly shaped sections', () => {
    expect(problems('version: 1\nrules: [root-mfa]\nexemptions: {}\nsettings:\nextends: 3\n')).toEqual([
      'policy.yml:2:8: rules must be a mapping (key: value lines), got a list',
      'policy.yml:3:13: exemptions must be a list, got a mapping',
      'policy.yml:4:1: settings must be a mapping (key: value lines), got nothing',
      'policy.yml:5:10: extends must be text, got 3',
    ]);
  });

  it('requires users or arns, rules and reason in an exemption', () => {
    expect(problems(withExemption('owner: me'))).toEqual([
      "policy.yml:3:5: exemptions[0] is missing 'reason' — say why the exemption is granted (a ticket, a decision)",
      "policy.yml:3:5: exemptions[0] is missing 'rules' — list the rule ids it covers, or [\"*\"] for all",
      "policy.yml:3:5: exemptions[0] needs 'users' or 'arns' (or both) — say whose findings it exempts",
    ]);
  });

  it('rejects empty lists and blank strings in an exemption', () => {
    expect(problems(withExemption('users: []', 'arns: [""]', 'rules: []', 'reason: "  "', 'owner: ""'))).toEqual([
      'policy.yml:3:12: exemptions[0].users must list at least one item — add one, or remove the key',
      'policy.yml:4:12: exemptions[0].arns[0] must not be empty',
      'policy.yml:5:12: exemptions[0].rules must list at least one item — add one, or remove the key',
      'policy.yml:6:13: exemptions[0].reason must not be blank — say why the exemption is granted',
      'policy.yml:7:12: exemptions[0].owner must not be empty',
    ]);
  });

  it('checks the rules an exemption names', () => {
    expect(problems(withExemption('users: [a]', 'rules: [acess-key-max-age, exemption-unused, nonsense, "*"]', 'reason: r'))).toEqual([
      "policy.yml:4:13: exemptions[0].rules[0]: unknown rule 'acess-key-max-age' — did you mean 'access-key-max-age'?",
      "policy.yml:4:32: exemptions[0].rules[1]: 'exemption-unused' is a finding about the run itself and cannot be exempted — remove it",
      "policy.yml:4:50: exemptions[0].rules[2]: unknown rule 'nonsense' — use rule ids from docs/rules.md, or '*'",
    ]);
  });

  it('requires expires to be a real calendar date', () => {
    const exemption = (expires: string) => withExemption('users: [a]', 'rules: ["*"]', 'reason: r', `expires: ${expires}`);
    expect(problems(exemption('2027-02-30'))).toEqual([
      "policy.yml:6:14: exemptions[0].expires must be a real calendar date written YYYY-MM-DD, got '2027-02-30'",
    ]);
    expect(problems(exemption('2027-2-3'))).toEqual([
      "policy.yml:6:14: exemptions[0].expires must be a real calendar date written YYYY-MM-DD, got '2027-2-3'",
    ]);
    expect(problems(exemption('2027-01-31T00:00:00Z'))).toEqual([
      "policy.yml:6:14: exemptions[0].expires must be a real calendar date written YYYY-MM-DD, got '2027-01-31T00:00:00Z'",
    ]);
    expect(problems(exemption('20270131'))).toEqual([
      'policy.yml:6:14: exemptions[0].expires must be a date written YYYY-MM-DD, got 20270131',
    ]);
    expect(() => validatePolicyText(exemption("'2027-01-31'"), 'p.yml')).not.toThrow();
  });

  it('checks account ids, asking to quote one that lost its leading zero', () => {
    expect(problems(withExemption('users: [a]', 'rules: ["*"]', 'reason: r', 'accounts: [012345678901, "12345", 1234567890123, true]'))).toEqual([
      "policy.yml:6:16: exemptions[0].accounts[0]: the unquoted number 012345678901 is not a 12-digit account id (YAML drops leading zeros) — quote account ids: '012345678901'",
      "policy.yml:6:30: exemptions[0].accounts[1] must be a 12-digit account id, got '12345'",
      "policy.yml:6:39: exemptions[0].accounts[2]: the unquoted number 1234567890123 is not a 12-digit account id (YAML drops leading zeros) — quote account ids: '1234567890123'",
      "policy.yml:6:54: exemptions[0].accounts[3] must be a 12-digit account id in quotes ('123456789012'), got true",
    ]);
  });

  it('names unknown exemption keys with the closest', () => {
    expect(problems(withExemption('user: [a]', 'arns: [b]', 'rules: ["*"]', 'reason: r', 'expiry: 2027-01-01'))).toEqual([
      "policy.yml:3:5: unknown key 'user' in exemptions[0] — did you mean 'users'?",
      "policy.yml:7:5: unknown key 'expiry' in exemptions[0] — did you mean 'expires'?",
    ]);
  });

  it('reports every problem of a file in order, pointing the error at the first', () => {
    const error = errorOf('version: 1\nrules:\n  root-mfa: maybe\nrulez: {}\nsettings:\n  max_report_age_hours: -1\n');
    expect(error.message.split('\n')).toEqual([
      "policy.yml:3:13: rules.root-mfa must be on, off, true, false or a mapping of its settings, got 'maybe'",
      "policy.yml:4:1: unknown key 'rulez' — did you mean 'rules'?",
      'policy.yml:6:25: settings.max_report_age_hours must be greater than 0, got -1',
    ]);
    expect(error.position).toEqual({ file: 'policy.yml', line: 3, column: 13 });
  });

  it('uses the file name it is given', () => {
    expect(errorOf('version: 3\n', 'builtin:strict').message).toBe(
      'builtin:strict:1:10: version must be 1, got 3 — this iam-credential-gate reads version 1 policies',
    );
  });
});

describe('validatePolicyText: YAML problems', () => {
  it('reports syntax errors with their position', () => {
    expect(problems('version: 1\nrules:\n  root-mfa: "on\n')).toEqual([
      'policy.yml:4:1: YAML syntax error: Missing closing "quote — fix the YAML syntax',
    ]);
  });

  it('rejects duplicate keys', () => {
    expect(problems('version: 1\nrules:\n  root-mfa: on\n  root-mfa: off\n')).toEqual([
      "policy.yml:4:3: duplicate key 'root-mfa' — a key may appear only once in a mapping; merge the two entries",
    ]);
  });

  it('rejects an empty file and a file that is not a mapping', () => {
    expect(problems('# nothing yet\n')).toEqual(["policy.yml:1:1: the policy is empty — start it with 'version: 1'"]);
    expect(problems('- version: 1\n')).toEqual([
      'policy.yml:1:1: a policy is a mapping of keys (version, rules, …), got a list — see the README for an example',
    ]);
  });

  it('rejects an alias without its anchor', () => {
    expect(problems('version: 1\nrules:\n  root-mfa: *on\n')).toEqual([
      'policy.yml: Unresolved alias (the anchor must be set before the alias): on — fix the YAML anchors and aliases',
    ]);
  });

  it('follows anchors and aliases, pointing at the aliased node', () => {
    const text = 'version: 1\nrules:\n  root-mfa: &strict { severity: warning }\n  root-access-keys: *strict\n';
    expect(validatePolicyText(text, 'p.yml').rules.map((rule) => rule.severity)).toEqual(['warning', 'warning']);
  });

  it('rejects YAML 1.1 tags and keys that are not text', () => {
    expect(problems('version: 1\nrules: !!set { root-mfa }\n')).toEqual([
      'policy.yml:2:8: Unresolved tag: tag:yaml.org,2002:set — policies use plain YAML values; remove the tag',
    ]);
    expect(problems('version: 1\nrules:\n  ? [root-mfa]\n  : on\n')).toEqual([
      'policy.yml:3:5: a key must be plain text, not a list or mapping — write the key as text',
    ]);
  });

  it('keeps YAML 1.1 booleans as text, so they are errors rather than silent values', () => {
    expect(problems(withRules('root-mfa: yes', 'root-access-keys: On'))).toEqual([
      "policy.yml:3:13: rules.root-mfa must be on, off, true, false or a mapping of its settings, got 'yes'",
      "policy.yml:4:21: rules.root-access-keys must be on, off, true, false or a mapping of its settings, got 'On'",
    ]);
  });
});
