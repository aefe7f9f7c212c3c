/** How long the end of a run waits at most for stdout and stderr to drain. */
export const EXIT_GRACE_MS = 2_000;

/** What the exit needs of a stream: its unwritten bytes, and its `drain` event. */
export interface FlushableStream {
  readonly writableLength: number;
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * Ends the process as soon as stdout and stderr have handed over everything written to them, and
 * after `graceMs` at the latest.
 *
 * Both entry points call it once their run is over. Waiting for node to exit on its own would wait
 * for whatever a library left behind (a socket kept alive, a timer: the step would hang until the
 * job's timeout), and even a run that leaves nothing behind then pays for tearing down its heap,
 * ~10 ms of a findings-heavy run's 0.25 s (BENCHMARKS.md, row e). `process.exit` skips that and keeps
 * `process.exitCode`. Writes to a file, and on Linux to a pipe or terminal, are synchronous, so
 * nothing is pending; where they are not (pipes on Windows), the exit waits for `drain`.
 */
export function exitOnceFlushed(
  graceMs = EXIT_GRACE_MS,
  streams: readonly FlushableStream[] = [process.stdout, process.stderr],
  exitProcess: () => void = () => process.exit(),
): void {
  let exited = false;
  const exit = (): void => {
    if (exited) return;
    exited = true;
    exitProcess();
  };
  const pending = streams.filter((stream) => stream.writableLength > 0);
  if (pending.length === 0) {
    exit();
    return;
  }
  let waiting = pending.length;
  for (const stream of pending) {
    stream.once('drain', () => {
      waiting -= 1;
      if (waiting === 0) exit();
    });
  }
  // Unref'd: a stream that can never drain (its reader went away) does not hold the step open;
  // one still writing keeps the loop alive until it drains or the grace is over.
  setTimeout(exit, graceMs).unref();
}
