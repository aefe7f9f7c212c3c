import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACTION_INPUTS, ACTION_OUTPUTS } from '../../src/action/input-names';

const root = resolve(import.meta.dirname, '..', '..');
const action = parse(readFileSync(resolve(root, 'action.yml'), 'utf8')) as {
  name: string;
  description: string;
  author?: string;
  branding?: { icon?: string; color?: string };
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};

describe('action.yml', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs the entry point reads, each described', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...ACTION_INPUTS].sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toBeTruthy();
    }
  });

  it('has the contract defaults', () => {
    expect(action.inputs.policy?.default).toBe('builtin:recommended');
    expect(action.inputs['aws-region']?.default).toBe('us-east-1');
    expect(action.inputs.audience?.default).toBe('sts.amazonaws.com');
    expect(action.inputs['role-session-name']?.default).toBe('iam-credential-gate');
    expect(action.inputs['role-duration-seconds']?.default).toBe('900');
    expect(action.inputs['max-wait-seconds']?.default).toBe('300');
    expect(action.inputs['fail-on']?.default).toBe('error');
    expect(action.inputs.summary?.default).toBe('true');
    expect(action.inputs.redact?.default).toBe('false');
    expect(action.inputs.comment?.default).toBe('off');
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
    expect(action.inputs.concurrency?.default).toBe('8');
    expect(action.inputs.mode?.default).toBe('check');
  });

  it('declares every output of the contract', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...ACTION_OUTPUTS].sort());
  });

  describe('is ready for the Marketplace', () => {
    it('has a name, an author and a description of at most 125 characters', () => {
      expect(action.name).toBeTruthy();
      expect(action.author).toBeTruthy();
      expect(action.description.trim()).not.toBe('');
      expect([...action.description].length).toBeLessThanOrEqual(125);
    });

    it('has branding from the allowed sets', () => {
      // GitHub's colours, and the Feather icons of its allowed set that fit a security gate.
      const colors = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];
      const icons = ['shield', 'shield-off', 'lock', 'key', 'check-circle', 'check-square', 'alert-triangle', 'user-check'];
      expect(colors).toContain(action.branding?.color);
      expect(icons).toContain(action.branding?.icon);
    });

    it('describes every input and every output', () => {
      for (const [name, entry] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) {
        expect(typeof entry.description, name).toBe('string');
        expect(entry.description.trim(), name).not.toBe('');
      }
    });
  });
});
