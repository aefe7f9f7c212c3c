import { createRedactor } from '../output/redact';
import { renderSummary } from '../output/render-summary';
import { writeSummary } from '../output/write-summary';
import type { GateLogger } from '../logger';
import { refusedRun } from '../run/refused-run';
import { writeFindingsDocument } from '../run/write-files';
import { parseErrorOutputs } from '../settings/error-outputs';
import type { RawInputs } from '../settings/settings';
import { isUserError, type UserError } from '../user-error';
import * as runner from './workflow-commands';

/**
 * Inputs were refused: the step still writes what it can (the job summary with the error, and the
 * findings document with verdict `error` when `json-file` itself is usable), so a reader of either
 * sees why, then fails the step.
 */
export async function reportRefusedInputs(
  raw: RawInputs,
  refusal: UserError,
  context: { cwd: string; clockNow: number; log: GateLogger; runUrl: string | null },
): Promise<void> {
  const outputs = parseErrorOutputs(raw, context.clockNow, context.cwd);
  const run = refusedRun(refusal.message, outputs);
  const redact = createRedactor(outputs.redact);
  let written = '';
  if (outputs.jsonFile !== null) {
    try {
      await writeFindingsDocument(context.cwd, outputs.jsonFile, run.document, 'json-file');
      written = outputs.jsonFile;
    } catch (error) {
      if (!isUserError(error)) throw error;
      run.document.errors.push(error.message);
    }
  }
  if (outputs.summary) {
    const markdown = renderSummary(run, { now: outputs.now, jsonFile: written || null, redact, runUrl: context.runUrl });
    await writeSummary(markdown, context.log);
  }
  runner.setOutput('result', 'error');
  runner.setOutput('json-file', written);
  runner.setFailed(redact.text(run.document.errors.join(' | ')));
}
