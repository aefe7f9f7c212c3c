import { getRunLevelRule } from '../rules/registry';
import type { Finding } from './types';

/** A run-level finding: no user and no credential, status `violation`, never exempted. */
export function runFinding(id: Parameters<typeof getRunLevelRule>[0], account: string | null, message: string): Finding {
  return {
    rule: id,
    severity: getRunLevelRule(id).severity,
    status: 'violation',
    account,
    user: null,
    arn: null,
    credential: null,
    credentialCreated: null,
    ageDays: null,
    limit: null,
    message,
    exempted: false,
    exemption: null,
  };
}
