import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { BaselineMark, Finding } from '../../src/evaluate/types';
import { renderPrComment } from '../../src/output/pr-comment';
import { newFirst } from '../../src/output/render-baseline';
import { createRedactor } from '../../src/output/redact';
import { renderSummary } from '../../src/output/render-summary';
import { renderTerminal } from '../../src/output/render-table';
import { buildSarif } from '../../src/output/sarif';
import type { GateOutcome } from '../../src/run/types';
import { finding, NOW, sampleOutcome } from '../support/outcome-builder';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
const schema = JSON.parse(readFileSync(new URL('../fixtures/output/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

/** The sample run compared with a baseline: carol's and dave's findings are new, erin's unchanged, two fixed. */
function comparedOutcome(newOnly = false): GateOutcome {
  const outcome = sampleOutcome();
  const isNew = (item: Finding) => item.user === null || item.user === 'dave' || item.user === 'carol' || item.status === 'upcoming';
  const findings = outcome.document.findings.map((item) => ({ ...item, baseline: (isNew(item) ? 'new' : 'unchanged') as BaselineMark }));
  const fixed = [
    finding({ rule: 'access-key-max-age', user: 'mallory|<b>', credential: 'access_key_1', message: 'Access key 1 of mallory|<b> is 400 days old.' }),
    finding({ rule: 'mfa-for-console', user: 'oscar', credential: 'mfa', severity: 'error', message: 'oscar can sign in without MFA.' }),
  ];
  const counted = findings.filter((item) => !item.exempted);
  return {
    ...outcome,
    document: {
      ...outcome.document,
      findings,
      baseline: {
        file: 'nightly/findings.json',
        evaluatedAt: '2026-11-19T02:00:00.000Z',
        newOnly,
        new: counted.filter((item) => item.baseline === 'new').length,
        unchanged: counted.filter((item) => item.baseline === 'unchanged').length,
        fixed,
      },
    },
  };
}

const plain = () => createRedactor(false);

describe('SARIF with a baseline', () => {
  it('gives each result baselineState new or unchanged, and stays valid SARIF 2.1.0', () => {
    const outcome = comparedOutcome();
    const log = buildSarif(outcome, { toolVersion: '1.1.0' });
    expect(log.runs[0]?.results.map((result) => result.baselineState)).toEqual(outcome.document.findings.map((item) => item.baseline));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
  });

  it('has no baselineState without a baseline', () => {
    const log = buildSarif(sampleOutcome(), { toolVersion: '1.1.0' });
    expect(log.runs[0]?.results.some((result) => 'baselineState' in result)).toBe(false);
  });
});

describe('PR comment with a baseline', () => {
  it('says in its first lines how many findings are new and how many fixed', () => {
    const outcome = comparedOutcome();
    const { body } = renderPrComment(outcome, { redact: plain(), runUrl: null });
    const lines = body.split('\n').filter((line) => line.trim() !== '');
    const { baseline } = outcome.document;
    expect(lines[3]).toBe(
      `**${baseline?.new} new** findings, **2 fixed** since the baseline (\`nightly/findings.json\`, run of 2026-11-19 02:00 UTC); ` +
        `${baseline?.unchanged} unchanged.`,
    );
    expect(lines[1]).toMatch(/^### /);
  });

  it('lists new findings first, then fixed, then unchanged; values escaped', () => {
    const { body } = renderPrComment(comparedOutcome(), { redact: plain(), runUrl: null });
    const at = (text: string) => body.indexOf(text);
    expect(at('New since the baseline')).toBeGreaterThan(0);
    expect(at('New since the baseline')).toBeLessThan(at('Fixed since the baseline'));
    expect(at('Fixed since the baseline')).toBeLessThan(at('Unchanged ('));
    expect(at('`dave`')).toBeLessThan(at('Fixed since the baseline'));
    expect(at('`erin`')).toBeGreaterThan(at('Unchanged ('));
    expect(body).toContain('`mallory\\|<b>`');
    expect(body).toContain('Access key 1 of mallory\\|&lt;b&gt; is 400 days old.');
  });

  it('is unchanged without a baseline', () => {
    const { body } = renderPrComment(sampleOutcome(), { redact: plain(), runUrl: null });
    expect(body).not.toMatch(/baseline/i);
  });

  it('redacts the fixed findings too (their users are not in this run)', () => {
    const { body } = renderPrComment(comparedOutcome(), { redact: createRedactor(true), runUrl: null });
    expect(body).not.toContain('oscar');
    expect(body).not.toContain('mallory');
  });
});

describe('job summary with a baseline', () => {
  it('opens with the section "Since the baseline": new first, then fixed, before every other table', () => {
    const markdown = renderSummary(comparedOutcome(true), { now: NOW, jsonFile: 'findings.json', redact: plain() });
    const at = (text: string) => markdown.indexOf(text);
    expect(at('### Since the baseline')).toBeGreaterThan(0);
    expect(at('### Since the baseline')).toBeLessThan(at('### Rules'));
    expect(at('#### 🆕 New')).toBeLessThan(at('#### ✅ Fixed'));
    expect(at('#### ✅ Fixed')).toBeLessThan(at('### Violations'));
    expect(markdown).toContain('Only new findings count toward the verdict (`new-only`).');
    expect(markdown).toContain('`oscar`');
    // In the violations table, the new ones come first and carry the marker.
    const violations = markdown.slice(at('### Violations'), at('### Upcoming'));
    const rows = violations.split('\n').filter((line) => line.startsWith('| 🔴') || line.startsWith('| 🟠'));
    const firstUnchanged = rows.findIndex((row) => !row.includes('🆕'));
    expect(firstUnchanged).toBeGreaterThan(0);
    expect(rows.slice(firstUnchanged).some((row) => row.includes('🆕'))).toBe(false);
  });

  it('keeps the section within the size limit', () => {
    const outcome = comparedOutcome();
    const many = Array.from({ length: 5_000 }, (_, index) =>
      finding({ rule: 'access-key-max-age', user: `gone-${index}`.padEnd(64, 'x'), message: `Access key 1 of gone-${index} is old.` }),
    );
    const big = { ...outcome, document: { ...outcome.document, baseline: { ...outcome.document.baseline!, fixed: many } } };
    const markdown = renderSummary(big, { now: NOW, jsonFile: 'findings.json', redact: plain(), maxBytes: 100_000 });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(100_000);
    expect(markdown).toMatch(/Showing [\d,]+ of 5,000 findings/);
  });

  it('has no section without a baseline', () => {
    expect(renderSummary(sampleOutcome(), { now: NOW, jsonFile: null, redact: plain() })).not.toContain('Since the baseline');
  });
});

describe('terminal table with a baseline', () => {
  it('says what changed, lists the fixed ones in their own block, then new findings first, marked NEW', () => {
    const text = renderTerminal(comparedOutcome(), { color: false, redact: plain(), width: 200 });
    const lines = text.split('\n');
    expect(lines.find((line) => line.startsWith('since the baseline'))).toMatch(
      /^since the baseline nightly\/findings\.json \(run of 2026-11-19 02:00 UTC\): \d+ new, 2 fixed, \d+ unchanged$/,
    );
    const fixedAt = lines.findIndex((line) => line.startsWith('Fixed since the baseline (2 findings)'));
    const headerAt = lines.findIndex((line) => line.startsWith('SEVERITY'));
    expect(fixedAt).toBeGreaterThan(0);
    expect(headerAt).toBeGreaterThan(fixedAt);
    expect(lines.slice(fixedAt + 1, fixedAt + 3).every((line) => line.startsWith('FIXED'))).toBe(true);
    const marks = lines.slice(headerAt + 1).map((line) => line.split(/\s+/)[1]);
    const firstUnchanged = marks.indexOf('unchanged');
    expect(firstUnchanged).toBeGreaterThan(0);
    expect(marks.slice(0, firstUnchanged).every((mark) => mark === 'NEW')).toBe(true);
    expect(lines[headerAt]).toMatch(/^SEVERITY\s+BASELINE\s+RULE/);
  });

  it('has no baseline column without a baseline', () => {
    expect(renderTerminal(sampleOutcome(), { color: false, redact: plain() })).not.toContain('BASELINE');
  });
});

describe('newFirst', () => {
  const marked = (user: string, baseline: BaselineMark | null, exempted = false): Finding =>
    finding({ rule: 'mfa-for-console', user, credential: 'mfa', baseline, exempted, message: `${user} has no MFA.` });

  it('puts new findings (not exempted) first, each side in the order it had', () => {
    const items = [
      marked('a', 'unchanged'),
      marked('b', 'new'),
      marked('c', 'new', true),
      marked('d', 'unchanged'),
      marked('e', 'new'),
    ];
    expect(newFirst(items).map((item) => item.user)).toEqual(['b', 'e', 'a', 'c', 'd']);
  });

  it('gives the same list back when nothing is new or everything is', () => {
    const none = [marked('a', null), marked('b', 'unchanged'), marked('c', 'new', true)];
    expect(newFirst(none)).toBe(none);
    const all = [marked('a', 'new'), marked('b', 'new')];
    expect(newFirst(all)).toBe(all);
    expect(newFirst([])).toEqual([]);
  });
});
