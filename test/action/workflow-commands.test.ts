import { describe, expect, it, vi } from 'vitest';
import { formatCommand, formatOutput, getInput } from '../../src/action/workflow-commands';
import { parseOutputFile } from '../support/run-bundle';

describe('workflow commands', () => {
  it('reads inputs as the runner passes them', () => {
    const env = { 'INPUT_FAIL-ON': ' warning ', INPUT_ROLE_NAME: 'x' };
    expect(getInput('fail-on', env)).toBe('warning');
    expect(getInput('role name', env)).toBe('x');
    expect(getInput('missing', env)).toBe('');
  });

  it('escapes message data and property values the way the runner decodes them', () => {
    expect(formatCommand('error', '50% done\r\nnext line', { file: 'a,b:c.yml', line: 4, title: 'x%y' })).toBe(
      '::error file=a%2Cb%3Ac.yml,line=4,title=x%25y::50%25 done%0D%0Anext line',
    );
    expect(formatCommand('add-mask', 'secret')).toBe('::add-mask::secret');
  });

  it('writes outputs as heredoc blocks that survive multi-line values', () => {
    const text = formatOutput('result', 'fail', 'DELIM') + formatOutput('errors', 'line 1\nline 2', 'DELIM2');
    expect(text).toBe('result<<DELIM\nfail\nDELIM\nerrors<<DELIM2\nline 1\nline 2\nDELIM2\n');
    expect(parseOutputFile(text)).toEqual({ result: 'fail', errors: 'line 1\nline 2' });
    expect(() => formatOutput('x', 'has DELIM inside', 'DELIM')).toThrow(/delimiter/);
  });

  it('picks another delimiter when the value holds the next one, so no value can end its block', () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const now = vi.spyOn(Date, 'now').mockReturnValue(0);
    try {
      const first = /^a<<(\S+)\n/.exec(formatOutput('a', 'x'))?.[1] ?? '';
      const counter = Number(/_(\d+)_[^_]+$/.exec(first)?.[1]);
      const next = first.replace(/_(\d+)_([^_]+)$/, `_${counter + 1}_$2`);
      const hostile = `line\n${next}\nresult<<EOF\npass\nEOF`;
      const text = formatOutput('user', hostile);
      expect(text).not.toContain(`user<<${next}\n`);
      expect(parseOutputFile(text)).toEqual({ user: hostile });
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });
});
