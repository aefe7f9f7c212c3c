import type { Finding } from '../evaluate/types';
import type { GateOutcome } from '../run/types';
import type { SourcePosition } from '../user-error';
import { exemptionOfFinding } from './finding-groups';

/** A place in a workspace file that annotations and SARIF results can point at. */
export interface WorkspaceLocation {
  file: string;
  line?: number;
  column?: number;
}

function inWorkspace(position: SourcePosition | null | undefined): WorkspaceLocation | null {
  // A builtin policy is not a file of the repository: nothing could show it.
  if (!position || position.file.startsWith('builtin:')) return null;
  return {
    file: position.file,
    ...(position.line === undefined ? {} : { line: position.line }),
    ...(position.column === undefined ? {} : { column: position.column }),
  };
}

/**
 * Where in the policy file a finding belongs: the entry of its rule (or of the exemption it is
 * about; root-row-missing: the first root rule). null when the policy is not a workspace file.
 */
export function locateFinding(outcome: GateOutcome, finding: Finding): WorkspaceLocation | null {
  const { policy } = outcome;
  if (policy === null || policy.file === null || policy.file.startsWith('builtin:')) return null;
  const whole: WorkspaceLocation = { file: policy.file };
  const exemption = exemptionOfFinding(finding, outcome.exemptions);
  if (exemption !== null) return inWorkspace(exemption.exemption.position) ?? whole;
  if (finding.rule === 'root-row-missing') {
    const rootRule = policy.rules.find((rule) => rule.enabled && rule.id.startsWith('root-'));
    return inWorkspace(rootRule?.position) ?? whole;
  }
  return inWorkspace(policy.rules.find((rule) => rule.id === finding.rule)?.position) ?? whole;
}
