import { Buffer } from 'node:buffer';
import { closeSync, openSync, writeSync } from 'node:fs';
import { EOL } from 'node:os';
import type { GateLogger } from '../logger';

/**
 * Appends the rendered summary (one string, or its parts in order) to the step's
 * `GITHUB_STEP_SUMMARY` file. The summary is a report on the verdict, not the verdict: if it
 * cannot be written, say so and carry on.
 */
export async function writeSummary(
  markdown: string | readonly string[],
  log: GateLogger,
  file: string | undefined = process.env.GITHUB_STEP_SUMMARY,
): Promise<boolean> {
  if (!file) {
    log.warning('Could not write the job summary: GITHUB_STEP_SUMMARY is not set (not running on a GitHub runner?).');
    return false;
  }
  try {
    // Written in order, part by part, in one go at the end of the run (nothing else waits on the
    // event loop then): no part is joined to the others or copied into a buffer first. Through the
    // thread pool, a summary of ~1 MB cost several ms more.
    const fd = openSync(file, 'a');
    try {
      for (const part of typeof markdown === 'string' ? [markdown] : markdown) writeAll(fd, part);
      writeAll(fd, EOL);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    log.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

/** writeSync until every byte is written: it may write fewer than it was given (a full disk returns an error). */
function writeAll(fd: number, text: string): void {
  const written = writeSync(fd, text, null, 'utf8');
  const size = Buffer.byteLength(text, 'utf8');
  if (written === size) return;
  const rest = Buffer.from(text, 'utf8');
  for (let at = written; at < size; ) {
    const more = writeSync(fd, rest, at, size - at);
    if (more === 0) throw new Error(`the file took ${at} of ${size} bytes and no more`);
    at += more;
  }
}
