import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exitOnceFlushed } from '../../src/run/exit-once-flushed';

class FakeStream extends EventEmitter {
  constructor(public writableLength: number) {
    super();
  }
}

describe('exitOnceFlushed', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('exits at once when nothing is waiting to be written', () => {
    const exit = vi.fn();
    exitOnceFlushed(2_000, [new FakeStream(0), new FakeStream(0)], exit);
    expect(exit).toHaveBeenCalledTimes(1);
  });

  it('waits until every stream with pending bytes has drained, then exits once', () => {
    vi.useFakeTimers();
    const exit = vi.fn();
    const stdout = new FakeStream(4096);
    const stderr = new FakeStream(10);
    exitOnceFlushed(2_000, [stdout, stderr], exit);
    expect(exit).not.toHaveBeenCalled();
    stdout.emit('drain');
    expect(exit).not.toHaveBeenCalled();
    stderr.emit('drain');
    expect(exit).toHaveBeenCalledTimes(1);
    // The grace timer does not exit a second time.
    vi.advanceTimersByTime(5_000);
    expect(exit).toHaveBeenCalledTimes(1);
  });

  it('exits at the end of the grace when a stream never drains', () => {
    vi.useFakeTimers();
    const exit = vi.fn();
    exitOnceFlushed(2_000, [new FakeStream(1), new FakeStream(0)], exit);
    vi.advanceTimersByTime(1_999);
    expect(exit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(exit).toHaveBeenCalledTimes(1);
  });
});
