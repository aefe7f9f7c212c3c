import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/output/redact';
import { renderTerminal } from '../../src/output/render-table';
import { buildOutcome, finding, report, sampleOutcome } from '../support/outcome-builder';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);
const redact = createRedactor(false);

describe('renderTerminal', () => {
  it('renders a readable table without colour', async () => {
    const text = renderTerminal(sampleOutcome(), { color: false, redact });
    expect(text).not.toMatch(ANSI);
    await expect(`${text}\n`).toMatchFileSnapshot('../fixtures/output/terminal-sample.txt');
  });

  it('starts with the verdict and counts', () => {
    const [first] = renderTerminal(sampleOutcome(), { color: false, redact }).split('\n');
    expect(first).toBe('✖ FAIL  5 errors, 4 warnings, 1 notice, 1 exempted (fail-on: error)');
  });

  it('aligns columns', () => {
    const lines = renderTerminal(sampleOutcome(), { color: false, redact }).split('\n');
    const header = lines.find((line) => line.startsWith('SEVERITY'));
    const rows = lines.slice(lines.indexOf(header ?? '') + 1);
    const messageColumn = header?.indexOf('MESSAGE');
    expect(messageColumn).toBeGreaterThan(0);
    for (const row of rows) expect(row.charAt((messageColumn ?? 0) - 1)).toBe(' ');
    expect(rows.map((row) => [...row.slice(0, messageColumn)].length)).toEqual(rows.map(() => messageColumn));
  });

  it('colours only when asked', () => {
    const text = renderTerminal(sampleOutcome(), { color: true, redact });
    expect(text).toMatch(ANSI);
    expect(text).toContain('\u001b[31merror');
  });

  it('cuts long messages to the width and keeps the exempted ones last', () => {
    const text = renderTerminal(sampleOutcome(), { color: false, redact, width: 110 });
    const lines = text.split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(110);
    expect(lines.some((line) => line.endsWith('…'))).toBe(true);
    expect(lines.at(-2)).toMatch(/^\(error\)\s+access-key-max-age\s+deploy-bot/);
    expect(lines.at(-1)).toMatch(/^\s+↳ exempted: Vendor rotates/);
  });

  it('shows an exempted row with its finding and, below it, the exemption reason', () => {
    const text = renderTerminal(sampleOutcome(), { color: false, redact, cutMessages: false });
    const lines = text.split('\n');
    expect(lines.at(-2)).toMatch(/Access key 2 of deploy-bot is 674 days old \(limit 90 days\)\.$/);
    expect(lines.at(-1)).toMatch(/↳ exempted: Vendor rotates quarterly \(SEC-142\)( \(until \d{4}-\d{2}-\d{2}\))?$/);
  });

  it('does not cut messages when asked not to (a pipe, a file, --wide)', () => {
    const text = renderTerminal(sampleOutcome(), { color: false, redact, width: 80, cutMessages: false });
    expect(text).not.toContain('…');
    for (const item of sampleOutcome().document.findings) expect(text).toContain(item.message);
  });

  it('--max-rows shows the most important rows and says how many are left', () => {
    const outcome = sampleOutcome();
    const lines = renderTerminal(outcome, { color: false, redact, maxRows: 2 }).split('\n');
    const header = lines.findIndex((line) => line.startsWith('SEVERITY'));
    expect(lines.slice(header + 1, header + 3).every((line) => line.startsWith('error'))).toBe(true);
    expect(lines.at(-1)).toBe(`Not shown: ${outcome.document.findings.length - 2} more rows.`);
  });

  it('--only keeps one severity', () => {
    const outcome = sampleOutcome();
    const text = renderTerminal(outcome, { color: false, redact, only: 'warning' });
    const rows = text.split('\n').filter((line) => /^\(?(error|warning|notice)/.test(line));
    expect(rows.length).toBe(outcome.document.findings.filter((item) => item.severity === 'warning').length);
    expect(rows.every((line) => /^\(?warning/.test(line))).toBe(true);
    expect(text).toMatch(/Not shown: \d+ findings not warning\.$/);
    expect(renderTerminal(buildOutcome({ findings: [finding({ rule: 'root-mfa', message: 'm', severity: 'error' })] }), { color: false, redact, only: 'notice' })).toContain(
      'No findings to show (1 finding not notice).',
    );
  });

  it('strips control characters a hand-edited report could carry', () => {
    const outcome = buildOutcome({
      findings: [finding({ rule: 'mfa-for-console', user: 'evil\u001b[2J', message: 'bad\u001b[31m\nname' })],
    });
    expect(renderTerminal(outcome, { color: false, redact })).not.toMatch(ANSI);
  });

  it('says when there is nothing to show', () => {
    const pass = renderTerminal(buildOutcome({ reports: [report({ generatedAt: null })] }), { color: false, redact });
    expect(pass).toBe(
      [
        '✔ PASS  0 errors, 0 warnings, 0 notices, 0 exempted (fail-on: error)',
        'account 123456789012 · report generation time unknown · 42 users',
        'policy test-policy.yml · evaluated 2026-11-20 12:00 UTC',
        '',
        'No findings.',
      ].join('\n'),
    );
    const error = renderTerminal(buildOutcome({ policy: null, reports: [], errors: ['bad'] }), { color: false, redact });
    expect(error.split('\n')[0]).toBe('✖ ERROR  the gate could not evaluate (1 error)');
  });
});
