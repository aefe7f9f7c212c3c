import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { RUN_LEVEL_RULES } from '../../src/rules/registry';
import { buildSarif, FINGERPRINT_KEY, type SarifLog } from '../../src/output/sarif';
import {
  ACCOUNT,
  ageAt,
  buildOutcome,
  finding,
  largeOutcome,
  POLICY_FILE,
  report,
  sampleOutcome,
} from '../support/outcome-builder';
import { buildPolicy } from '../support/policy-builder';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
const schema = JSON.parse(readFileSync(new URL('../fixtures/output/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(log: SarifLog): void {
  const valid = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

const TOOL = { toolVersion: '1.0.0' };

describe('buildSarif', () => {
  it('is valid SARIF 2.1.0', () => {
    const log = buildSarif(sampleOutcome(), TOOL);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expectValid(log);
  });

  it('is checked against the schema for real: a wrong level is caught', () => {
    const log = buildSarif(sampleOutcome(), TOOL);
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: { level: string }[] }[] };
    const first = broken.runs[0]?.results[0];
    if (first) first.level = 'notice';
    expect(validate(broken)).toBe(false);
  });

  it('is valid for a run that could not evaluate, and says so', () => {
    const log = buildSarif(buildOutcome({ policy: null, reports: [], errors: ['The policy file is missing.'] }), TOOL);
    expectValid(log);
    const [run] = log.runs;
    expect(run?.invocations[0]?.executionSuccessful).toBe(false);
    expect(run?.invocations[0]?.toolExecutionNotifications).toEqual([
      { level: 'error', message: { text: 'The policy file is missing.' } },
    ]);
    expect(run?.results).toEqual([]);
  });

  it('is valid for 5 000 users', () => {
    const log = buildSarif(largeOutcome(5000, 1), TOOL);
    expect(log.runs[0]?.results).toHaveLength(5000);
    expectValid(log);
  });

  it('describes every enabled rule and every run-level rule with full metadata', () => {
    const outcome = sampleOutcome();
    const rules = buildSarif(outcome, TOOL).runs[0]?.tool.driver.rules ?? [];
    const enabled = outcome.document.rules.filter((rule) => rule.enabled).map((rule) => rule.id);
    expect(rules.map((rule) => rule.id)).toEqual([...enabled, ...RUN_LEVEL_RULES.map((rule) => rule.id)]);
    const maxAge = rules.find((rule) => rule.id === 'access-key-max-age');
    expect(maxAge).toMatchObject({
      name: 'AccessKeyMaxAge',
      shortDescription: { text: 'Active access keys are rotated within the maximum age' },
      defaultConfiguration: { level: 'error' },
      helpUri: 'https://www.cisecurity.org/benchmark/amazon_web_services',
      properties: { 'security-severity': '8.0', precision: 'very-high' },
    });
    expect(maxAge?.properties.tags).toContain('security');
    expect(maxAge?.help.text).toContain('Remediation: Create a second key');
    expect(maxAge?.help.markdown).toContain('- [Security Hub IAM.3](https://docs.aws.amazon.com/');
    expect(rules.find((rule) => rule.id === 'root-access-keys')?.properties['security-severity']).toBe('9.0');
    expect(rules.find((rule) => rule.id === 'exemption-unused')).toMatchObject({
      defaultConfiguration: { level: 'note' },
      properties: { 'security-severity': '2.0' },
    });
  });

  it('uses the configured severity of a rule', () => {
    const policy = buildPolicy({ rules: { 'access-key-max-age': { severity: 'warning' } } });
    const rules = buildSarif(buildOutcome({ policy }), TOOL).runs[0]?.tool.driver.rules ?? [];
    expect(rules.find((rule) => rule.id === 'access-key-max-age')).toMatchObject({
      defaultConfiguration: { level: 'warning' },
      properties: { 'security-severity': '5.0' },
    });
  });

  it('gives one result per finding, exempted ones suppressed with their reason', () => {
    const outcome = sampleOutcome();
    const [run] = buildSarif(outcome, TOOL).runs;
    const results = run?.results ?? [];
    expect(results).toHaveLength(outcome.document.findings.length);
    const rules = run?.tool.driver.rules ?? [];
    for (const result of results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
    const exempted = results.filter((result) => result.suppressions !== undefined);
    expect(exempted).toHaveLength(1);
    expect(exempted[0]?.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'Vendor rotates quarterly (SEC-142); owner: platform-team; expires: 2026-12-05',
      },
    ]);
    expect(results.find((result) => result.ruleId === 'exemption-unused')?.level).toBe('note');
  });

  it('keeps real names (SARIF is not a human output)', () => {
    const result = buildSarif(sampleOutcome(), TOOL).runs[0]?.results.find((item) => item.properties.user === 'carol');
    expect(result?.message.text).toContain('carol');
    expect(result?.properties.arn).toBe(`arn:aws:iam::${ACCOUNT}:user/carol`);
  });

  it("locates results at the rule's line of a workspace policy", () => {
    const results = buildSarif(sampleOutcome(), TOOL).runs[0]?.results ?? [];
    const carol = results.find((result) => result.message.text.includes('carol is 142'));
    expect(carol?.locations[0]).toEqual({
      physicalLocation: { artifactLocation: { uri: POLICY_FILE }, region: { startLine: 6, startColumn: 3 } },
      logicalLocations: [{ name: 'carol', fullyQualifiedName: `arn:aws:iam::${ACCOUNT}:user/carol`, kind: 'resource' }],
    });
    const expired = results.find((result) => result.ruleId === 'exemption-expired');
    expect(expired?.locations[0]?.physicalLocation.region).toEqual({ startLine: 19, startColumn: 5 });
  });

  it('locates results of a builtin policy at a stable per-account pseudo file', () => {
    const policy = { ...buildPolicy(), source: 'builtin:recommended', file: null };
    const outcome = buildOutcome({ policy, findings: [finding({ rule: 'mfa-for-console', message: 'alice has no MFA.' })] });
    const log = buildSarif(outcome, TOOL);
    expectValid(log);
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: `iam-credential-report/${ACCOUNT}` },
      region: { startLine: 1 },
    });
  });
});

