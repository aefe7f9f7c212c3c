import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES, BUILTIN_POLICY_NAMES } from '../../src/policy/builtin-policies';
import { POLICY_SCHEMA_ID } from '../../src/policy/policy-schema';
import { validatePolicyText } from '../../src/policy/validate-policy';
import { RULES } from '../../src/rules/registry';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const schema = JSON.parse(await readFile(`${repoRoot}/policies/schema.json`, 'utf8')) as {
  $schema: string;
  $id: string;
  properties: { rules: { properties: Record<string, { title: string; description: string }> } };
};
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

/** The policy example of the contract. */
const contractExample = await readFile(fileURLToPath(new URL('../fixtures/policies/contract-example.yml', import.meta.url)), 'utf8');
/** Every policy the README shows (its YAML blocks that are policies rather than workflows). */
const readmePolicies = [...(await readFile(`${repoRoot}/README.md`, 'utf8')).matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((match) => match[1] ?? '')
  .filter((block) => /^version: 1\b/m.test(block));

const schemaAccepts = (text: string): boolean => validateSchema(parse(text)) === true;
const validatorAccepts = (text: string): boolean => {
  try {
    validatePolicyText(text, 'p.yml');
    return true;
  } catch {
    return false;
  }
};

describe('policies/schema.json', () => {
  it('is a draft 2020-12 schema with an id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(POLICY_SCHEMA_ID);
  });

  it('documents every rule with its title and description from the registry', () => {
    expect(Object.keys(schema.properties.rules.properties)).toEqual(RULES.map((rule) => rule.id));
    for (const rule of RULES) {
      expect(schema.properties.rules.properties[rule.id]?.title).toBe(rule.title);
      expect(schema.properties.rules.properties[rule.id]?.description).toContain(rule.description);
    }
  });

  it.each(BUILTIN_POLICY_NAMES)('accepts builtin:%s', (name) => {
    expect(schemaAccepts(BUILTIN_POLICIES[name] ?? ''), JSON.stringify(validateSchema.errors)).toBe(true);
  });

  it('accepts the example policy of the contract', () => {
    expect(schemaAccepts(contractExample), JSON.stringify(validateSchema.errors)).toBe(true);
    expect(validatorAccepts(contractExample)).toBe(true);
  });

  it('accepts every policy in the README, as the validator does', () => {
    expect(readmePolicies.length).toBeGreaterThan(0);
    for (const policy of readmePolicies) {
      expect(schemaAccepts(policy), `${policy}\n${JSON.stringify(validateSchema.errors)}`).toBe(true);
      expect(validatorAccepts(policy), policy).toBe(true);
    }
  });

  it('rejects a misspelt rule', () => {
    expect(schemaAccepts('version: 1\nrules:\n  acess-key-max-age: on\n')).toBe(false);
    expect(validateSchema.errors?.[0]).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'acess-key-max-age' } });
  });

  // The schema and the validator come from one definition; these documents show they agree.
  const documents: [string, boolean][] = [
    ['version: 1\n', true],
    ['version: 2\n', false],
    ['rules: {}\n', false],
    ['version: 1\nrules:\n  root-mfa: off\n  access-key-max-age: { max_days: 30, warn_days: 7, severity: notice, enabled: true }\n', true],
    ['version: 1\nrules:\n  root-mfa: yes\n', false],
    ['version: 1\nrules:\n  access-key-max-age: { max_dyas: 30 }\n', false],
    ['version: 1\nrules:\n  access-key-max-age: { max_days: 0 }\n', false],
    ['version: 1\nrules:\n  access-key-unused: { never_used: sometimes }\n', false],
    ['version: 1\nsettings:\n  max_report_age_hours: 0\n', false],
    ['version: 1\nexemptions:\n  - users: [a]\n    rules: ["*"]\n    reason: r\n    expires: 2028-02-29\n', true],
    ['version: 1\nexemptions:\n  - users: [a]\n    rules: ["*"]\n    reason: r\n    expires: 2027-02-29\n', false],
    ['version: 1\nexemptions:\n  - rules: ["*"]\n    reason: r\n', false],
    ['version: 1\nexemptions:\n  - arns: [a]\n    rules: ["*"]\n', false],
    ['version: 1\nexemptions:\n  - arns: [a]\n    rules: [exemption-unused]\n    reason: r\n', false],
    ['version: 1\nexemptions:\n  - users: [a]\n    rules: ["*"]\n    reason: r\n    accounts: [123456789012]\n', true],
    ['version: 1\nexemptions:\n  - users: [a]\n    rules: ["*"]\n    reason: r\n    accounts: [012345678901]\n', false],
    ['version: 1\nunknown: 1\n', false],
  ];
  it.each(documents)('agrees with the validator on %j', (text, valid) => {
    expect(schemaAccepts(text)).toBe(valid);
    expect(validatorAccepts(text)).toBe(valid);
  });
});
