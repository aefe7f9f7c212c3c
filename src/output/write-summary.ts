import { open } from 'node:fs/promises';
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
    const handle = await open(file, 'a');
    try {
      // appendFile, unlike write, goes on until every byte is written.
      for (const part of typeof markdown === 'string' ? [markdown] : markdown) await handle.appendFile(part, 'utf8');
      await handle.appendFile(EOL, 'utf8');
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    log.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
