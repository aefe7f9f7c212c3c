import { describe, expect, it } from 'vitest';
import { parseErrorOutputs } from '../../src/settings/error-outputs';
import { parseSettings } from '../../src/settings/settings';
import { UserError } from '../../src/user-error';

const NOW = Date.parse('2026-11-20T12:00:00Z');

function errorOf(inputs: Record<string, string>): string {
  try {
    parseSettings(inputs, NOW, '/work/repo');
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('outputs on one path', () => {
  it.each([
    ['json-file', 'sarif-file'],
    ['json-file', 'save-report'],
    ['sarif-file', 'save-report'],
    ['json-file', 'summary-file'],
  ])('refuses %s and %s on one file, naming both', (first, second) => {
    expect(errorOf({ [first]: 'out/a.json', [second]: 'out/a.json' })).toBe(
      `Inputs '${first}' and '${second}' both write /work/repo/out/a.json, so one would silently replace the other. ` +
        'Give each output its own path.',
    );
  });

  it('compares resolved paths, not spellings', () => {
    expect(errorOf({ 'json-file': './out/../a.json', 'sarif-file': '/work/repo/a.json' })).toContain(
      "Inputs 'json-file' and 'sarif-file' both write /work/repo/a.json",
    );
  });

  it('accepts different paths', () => {
    const settings = parseSettings({ 'json-file': 'a.json', 'sarif-file': 'a.sarif', 'save-report': 'a.csv' }, NOW, '/w');
    expect([settings.jsonFile, settings.sarifFile, settings.saveReport]).toEqual(['a.json', 'a.sarif', 'a.csv']);
  });
});

describe('an output on a file the run reads', () => {
  it('refuses json-file on the policy file', () => {
    expect(errorOf({ policy: '.github/iam-policy.yml', 'json-file': '.github/iam-policy.yml' })).toBe(
      "Input 'json-file' would write /work/repo/.github/iam-policy.yml, which is the file of input 'policy' that this " +
        "run reads; writing it would destroy it. Choose another path for 'json-file'.",
    );
  });

  it('refuses save-report on the report file, and sarif-file on the baseline', () => {
    expect(errorOf({ 'report-file': 'r.csv', 'save-report': './r.csv' })).toContain(
      "Input 'save-report' would write /work/repo/r.csv, which is the file of input 'report-file'",
    );
    expect(errorOf({ baseline: 'base.json', 'sarif-file': 'base.json' })).toContain("file of input 'baseline'");
  });

  it('does not take builtin: policies for files', () => {
    expect(parseSettings({ policy: 'builtin:strict', 'json-file': 'builtin:strict' }, NOW, '/w').jsonFile).toBe('builtin:strict');
  });
});

describe('what refused inputs can still write', () => {
  it('keeps the outputs whose own inputs parse', () => {
    expect(parseErrorOutputs({ 'fail-on': 'sometimes', 'json-file': 'f.json', now: '2026-11-20T12:00:00Z' }, 0, '/w')).toEqual({
      jsonFile: 'f.json',
      summary: true,
      redact: false,
      failOn: 'error',
      policy: 'builtin:recommended',
      now: NOW,
    });
  });

  it('falls back safely: a bad redact redacts, a bad now is the clock, a bad summary writes one', () => {
    const outputs = parseErrorOutputs({ redact: 'yes', now: 'yesterday', summary: 'maybe', policy: 'p.yml' }, 42, '/w');
    expect(outputs).toMatchObject({ redact: true, now: 42, summary: true, jsonFile: null, policy: 'p.yml' });
    expect(parseErrorOutputs({ summary: 'false' }, 0, '/w').summary).toBe(false);
  });

  it('does not write json-file on another output or on an input file', () => {
    expect(parseErrorOutputs({ 'json-file': 'p.yml', policy: 'p.yml' }, 0, '/w').jsonFile).toBeNull();
    expect(parseErrorOutputs({ 'json-file': 'a', 'sarif-file': 'a' }, 0, '/w').jsonFile).toBeNull();
    // Another pair colliding does not stop json-file.
    expect(parseErrorOutputs({ 'json-file': 'f.json', 'sarif-file': 'a', 'save-report': 'a' }, 0, '/w').jsonFile).toBe('f.json');
  });
});
