import { describe, expect, it } from 'vitest';
import { createTerminalProgress, formatProgress } from '../../src/accounts/progress-line';

describe('formatProgress', () => {
  it('says n of N accounts and the current ones', () => {
    expect(formatProgress({ done: 3, total: 10, current: ['111111111111'] })).toBe(
      '3 of 10 accounts, current: 111111111111',
    );
    expect(formatProgress({ done: 0, total: 10, current: [] })).toBe('0 of 10 accounts');
  });

  it('shows at most three current accounts', () => {
    const current = ['1', '2', '3', '4', '5'].map((d) => d.repeat(12));
    expect(formatProgress({ done: 1, total: 50, current })).toBe(
      '1 of 50 accounts, current: 111111111111, 222222222222, 333333333333 (+2 more)',
    );
  });

  it('redacts account ids when asked', () => {
    expect(formatProgress({ done: 0, total: 1, current: ['111111111111'] }, () => 'account-1a2b3c4d')).toBe(
      '0 of 1 accounts, current: account-1a2b3c4d',
    );
  });
});

describe('createTerminalProgress', () => {
  it('rewrites one line in place, clears it for log lines and when done', () => {
    const out: string[] = [];
    const sink = createTerminalProgress((text) => out.push(text));
    sink.update({ done: 0, total: 2, current: ['111111111111'] });
    sink.clear();
    out.push('[111111111111] a log line\n');
    sink.redraw();
    sink.update({ done: 2, total: 2, current: [] });
    expect(out.join('')).toBe(
      '\r\u001b[2K0 of 2 accounts, current: 111111111111' +
        '\r\u001b[2K[111111111111] a log line\n' +
        '\r\u001b[2K0 of 2 accounts, current: 111111111111' +
        '\r\u001b[2K',
    );
  });
});