describe('partialFingerprints', () => {
  const created = '2026-07-01T09:00:00.000Z';
  function keyFinding(now: number, overrides: Parameters<typeof finding>[0] | object = {}) {
    const age = ageAt(created, now);
    return finding({
      rule: 'access-key-max-age',
      user: 'carol',
      credential: 'access_key_1',
      credentialCreated: created,
      ageDays: age,
      limit: 90,
      message: `Access key 1 of carol is ${age} days old (limit 90 days).`,
      ...overrides,
    });
  }
  function fingerprintAt(now: number, overrides: object = {}): string | undefined {
    const outcome = buildOutcome({
      findings: [keyFinding(now, overrides)],
      evaluatedAt: new Date(now).toISOString(),
      reports: [report({ generatedAt: new Date(now - 60_000).toISOString() })],
    });
    return buildSarif(outcome, TOOL).runs[0]?.results[0]?.partialFingerprints[FINGERPRINT_KEY];
  }
  const tonight = Date.parse('2026-11-20T02:00:00Z');
  const tomorrow = Date.parse('2026-11-21T02:00:00Z');

  it('stay the same across nightly runs although age and message change', () => {
    expect(fingerprintAt(tonight)).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintAt(tomorrow)).toBe(fingerprintAt(tonight));
  });

  it('change with the account, the user, the rule, the credential and its creation time', () => {
    const base = fingerprintAt(tonight);
    expect(fingerprintAt(tonight, { account: '210987654321' })).not.toBe(base);
    expect(fingerprintAt(tonight, { user: 'dave' })).not.toBe(base);
    expect(fingerprintAt(tonight, { rule: 'access-key-unused' })).not.toBe(base);
    expect(fingerprintAt(tonight, { credential: 'access_key_2' })).not.toBe(base);
    // A rotated key is a new credential: the old alert closes, a new one opens if it ages again.
    expect(fingerprintAt(tonight, { credentialCreated: '2026-11-19T09:00:00.000Z' })).not.toBe(base);
  });

  it('are unique within a run', () => {
    const results = buildSarif(sampleOutcome(), TOOL).runs[0]?.results ?? [];
    const fingerprints = new Set(results.map((result) => result.partialFingerprints[FINGERPRINT_KEY]));
    expect(fingerprints.size).toBe(results.length);
  });

  it('of exemption findings follow the exemption, not its number in the message', () => {
    const first = sampleOutcome();
    const again = sampleOutcome();
    const expired = again.document.findings.find((item) => item.rule === 'exemption-expired');
    if (expired) expired.message = expired.message.replace(':19:5', ':25:5');
    const fingerprint = (outcome: typeof first) =>
      buildSarif(outcome, TOOL).runs[0]?.results.find((result) => result.ruleId === 'exemption-expired')
        ?.partialFingerprints[FINGERPRINT_KEY];
    expect(fingerprint(again)).toBe(fingerprint(first));
  });
});
