import { validationHeadline } from '../output/render-validation';
import type { GateRun } from '../run/run-gate';

/** `validate`'s table output: whether the policy is valid, what it enables, then each warning. */
export function printValidation(run: GateRun, source: string, write: (text: string) => void): void {
  // Errors go to stderr with the others; stdout says "valid" only when it is.
  if (run.policy !== null && run.document.errors.length === 0) write(`${validationHeadline(run, source)}\n`);
  for (const warning of run.policyWarnings) write(`warning: ${warning}\n`);
}
