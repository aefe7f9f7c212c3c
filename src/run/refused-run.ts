import { buildFindingsDocument } from '../evaluate/findings-document';
import { parseErrorOutputs, type ErrorOutputs } from '../settings/error-outputs';
import type { RawInputs } from '../settings/settings';
import { isUserError, type UserError } from '../user-error';
import { TOOL_VERSION } from '../version';
import type { GateRun } from './run-gate';
import { writeFindingsDocument } from './write-files';

/** The run of refused inputs: nothing evaluated, verdict `error`, the refusal as its one error. */
export function refusedRun(message: string, outputs: Pick<ErrorOutputs, 'failOn' | 'policy' | 'now'>): GateRun {
  const document = buildFindingsDocument({
    evaluation: { findings: [], rules: [], counts: { error: 0, warning: 0, notice: 0, exempted: 0 }, exemptions: [] },
    verdict: 'error',
    failOn: outputs.failOn,
    policySource: outputs.policy,
    reports: [],
    errors: [message],
    evaluatedAt: outputs.now,
    version: TOOL_VERSION,
  });
  return { document, policy: null, exemptions: [], reports: [], policyWarnings: [] };
}

/**
 * The CLI's counterpart of the action's refused-inputs report: the findings document with verdict
 * `error`, when `--json-file` itself is usable, so a script that reads it sees why. A failure to
 * write it is dropped: the refusal is the error to report.
 */
export async function writeRefusedDocument(raw: RawInputs, refusal: UserError, cwd: string, clockNow: number): Promise<void> {
  const outputs = parseErrorOutputs(raw, clockNow, cwd);
  if (outputs.jsonFile === null) return;
  try {
    await writeFindingsDocument(cwd, outputs.jsonFile, refusedRun(refusal.message, outputs).document, '--json-file');
  } catch (error) {
    if (!isUserError(error)) throw error;
  }
}
