import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { sortFindings } from '../../src/evaluate/sort-findings';
import type { Finding, ReportInput } from '../../src/evaluate/types';
import type { Policy } from '../../src/policy/types';
import { RULE_IDS } from '../../src/rules/registry';
import { buildPolicy, exemption, onlyRules } from '../support/policy-builder';
import {
  ACCOUNT,
  activeKey,
  consoleUser,
  daysAgo,
  NOT_SUPPORTED,
  NOW,
  rootRow,
  userRow,
} from '../support/row-builder';

const report = (rows: ReportInput['rows'], account: string | null = ACCOUNT): ReportInput => ({ account, rows });
const run = (policy: Policy, reports: ReportInput[], now = NOW) => evaluate({ policy, reports, now });
const brief = (finding: Finding) => [finding.rule, finding.severity, finding.user, finding.credential];

const carol = userRow('carol', { key1: activeKey(142, 1) });

describe('evaluate', () => {
  it('turns rule hits into findings with account, user, ARN and the configured severity', () => {
    const result = run(onlyRules({ 'access-key-max-age': { severity: 'warning' } }), [report([rootRow(), carol])]);
    expect(result.findings).toEqual([
      {
        rule: 'access-key-max-age',
        severity: 'warning',
        status: 'violation',
        account: ACCOUNT,
        user: 'carol',
        arn: `arn:aws:iam::${ACCOUNT}:user/carol`,
        credential: 'access_key_1',
        credentialCreated: new Date(NOW - 142 * 86_400_000).toISOString(),
        ageDays: 142,
        limit: 90,
        message: 'Access key 1 of carol is 142 days old (limit 90 days).',
        exempted: false,
        exemption: null,
      },
    ]);
    expect(result.counts).toEqual({ error: 0, warning: 1, notice: 0, exempted: 0 });
  });

  it('takes the account from the row when the report has none', () => {
    const result = run(onlyRules({ 'access-key-max-age': true }), [report([rootRow(), carol], null)]);
    expect(result.findings[0]?.account).toBe(ACCOUNT);
  });

  it('makes upcoming findings warnings whatever the configured severity', () => {
    const row = userRow('soon', { key1: activeKey(85, 1) });
    const policy = onlyRules({ 'access-key-max-age': { severity: 'error', params: { max_days: 90, warn_days: 14 } } });
    const [finding] = run(policy, [report([rootRow(), row])]).findings;
    expect(finding).toMatchObject({ severity: 'warning', status: 'upcoming' });
  });

  it('applies root rules only to the root row and user rules only to users', () => {
    const root = rootRow({ key1: activeKey(400, 400), mfaActive: false, passwordLastUsed: daysAgo(0) });
    const user = userRow('u', { key1: activeKey(400, 400) });
    const result = run(buildPolicy({ rules: { 'access-keys-forbidden': true } }), [report([root, user])]);
    const rootFindings = result.findings.filter((finding) => finding.user === '<root_account>');
    const userFindings = result.findings.filter((finding) => finding.user === 'u');
    expect(rootFindings.map((finding) => finding.rule).sort()).toEqual(['root-access-keys', 'root-mfa', 'root-recent-use']);
    expect(userFindings.every((finding) => !finding.rule.startsWith('root-'))).toBe(true);
    expect(userFindings.map((finding) => finding.rule).sort()).toEqual([
      'access-key-max-age',
      'access-key-unused',
      'access-keys-forbidden',
    ]);
  });

  it('finds nothing for a user without credentials under the recommended policy', () => {
    expect(run(buildPolicy(), [report([rootRow(), userRow('empty', { mfaActive: false })])]).findings).toEqual([]);
  });

  it('runs only enabled rules', () => {
    const policy = buildPolicy({ rules: { 'access-key-max-age': false } });
    expect(run(policy, [report([rootRow(), carol])]).findings).toEqual([]);
  });

  it('uses the params the policy configured', () => {
    const policy = onlyRules({ 'access-key-max-age': { params: { max_days: 200 } } });
    expect(run(policy, [report([rootRow(), carol])]).findings).toEqual([]);
  });

  it('survives duplicate rows, future dates and keys older than their user', () => {
    const odd = userRow('dup', {
      userCreationTime: daysAgo(-30),
      key1: { ...activeKey(500, -3) },
      key2: { ...activeKey(-10), lastUsed: daysAgo(-1) },
      passwordEnabled: true,
      passwordLastUsed: daysAgo(-2),
      passwordLastChanged: daysAgo(-2),
    });
    const everything = buildPolicy({ rules: Object.fromEntries(RULE_IDS.map((id) => [id, true])) });
    const result = run(everything, [report([rootRow({ passwordLastUsed: daysAgo(-1) }), odd, odd])]);
    const dupKeyAge = result.findings.filter((finding) => finding.rule === 'access-key-max-age');
    expect(dupKeyAge).toHaveLength(2);
    expect(result.findings.some((finding) => finding.rule === 'root-recent-use')).toBe(true);
  });

  it('evaluates an old-format root row (not_supported) without crashing', () => {
    const oldRoot = rootRow({
      passwordEnabled: 'not_supported',
      passwordLastUsed: NOT_SUPPORTED,
      passwordLastChanged: NOT_SUPPORTED,
      mfaActive: false,
    });
    const result = run(buildPolicy(), [report([oldRoot])]);
    expect(result.findings.map(brief)).toEqual([['root-mfa', 'error', '<root_account>', 'mfa']]);
  });

  describe('root-row-missing', () => {
    it('is a notice per report without a root row when a root rule is enabled', () => {
      const other = '210987654321';
      const result = run(onlyRules({ 'root-mfa': true }), [
        report([carol]),
        report([rootRow()]),
        report([], other),
      ]);
      expect(result.findings).toEqual([
        expect.objectContaining({ rule: 'root-row-missing', severity: 'notice', status: 'violation', account: ACCOUNT }),
        expect.objectContaining({ rule: 'root-row-missing', severity: 'notice', account: other }),
      ]);
      expect(result.findings[0]).toMatchObject({ user: null, arn: null, credential: null, exempted: false });
      expect(result.findings[0]?.message).toBe(
        `The credential report of ${ACCOUNT} has no <root_account> row, so the root rules were not evaluated.`,
      );
      expect(result.counts).toEqual({ error: 0, warning: 0, notice: 2, exempted: 0 });
    });

    it('takes the account from the rows when the report names none', () => {
      const result = run(onlyRules({ 'root-mfa': true }), [report([carol], null)]);
      expect(result.findings[0]).toMatchObject({ rule: 'root-row-missing', account: ACCOUNT });
    });

    it('is not reported when no root rule is enabled', () => {
      expect(run(onlyRules({ 'access-key-max-age': true }), [report([])]).findings).toEqual([]);
    });

    it('cannot be exempted', () => {
      const policy = onlyRules({ 'root-mfa': true }, [exemption({ users: ['*'], arns: ['*'] })]);
      const result = run(policy, [report([carol])]);
      expect(result.findings.find((finding) => finding.rule === 'root-row-missing')?.exempted).toBe(false);
    });
  });

  describe('exemptions', () => {
    const withExemptions = (...exemptions: ReturnType<typeof exemption>[]) =>
      onlyRules({ 'access-key-max-age': true, 'access-key-unused': true }, exemptions);
    const bob = userRow('bob', { key1: activeKey(200, 100) });
    const rows = () => [report([rootRow(), carol, bob])];

    it('marks a matching finding exempted with reason, owner and expiry, and does not count it', () => {
      const policy = withExemptions(
        exemption({
          users: ['car?l'],
          rules: ['access-key-max-age'],
          reason: 'Vendor rotates quarterly (SEC-142)',
          owner: 'platform-team',
          expires: '2026-11-20',
        }),
      );
      const result = run(policy, rows());
      const exempted = result.findings.filter((finding) => finding.exempted);
      expect(exempted).toHaveLength(1);
      expect(exempted[0]).toMatchObject({
        rule: 'access-key-max-age',
        user: 'carol',
        exemption: { reason: 'Vendor rotates quarterly (SEC-142)', owner: 'platform-team', expires: '2026-11-20' },
      });
      expect(result.counts).toEqual({ error: 2, warning: 0, notice: 0, exempted: 1 });
      expect(result.exemptions).toEqual([{ exemption: policy.exemptions[0], applied: 1, expired: false }]);
      expect(result.rules.find((rule) => rule.id === 'access-key-max-age')).toMatchObject({ findings: 2, exempted: 1 });
    });

    it('matches on an ARN glob', () => {
      const result = run(withExemptions(exemption({ arns: ['arn:aws:iam::*:user/b*'] })), rows());
      expect(result.findings.filter((finding) => finding.exempted).map((finding) => finding.user)).toEqual(['bob', 'bob']);
    });

    it('respects accounts: match and mismatch', () => {
      const match = run(withExemptions(exemption({ users: ['*'], accounts: [ACCOUNT] })), rows());
      expect(match.counts.exempted).toBe(3);
      const mismatch = run(withExemptions(exemption({ users: ['*'], accounts: ['999999999999'] })), rows());
      expect(mismatch.counts.exempted).toBe(0);
    });

    it('applies the first matching exemption in policy order', () => {
      const first = exemption({ users: ['bob'], reason: 'first' });
      const second = exemption({ users: ['*'], reason: 'second' });
      const result = run(withExemptions(first, second), rows());
      const bobs = result.findings.filter((finding) => finding.user === 'bob');
      expect(bobs.map((finding) => finding.exemption?.reason)).toEqual(['first', 'first']);
      expect(result.findings.find((finding) => finding.user === 'carol')?.exemption?.reason).toBe('second');
      expect(result.exemptions.map((use) => use.applied)).toEqual([2, 1]);
    });

    it('exempts root as <root_account>', () => {
      const policy = onlyRules({ 'root-mfa': true }, [exemption({ users: ['<root_account>'], rules: ['root-mfa'] })]);
      const result = run(policy, [report([rootRow({ mfaActive: false })])]);
      expect(result.findings).toEqual([expect.objectContaining({ rule: 'root-mfa', exempted: true })]);
      expect(result.counts).toEqual({ error: 0, warning: 0, notice: 0, exempted: 1 });
    });

    it('is valid through the end of its expiry day', () => {
      const endOfDay = Date.parse('2026-11-20T23:59:59.999Z');
      const policy = withExemptions(exemption({ users: ['carol'], expires: '2026-11-20' }));
      expect(run(policy, rows(), endOfDay).findings.find((f) => f.user === 'carol')?.exempted).toBe(true);
    });

    it('stops applying once expired, and reports it as an exemption-expired warning', () => {
      const policy = withExemptions(
        exemption({ users: ['carol'], reason: 'Legacy vendor', expires: '2026-11-19', position: { file: 'p.yml', line: 7, column: 5 } }),
      );
      const result = run(policy, rows());
      expect(result.findings.find((finding) => finding.user === 'carol')?.exempted).toBe(false);
      const expired = result.findings.filter((finding) => finding.rule === 'exemption-expired');
      expect(expired).toEqual([
        {
          rule: 'exemption-expired',
          severity: 'warning',
          status: 'violation',
          account: null,
          user: null,
          arn: null,
          credential: null,
          credentialCreated: null,
          ageDays: null,
          limit: null,
          message: 'Exemption 1 (p.yml:7:5) ("Legacy vendor") expired on 2026-11-19 and is no longer applied.',
          exempted: false,
          exemption: null,
        },
      ]);
      expect(result.exemptions).toEqual([{ exemption: policy.exemptions[0], applied: 0, expired: true }]);
      expect(result.findings.some((finding) => finding.rule === 'exemption-unused')).toBe(false);
      expect(result.counts).toEqual({ error: 3, warning: 1, notice: 0, exempted: 0 });
    });

    it('reports an exemption in force that matched nothing in the whole run as exemption-unused', () => {
      const used = exemption({ users: ['carol'] });
      const unused = exemption({ users: ['nobody'], reason: 'Old ticket' });
      const result = run(withExemptions(used, unused), [report([rootRow(), carol]), report([rootRow()], '210987654321')]);
      expect(result.findings.filter((finding) => finding.rule === 'exemption-unused')).toEqual([
        expect.objectContaining({
          severity: 'notice',
          user: null,
          account: null,
          message: 'Exemption 2 ("Old ticket") matched no finding.',
        }),
      ]);
      expect(result.counts.notice).toBe(1);
    });

    it('does not call an exemption unused when it matched findings an earlier one already exempted', () => {
      const first = exemption({ users: ['carol'], reason: 'first' });
      const shadowed = exemption({ users: ['car*'], reason: 'shadowed' });
      const result = run(withExemptions(first, shadowed), [report([rootRow(), carol])]);
      expect(result.findings.some((finding) => finding.rule === 'exemption-unused')).toBe(false);
      expect(result.exemptions.map((use) => use.applied)).toEqual([1, 0]);
    });
  });

  describe('sorting', () => {
    it('orders by severity, rule, account, user, then credential with null first', () => {
      const other = '000000000001';
      const policy = onlyRules({
        'access-key-max-age': true,
        'single-active-access-key': true,
        'additional-credentials': { severity: 'notice' },
        'root-mfa': true,
      }, [exemption({ users: ['nobody'] })]);
      const zed = userRow('zed', { key1: activeKey(100), key2: activeKey(100), additionalCredentialsInfo: 'x' });
      const amy = userRow('amy', { key2: activeKey(100), key1: activeKey(100) });
      const result = run(policy, [report([rootRow({ mfaActive: false }), zed, amy]), report([amy], other)]);
      expect(result.findings.map((finding) => [finding.rule, finding.account, finding.user, finding.credential])).toEqual([
        ['access-key-max-age', other, 'amy', 'access_key_1'],
        ['access-key-max-age', other, 'amy', 'access_key_2'],
        ['access-key-max-age', ACCOUNT, 'amy', 'access_key_1'],
        ['access-key-max-age', ACCOUNT, 'amy', 'access_key_2'],
        ['access-key-max-age', ACCOUNT, 'zed', 'access_key_1'],
        ['access-key-max-age', ACCOUNT, 'zed', 'access_key_2'],
        ['root-mfa', ACCOUNT, '<root_account>', 'mfa'],
        ['single-active-access-key', other, 'amy', null],
        ['single-active-access-key', ACCOUNT, 'amy', null],
        ['single-active-access-key', ACCOUNT, 'zed', null],
        ['additional-credentials', ACCOUNT, 'zed', null],
        ['exemption-unused', null, null, null],
        ['root-row-missing', other, null, null],
      ]);
      expect(result.counts).toEqual({ error: 7, warning: 3, notice: 3, exempted: 0 });
    });
  });

  describe('sorting: rows in any order', () => {
    // Ages tell the rows apart: the rules' messages name the age of each key.
    const ages = (findings: Finding[]) => findings.map((finding) => [finding.user, finding.credential, finding.ageDays]);

    it('keeps rows of one user name in report order, whatever order the report lists names in', () => {
      const policy = onlyRules({ 'access-key-max-age': true });
      const rows = [
        rootRow(),
        userRow('zed', { key1: activeKey(300) }),
        userRow('bob', { key1: activeKey(200) }),
        userRow('zed', { key1: activeKey(100) }),
        userRow('Bob', { key1: activeKey(150) }),
        userRow('bob', { key1: activeKey(400) }),
      ];
      expect(ages(run(policy, [report(rows)]).findings)).toEqual([
        ['Bob', 'access_key_1', 150],
        ['bob', 'access_key_1', 200],
        ['bob', 'access_key_1', 400],
        ['zed', 'access_key_1', 300],
        ['zed', 'access_key_1', 100],
      ]);
    });

    it('gives the same findings in the same order for a report in any row order, as a full sort in report order would', () => {
      let seed = 11;
      const next = (n: number): number => {
        seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
        return seed % n;
      };
      const names = ['amy', 'Amy', 'zed', 'amy2', 'bo', 'b', 'é', 'a b'];
      const users = Array.from({ length: 400 }, (_, index) =>
        userRow(names[next(names.length)] ?? 'x', {
          key1: activeKey(80 + next(40), next(3) === 0 ? null : next(200)),
          key2: next(2) === 0 ? activeKey(60 + index) : undefined,
          mfaActive: next(2) === 0,
        }),
      );
      const policy = onlyRules({
        'access-key-max-age': { params: { max_days: 90, warn_days: 14 } },
        'access-key-unused': true,
        'single-active-access-key': true,
        'mfa-for-all-users': true,
      });
      const result = run(policy, [report([rootRow(), ...users])]);
      // The reference: each row's findings, rows in report order, then one stable sort.
      const reference = users.flatMap((row) => run(policy, [report([row])]).findings);
      expect(result.findings.length).toBeGreaterThan(300);
      expect(result.findings.map((finding) => finding.message)).toEqual(
        sortFindings(reference).map((finding) => finding.message),
      );
    });
  });

  describe('rule summaries', () => {
    it('lists every policy rule in registry order, enabled or not, with its configured severity', () => {
      const policy = buildPolicy({ rules: { 'mfa-for-console': { severity: 'warning' } } });
      policy.rules.reverse();
      const result = run(policy, [report([rootRow(), consoleUser('dave', 1, 1), carol])]);
      expect(result.rules.map((rule) => rule.id)).toEqual(RULE_IDS);
      expect(result.rules.find((rule) => rule.id === 'mfa-for-console')).toEqual({
        id: 'mfa-for-console',
        enabled: true,
        severity: 'warning',
        findings: 1,
        exempted: 0,
      });
      expect(result.rules.find((rule) => rule.id === 'password-max-age')).toMatchObject({ enabled: false, findings: 0 });
      expect(result.rules.find((rule) => rule.id === 'access-key-max-age')?.findings).toBe(1);
    });
  });
});
