import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/output/redact';
import { renderSummary, SUMMARY_MAX_BYTES, type SummaryOptions } from '../../src/output/render-summary';
import { buildPolicy } from '../support/policy-builder';
import {
  ACCOUNT,
  buildOutcome,
  finding,
  largeOutcome,
  NOW,
  report,
  runFinding,
  sampleOutcome,
} from '../support/outcome-builder';

const RUN_URL = 'https://github.com/acme/infra/actions/runs/42';
const GITHUB_LIMIT = 1_048_576;

function options(overrides: Partial<SummaryOptions> = {}): SummaryOptions {
  return { now: NOW, jsonFile: 'findings.json', redact: createRedactor(false), runUrl: RUN_URL, ...overrides };
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

describe('renderSummary snapshots', () => {
  it('renders a failing run with findings in every group', async () => {
    await expect(renderSummary(sampleOutcome(), options())).toMatchFileSnapshot('../fixtures/output/summary-sample.md');
  });

  it('renders a passing run', async () => {
    const outcome = buildOutcome({
      findings: [
        finding({
          rule: 'access-key-max-age',
          severity: 'warning',
          status: 'upcoming',
          user: 'frank',
          credential: 'access_key_1',
          ageDays: 80,
          limit: 90,
          message: 'Access key 1 of frank is 80 days old and passes the limit of 90 days in 11 days.',
        }),
      ],
      policy: buildPolicy({ rules: { 'access-key-max-age': { params: { warn_days: 14 } } } }),
      reports: [report({ source: 'file', generatedAt: null, users: 3 })],
    });
    await expect(renderSummary(outcome, options({ jsonFile: null, runUrl: null }))).toMatchFileSnapshot(
      '../fixtures/output/summary-pass.md',
    );
  });

  it('renders a run that could not evaluate, its errors first', async () => {
    const outcome = buildOutcome({
      policy: null,
      reports: [],
      errors: [
        "unknown rule 'acess-key-max-age' at .github/iam-policy.yml:4:3 — did you mean 'access-key-max-age'?",
        'Second problem with <html> & a | pipe',
      ],
    });
    const markdown = renderSummary(outcome, options());
    expect(markdown.indexOf('could not evaluate')).toBeLessThan(markdown.indexOf('unknown rule'));
    await expect(markdown).toMatchFileSnapshot('../fixtures/output/summary-error.md');
  });

  it('renders several accounts with a row each and an Account column', async () => {
    const other = '210987654321';
    const outcome = buildOutcome({
      findings: [
        finding({ rule: 'mfa-for-console', user: 'alice', credential: 'mfa', message: 'alice can sign in to the console without MFA.' }),
        finding({
          rule: 'mfa-for-console',
          account: other,
          user: 'bob',
          credential: 'mfa',
          message: 'bob can sign in to the console without MFA.',
        }),
        runFinding('root-row-missing', 'notice', `The credential report of ${other} has no <root_account> row, so the root rules were not evaluated.`, other),
      ],
      reports: [report(), report({ account: other, generatedAt: '2026-11-20T06:30:00.000Z', users: 7 })],
      errors: [],
    });
    const markdown = renderSummary(outcome, options());
    expect(markdown).toContain('| Account | Report generated | Age | Users |');
    expect(markdown).toContain('IAM keeps a credential report for up to 4 hours');
    await expect(markdown).toMatchFileSnapshot('../fixtures/output/summary-multi-account.md');
  });
});

describe('renderSummary facts', () => {
  it('puts the verdict first', () => {
    expect(renderSummary(sampleOutcome(), options()).startsWith('## ❌ IAM credential gate failed')).toBe(true);
  });

  it('says how old the report is and, after an hour, that IAM caches it for up to 4 hours', () => {
    const fresh = renderSummary(buildOutcome({ reports: [report({ generatedAt: '2026-11-20T11:48:00.000Z' })] }), options());
    expect(fresh).toContain('(12 minutes ago)');
    expect(fresh).not.toContain('up to 4 hours');
    const old = renderSummary(buildOutcome({ reports: [report({ generatedAt: '2026-11-20T09:30:00.000Z' })] }), options());
    expect(old).toContain('(2 hours ago)');
    expect(old).toContain('up to 4 hours');
  });

  it('says the generation time of a saved report is unknown', () => {
    const markdown = renderSummary(buildOutcome({ reports: [report({ generatedAt: null, source: 'file' })] }), options());
    expect(markdown).toContain('read from a saved file (when it was generated is not known)');
  });

  it('lists exemptions that expire within 30 days, and not those further out', () => {
    const markdown = renderSummary(sampleOutcome(), options());
    expect(markdown).toContain('**1 exemption expires within 30 days**');
    expect(markdown).toContain('⏳ expires in 15 days');
    expect(renderSummary(sampleOutcome(), options({ now: Date.parse('2026-10-01T00:00:00Z') }))).not.toContain('⏳');
  });

  it('folds remediation per rule with findings into <details>', () => {
    const markdown = renderSummary(sampleOutcome(), options());
    expect(markdown).toMatch(/<details>\n<summary><code>access-key-max-age<\/code>[^\n]*<\/summary>\n\nCreate a second key/);
    expect(markdown).not.toContain('<summary><code>root-mfa</code>');
  });
});

describe('renderSummary escaping', () => {
  const hostile = buildOutcome({
    findings: [
      finding({ rule: 'root-mfa', user: '<root_account>', credential: 'mfa', message: '<root_account> has no MFA.' }),
      finding({ rule: 'mfa-for-console', user: 'a|b', credential: 'mfa', message: 'a|b has *no* MFA_at_all.' }),
      finding({ rule: 'mfa-for-console', user: 'tick`s', credential: 'mfa', message: 'tick`s <img src=x onerror=alert(1)>' }),
      finding({
        rule: 'mfa-for-console',
        user: 'line\nbreak',
        credential: 'mfa',
        message: 'two\nlines & [a](javascript:x) @org/team',
      }),
    ],
  });
  const markdown = renderSummary(hostile, options());

  it('renders report values literally', () => {
    expect(markdown).toContain('| `<root_account>` |');
    expect(markdown).toContain('&lt;root\\_account&gt; has no MFA.');
    expect(markdown).toContain('| `a\\|b` |');
    expect(markdown).toContain('a\\|b has \\*no\\* MFA\\_at\\_all.');
    expect(markdown).toContain('| ``tick`s`` |');
    expect(markdown).toContain('tick&#96;s &lt;img src=x onerror=alert(1)&gt;');
    expect(markdown).toContain('two lines &amp; \\[a\\](javascript:x) @\u2060org/team');
  });

  it('keeps every row on one line with the right number of cells', () => {
    const rows = markdown.split('\n').filter((line) => line.startsWith('| 🔴 error |'));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.replace(/\\./g, '').split('|').length - 2).toBe(7);
  });

  it('leaves no raw HTML from the report', () => {
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('<root_account> has');
  });
});

