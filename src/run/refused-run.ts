import { buildFindingsDocument } from '../evaluate/findings-document';
import type { ErrorOutputs } from '../settings/error-outputs';
import { TOOL_VERSION } from '../version';
import type { GateRun } from './run-gate';

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
  return { document, policy: null, exemptions: [], reports: [] };
}
