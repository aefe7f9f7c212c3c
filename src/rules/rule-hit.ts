import type { FindingCredential, RuleHit } from './types';

/**
 * A hit about one credential: the rule's age, limit and message with the credential and its creation
 * time. Field by field rather than `{ credential, credentialCreated, ...hit }`: a large account has
 * thousands of hits, and copying by spread takes V8's slow path until the code is optimised.
 */
export function completeHit(
  credential: FindingCredential,
  credentialCreated: string | null,
  hit: Omit<RuleHit, 'credential' | 'credentialCreated'>,
): RuleHit {
  const complete: RuleHit = { credential, credentialCreated, ageDays: hit.ageDays, limit: hit.limit, message: hit.message };
  if (hit.status !== undefined) complete.status = hit.status;
  if (hit.service !== undefined) complete.service = hit.service;
  return complete;
}
