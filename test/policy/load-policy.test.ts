import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/policy/load-policy';
import type { ConfiguredRule, Policy } from '../../src/policy/types';
import { RULES } from '../../src/rules/registry';
import { ruleParamsSchema } from '../../src/rules/rule-params';
import { UserError } from '../../src/user-error';

const fixtures = fileURLToPath(new URL('../fixtures/policies', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const load = (ref: string, cwd = fixtures): Promise<Policy> => loadPolicy(ref, { cwd, workspace: null });

async function errorOf(ref: string, cwd = fixtures): Promise<UserError> {
  const error: unknown = await load(ref, cwd).then(
    () => new Error(`expected ${ref} to be rejected`),
    (rejection: unknown) => rejection,
  );
  if (error instanceof UserError) return error;
  throw error;
}

function rule(policy: Policy, id: string): ConfiguredRule {
  const found = policy.rules.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no rule ${id}`);
  return found;
}

const defaultsOf = (id: string): Record<string, unknown> =>
  ruleParamsSchema(id)?.parse({}) as Record<string, unknown>;

describe('loadPolicy: extends', () => {
  it('merges params, keeps the parent severity unless overridden, and lets a child turn a rule off', async () => {
    const policy = await load('extends/team/child.yml');
    expect(rule(policy, 'access-key-max-age')).toEqual({
      id: 'access-key-max-age',
      enabled: true,
      severity: 'warning',
      params: { max_days: 60, warn_days: 14 },
      position: { file: 'extends/team/child.yml', line: 4, column: 3 },
    });
    expect(rule(policy, 'access-key-unused')).toMatchObject({
      enabled: false,
      params: { max_days: 45, never_used: 'ignore' },
      position: { file: 'extends/team/child.yml', line: 5, column: 3 },
    });
    expect(rule(policy, 'root-recent-use')).toMatchObject({ enabled: true, severity: 'error', params: { days: 1 } });
    expect(rule(policy, 'mfa-for-all-users')).toMatchObject({ enabled: true, severity: 'error' });
  });

  it('resolves a relative extends from the extending file and names parents relative to the working directory', async () => {
    const policy = await load('extends/team/child.yml');
    expect(rule(policy, 'user-inactive')).toEqual({
      id: 'user-inactive',
      enabled: true,
      severity: 'warning',
      params: { max_days: 30 },
      position: { file: 'extends/base.yml', line: 8, column: 3 },
    });
    const fromRoot = await load('test/fixtures/policies/extends/team/child.yml', repoRoot);
    expect(rule(fromRoot, 'user-inactive').position).toEqual({
      file: 'test/fixtures/policies/extends/base.yml',
      line: 8,
      column: 3,
    });
    expect(fromRoot.file).toBe('test/fixtures/policies/extends/team/child.yml');
  });

  it('starts from the builtin parent\'s rules, which have no position', async () => {
    const policy = await load('extends/team/child.yml');
    expect(rule(policy, 'root-mfa')).toEqual({
      id: 'root-mfa',
      enabled: true,
      severity: 'error',
      params: { applies_when: 'any-credential' },
      position: null,
    });
    expect(rule(policy, 'console-access-forbidden')).toMatchObject({ enabled: false, position: null });
  });

  it('merges settings: inherited unless the child sets them', async () => {
    expect((await load('extends/team/child.yml')).settings).toEqual({ max_report_age_hours: 8 });
    expect((await load('extends/team/faster-reports.yml')).settings).toEqual({ max_report_age_hours: 2 });
    expect((await load('extends/standalone.yml')).settings).toEqual({ max_report_age_hours: 4 });
  });

  it('concatenates exemptions, the parent\'s first', async () => {
    const policy = await load('extends/team/faster-reports.yml');
    expect(policy.exemptions.map((exemption) => [exemption.reason, exemption.position])).toEqual([
      ['Base exemption', { file: 'extends/base.yml', line: 10, column: 5 }],
      ['Child exemption', { file: 'extends/team/child.yml', line: 9, column: 5 }],
    ]);
  });

  it('names the policy as the user gave it', async () => {
    const policy = await load('./extends/team/child.yml');
    expect(policy.source).toBe('./extends/team/child.yml');
    expect(policy.file).toBe('./extends/team/child.yml');
    expect(rule(policy, 'mfa-for-all-users').position?.file).toBe('./extends/team/child.yml');
  });

  it('reports an extends cycle with the chain', async () => {
    const error = await errorOf('cycle/a.yml');
    expect(error.message).toBe(
      'cycle/b.yml:2:10: extends cycle: cycle/a.yml → cycle/b.yml → cycle/a.yml — a policy cannot extend itself; remove one of these extends',
    );
    expect(error.position).toEqual({ file: 'cycle/b.yml', line: 2, column: 10 });
    expect((await errorOf('cycle/self.yml')).message).toBe(
      'cycle/self.yml:2:10: extends cycle: cycle/self.yml → cycle/self.yml — a policy cannot extend itself; remove one of these extends',
    );
  });

  it('reports a missing parent at the extends line', async () => {
    expect((await errorOf('broken/missing-parent.yml')).message).toBe(
      'broken/missing-parent.yml:2:10: policy file broken/nowhere.yml (extends) does not exist ' +
        `(looked for ${join(fixtures, 'broken', 'nowhere.yml')}). A relative path is resolved from the working ` +
        'directory (the workspace in a workflow). Extends paths are relative to the file that contains them.',
    );
  });

  it('reports an unknown builtin parent at the extends line, with the closest', async () => {
    expect((await errorOf('broken/unknown-builtin-parent.yml')).message).toBe(
      "broken/unknown-builtin-parent.yml:2:10: unknown builtin policy 'builtin:recomended' — did you mean " +
        "'builtin:recommended'? The builtin policies are builtin:aws-foundational-security, builtin:cis-aws-foundations-v3, builtin:cis-aws-foundations-v5, builtin:cis-aws-foundations-v7, builtin:recommended, builtin:strict",
    );
  });

  it('reports problems of a parent file under the parent\'s name', async () => {
    expect((await errorOf('broken/child-of-invalid.yml')).message).toBe(
      "broken/invalid-parent.yml:3:3: unknown rule 'acess-key-max-age' — did you mean 'access-key-max-age'?",
    );
  });

  it('checks warn_days against max_days after merging', async () => {
    expect(rule(await load('warn-days/wide-warning.yml'), 'access-key-max-age').params).toEqual({
      max_days: 180,
      warn_days: 100,
    });
    expect((await errorOf('warn-days/too-wide.yml')).message).toBe(
      "warn-days/too-wide.yml:4:3: rule 'access-key-max-age': warn_days (100) must be less than max_days (90) — " +
        'warn_days is how many days before the limit a key is reported as upcoming',
    );
  });
});

describe('loadPolicy: a policy without extends', () => {
  it('enables only the rules it lists, every other rule off with its defaults', async () => {
    const policy = await load('extends/standalone.yml');
    expect(policy.rules.map((configured) => configured.id)).toEqual(RULES.map((definition) => definition.id));
    expect(policy.rules.filter((configured) => configured.enabled).map((configured) => configured.id)).toEqual([
      'root-mfa',
      'access-key-max-age',
    ]);
    expect(rule(policy, 'access-key-max-age').params).toEqual({ max_days: 30, warn_days: 0 });
    for (const configured of policy.rules) {
      const definition = RULES.find((candidate) => candidate.id === configured.id);
      expect(configured.severity).toBe(definition?.defaultSeverity);
      if (configured.id !== 'access-key-max-age') expect(configured.params).toEqual(defaultsOf(configured.id));
    }
    expect(rule(policy, 'user-inactive')).toMatchObject({
      enabled: false,
      position: { file: 'extends/standalone.yml', line: 5, column: 3 },
    });
    expect(rule(policy, 'password-unused').position).toBeNull();
    expect(policy.exemptions).toEqual([]);
  });
});

describe('loadPolicy: references', () => {
  it('rejects an unknown builtin, listing the builtins', async () => {
    const error = await errorOf('builtin:recomended');
    expect(error.message).toBe(
      "unknown builtin policy 'builtin:recomended' — did you mean 'builtin:recommended'? " +
        'The builtin policies are builtin:aws-foundational-security, builtin:cis-aws-foundations-v3, builtin:cis-aws-foundations-v5, builtin:cis-aws-foundations-v7, builtin:recommended, builtin:strict',
    );
    expect((await errorOf('builtin:paranoid')).message).toBe(
      "unknown builtin policy 'builtin:paranoid' — the builtin policies are builtin:aws-foundational-security, builtin:cis-aws-foundations-v3, builtin:cis-aws-foundations-v5, builtin:cis-aws-foundations-v7, builtin:recommended, builtin:strict",
    );
  });

  it('rejects a policy file that does not exist', async () => {
    const error = await errorOf('nope.yml');
    expect(error.message).toBe(
      `policy file nope.yml (policy) does not exist (looked for ${join(fixtures, 'nope.yml')}). A relative path is ` +
        'resolved from the working directory (the workspace in a workflow). ' +
        'Or use a builtin policy: builtin:aws-foundational-security, builtin:cis-aws-foundations-v3, builtin:cis-aws-foundations-v5, ' +
        'builtin:cis-aws-foundations-v7, builtin:recommended, builtin:strict.',
    );
    expect(error.position).toEqual({ file: 'nope.yml' });
    expect((await errorOf('extends')).message).toMatch(/^policy file extends \(policy\) is a directory/);
  });
});
