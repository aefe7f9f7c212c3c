import type { ExemptionUse, FindingsDocument } from '../evaluate/types';
import type { Policy } from '../policy/types';

/**
 * Everything the renderers need about one run of the gate. Built once by the orchestration,
 * then handed, read-only, to every output (summary, annotations, SARIF, PR comment, terminal).
 */
export interface GateOutcome {
  document: FindingsDocument;
  /** null when the policy itself could not be loaded (the verdict is then `error`). */
  policy: Policy | null;
  /** Exemptions of the policy with how they were used (empty when nothing was evaluated). */
  exemptions: ExemptionUse[];
}