describe('renderSummary size', () => {
  it('keeps 5 000 users with a violation each under 1 MiB', () => {
    const markdown = renderSummary(largeOutcome(5000, 1), options());
    expect(bytes(markdown)).toBeLessThan(GITHUB_LIMIT);
    expect(bytes(markdown)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(markdown).toContain('### Violations (5,000)');
  });

  it('cuts tables of 5 000 users with three violations each to the 1 MiB limit, with a note that points at the JSON file', () => {
    // Without the row limit per rule, the room alone decides.
    const markdown = renderSummary(largeOutcome(5000, 3), options({ rowsPerRule: Number.POSITIVE_INFINITY }));
    expect(bytes(markdown)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(markdown).toContain(
      '> ✂️ Not every violation fits: a job summary is limited to 1 MiB, so each rule shows its most important ones. Every one is in the JSON file `findings.json`.',
    );
    // A section per rule, the budget split fairly: each shows about a third of what fits.
    const shown = ['access-key-max-age', 'access-key-unused', 'mfa-for-console'].map((rule) => {
      expect(markdown).toContain(`#### \`${rule}\` · `);
      const note = new RegExp(`> ✂️ Showing the first ([\\d,]+) of 5,000 violations of \`${rule}\`: ([\\d,]+) more in the findings document \`findings\\.json\`\\.`).exec(markdown);
      expect(note).not.toBeNull();
      const count = Number((note?.[1] ?? '0').replace(/,/g, ''));
      expect(count + Number((note?.[2] ?? '0').replace(/,/g, ''))).toBe(5000);
      return count;
    });
    expect(Math.min(...shown)).toBeGreaterThan(1000);
    expect(Math.max(...shown) / Math.min(...shown)).toBeLessThan(1.6);
    // What matters most is never cut.
    expect(markdown.startsWith('## ❌ IAM credential gate failed')).toBe(true);
    expect(markdown).toContain('### Rules');
    expect(markdown).toContain('### How to fix');
    expect(markdown).toContain('Every finding is in `findings.json`');
  });

  it('shows the most important rows of a rule it cuts: errors, then the oldest credential, ties in document order', () => {
    const aged = Array.from({ length: 6_000 }, (_, index) => {
      const user = `aged-${String(index).padStart(4, '0')}`.padEnd(60, 'x');
      const ageDays = 91 + ((index * 37) % 1_000);
      return finding({ rule: 'access-key-max-age', user, credential: 'access_key_1', ageDays, limit: 90, message: `Access key 1 of ${user} is ${ageDays} days old (limit 90 days).` });
    });
    const upcoming = Array.from({ length: 50 }, (_, index) =>
      finding({ rule: 'access-key-max-age', severity: 'warning', user: `soon-${index}`, ageDays: 2_000, limit: 90, message: `soon-${index} is old.` }),
    );
    const few = Array.from({ length: 20 }, (_, index) =>
      finding({ rule: 'mfa-for-console', user: `few-${String(index).padStart(2, '0')}`, credential: 'mfa', message: `few-${index} has no MFA.` }),
    );
    const markdown = renderSummary(
      buildOutcome({ findings: [...aged, ...upcoming, ...few] }),
      options({ maxBytes: 400_000, rowsPerRule: Number.POSITIVE_INFINITY }),
    );
    const cutRule = markdown.slice(markdown.indexOf('#### `access-key-max-age`'), markdown.indexOf('#### `mfa-for-console`'));
    const rows = cutRule.split('\n').filter((line) => line.startsWith('| '));
    const shown = rows.filter((line) => line.startsWith('| 🔴 error |')).map((line) => /\| ([\d,]+) days \| 90 days \|/.exec(line)?.[1]);
    expect(cutRule).toMatch(/✂️ Showing the first [\d,]+ of 6,050 violations of `access-key-max-age`/);
    expect(shown.length).toBeGreaterThan(500);
    expect(shown.length).toBeLessThan(6_000);
    // Errors only (the much older warnings come after every error), the oldest first.
    expect(rows.some((line) => line.includes('soon-'))).toBe(false);
    const ages = shown.map((age) => Number((age ?? '').replace(/,/g, '')));
    expect(ages).toEqual([...ages].sort((a, b) => b - a));
    const cutoff = ages[ages.length - 1] ?? 0;
    expect(aged.filter((item) => (item.ageDays ?? 0) > cutoff).length).toBeLessThanOrEqual(ages.length);
    // Equal ages keep the document's order (by user).
    const oldest = rows.filter((line) => line.includes(' 1,090 days ')).map((line) => /`(aged-\d+)/.exec(line)?.[1]);
    expect(oldest.length).toBeGreaterThan(1);
    expect(oldest).toEqual([...oldest].sort());
    // A rule that shows every row keeps the document's order.
    const fewRows = markdown.slice(markdown.indexOf('#### `mfa-for-console`')).split('\n').filter((line) => line.includes('`few-'));
    expect(fewRows.map((line) => /`(few-\d+)`/.exec(line)?.[1])).toEqual(few.map((item) => item.user));
  });

  it('shows at most 500 violations of a rule, its most important ones, and every row of a smaller rule', () => {
    const many = Array.from({ length: 1_200 }, (_, index) => {
      const user = `many-${String(index).padStart(4, '0')}`;
      const ageDays = 91 + ((index * 37) % 900);
      return finding({ rule: 'access-key-max-age', user, credential: 'access_key_1', ageDays, limit: 90, message: `Access key 1 of ${user} is ${ageDays} days old (limit 90 days).` });
    });
    const few = Array.from({ length: 499 }, (_, index) =>
      finding({ rule: 'mfa-for-console', user: `few-${String(index).padStart(3, '0')}`, credential: 'mfa', message: `few-${index} has no MFA.` }),
    );
    const markdown = renderSummary(buildOutcome({ findings: [...many, ...few] }), options());
    expect(bytes(markdown)).toBeLessThan(200_000);
    expect(markdown).toContain(
      '> ✂️ Not every violation is shown: each rule shows its 500 most important ones at most. Every one is in the JSON file `findings.json`.',
    );
    expect(markdown).toContain(
      '> ✂️ Showing the first 500 of 1,200 violations of `access-key-max-age`: 700 more in the findings document `findings.json`.',
    );
    const cutRule = markdown.slice(markdown.indexOf('#### `access-key-max-age`'), markdown.indexOf('#### `mfa-for-console`'));
    const ages = cutRule
      .split('\n')
      .filter((line) => line.startsWith('| 🔴 error |'))
      .map((line) => Number((/\| ([\d,]+) days \| 90 days \|/.exec(line)?.[1] ?? '').replace(/,/g, '')));
    expect(ages).toHaveLength(500);
    // The oldest keys: every one older than the last shown is shown.
    expect(ages).toEqual([...ages].sort((a, b) => b - a));
    expect(many.filter((item) => (item.ageDays ?? 0) > (ages[499] ?? 0)).length).toBeLessThan(500);
    // 499 rows: all of them, in the document's order, and no note of its own.
    const fewPart = markdown.slice(markdown.indexOf('#### `mfa-for-console`'));
    expect(fewPart.split('\n').filter((line) => line.includes('`few-')).map((line) => /`(few-\d+)`/.exec(line)?.[1])).toEqual(
      few.map((item) => item.user),
    );
    expect(fewPart).not.toContain('Showing the first');
  });

  it('says the 1 MiB limit cut a rule when rules at their row limit still do not fit', () => {
    const rules = ['access-key-max-age', 'access-key-unused', 'mfa-for-console', 'password-unused'] as const;
    const findings = rules.flatMap((rule) =>
      Array.from({ length: 600 }, (_, index) => {
        const user = `${rule}-${String(index).padStart(4, '0')}`.padEnd(120, 'x');
        return finding({ rule, user, credential: 'access_key_1', ageDays: 100 + index, limit: 90, message: `${user} is old.` });
      }),
    );
    const markdown = renderSummary(buildOutcome({ findings }), options({ maxBytes: 600_000 }));
    expect(bytes(markdown)).toBeLessThanOrEqual(600_000);
    expect(markdown).toContain('> ✂️ Not every violation fits: a job summary is limited to 1 MiB, so each rule shows its most important ones.');
    for (const rule of rules) {
      const shown = Number(/✂️ Showing the first ([\d,]+) of 600 violations/.exec(markdown.slice(markdown.indexOf(`#### \`${rule}\``)))?.[1]);
      expect(shown, rule).toBeGreaterThan(100);
      expect(shown, rule).toBeLessThan(500);
    }
  });

  it('shows every row in a table per rule, with no cut note, when only the one table with its Rule column is too big', () => {
    const outcome = largeOutcome(300, 3);
    const whole = renderSummary(outcome, options({ maxBytes: 10_000_000 }));
    expect(whole).toContain('| Severity | Rule |');
    // Per rule, each row saves its Rule cell (about 25 bytes): 900 rows fit in a few kilobytes less.
    const markdown = renderSummary(outcome, options({ maxBytes: bytes(whole) - 5_000 }));
    expect(markdown).not.toContain('| Severity | Rule |');
    for (const rule of ['access-key-max-age', 'access-key-unused', 'mfa-for-console']) {
      expect(markdown).toContain(`#### \`${rule}\` · `);
    }
    expect(markdown.split('\n').filter((line) => line.startsWith('| 🔴 error |'))).toHaveLength(900);
    expect(markdown).not.toContain('✂️');
    expect(markdown).toContain('### Violations (900)');
  });

  it('shows the rows of every failing rule when one rule has thousands', () => {
    const big = largeOutcome(7000, 1).document.findings;
    const small = (rule: string, count: number) =>
      Array.from({ length: count }, (_, index) => finding({ rule, user: `few-${rule}-${index}`, message: `few-${rule}-${index} fails ${rule}.` }));
    const outcome = buildOutcome({
      findings: [...big, ...small('mfa-for-console', 40), ...small('password-unused', 25), ...small('access-key-unused', 10)],
    });
    const markdown = renderSummary(outcome, options());
    expect(bytes(markdown)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    for (const [rule, count] of [
      ['mfa-for-console', 40],
      ['password-unused', 25],
      ['access-key-unused', 10],
    ] as const) {
      expect(markdown).toContain(`#### \`${rule}\``);
      for (let index = 0; index < count; index += 1) expect(markdown).toContain(`\`few-${rule}-${index}\``);
      expect(markdown).not.toContain(`violations of \`${rule}\`:`);
    }
    expect(markdown).toMatch(/> ✂️ Showing the first [\d,]+ of 7,000 violations of `access-key-max-age`: [\d,]+ more in the findings document `findings\.json`\./);
  });

  it('writes the per-rule rows with the same cells as the one table: account, new mark, redaction', () => {
    const other = '000000000002';
    const many = (rule: string, account: string, count: number) =>
      Array.from({ length: count }, (_, index) =>
        finding({
          rule,
          account,
          user: `u-${account.slice(-1)}-${index}|x`,
          credential: index % 2 === 0 ? 'access_key_1' : 'password',
          ageDays: 100 + (index % 3),
          limit: 90,
          baseline: index % 2 === 0 ? 'new' : 'unchanged',
          message: `u-${account.slice(-1)}-${index}|x is *old* #${index}.`,
        }),
      );
    const findings = [...many('access-key-max-age', ACCOUNT, 30), ...many('access-key-max-age', other, 30), ...many('mfa-for-console', other, 30)];
    const outcome = buildOutcome({ findings, reports: [report(), report({ account: other })] });
    const redact = createRedactor(true);
    redact.learn(outcome);
    const whole = renderSummary(outcome, options({ redact }));
    const cut = renderSummary(outcome, options({ redact: (() => { const again = createRedactor(true); again.learn(outcome); return again; })(), maxBytes: 16_000 }));
    expect(cut).toContain('#### `mfa-for-console`');
    // A per-rule row is the one-table row without its Rule cell.
    const wholeRows = new Set(
      whole
        .split('\n')
        .filter((line) => line.startsWith('| 🔴 error |'))
        .map((line) => line.replace(/^\| 🔴 error \| (?:🆕 )?`[a-z-]+` \| /, '| 🔴 error | ')),
    );
    const cutRows = cut.split('\n').filter((line) => line.startsWith('| 🔴 error |'));
    expect(cutRows.length).toBeGreaterThan(10);
    expect(cutRows.length).toBeLessThan(findings.length);
    for (const row of cutRows) {
      const plain = row.replace('🆕 ', '');
      expect([...wholeRows].some((candidate) => candidate.replace('🆕 ', '') === plain)).toBe(true);
      expect(row.replace(/\\./g, '').split('|').length - 2).toBe(7);
      expect(row).not.toContain('u-');
    }
    expect(cutRows.some((row) => row.includes('| 🆕 `user-'))).toBe(true);
  });

  it('charges every per-rule row its exact UTF-8 size: multi-byte names, emoji, new marks, several accounts', () => {
    const other = '000000000002';
    const names = ['José', '日本の利用者', 'dev-👩‍💻', 'plain-user', 'Zoë|pipe'];
    const findings = Array.from({ length: 3_000 }, (_, index) => {
      const user = `${names[index % names.length]}-${index}`;
      return finding({
        rule: index % 3 === 0 ? 'mfa-for-console' : 'access-key-max-age',
        account: index % 2 === 0 ? ACCOUNT : other,
        user,
        credential: index % 3 === 0 ? 'mfa' : 'access_key_2',
        ageDays: index % 3 === 0 ? null : 91 + (index % 500),
        limit: index % 3 === 0 ? null : 90,
        baseline: index % 4 === 0 ? 'new' : 'unchanged',
        message: `${user} — clé trop ancienne (${index} jours) ✗`,
      });
    });
    const outcome = buildOutcome({ findings, reports: [report(), report({ account: other })] });
    for (const maxBytes of [60_000, 90_001, 150_000, 222_222]) {
      const markdown = renderSummary(outcome, options({ maxBytes, rowsPerRule: Number.POSITIVE_INFINITY }));
      expect(markdown, String(maxBytes)).toContain('Showing the first');
      expect(bytes(markdown), String(maxBytes)).toBeLessThanOrEqual(maxBytes);
      // Not far under either: sizes counted too high would leave room unused.
      expect(bytes(markdown), String(maxBytes)).toBeGreaterThan(maxBytes - 6_000);
    }
  });

  it('asks for json-file when there is none', () => {
    const markdown = renderSummary(largeOutcome(5000, 3), options({ jsonFile: null }));
    expect(markdown).toContain('Set `json-file` to get every finding');
  });

  it('honours a smaller limit and says when a whole table did not fit', async () => {
    const markdown = renderSummary(sampleOutcome(), options({ maxBytes: 9_000 }));
    expect(bytes(markdown)).toBeLessThanOrEqual(9_000);
    expect(markdown).toContain('not shown: a job summary is limited to 1 MiB');
    await expect(markdown).toMatchFileSnapshot('../fixtures/output/summary-cut.md');
  });

  it('cuts violations per rule, each with its first rows and how many more the document has', async () => {
    const markdown = renderSummary(largeOutcome(40, 3), options({ maxBytes: 14_000 }));
    expect(bytes(markdown)).toBeLessThanOrEqual(14_000);
    await expect(markdown).toMatchFileSnapshot('../fixtures/output/summary-cut-per-rule.md');
  });

  it('cuts a long list of errors (a failing organisation) too', () => {
    const errors = Array.from({ length: 20_000 }, (_, index) => `Account ${String(index).padStart(12, '0')} failed: AccessDenied ${'x'.repeat(60)}`);
    const markdown = renderSummary(buildOutcome({ policy: null, reports: [], errors }), options());
    expect(bytes(markdown)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(markdown).toMatch(/- … and [\d,]+ more \(see the log\)\./);
    expect(markdown).toContain('Every finding is in `findings.json`');
  });

  it('uses the account id only through the redactor', () => {
    const markdown = renderSummary(sampleOutcome(), options({ redact: createRedactor(true) }));
    expect(markdown).not.toContain(ACCOUNT);
  });
});
