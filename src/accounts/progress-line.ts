import type { AccountProgress } from './fan-out';

/** Receives the progress of a multi-account run; the CLI draws it on a terminal, nothing else does. */
export interface ProgressSink {
  update(progress: AccountProgress): void;
  /** Removes the line so a log message starts clean; the next `update` (or `redraw`) brings it back. */
  clear(): void;
  redraw(): void;
}

const MAX_SHOWN = 3;

/** "12 of 100 accounts, current: 111111111111, 222222222222 (+6 more)". */
export function formatProgress(progress: AccountProgress, redact: (text: string) => string = (text) => text): string {
  const head = `${progress.done} of ${progress.total} accounts`;
  if (progress.current.length === 0) return head;
  const shown = progress.current.slice(0, MAX_SHOWN).map(redact).join(', ');
  const more = progress.current.length > MAX_SHOWN ? ` (+${progress.current.length - MAX_SHOWN} more)` : '';
  return `${head}, current: ${shown}${more}`;
}

// Carriage return, then erase the whole line: the line is rewritten in place, never scrolled.
const ERASE_LINE = '\r\u001b[2K';

/** A progress line rewritten in place on a terminal (stderr), so it never mixes with stdout. */
export function createTerminalProgress(write: (text: string) => void, redact?: (text: string) => string): ProgressSink {
  let last: AccountProgress | null = null;
  let shown = false;
  const draw = () => {
    if (last === null) return;
    write(`${ERASE_LINE}${formatProgress(last, redact)}`);
    shown = true;
  };
  return {
    update(progress) {
      last = progress;
      if (progress.done === progress.total) {
        this.clear();
        last = null;
        return;
      }
      draw();
    },
    clear() {
      if (shown) write(ERASE_LINE);
      shown = false;
    },
    redraw: draw,
  };
}
