import * as core from '@actions/core';
import type { GateLogger } from '../logger';

/**
 * Appends the rendered summary to the step's `GITHUB_STEP_SUMMARY`. The summary is a report on
 * the verdict, not the verdict: if it cannot be written, say so and carry on.
 */
export async function writeSummary(markdown: string, log: GateLogger): Promise<boolean> {
  try {
    await core.summary.emptyBuffer().addRaw(markdown, true).write();
    return true;
  } catch (error) {
    core.summary.emptyBuffer();
    log.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
